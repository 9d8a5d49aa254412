using Fazhi.Platform.Calendar;

namespace Fazhi.Platform.Procedures;

/// <summary>
/// 期限计算 (how a clock's due date is computed, law.md §0.1). The start day is not counted. Extensions add to the
/// length. Each suspension adds the time it lost — the days after the suspension date up to the resumption date —
/// and each excluded period adds its days, both counted in working days for a WD clock and in calendar days
/// otherwise. A WD clock then counts working days; a CAL clock adds days and a month clock months (same-numbered
/// day, or month end), and both roll a last day that is not a working day forward when the rule says so. Every fact
/// becomes a line of the explanation.
/// </summary>
public static class ClockSchedule
{
    public sealed record Result(DateOnly Due, DateOnly WarnOn, IReadOnlyList<string> Lines);

    private const int ListLimit = 10;

    public static Result Compute(Clock clock, WorkingDayCalendar calendar)
    {
        var unit = UnitName(clock.Unit);
        var lines = new List<string>
        {
            $"{clock.Name}：{clock.Length}{unit}，依据{clock.LegalBasis}。",
            $"{Day(clock.StartedOn)}开始计时，起始日不计入，自次日起算。",
        };
        var round = clock.CurrentRound.ToList();
        if (clock.Round > 0)
        {
            var restart = round.FirstOrDefault(a => a.Kind == ClockAdjustmentKind.Restart);
            lines.Add($"{Day(clock.CountingFrom)}重新计算期限{Reason(restart?.Reason)}，此前经过的期间不再计算，自次日起算。");
        }

        var total = clock.Length;
        foreach (var extension in round.Where(a => a.Kind == ClockAdjustmentKind.Extension))
        {
            total += extension.Length ?? 0;
            lines.Add($"{Day(extension.From)}经{extension.Actor}批准延长{extension.Length}{unit}{Reason(extension.Reason)}，合计{total}{unit}。");
        }

        var lost = 0;
        foreach (var period in round.Where(a => a.Kind is ClockAdjustmentKind.Suspension or ClockAdjustmentKind.Exclusion).OrderBy(a => a.From))
        {
            if (period.To is not { } to)
            {
                lines.Add($"自{Day(period.From)}起中止{Reason(period.Reason)}，尚未恢复；恢复后届满日相应顺延。");
                continue;
            }

            // A suspension loses the days after its date up to the resumption; an excluded period its own days.
            var first = period.Kind == ClockAdjustmentKind.Suspension ? period.From.AddDays(1) : period.From;
            var days = Days(first, to);
            var counted = clock.Unit == ClockUnit.WorkingDays ? days.Where(calendar.IsWorkingDay).ToList() : days;
            lost += counted.Count;
            var what = period.Kind == ClockAdjustmentKind.Suspension
                ? $"{Day(period.From)}中止、{Day(to)}恢复{Reason(period.Reason)}"
                : $"{Day(period.From)}至{Day(to)}不计入期限{Reason(period.Reason)}";
            var list = counted.Count is > 0 and <= ListLimit ? $"（{string.Join("、", counted.Select(Day))}）" : "";
            lines.Add($"{what}：{counted.Count}{(clock.Unit == ClockUnit.WorkingDays ? "个工作日" : "日")}不计入{list}，期限相应顺延。");
        }

        var due = clock.Unit switch
        {
            ClockUnit.WorkingDays => WorkingDays(calendar, clock.CountingFrom, total + lost, lines),
            ClockUnit.CalendarDays => RollForward(calendar, clock, total,
                Nominal(clock.CountingFrom.AddDays(total + lost), $"自{Day(clock.CountingFrom)}次日起第{total + lost}日为", lines), lines),
            ClockUnit.Months => RollForward(calendar, clock, total, MonthEnd(clock.CountingFrom, total, lost, lines), lines),
        };
        lines.Add($"届满日：{Day(due)}（{Weekday(due)}）。");

        var warnOn = WarnOn(calendar, clock.CountingFrom, due, clock.WarningWorkingDays);
        lines.Add($"预警日：{Day(warnOn)}（届满前剩余{clock.WarningWorkingDays}个工作日以内）。");
        if (clock.StoppedOn is { } stopped)
        {
            lines.Add(stopped <= due
                ? $"{Day(stopped)}停止计时，在期限内。"
                : $"{Day(stopped)}停止计时，超过届满日{stopped.DayNumber - due.DayNumber}日。");
        }

        return new Result(due, warnOn, lines);
    }

