using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.FairCompetition.Reviews;

/// <summary>
/// 公平竞争审查 for other modules (<see cref="IFairCompetitionReviews"/>): registers their measures for review and tells
/// them whether one may be issued. Works in the caller's DbContext; the caller saves.
/// </summary>
public sealed class FairCompetitionReviews(ReviewWorkspace work, IHttpContextAccessor http) : IFairCompetitionReviews
{
    public async Task<Guid> RegisterAsync(PolicyMeasureRegistration measure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(measure.RegionCode))
        {
            errors["regionCode"] = ["请指定区划"];
        }

        if (string.IsNullOrWhiteSpace(measure.SubjectType) || measure.SubjectType.Length > 60)
        {
            errors["subjectType"] = ["对象类型应为1至60个字符"];
        }

        if (string.IsNullOrWhiteSpace(measure.Title) || measure.Title.Trim().Length > 200)
        {
            errors["title"] = ["政策措施名称应为1至200个字"];
        }

        if (string.IsNullOrWhiteSpace(measure.DraftingUnit) || measure.DraftingUnit.Trim().Length > 100)
        {
            errors["draftingUnit"] = ["起草单位应为1至100个字"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        if (await FindAsync(measure.SubjectType, measure.SubjectId, cancellationToken) is { } existing)
        {
            return existing.Id;
        }

        var user = http.HttpContext?.User;
        var actor = user?.Identity?.IsAuthenticated == true ? ProcedureActor.From(user) : ProcedureActor.System;
        var review = await work.RegisterAsync(measure.RegionCode, measure.SubjectType, measure.SubjectId, measure.Title.Trim(), measure.DraftingUnit.Trim(),
            KindOf(measure.SubjectType), measure.DraftedOn ?? work.Today, null, actor, cancellationToken);
        return review.Id;
    }

    public async Task<FairCompetitionStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default)
    {
        var review = await FindAsync(subjectType, subjectId, cancellationToken);
        if (review is null)
        {
            return null;
        }

        var concluded = review.Status is ReviewStatus.Concluded or ReviewStatus.Issued && review.Conclusion is not null;
        return new FairCompetitionStatus(review.Id, concluded, concluded ? review.Conclusion : null, concluded ? review.ConcludedOn : null)
        {
            IssuedOn = review.IssuedOn,
            IssueReference = review.IssueReference,
        };
    }

    public async Task RecordIssuedAsync(string subjectType, Guid subjectId, DateOnly on, string? reference, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(subjectType, subjectId, cancellationToken)
            ?? throw new DomainRuleException("未经公平竞争审查（未登记审查）的政策措施，不得出台", ReviewRegime.Regulation2024.Issue.Citation);
        if (found.Status == ReviewStatus.Issued)
        {
            return;
        }

        var text = ReviewWorkspace.Clean(reference);
        if (text?.Length > 100)
        {
            throw new FieldValidationException("reference", "文号不能超过100个字");
        }

        // The issuing module's user need not hold this module's 出台 permission: the step is the system's on its behalf
        // (the audit trail still names the user), and the procedure's gates are the same as for a manual 登记出台.
        var loaded = await work.LoadAsync(found.Id, cancellationToken);
        var step = await work.Engine.ApplyAsync(loaded.Instance, FairCompetitionProcedure.Issue, ProcedureActor.System, loaded.Context,
            new StepInput { On = on, Note = text is null ? "随文件统一印发出台" : $"随文件统一印发出台，文号：{text}" }, cancellationToken);
        loaded.Review.RecordIssue(step.On, text);
    }

    /// <summary>The subject's review, including one added in this unit of work and not saved yet.</summary>
    private async Task<FairCompetitionReview?> FindAsync(string subjectType, Guid subjectId, CancellationToken ct) =>
        work.Db.Set<FairCompetitionReview>().Local.FirstOrDefault(r => r.SubjectType == subjectType && r.SubjectId == subjectId)
        ?? await work.Db.Set<FairCompetitionReview>().FirstOrDefaultAsync(r => r.SubjectType == subjectType && r.SubjectId == subjectId, ct);

    /// <summary>The subject type names the calling module (e.g. normative_documents.document), which tells the kind of measure.</summary>
    internal static MeasureKind KindOf(string subjectType) =>
        subjectType.StartsWith("normative", StringComparison.OrdinalIgnoreCase) ? MeasureKind.NormativeDocument
        : subjectType.StartsWith("major_decision", StringComparison.OrdinalIgnoreCase) ? MeasureKind.DecisionDraft
        : MeasureKind.Other;
}
