using System.Globalization;

using Fazhi.Platform.Calendar;

namespace Fazhi.Modules.Services.Domain;

/// <summary>An excluded period of 行政许可法第四十五条 (听证、检验、检测、鉴定、专家评审 …), both ends counted.</summary>
public sealed record ExcludedSpan(DateOnly From, DateOnly To, string Reason);

/// <summary>
/// 办件期限 (the clocks of one application). The 承诺时限 and the 法定时限 both run in working days (行政许可法第八十二条)
/// from the day after acceptance. An approved extension (第四十二条, once, at most 10 working days) adds to both; each
/// excluded period (第四十五条) adds its working days to both. The certificate is due 10 working days after the decision
/// (第四十四条). The explanation says which days were skipped and why.
/// </summary>
public static class ApplicationClocks
{
    public const int MaxExtension = 10;
    public const int CertificateDays = 10;
    public const int CorrectionNoticeDays = 5;
    public const string ExtensionBasis = "《中华人民共和国行政许可法》第四十二条";
    public const string ExclusionBasis = "《中华人民共和国行政许可法》第四十五条";
    public const string CertificateBasis = "《中华人民共和国行政许可法》第四十四条";
    public const string NoticeBasis = "《中华人民共和国行政许可法》第三十二条";
    public const string WorkingDaysBasis = "《中华人民共和国行政许可法》第八十二条";

    public sealed record Result(DateOnly CommittedDue, DateOnly StatutoryDue, IReadOnlyList<string> Lines);

    public static Result Compute(DateOnly acceptedOn, int committedDays, int statutoryDays, int extensionDays, string? extensionApprover,
        IEnumerable<ExcludedSpan> excluded, WorkingDayCalendar calendar)
    {
        var lines = new List<string>
        {
            $"{Day(acceptedOn)}受理，受理当日不计入，自次日起按工作日计算（{WorkingDaysBasis}）。",
            $"承诺时限{committedDays}个工作日{(committedDays == 0 ? "（即办件，当日办结）" : "")}；法定时限{statutoryDays}个工作日。",
        };
        if (extensionDays > 0)
        {
            lines.Add($"经{extensionApprover}批准延长{extensionDays}个工作日并告知申请人（{ExtensionBasis}），承诺时限与法定时限相应延长。");
        }

        var lost = 0;
        foreach (var span in excluded.OrderBy(s => s.From))
        {
            var days = new List<DateOnly>();
            for (var d = span.From; d <= span.To; d = d.AddDays(1))
            {
                if (calendar.IsWorkingDay(d))
                {
                    days.Add(d);
                }
            }

            lost += days.Count;
            lines.Add($"{Day(span.From)}至{Day(span.To)}{span.Reason}，所需时间不计入期限（{ExclusionBasis}）：{days.Count}个工作日（{string.Join("、", days.Select(Day))}），期限相应顺延。");
        }

        var committed = Due(calendar, acceptedOn, committedDays, extensionDays, lost, "承诺", lines);
        var statutory = Due(calendar, acceptedOn, statutoryDays, extensionDays, lost, "法定", lines);
        return new Result(committed, statutory, lines);
    }

    /// <summary>发证期限: 10 working days after the decision (第四十四条).</summary>
    public static DateOnly CertificateDue(DateOnly decidedOn, WorkingDayCalendar calendar) => calendar.AddWorkingDays(decidedOn, CertificateDays).Due;

    /// <summary>一次性告知期限: 5 working days after receipt (第三十二条、第八十二条); later, the application is deemed accepted on receipt.</summary>
    public static DateOnly CorrectionNoticeDue(DateOnly receivedOn, WorkingDayCalendar calendar) => calendar.AddWorkingDays(receivedOn, CorrectionNoticeDays).Due;

    private static DateOnly Due(WorkingDayCalendar calendar, DateOnly from, int days, int extension, int lost, string which, List<string> lines)
    {
        var total = days + extension + lost;
        if (days == 0 && extension == 0 && lost == 0)
        {
            lines.Add($"{which}时限届满日：{Day(from)}（即办）。");
            return from;
        }

        var result = calendar.AddWorkingDays(from, total);
        var skipped = result.Skipped.Select(s => $"{Day(s.Date)}{s.Reason}").ToList();
        var madeUp = new List<string>();
        for (var d = from.AddDays(1); d <= result.Due; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && calendar.IsWorkingDay(d))
            {
                madeUp.Add(Day(d));
            }
        }

        lines.Add($"{which}时限：第{total}个工作日为{Day(result.Due)}" +
                  (skipped.Count == 0 ? "" : $"；其间非工作日不计入：{string.Join("、", skipped.Take(30))}{(skipped.Count > 30 ? "等" : "")}") +
                  (madeUp.Count == 0 ? "。" : $"；调休上班日计入：{string.Join("、", madeUp)}。"));
        return result.Due;
    }

    internal static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
