using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Calendar.Pages;

/// <summary>工作日历维护: lists the loaded notices, shows one year's days, and adds or replaces a year.</summary>
[Authorize(Policy = PlatformPermissions.CalendarManage)]
public sealed class CalendarModel(AppDbContext db, ICalendarSource calendarSource, LoadHolidayYear load) : PageModel
{
    private static readonly string[] WeekdayNames = ["日", "一", "二", "三", "四", "五", "六"];

    public IReadOnlyList<YearRow> Years { get; private set; } = [];

    /// <summary>The year whose holidays and 调休上班 days are shown (?show=2026).</summary>
    [BindProperty(SupportsGet = true, Name = "show")]
    public int? Show { get; set; }

    public HolidaySchedule? Shown { get; private set; }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Json { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadListAsync(ct);
        if (Shown is not null)
        {
            // Replacing a year starts from what is loaded.
            Year = Shown.Year;
            Source = Shown.Source;
            Json = HolidayScheduleJson.ToYearJson(Shown, indented: true);
        }
        else
        {
            Year = Years.Count > 0 ? Years.Max(y => y.Year) + 1 : null;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Binding's own (English) message for a non-number year is replaced by a Chinese one.
        var yearUnreadable = ModelState.TryGetValue(nameof(Year), out var bound) && bound.Errors.Count > 0;
        ModelState.Clear();
        try
        {
            var replaced = await load.ExecuteAsync(Year, Source, Json, User.Identity?.Name ?? "", ct);
            Message = replaced ? $"已替换{Year}年节假日安排" : $"已载入{Year}年节假日安排";
            return Redirect($"/admin/calendar?show={Year}");
        }
        catch (FieldValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var message in yearUnreadable && field == nameof(Year) ? ["年份应为4位整数，例如 2027"] : messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }
        }

        Show = null;
        await LoadListAsync(ct);
        return Page();
    }

    public IEnumerable<string> ErrorsFor(string field) =>
        ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public static string Day(DateOnly date) => $"{HolidayScheduleJson.Format(date)}（{WeekdayNames[(int)date.DayOfWeek]}）";

    public static int DayCount(HolidayRange range) => range.To.DayNumber - range.From.DayNumber + 1;

    // China has kept UTC+8 without daylight saving since 1991.
    public static string BeijingTime(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private async Task LoadListAsync(CancellationToken ct)
    {
        var calendar = await calendarSource.GetAsync(ct);
        var rows = await db.Set<HolidayYear>().AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(ct);
        Years = rows.Select(r =>
        {
            var schedule = r.ToSchedule();
            return new YearRow(
                r.Year,
                r.Source,
                schedule.Holidays.Count,
                schedule.Holidays.Sum(DayCount),
                schedule.MakeUpWorkdays.Count,
                calendar.HasYear(r.Year) ? calendar.WorkingDaysIn(r.Year) : null,
                r.LoadedAt,
                r.LoadedBy);
        }).ToList();
        Shown = Show is { } show ? rows.FirstOrDefault(r => r.Year == show)?.ToSchedule() : null;
    }

    /// <summary>One loaded year as the list shows it.</summary>
    public sealed record YearRow(int Year, string Source, int Holidays, int HolidayDays, int MakeUpDays, int? WorkingDays, DateTime LoadedAt, string LoadedBy);
}
