using System.Globalization;
using System.Text.Json;

namespace Fazhi.Platform.Calendar;

/// <summary>
/// 节假日安排录入校验 (checking one year's notice as an administrator types it): the JSON shape, from ≤ to, dates in the
/// year or adjoining it, 调休上班 only on weekends, no day both holiday and make-up. Errors are Chinese, per form field.
/// </summary>
public static class HolidayScheduleInput
{
    public const string YearField = "Year";
    public const string SourceField = "Source";
    public const string JsonField = "Json";

    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxSourceLength = 200;
    public const int MaxJsonLength = 20_000;

    /// <summary>A notice may reach into the neighbouring year by this much (e.g. 元旦 from 12-31 of the previous year, 调休上班 on 12-29).</summary>
    public const int AdjoiningDays = 7;

    /// <summary>No festival range is this long; a longer one is a typing error (e.g. 12 instead of 10 as the month).</summary>
    public const int MaxRangeDays = 15;

    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>Validates the form; returns the schedule, or null with the errors per field.</summary>
    public static (HolidaySchedule? Schedule, Dictionary<string, string[]> Errors) Check(int? year, string? source, string? json)
    {
        var errors = new Errors();
        if (year is null)
        {
            errors.Add(YearField, "请填写年份");
        }
        else if (year is < MinYear or > MaxYear)
        {
            errors.Add(YearField, $"年份应在{MinYear}至{MaxYear}之间");
        }

        source = source?.Trim();
        if (string.IsNullOrEmpty(source))
        {
            errors.Add(SourceField, "请填写通知来源（文号），例如 国办发明电〔2024〕12号");
        }
        else if (source.Length > MaxSourceLength)
        {
            errors.Add(SourceField, $"通知来源不能超过{MaxSourceLength}个字");
        }

        List<HolidayRange> holidays = [];
        List<DateOnly> makeUp = [];
        if (string.IsNullOrWhiteSpace(json))
        {
            errors.Add(JsonField, "请填写该年的节假日安排 JSON");
        }
        else if (json.Length > MaxJsonLength)
        {
            errors.Add(JsonField, $"JSON 内容过长（不能超过{MaxJsonLength}个字符）");
        }
        else
        {
            ReadShape(json, errors, holidays, makeUp);
        }

        if (!errors.Any && year is { } y)
        {
            CheckDates(y, holidays, makeUp, errors);
        }

        return errors.Any
            ? (null, errors.ToDictionary())
            : (new HolidaySchedule(year!.Value, source!, holidays, makeUp), errors.ToDictionary());
    }

