namespace Fazhi.Modules.PublicConsultation.Contracts;

/// <summary>
/// 公开征求意见 of a draft owned by another module (subject type + id identify the record, e.g. a major decision).
/// <see cref="UrgencyReason"/> is required when the window is shorter than 30 calendar days (重大行政决策程序暂行条例第十五条).
/// </summary>
public sealed record ConsultationRequest(
    string RegionCode,
    string SubjectType,
    Guid SubjectId,
    string Title,
    string DraftText,
    string Explanation,
    string OrganizingUnit,
    DateOnly OpensOn,
    DateOnly ClosesOn)
{
    /// <summary>紧急情况缩短征求意见期限的理由.</summary>
    public string? UrgencyReason { get; init; }
}

/// <summary>
/// Where a subject's consultation stands. <see cref="Done"/> is the gate other modules check: the window has closed and
/// every comment that reached the lead unit is answered (采纳 / 部分采纳 / 不采纳 with reason).
/// </summary>
public sealed record ConsultationStatus(
    Guid ConsultationId,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    bool WindowClosed,
    int Received,
    int Adopted,
    int PartlyAdopted,
    int NotAdopted,
    int Unanswered,
    bool AdoptionReportPublished,
    string PortalPath)
{
    public bool Done => WindowClosed && Unanswered == 0;
}

/// <summary>
/// 公开征求意见 as other modules see it. Implemented by Modules/PublicConsultation; works in the caller's DbContext
/// (the caller saves).
/// </summary>
public interface IPublicConsultations
{
    /// <summary>
    /// Publishes the draft and its explanation for comment (idempotent per subject while a consultation is open or
    /// scheduled). A window under 30 calendar days without an urgency reason is a 409 citing 条例第十五条.
    /// </summary>
    Task<Guid> OpenAsync(ConsultationRequest request, CancellationToken cancellationToken = default);

    /// <summary>The subject's latest consultation, or null when none was opened.</summary>
    Task<ConsultationStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// 意见采纳情况 published with the decision on <paramref name="on"/> (条例第十八条、第三十二条). Refused (409) while the window
    /// is open or comments are unanswered; already published: nothing changes.
    /// </summary>
    Task PublishAdoptionReportAsync(string subjectType, Guid subjectId, DateOnly on, CancellationToken cancellationToken = default);
}
