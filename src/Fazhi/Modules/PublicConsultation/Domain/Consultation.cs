using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.PublicConsultation.Domain;

/// <summary>
/// 公开征求意见 (a public consultation): a draft and its 起草说明 published for comment during a window of calendar dates
/// (Asia/Shanghai day boundaries), then answered in the 意见采纳情况 report. The subject names the record the draft belongs
/// to (a major decision, or "standalone" for a draft opened from this module's own page).
/// </summary>
public sealed class Consultation : IRegionScoped
{
    public const string Standalone = "standalone";
    public const int MinimumDays = 30;
    public const int MaxTitle = 200;
    public const int MaxUnit = 100;
    public const int MaxText = 100_000;
    public const int MaxReason = 1000;

    public static readonly LegalBasis WindowBasis = new("《重大行政决策程序暂行条例》第十五条");
    public static readonly LegalBasis AdoptionBasis = new("《重大行政决策程序暂行条例》第十八条、第三十二条");

    private Consultation()
    {
    }

    public Consultation(string regionCode, string subjectType, Guid subjectId, string title, string draftText, string explanation,
        string organizingUnit, DateOnly opensOn, DateOnly closesOn, string? urgencyReason, string createdBy, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        RegionCode = regionCode;
        SubjectType = subjectType;
        SubjectId = subjectId == Guid.Empty ? Id : subjectId;
        Title = title;
        DraftText = draftText;
        Explanation = explanation;
        OrganizingUnit = organizingUnit;
        OpensOn = opensOn;
        ClosesOn = closesOn;
        UrgencyReason = urgencyReason;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string SubjectType { get; private set; } = "";

    public Guid SubjectId { get; private set; }

    public string Title { get; private set; } = "";

    public string DraftText { get; private set; } = "";

    /// <summary>起草说明.</summary>
    public string Explanation { get; private set; } = "";

    /// <summary>组织征求意见的单位 (决策承办单位).</summary>
    public string OrganizingUnit { get; private set; } = "";

    /// <summary>First day comments are accepted (from 00:00 China time).</summary>
    public DateOnly OpensOn { get; private set; }

    /// <summary>Last day comments are accepted (until 24:00 China time).</summary>
    public DateOnly ClosesOn { get; private set; }

    /// <summary>紧急情况缩短期限的理由 (required when the window is under 30 days).</summary>
    public string? UrgencyReason { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>意见采纳情况 published on the portal on this date (with the decision).</summary>
    public DateOnly? ReportPublishedOn { get; private set; }

    /// <summary>
    /// Window length in calendar days: the day of publication is not counted (law.md §0.1), so a draft published on
    /// 1 March and closing on 31 March had 30 days.
    /// </summary>
    public static int WindowDays(DateOnly opensOn, DateOnly closesOn) => closesOn.DayNumber - opensOn.DayNumber;

    public bool IsOpenOn(DateOnly today) => today >= OpensOn && today <= ClosesOn;

    public bool HasClosedBy(DateOnly today) => today > ClosesOn;

    public string PortalPath => $"/portal/consultations/{Id}";

    public void PublishReport(DateOnly on) => ReportPublishedOn ??= on;
}