    private static void ReadShape(string json, Errors errors, List<HolidayRange> holidays, List<DateOnly> makeUp)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            errors.Add(JsonField, $"不是有效的 JSON（第{(ex.LineNumber ?? 0) + 1}行第{(ex.BytePositionInLine ?? 0) + 1}个字节附近有误）");
            return;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(JsonField, "JSON 顶层应为对象，形如 {\"holidays\":[…],\"makeUpWorkdays\":[…]}");
                return;
            }

            foreach (var property in root.EnumerateObject().Where(p => p.Name is not ("holidays" or "makeUpWorkdays")))
            {
                errors.Add(JsonField, $"不认识的字段“{property.Name}”：只允许 holidays 和 makeUpWorkdays");
            }

            if (!root.TryGetProperty("holidays", out var ranges) || ranges.ValueKind != JsonValueKind.Array)
            {
                errors.Add(JsonField, "缺少放假区间数组 holidays");
            }
            else if (ranges.GetArrayLength() == 0)
            {
                errors.Add(JsonField, "holidays 至少应有一个放假区间");
            }
            else
            {
                var index = 0;
                foreach (var range in ranges.EnumerateArray())
                {
                    index++;
                    ReadRange(range, index, errors, holidays);
                }
            }

            if (!root.TryGetProperty("makeUpWorkdays", out var days) || days.ValueKind != JsonValueKind.Array)
            {
                errors.Add(JsonField, "缺少调休上班日数组 makeUpWorkdays（没有调休上班日时写 []）");
                return;
            }

            foreach (var day in days.EnumerateArray())
            {
                var raw = day.ValueKind == JsonValueKind.String ? day.GetString() : day.GetRawText();
                if (TryDate(day, out var date))
                {
                    makeUp.Add(date);
                }
                else
                {
                    errors.Add(JsonField, $"调休上班日“{raw}”不是 yyyy-MM-dd 格式的有效日期");
                }
            }
        }
    }

    private static void ReadRange(JsonElement range, int index, Errors errors, List<HolidayRange> holidays)
    {
        if (range.ValueKind != JsonValueKind.Object)
        {
            errors.Add(JsonField, $"第{index}个放假区间应为对象，形如 {{\"name\":\"元旦\",\"from\":\"2027-01-01\",\"to\":\"2027-01-03\"}}");
            return;
        }

        var name = range.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
        var label = name.Length > 0 ? $"第{index}个放假区间（{name}）" : $"第{index}个放假区间";
        var ok = true;
        if (name.Length == 0)
        {
            errors.Add(JsonField, $"{label}缺少节日名称 name");
            ok = false;
        }
        else if (name.Length > 20)
        {
            errors.Add(JsonField, $"{label}的节日名称不能超过20个字");
            ok = false;
        }

        DateOnly from = default, to = default;
        foreach (var (key, caption) in new[] { ("from", "开始日期 from"), ("to", "结束日期 to") })
        {
            if (!range.TryGetProperty(key, out var value) || !TryDate(value, out var date))
            {
                errors.Add(JsonField, $"{label}的{caption}缺失或不是 yyyy-MM-dd 格式的有效日期");
                ok = false;
            }
            else if (key == "from")
            {
                from = date;
            }
            else
            {
                to = date;
            }
        }

        if (!ok)
        {
            return;
        }

        if (from > to)
        {
            errors.Add(JsonField, $"{label}的开始日期 {Format(from)} 晚于结束日期 {Format(to)}");
            return;
        }

        holidays.Add(new HolidayRange(name, from, to));
    }

    private static void CheckDates(int year, List<HolidayRange> holidays, List<DateOnly> makeUp, Errors errors)
    {
        var earliest = new DateOnly(year, 1, 1).AddDays(-AdjoiningDays);
        var latest = new DateOnly(year, 12, 31).AddDays(AdjoiningDays);
        string Outside(string what, DateOnly d) =>
            $"{what}{Format(d)}不属于{year}年，也不在相邻年份前后{AdjoiningDays}天之内（例如元旦假期可以从上一年12月31日开始）";

        foreach (var h in holidays)
        {
            var length = h.To.DayNumber - h.From.DayNumber + 1;
            if (h.From < earliest || h.To > latest)
            {
                errors.Add(JsonField, Outside($"放假区间“{h.Name}”的日期", h.From < earliest ? h.From : h.To));
            }
            else if (h.To.Year != year && h.From.Year != year)
            {
                errors.Add(JsonField, $"放假区间“{h.Name}”没有一天在{year}年内");
            }
            else if (length > MaxRangeDays)
            {
                errors.Add(JsonField, $"放假区间“{h.Name}”长达{length}天，超过{MaxRangeDays}天，请检查日期");
            }
        }

        var ordered = holidays.OrderBy(h => h.From).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].From <= ordered[i - 1].To)
            {
                errors.Add(JsonField, $"放假区间“{ordered[i - 1].Name}”与“{ordered[i].Name}”有重叠");
            }
        }

        foreach (var group in makeUp.GroupBy(d => d).Where(g => g.Count() > 1))
        {
            errors.Add(JsonField, $"调休上班日{Format(group.Key)}重复");
        }

        foreach (var day in makeUp.Distinct())
        {
            if (day < earliest || day > latest)
            {
                errors.Add(JsonField, Outside("调休上班日", day));
            }

            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                errors.Add(JsonField, $"调休上班日{Format(day)}是{WeekdayNames[(int)day.DayOfWeek]}，调休上班日只能是星期六或星期日");
            }

            if (holidays.FirstOrDefault(h => h.From <= day && day <= h.To) is { } clash)
            {
                errors.Add(JsonField, $"{Format(day)}既在放假区间“{clash.Name}”内，又被列为调休上班日");
            }
        }
    }

    private static bool TryDate(JsonElement value, out DateOnly date)
    {
        date = default;
        return value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), HolidayScheduleJson.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string Format(DateOnly date) => HolidayScheduleJson.Format(date);

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _byField = [];

        public bool Any => _byField.Count > 0;

        public void Add(string field, string message)
        {
            if (!_byField.TryGetValue(field, out var list))
            {
                _byField[field] = list = [];
            }

            list.Add(message);
        }

        public Dictionary<string, string[]> ToDictionary() => _byField.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
