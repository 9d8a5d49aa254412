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
public sealed class LegalityReviews(AppDbContext db, SubmitReview submit, ProcedureEngine engine) : ILegalityReviews
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
                && r.Status != ReviewStatus.Decided && r.Status != ReviewStatus.Archived && r.Status != ReviewStatus.Withdrawn && r.OpinionIssuedOn == null)
            .OrderByDescending(r => r.CreatedAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is { } id)
        {
            return id;
        }

        var review = await submit.RegisterAsync(
            new SubmissionDetails(request.Title.Trim(), request.DocumentType, request.SubmittingUnit.Trim(), request.Complex,
                SubjectType: request.SubjectType, SubjectId: request.SubjectId, SubmittedOn: request.SubmittedOn),
            request.RegionCode, ProcedureActor.System, cancellationToken);
        return review.Id;
    }

    public async Task<LegalityOpinionStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default)
    {
        var review = await db.Set<Domain.LegalityReview>().AsNoTracking().Include(r => r.Items)
            .Where(r => r.SubjectType == subjectType && r.SubjectId == subjectId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        review ??= db.Set<Domain.LegalityReview>().Local.LastOrDefault(r => r.SubjectType == subjectType && r.SubjectId == subjectId);
        return review is null
            ? null
            : new LegalityOpinionStatus(review.Id, review.OpinionIssuedOn is not null, review.Conclusion, review.OpinionIssuedOn, review.OpinionNumber)
            {
                Withdrawn = review.Status == ReviewStatus.Withdrawn,
                AdviserSignOff = review.AdviserSignOff,
                DecidedOn = review.DecidedOn,
                Items = review.Items.OrderBy(i => i.Number)
                    .Select(i => new LegalityOpinionItem(i.Number, i.Text, (OpinionItemResponse)(int)i.Response, i.Reason, i.AnsweredOn)).ToList(),
            };
    }

    public async Task<bool> WithdrawAsync(string subjectType, Guid subjectId, string reason, CancellationToken cancellationToken = default)
    {
        var review = await LatestAsync(subjectType, subjectId, cancellationToken);
        if (review is not { IsOpen: true, OpinionIssuedOn: null })
        {
            return false;
        }

        var note = string.IsNullOrWhiteSpace(reason) ? "送审单位撤回" : reason.Trim();
        await StepAsync(review, ReviewProcedure.Withdraw, new StepInput { Note = note.Length > 2000 ? note[..2000] : note }, cancellationToken);
        return true;
    }

    public async Task AnswerItemsAsync(string subjectType, Guid subjectId, IReadOnlyList<OpinionItemAnswer> answers, CancellationToken cancellationToken = default)
    {
        var review = await LatestAsync(subjectType, subjectId, cancellationToken);
        if (review?.OpinionIssuedOn is null)
        {
            throw new DomainRuleException("合法性审查意见尚未出具，没有需要反馈采纳情况的审查意见", ReviewProcedure.General.Citation);
        }

        var byNumber = (answers ?? []).Where(a => a is not null).GroupBy(a => a.Number)
            .ToDictionary(g => g.Key, g => (Enum.IsDefined(g.Last().Response) ? (ItemResponse)(int)g.Last().Response : ItemResponse.Pending, g.Last().Reason));
        if (byNumber.Values.Any(a => a.Reason?.Length > 2000))
        {
            throw new FieldValidationException("answers", "理由不能超过2000个字");
        }

        var instance = await StepAsync(review, ReviewProcedure.Answer, new StepInput { Note = "送审单位逐条反馈审查意见采纳情况" }, cancellationToken);
        review.AnswerItems(byNumber, instance.LastStepOn);
    }

    public async Task RecordDecisionAsync(string subjectType, Guid subjectId, DateOnly decidedOn, string? note = null, CancellationToken cancellationToken = default)
    {
        var review = await LatestAsync(subjectType, subjectId, cancellationToken)
            ?? throw new DomainRuleException("未出具合法性审查意见，不得作出决定", ReviewProcedure.General.Citation);
        if (review.Status is ReviewStatus.Decided or ReviewStatus.Archived)
        {
            return;
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var instance = await StepAsync(review, ReviewProcedure.Decide, new StepInput { On = decidedOn, Note = text }, cancellationToken);
        review.Decided(instance.LastStepOn, text);
    }

    /// <summary>The subject's latest review, tracked with its items, in the caller's unit of work.</summary>
    private async Task<Domain.LegalityReview?> LatestAsync(string subjectType, Guid subjectId, CancellationToken ct) =>
        db.Set<Domain.LegalityReview>().Local.Where(r => r.SubjectType == subjectType && r.SubjectId == subjectId && db.Entry(r).State == EntityState.Added)
            .OrderBy(r => r.CreatedAt).LastOrDefault()
        ?? await db.Set<Domain.LegalityReview>().Include(r => r.Items)
            .Where(r => r.SubjectType == subjectType && r.SubjectId == subjectId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// Takes a step as the platform (系统) on the requesting module's behalf: its user need not hold this module's
    /// permissions, and the procedure's state and gates apply all the same (a refusal is this module's 409).
    /// </summary>
    private async Task<ProcedureInstance> StepAsync(Domain.LegalityReview review, string action, StepInput input, CancellationToken ct)
    {
        var instance = db.Set<ProcedureInstance>().Local.FirstOrDefault(i => i.Id == review.InstanceId)
            ?? await db.Set<ProcedureInstance>().FirstAsync(i => i.Id == review.InstanceId, ct);
        await engine.ApplyAsync(instance, action, ProcedureActor.System, review.Gate(ProcedureActor.System.Login), input, ct);
        review.MoveTo(instance.State);
        return instance;
    }
}
