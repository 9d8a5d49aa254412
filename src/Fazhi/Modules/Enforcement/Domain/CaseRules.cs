using Fazhi.Platform.Calendar;

namespace Fazhi.Modules.Enforcement.Domain;

/// <summary>Citations every gate and clock of the module uses, written once.</summary>
public static class Articles
{
    private const string Law = "《中华人民共和国行政处罚法》";

    public const string Devolution = Law + "第二十四条";
    public const string Discretion = Law + "第三十四条；国办发〔2022〕27号";
    public const string Officers = Law + "第四十二条";
    public const string Notice = Law + "第四十四条、第六十二条";
    public const string Defence = Law + "第四十五条、第六十二条";
    public const string NoHeavierPenalty = Law + "第四十五条第二款";
    public const string FilingFirst = Law + "第五十四条";
    public const string CollectiveDiscussion = Law + "第五十七条第二款";
    public const string LegalReview = Law + "第五十八条";
    public const string ReviewerQualification = Law + "第五十八条第二款";
    public const string DecisionPeriod = Law + "第六十条";

    /// <summary>The extension is sector law, not 第六十条 (which only defers to it): the default follows 市场监管's rule [U].</summary>
    public const string DecisionPeriodExtension = Law + "第六十条“法律、法规、规章另有规定的，从其规定”；《市场监督管理行政处罚程序规定》第六十四条（经负责人批准可延长三十日，其他行业依其规章，可在设置中调整）";
    public const string Service = Law + "第六十一条";
    public const string HearingScope = Law + "第六十三条";
    public const string HearingRequest = Law + "第六十四条第一项";
    public const string HearingNotice = Law + "第六十四条第二项";
    public const string HearingPresider = Law + "第六十四条第四项";
    public const string HearingWaived = Law + "第六十四条第六项";
    public const string Payment = Law + "第六十七条";
    public const string LateFee = Law + "第七十二条第一款第一项";
    public const string LateFeeDuringRemedy = Law + "第七十三条第三款";
    public const string NoPenalty = Law + "第三十三条";
    public const string Education = Law + "第三十三条第三款";
    public const string Lighter = Law + "第三十二条";
    public const string LenientList = "《广东省优化营商环境条例》第五十条；粤府办〔2022〕7号";
    public const string SimpleProcedure = Law + "第五十一条";
    public const string SimpleCertificate = Law + "第五十二条";
    public const string Deferral = Law + "第六十六条第二款";
    public const string Transfer = Law + "第二十七条、第五十七条第一款第四项";
    public const string PublicationPenalty = "国办发〔2018〕118号（行政处罚决定7个工作日内公开）";
    public const string PublicationOther = "国办发〔2018〕118号（其他执法决定20个工作日内公开）";
    public const string ReviewSeparation = "国办发〔2018〕118号（法制审核人员与案件承办人员相分离）";
    public const string ReviewBeforeDiscussion = "重大执法决定法制审核先于集体讨论（通行做法）";
}

/// <summary>听证期间 (hearing periods, 行政处罚法第六十四条; "日" are working days under 第八十五条).</summary>
public static class HearingRules
{
    public const int RequestWorkingDays = 5;
    public const int NoticeWorkingDays = 7;

    /// <summary>The last day the party may request a hearing: the 5th working day after the notice was served.</summary>
    public static DeadlineResult RequestDeadline(WorkingDayCalendar calendar, DateOnly noticeServedOn) =>
        calendar.AddWorkingDays(noticeServedOn, RequestWorkingDays);

    /// <summary>
    /// The earliest hearing date for a hearing notice given on <paramref name="noticeOn"/>: the notice must precede the
    /// hearing by 7 working days, so the hearing is on or after the 7th working day after the notice day.
    /// </summary>
    public static DeadlineResult EarliestHearingDate(WorkingDayCalendar calendar, DateOnly noticeOn) =>
        calendar.AddWorkingDays(noticeOn, NoticeWorkingDays);
}

/// <summary>A period in which 行政复议 or 行政诉讼 runs (inclusive; <see cref="To"/> null while it still runs).</summary>
public sealed record RemedyInterval(DateOnly From, DateOnly? To);

/// <summary>One instalment as the late-fee calculator sees it.</summary>
public sealed record InstalmentDue(int Sequence, DateOnly DueOn, long AmountFen, DateOnly? PaidOn);