    public static string UnitName(ClockUnit unit) => unit switch
    {
        ClockUnit.CalendarDays => "日",
        ClockUnit.WorkingDays => "个工作日",
        ClockUnit.Months => "个月",
    };

    /// <summary>Working days strictly after <paramref name="today"/> up to and including <paramref name="due"/>.</summary>
    public static int WorkingDaysLeft(WorkingDayCalendar calendar, DateOnly today, DateOnly due) =>
        due <= today ? 0 : Days(today.AddDays(1), due).Count(calendar.IsWorkingDay);

    private static DateOnly WorkingDays(WorkingDayCalendar calendar, DateOnly from, int days, List<string> lines)
    {
        var result = calendar.AddWorkingDays(from, days);
        lines.Add($"按工作日计算第{days}个工作日。");
        lines.AddRange(result.Skipped.Select(s => $"{Day(s.Date)}（{Weekday(s.Date)}）{s.Reason}，非工作日，不计入。"));
        lines.AddRange(Days(from.AddDays(1), result.Due)
            .Where(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && calendar.IsWorkingDay(d))
            .Select(d => $"{Day(d)}（{Weekday(d)}）调休上班，计入工作日。"));
        return result.Due;
    }

    private static DateOnly Nominal(DateOnly date, string text, List<string> lines)
    {
        lines.Add($"{text}{Day(date)}。");
        return date;
    }

    private static DateOnly MonthEnd(DateOnly from, int months, int lostDays, List<string> lines)
    {
        var date = from.AddMonths(months);
        lines.Add(date.Day == from.Day
            ? $"{Day(from)}后{months}个月的对应日为{Day(date)}。"
            : $"{Day(from)}后{months}个月的当月无对应日，以该月最后一日{Day(date)}为准。");
        return lostDays == 0 ? date : Nominal(date.AddDays(lostDays), $"加上不计入的{lostDays}日为", lines);
    }

    private static DateOnly RollForward(WorkingDayCalendar calendar, Clock clock, int length, DateOnly nominal, List<string> lines)
    {
        if (!clock.RollForward)
        {
            lines.Add("本期限届满日遇节假日不顺延。");
            return nominal;
        }

        var result = calendar.RollForward(clock.CountingFrom, length, nominal);
        lines.AddRange(result.Skipped.Select(s => $"{Day(s.Date)}（{Weekday(s.Date)}）{s.Reason}，为法定休假日，届满日顺延至次日。"));
        return result.Due;
    }

    /// <summary>The first day with at most <paramref name="threshold"/> working days left, never before counting began.</summary>
    private static DateOnly WarnOn(WorkingDayCalendar calendar, DateOnly countingFrom, DateOnly due, int threshold)
    {
        var day = due;
        var left = 0;
        while (day > countingFrom)
        {
            var leftTheDayBefore = left + (calendar.IsWorkingDay(day) ? 1 : 0);
            if (leftTheDayBefore > threshold)
            {
                break;
            }

            day = day.AddDays(-1);
            left = leftTheDayBefore;
        }

        return day;
    }

    private static List<DateOnly> Days(DateOnly first, DateOnly last)
    {
        var days = new List<DateOnly>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            days.Add(d);
        }

        return days;
    }

    private static string Reason(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $"（{reason}）";

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        DayOfWeek.Sunday => "周日",
    };
}
