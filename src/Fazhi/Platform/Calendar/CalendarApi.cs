using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Platform.Calendar;

/// <summary>某日是否工作日: the answer of GET /api/calendar/is-working-day (reason: 调休上班 / holiday name / 周末 / 工作日).</summary>
public sealed record WorkingDayAnswer(DateOnly Date, bool WorkingDay, string Reason);

/// <summary>期限届满日: the answer of the working-days and calendar-days endpoints, with every day passed or rolled over.</summary>
public sealed record DueDateAnswer(DateOnly From, int Days, DateOnly Due, IReadOnlyList<SkippedDayAnswer> Skipped);

/// <summary>A skipped day in <see cref="DueDateAnswer"/>.</summary>
public sealed record SkippedDayAnswer(DateOnly Date, string Reason);

/// <summary>
/// The public, read-only calendar API other tools compute deadlines with. Query values are parsed here rather than by
/// binding, so a bad value is a 400 naming the field in Chinese instead of a bare binding failure.
/// </summary>
public static class CalendarApi
{
    public const int MaxDays = 3650;

    // Chinese reasons go out as written ("调休上班", not "\u8C03…"), so a tool reading the raw text sees the words.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/calendar").AllowAnonymous().WithTags("工作日历");

        api.MapGet("/is-working-day", async Task<JsonHttpResult<WorkingDayAnswer>> (HttpRequest request, ICalendarSource source, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var date = QueryDate(request, "date", "日期", errors);
            ThrowIfAny(errors);
            var info = (await source.GetAsync(ct)).Describe(date);
            return TypedResults.Json(new WorkingDayAnswer(info.Date, info.WorkingDay, info.Reason), Json);
        });

        api.MapGet("/working-days/add", (HttpRequest request, ICalendarSource source, CancellationToken ct) =>
            AddAsync(request, source, (calendar, from, days) => calendar.AddWorkingDays(from, days), ct));

        api.MapGet("/calendar-days/add", (HttpRequest request, ICalendarSource source, CancellationToken ct) =>
            AddAsync(request, source, (calendar, from, days) => calendar.AddCalendarDays(from, days), ct));

        return endpoints;
    }

    private static async Task<JsonHttpResult<DueDateAnswer>> AddAsync(
        HttpRequest request, ICalendarSource source, Func<WorkingDayCalendar, DateOnly, int, DeadlineResult> add, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var from = QueryDate(request, "from", "起算日期", errors);
        var days = QueryDays(request, errors);
        ThrowIfAny(errors);

        var calendar = await source.GetAsync(ct);
        // The start day must lie in a loaded year too: it is what the period is anchored on, and it keeps the
        // arithmetic inside the supported date range whatever is asked.
        calendar.Describe(from);
        var result = add(calendar, from, days);
        return TypedResults.Json(
            new DueDateAnswer(result.From, result.Days, result.Due, result.Skipped.Select(s => new SkippedDayAnswer(s.Date, s.Reason)).ToList()),
            Json);
    }

    private static DateOnly QueryDate(HttpRequest request, string field, string caption, Dictionary<string, string[]> errors)
    {
        var values = request.Query[field];
        if (values.Count == 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            errors[field] = [$"请提供{caption}（{field}），格式为 yyyy-MM-dd"];
            return default;
        }

        if (values.Count > 1)
        {
            errors[field] = [$"{caption}（{field}）只能提供一个"];
            return default;
        }

        if (!DateOnly.TryParseExact(values[0], HolidayScheduleJson.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[field] = [$"{caption}“{values[0]}”无效：应为 yyyy-MM-dd 格式的有效日期，例如 2024-02-18"];
            return default;
        }

        return date;
    }

    private static int QueryDays(HttpRequest request, Dictionary<string, string[]> errors)
    {
        const string field = "days";
        var values = request.Query[field];
        if (values.Count == 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            errors[field] = ["请提供天数（days）"];
            return 0;
        }

        if (values.Count > 1)
        {
            errors[field] = ["天数（days）只能提供一个"];
            return 0;
        }

        if (!int.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
        {
            errors[field] = [$"天数“{values[0]}”无效：应为0至{MaxDays}之间的整数"];
            return 0;
        }

        if (days < 0)
        {
            errors[field] = ["天数不能为负数"];
        }
        else if (days > MaxDays)
        {
            errors[field] = [$"天数不能超过{MaxDays}"];
        }

        return days;
    }

    private static void ThrowIfAny(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors, "查询参数有误");
        }
    }
}
