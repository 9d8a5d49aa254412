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
    bool Complex = false);

/// <summary>Where a subject's review stands; <see cref="OpinionIssued"/> is the gate other modules check.</summary>
public sealed record LegalityOpinionStatus(Guid ReviewId, bool OpinionIssued, ReviewConclusion? Conclusion, DateOnly? IssuedOn, string? OpinionNumber);

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
}
