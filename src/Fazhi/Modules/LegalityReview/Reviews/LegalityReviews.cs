using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LegalityReview.Reviews;

/// <summary>
/// <see cref="ILegalityReviews"/> for other modules: a request registers and submits a review in the caller's unit of
/// work (the caller saves); the submit step is recorded as the platform's (系统) on the requesting module's behalf,
/// since the requesting user need not hold this module's permissions — the audit trail still names the user.
/// </summary>
public sealed class LegalityReviews(AppDbContext db, SubmitReview submit) : ILegalityReviews
{
    public async Task<Guid> RequestAsync(LegalityReviewRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > Domain.LegalityReview.MaxTitle)
        {
            errors["title"] = [$"送审件名称不能为空，且不超过{Domain.LegalityReview.MaxTitle}个字"];
        }

        if (string.IsNullOrWhiteSpace(request.SubmittingUnit) || request.SubmittingUnit.Length > 100)
        {
            errors["submittingUnit"] = ["请填写送审单位，不超过100个字"];
        }

        if (string.IsNullOrWhiteSpace(request.SubjectType) || !Enum.IsDefined(request.DocumentType))
        {
            errors["subjectType"] = ["送审对象类型和送审类型不能为空"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        // Only a review still awaiting its opinion is the same request: once an opinion is issued it answers the draft
        // then submitted, and a resubmission (a draft revised after 不合法, say) is a new matter for review.
        bool Open(Domain.LegalityReview r) => r.SubjectType == request.SubjectType && r.SubjectId == request.SubjectId && r.IsOpen && r.OpinionIssuedOn is null;
        var pending = db.Set<Domain.LegalityReview>().Local.FirstOrDefault(Open);
        if (pending is not null)
        {
            return pending.Id;
        }

        var open = await db.Set<Domain.LegalityReview>()
            .Where(r => r.RegionCode == request.RegionCode && r.SubjectType == request.SubjectType && r.SubjectId == request.SubjectId
                && r.Status != ReviewStatus.Decided && r.Status != ReviewStatus.Archived && r.OpinionIssuedOn == null)
            .OrderByDescending(r => r.CreatedAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is { } id)
        {
            return id;
        }

        var review = await submit.RegisterAsync(
            new SubmissionDetails(request.Title.Trim(), request.DocumentType, request.SubmittingUnit.Trim(), request.Complex,
                SubjectType: request.SubjectType, SubjectId: request.SubjectId),
            request.RegionCode, ProcedureActor.System, cancellationToken);
        return review.Id;
    }

    public async Task<LegalityOpinionStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default)
    {
        var review = await db.Set<Domain.LegalityReview>().AsNoTracking()
            .Where(r => r.SubjectType == subjectType && r.SubjectId == subjectId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.OpinionIssuedOn, r.Conclusion, r.OpinionNumber })
            .FirstOrDefaultAsync(cancellationToken);
        review ??= db.Set<Domain.LegalityReview>().Local.Where(r => r.SubjectType == subjectType && r.SubjectId == subjectId)
            .Select(r => new { r.Id, r.OpinionIssuedOn, r.Conclusion, r.OpinionNumber }).LastOrDefault();
        return review is null
            ? null
            : new LegalityOpinionStatus(review.Id, review.OpinionIssuedOn is not null, review.Conclusion, review.OpinionIssuedOn, review.OpinionNumber);
    }
}
