using System.Globalization;
using System.Text.Json;

namespace Fazhi.Platform.Calendar;

/// <summary>Reads the holidays-cn.json shape: {"source":…, "years": {"2022": {"holidays":[{name,from,to}], "makeUpWorkdays":[…]}}}.</summary>
public static class HolidayScheduleJson
{
    public static IReadOnlyList<HolidaySchedule> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var source = root.TryGetProperty("source", out var s) ? s.GetString() ?? "" : "";
        var result = new List<HolidaySchedule>();
        foreach (var year in root.GetProperty("years").EnumerateObject())
        {
            result.Add(ParseYear(int.Parse(year.Name, CultureInfo.InvariantCulture), source, year.Value));
        }

        return result;
    }

    public static HolidaySchedule ParseYear(int year, string source, JsonElement element)
    {
        var holidays = element.GetProperty("holidays").EnumerateArray()
            .Select(h => new HolidayRange(
                h.GetProperty("name").GetString() ?? "",
                DateOnly.ParseExact(h.GetProperty("from").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(h.GetProperty("to").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
        var makeUp = element.GetProperty("makeUpWorkdays").EnumerateArray()
            .Select(d => DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToList();
        return new HolidaySchedule(year, source, holidays, makeUp);
    }
}
