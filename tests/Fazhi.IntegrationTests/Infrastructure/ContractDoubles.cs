using System.Collections.Concurrent;

using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>
/// 合法性审查 as a test sets it: a request is pending until the test issues the opinion. For module tests that need to set an
/// opinion directly; where modules meet, tests use the real module (Modules/PolicyGates).
/// </summary>
public sealed class LegalityReviewsDouble : ILegalityReviews
{
    private readonly ConcurrentDictionary<Guid, LegalityOpinionStatus> _reviews = new();

    /// <summary>Subjects whose decision was recorded, with its date.</summary>
    public ConcurrentDictionary<Guid, DateOnly> Decided { get; } = new();

    // As the real contract: a request awaiting its opinion is returned; after a withdrawal or an issued opinion a new
    // request starts a new review.
    public Task<Guid> RequestAsync(LegalityReviewRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reviews.AddOrUpdate(request.SubjectId, _ => Pending(), (_, s) => s.Withdrawn || s.OpinionIssued ? Pending() : s).ReviewId);

    private static LegalityOpinionStatus Pending() => new(Guid.CreateVersion7(), false, null, null, null);

    public Task<LegalityOpinionStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reviews.TryGetValue(subjectId, out var status) ? status : null);

    public Task<bool> WithdrawAsync(string subjectType, Guid subjectId, string reason, CancellationToken cancellationToken = default)
    {
        var withdrawn = _reviews.TryGetValue(subjectId, out var status) && !status.OpinionIssued && !status.Withdrawn;
        if (withdrawn)
        {
            _reviews[subjectId] = status! with { Withdrawn = true };
        }

        return Task.FromResult(withdrawn);
    }

    public Task AnswerItemsAsync(string subjectType, Guid subjectId, IReadOnlyList<OpinionItemAnswer> answers, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public Task RecordDecisionAsync(string subjectType, Guid subjectId, DateOnly decidedOn, string? note = null, CancellationToken cancellationToken = default)
    {
        Decided[subjectId] = decidedOn;
        if (_reviews.TryGetValue(subjectId, out var status))
        {
            _reviews[subjectId] = status with { DecidedOn = decidedOn };
        }

        return Task.CompletedTask;
    }

    public void Issue(Guid subjectId, ReviewConclusion conclusion, string number = "司审〔2026〕1号", bool adviserSignOff = true) =>
        _reviews.AddOrUpdate(subjectId,
            _ => new LegalityOpinionStatus(Guid.CreateVersion7(), true, conclusion, new DateOnly(2026, 3, 2), number) { AdviserSignOff = adviserSignOff },
            (_, s) => s with { OpinionIssued = true, Conclusion = conclusion, IssuedOn = new DateOnly(2026, 3, 2), OpinionNumber = number, AdviserSignOff = adviserSignOff });
}

/// <summary>公平竞争审查 as a test sets it: registered measures stay unconcluded until the test concludes them.</summary>
public sealed class FairCompetitionReviewsDouble : IFairCompetitionReviews
{
    private readonly ConcurrentDictionary<Guid, FairCompetitionStatus> _reviews = new();

    public Task<Guid> RegisterAsync(PolicyMeasureRegistration measure, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reviews.GetOrAdd(measure.SubjectId, _ => new FairCompetitionStatus(Guid.CreateVersion7(), false, null, null)).ReviewId);

    public Task<FairCompetitionStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reviews.TryGetValue(subjectId, out var status) ? status : null);

    public Task RecordIssuedAsync(string subjectType, Guid subjectId, DateOnly on, string? reference, CancellationToken cancellationToken = default)
    {
        if (_reviews.TryGetValue(subjectId, out var status))
        {
            _reviews[subjectId] = status with { IssuedOn = on, IssueReference = reference };
        }

        return Task.CompletedTask;
    }

    public void Conclude(Guid subjectId, FairCompetitionConclusion conclusion) =>
        _reviews.AddOrUpdate(subjectId,
            _ => new FairCompetitionStatus(Guid.CreateVersion7(), true, conclusion, new DateOnly(2026, 3, 2)),
            (_, s) => s with { Concluded = true, Conclusion = conclusion, ConcludedOn = new DateOnly(2026, 3, 2) });
}
