namespace Fazhi.Modules.FairCompetition.Contracts;

/// <summary>公平竞争审查结论.</summary>
public enum FairCompetitionConclusion
{
    /// <summary>不涉及经营者经济活动 — no review against the standards needed.</summary>
    NotAffectingBusiness = 1,

    /// <summary>符合审查标准.</summary>
    Compliant = 2,

    /// <summary>适用例外规定 (with a termination condition).</summary>
    CompliantUnderException = 3,

    /// <summary>经修改后符合.</summary>
    RevisedToComply = 4,

    /// <summary>违反审查标准 — may not be issued.</summary>
    Violating = 5,
}

/// <summary>A policy measure registered by another module for review (subject type + id identify the record).</summary>
public sealed record PolicyMeasureRegistration(string RegionCode, string SubjectType, Guid SubjectId, string Title, string DraftingUnit)
{
    /// <summary>起草日期: selects the review standards in force (2021 细则 before 2024-08-01, 条例 from then on); default today.</summary>
    public DateOnly? DraftedOn { get; init; }
}

/// <summary>Where a measure's review stands; <see cref="MayBeIssued"/> is the gate 未经审查或违反标准的不得出台.</summary>
public sealed record FairCompetitionStatus(Guid ReviewId, bool Concluded, FairCompetitionConclusion? Conclusion, DateOnly? ConcludedOn)
{
    public bool MayBeIssued => Concluded && Conclusion is not FairCompetitionConclusion.Violating;

    /// <summary>已出台: the date the measure was issued, once recorded.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>出台文号.</summary>
    public string? IssueReference { get; init; }
}

/// <summary>
/// 公平竞争审查 as other modules see it. Implemented by Modules/FairCompetition; works in the caller's DbContext.
/// </summary>
public interface IFairCompetitionReviews
{
    /// <summary>Registers the measure for review (idempotent per subject).</summary>
    Task<Guid> RegisterAsync(PolicyMeasureRegistration measure, CancellationToken cancellationToken = default);

    /// <summary>The measure's review, or null when it was never registered.</summary>
    Task<FairCompetitionStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// 已出台: the calling module issued the measure (e.g. 统一登记、统一编号、统一印发) on <paramref name="on"/> under
    /// <paramref name="reference"/> (文号). Recorded as this module's own 登记出台 step (by the system), so its gates apply
    /// (a refusal is a 409 citing 条例第十八条) and the issue cannot be recorded again. Already recorded as issued: nothing
    /// changes. Works in the caller's unit of work (the caller saves).
    /// </summary>
    Task RecordIssuedAsync(string subjectType, Guid subjectId, DateOnly on, string? reference, CancellationToken cancellationToken = default);
}
