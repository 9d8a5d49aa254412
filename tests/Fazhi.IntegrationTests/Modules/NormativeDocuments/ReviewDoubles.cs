using System.Collections.Concurrent;

using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;

namespace Fazhi.IntegrationTests.Modules.NormativeDocuments;

/// <summary>合法性审查 as a test sets it: a request is pending until the test issues the opinion.</summary>
public sealed class LegalityReviewsDouble : ILegalityReviews
{
    private readonly ConcurrentDictionary<Guid, LegalityOpinionStatus> _reviews = new();

    public Task<Guid> RequestAsync(LegalityReviewRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reviews.GetOrAdd(request.SubjectId, _ => new LegalityOpinionStatus(Guid.CreateVersion7(), false, null, null, null)).ReviewId);

    public Task<LegalityOpinionStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reviews.TryGetValue(subjectId, out var status) ? status : null);

    public void Issue(Guid subjectId, ReviewConclusion conclusion, string number = "司审〔2026〕1号") =>
        _reviews.AddOrUpdate(subjectId,
            _ => new LegalityOpinionStatus(Guid.CreateVersion7(), true, conclusion, new DateOnly(2026, 3, 2), number),
            (_, s) => s with { OpinionIssued = true, Conclusion = conclusion, IssuedOn = new DateOnly(2026, 3, 2), OpinionNumber = number });
}

/// <summary>公平竞争审查 as a test sets it: registered measures stay unconcluded until the test concludes them.</summary>
public sealed class FairCompetitionReviewsDouble : IFairCompetitionReviews
{
    private readonly ConcurrentDictionary<Guid, FairCompetitionStatus> _reviews = new();

    public Task<Guid> RegisterAsync(PolicyMeasureRegistration measure, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reviews.GetOrAdd(measure.SubjectId, _ => new FairCompetitionStatus(Guid.CreateVersion7(), false, null, null)).ReviewId);

    public Task<FairCompetitionStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_reviews.TryGetValue(subjectId, out var status) ? status : null);

    public void Conclude(Guid subjectId, FairCompetitionConclusion conclusion) =>
        _reviews.AddOrUpdate(subjectId,
            _ => new FairCompetitionStatus(Guid.CreateVersion7(), true, conclusion, new DateOnly(2026, 3, 2)),
            (_, s) => s with { Concluded = true, Conclusion = conclusion, ConcludedOn = new DateOnly(2026, 3, 2) });
}
