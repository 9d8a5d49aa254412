using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fazhi.Platform.Calendar;

/// <summary>
/// Reads the holidays-cn.json shape: {"source":…, "years": {"2022": {"source":…, "holidays":[{name,from,to}], "makeUpWorkdays":[…]}}}.
/// One year's part ({"holidays":…, "makeUpWorkdays":…}) is also what the database stores and the admin page takes.
/// </summary>
public static class HolidayScheduleJson
{
    public const string DateFormat = "yyyy-MM-dd";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static IReadOnlyList<HolidaySchedule> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var source = root.TryGetProperty("source", out var s) ? s.GetString() ?? "" : "";
        var result = new List<HolidaySchedule>();
        foreach (var year in root.GetProperty("years").EnumerateObject())
        {
            // Each year names its own notice (文号); the file-level source is the fallback.
            var yearSource = year.Value.TryGetProperty("source", out var ys) ? ys.GetString() ?? source : source;
            result.Add(ParseYear(int.Parse(year.Name, CultureInfo.InvariantCulture), yearSource, year.Value));
        }

        return result;
    }

    public static HolidaySchedule ParseYear(int year, string source, JsonElement element)
    {
        var holidays = element.GetProperty("holidays").EnumerateArray()
            .Select(h => new HolidayRange(
                h.GetProperty("name").GetString() ?? "",
                ParseDate(h.GetProperty("from").GetString()!),
                ParseDate(h.GetProperty("to").GetString()!)))
            .ToList();
        var makeUp = element.GetProperty("makeUpWorkdays").EnumerateArray()
            .Select(d => ParseDate(d.GetString()!))
            .ToList();
        return new HolidaySchedule(year, source, holidays, makeUp);
    }

    /// <summary>Reads one year's stored JSON (already validated when it was loaded).</summary>
    public static HolidaySchedule ParseYearJson(int year, string source, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return ParseYear(year, source, doc.RootElement);
    }

    /// <summary>One year's part in the canonical shape: {"holidays":[{"name","from","to"}],"makeUpWorkdays":[…]}.</summary>
    public static string ToYearJson(HolidaySchedule schedule, bool indented = false) =>
        JsonSerializer.Serialize(
            new YearShape(
                schedule.Holidays.Select(h => new RangeShape(h.Name, Format(h.From), Format(h.To))).ToList(),
                schedule.MakeUpWorkdays.Select(Format).ToList()),
            indented ? Indented : Options);

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string value) => DateOnly.ParseExact(value, DateFormat, CultureInfo.InvariantCulture);

    private sealed record YearShape(IReadOnlyList<RangeShape> Holidays, IReadOnlyList<string> MakeUpWorkdays);

    private sealed record RangeShape(string Name, string From, string To);
}