/// <summary>What <see cref="LateFeeCalculator"/> found: the amount, the days counted, and why.</summary>
public sealed record LateFeeResult(long AmountFen, int DaysCounted, int DaysExcluded, bool Capped, IReadOnlyList<string> Lines);

/// <summary>
/// 加处罚款 (late-payment penalty, 行政处罚法第七十二条第一款第一项): from the day after the payment due date, 3% of the
/// fine per day, never more than the fine; days on which 行政复议 or 行政诉讼 runs are not counted (第七十三条第三款).
/// Accrual ends on the payment day (or <c>asOf</c>). Amounts are whole 分, rounded down.
/// </summary>
public static class LateFeeCalculator
{
    public const int PercentPerDay = 3;

    public static LateFeeResult Compute(long fineFen, DateOnly dueDate, DateOnly asOf, IReadOnlyList<RemedyInterval> remedies)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fineFen);
        var lines = new List<string> { $"罚款{Yuan(fineFen)}元，缴纳期限届满日{dueDate:yyyy-MM-dd}，自次日起每日按罚款数额的3%加处罚款（{Articles.LateFee}）。" };
        var counted = 0;
        var excluded = 0;
        for (var day = dueDate.AddDays(1); day <= asOf; day = day.AddDays(1))
        {
            if (remedies.Any(r => r.From <= day && (r.To is null || day <= r.To)))
            {
                excluded++;
            }
            else
            {
                counted++;
            }
        }

        if (excluded > 0)
        {
            lines.Add($"行政复议或行政诉讼期间{excluded}日不计加处罚款（{Articles.LateFeeDuringRemedy}）。");
        }

        var raw = fineFen * PercentPerDay * (long)counted / 100;
        var capped = raw > fineFen;
        var amount = capped ? fineFen : raw;
        lines.Add($"计算至{asOf:yyyy-MM-dd}，计入{counted}日，加处罚款{Yuan(amount)}元{(capped ? "（已达罚款数额，不再增加）" : "")}。");
        return new LateFeeResult(amount, counted, excluded, capped, lines);
    }

    /// <summary>
    /// 加处罚款 under an approved 暂缓/分期 schedule (第六十六条第二款): each instalment accrues from the day after its own
    /// due date until it is paid (or <paramref name="asOf"/>), not during 复议/诉讼, and the total never exceeds the fine.
    /// </summary>
    public static LateFeeResult ComputeInstalments(long fineFen, IReadOnlyList<InstalmentDue> instalments, DateOnly asOf, IReadOnlyList<RemedyInterval> remedies)
    {
        var lines = new List<string> { $"经批准{(instalments.Count == 1 ? "暂缓" : "分期")}缴纳，加处罚款按各期缴纳期限分别计算（{Articles.Deferral}；{Articles.LateFee}）。" };
        long total = 0;
        int counted = 0, excluded = 0;
        foreach (var i in instalments.OrderBy(i => i.Sequence))
        {
            var one = Compute(i.AmountFen, i.DueOn, i.PaidOn ?? asOf, remedies);
            total += one.AmountFen;
            counted += one.DaysCounted;
            excluded += one.DaysExcluded;
            lines.Add($"第{i.Sequence}期{Yuan(i.AmountFen)}元，期限{i.DueOn:yyyy-MM-dd}{(i.PaidOn is { } p ? $"，{p:yyyy-MM-dd}缴纳" : "")}：计入{one.DaysCounted}日{(one.DaysExcluded > 0 ? $"（复议、诉讼期间{one.DaysExcluded}日不计）" : "")}，加处罚款{Yuan(one.AmountFen)}元。");
        }

        var capped = total > fineFen;
        var amount = capped ? fineFen : total;
        lines.Add($"合计加处罚款{Yuan(amount)}元{(capped ? "（已达罚款数额，不再增加）" : "")}。");
        return new LateFeeResult(amount, counted, excluded, capped, lines);
    }

    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>听证范围的"较大数额" (art. 63): set by each province; defaults here until a town configures its own.</summary>
public static class HearingThresholds
{
    // DEBT: 广东 "较大数额" thresholds are unconfirmed (law.md §6 [U]); make them per-region settings.
    public const long IndividualFineFen = 5_000_00;
    public const long OrganisationFineFen = 50_000_00;
    public const long ConfiscationFen = 50_000_00;
}
