namespace Fazhi.Modules.LegalityReview.Contracts;

/// <summary>送审材料类型 (what is submitted for legality review).</summary>
public enum ReviewDocumentType
{
    PartyDocument = 1,
    GovernmentDocument = 2,
    NormativeDocumentDraft = 3,
    MajorDecisionDraft = 4,
    Contract = 5,
    MajorEnforcementDecision = 6,
    Other = 9,
}

/// <summary>审查结论: 合法 / 修改后合法 / 不合法.</summary>
public enum ReviewConclusion
{
    Lawful = 1,
    LawfulAfterRevision = 2,
    Unlawful = 3,
}

/// <summary>A request from another module to review one of its records (subject type + id identify the record).</summary>
public sealed record LegalityReviewRequest(
    string RegionCode,
    string SubjectType,
    Guid SubjectId,
    ReviewDocumentType DocumentType,
    string Title,
    string SubmittingUnit,
    bool Complex = false)
{
    /// <summary>
    /// 送审日期: the requesting module's step date (default today), so that a back-dated subject has one review clock,
    /// reckoned from the day it was really sent, and its later steps can be dated after the opinion.
    /// </summary>
    public DateOnly? SubmittedOn { get; init; }
}

/// <summary>Where a subject's review stands; <see cref="OpinionIssued"/> is the gate other modules check.</summary>
public sealed record LegalityOpinionStatus(Guid ReviewId, bool OpinionIssued, ReviewConclusion? Conclusion, DateOnly? IssuedOn, string? OpinionNumber)
{
    /// <summary>撤回: the review was withdrawn before its opinion (the subject went back to drafting).</summary>
    public bool Withdrawn { get; init; }

    /// <summary>法律顾问或者公职律师参与: the opinion was signed by a 法律顾问, or a named 法律顾问/公职律师 co-signed it.</summary>
    public bool AdviserSignOff { get; init; }

    /// <summary>作出决定的日期, once the decision is recorded.</summary>
    public DateOnly? DecidedOn { get; init; }

    /// <summary>审查意见条目 with the submitting unit's answers (empty until the opinion is issued, or when it lists none).</summary>
    public IReadOnlyList<LegalityOpinionItem> Items { get; init; } = [];
}

/// <summary>采纳情况 of one opinion item: 待反馈 / 采纳 / 不采纳.</summary>
public enum OpinionItemResponse
{
    Pending = 0,
    Adopted = 1,
    NotAdopted = 2,
}

/// <summary>审查意见条目 as other modules see it: its number, text and how the submitting unit answered it.</summary>
public sealed record LegalityOpinionItem(int Number, string Text, OpinionItemResponse Response, string? Reason, DateOnly? AnsweredOn);

/// <summary>The submitting unit's answer to one opinion item (不采纳 needs its written reason).</summary>
public sealed record OpinionItemAnswer(int Number, OpinionItemResponse Response, string? Reason);

/// <summary>
/// 合法性审查 as other modules see it: request a review of a record and read whether its opinion is issued.
/// Implemented by Modules/LegalityReview; works in the caller's DbContext (the caller saves).
/// </summary>
public interface ILegalityReviews
{
    /// <summary>
    /// Registers the review request (idempotent per subject: a request still awaiting its opinion is returned, not
    /// duplicated; after an opinion is issued, a new request starts a new review of the resubmitted draft).
    /// </summary>
    Task<Guid> RequestAsync(LegalityReviewRequest request, CancellationToken cancellationToken = default);

    /// <summary>The latest review of the subject, or null when none was requested.</summary>
    Task<LegalityOpinionStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// 撤回: the subject went back to drafting (or was abandoned) before its opinion, so its review awaiting the opinion is
    /// withdrawn — its clock stops, it leaves the open and overdue lists and is never counted as reviewed. Returns false
    /// (and changes nothing) when no review of the subject awaits an opinion: an issued opinion stays on record.
    /// </summary>
    Task<bool> WithdrawAsync(string subjectType, Guid subjectId, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// 逐条反馈采纳情况 by the submitting unit on the subject's issued opinion (every item at once; 不采纳 with its reason).
    /// Bad answers are a 400 on the item; answering outside the 已出具意见 state is a 409.
    /// </summary>
    Task AnswerItemsAsync(string subjectType, Guid subjectId, IReadOnlyList<OpinionItemAnswer> answers, CancellationToken cancellationToken = default);

    /// <summary>
    /// 作出决定 (e.g. at collective deliberation) on the subject's reviewed matter, under the review's own decision gates
    /// (opinion issued, every item answered, not 不合法): a refusal is the review's 409 with its legal basis, so the caller's
    /// step fails with it. Recording a decision already recorded changes nothing.
    /// </summary>
    Task RecordDecisionAsync(string subjectType, Guid subjectId, DateOnly decidedOn, string? note = null, CancellationToken cancellationToken = default);
}
