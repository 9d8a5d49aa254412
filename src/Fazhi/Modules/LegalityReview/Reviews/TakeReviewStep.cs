using System.Security.Claims;

using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LegalityReview.Reviews;

public sealed record ItemAnswerInput(int Number, ItemResponse? Response, string? Reason);

/// <summary>Everything a step may carry; each action reads the fields it needs (all optional so a bad body is a 400 of ours, not a binder's).</summary>
public sealed record ReviewStepInput
{
    public DateOnly? On { get; init; }

    /// <summary>办理意见; the reason for 退回补正 and for 延长 (required there).</summary>
    public string? Note { get; init; }

    /// <summary>指定审查人员: the reviewer's login.</summary>
    public string? Reviewer { get; init; }

    /// <summary>延长: working days.</summary>
    public int? Days { get; init; }

    public ReviewConclusion? Conclusion { get; init; }

    public string? Summary { get; init; }

    public List<string>? Items { get; init; }

    /// <summary>参与审查并签署的法律顾问 (when the signer is not one).</summary>
    public string? AdviserName { get; init; }

    public List<ItemAnswerInput>? Answers { get; init; }

    public string? Basis { get; init; }

    public string? Background { get; init; }

    public string? Consultation { get; init; }
}

/// <summary>
/// 办理审查环节: takes one procedure step on a review (受理, 退回补正, 重新送审, 指定审查人员, 延长, 出具意见, 反馈采纳情况, 决定,
/// 归档, 撤回). The engine checks the state, the actor's permission and the gates (citing the legal basis) before anything
/// changes; the review then records what the step says, and both are saved together.
/// </summary>
public sealed class TakeReviewStep(AppDbContext db, ProcedureEngine engine, ReviewTerms terms, IssueNumber numbers)
{
    public const string OpinionNumberKind = "legality_review.opinion";

    public static readonly IReadOnlyList<string> ActionKeys =
    [
        ReviewProcedure.Accept, ReviewProcedure.Return, ReviewProcedure.Resubmit, ReviewProcedure.Assign, ReviewProcedure.Extend,
        ReviewProcedure.Issue, ReviewProcedure.Answer, ReviewProcedure.Decide, ReviewProcedure.Archive, ReviewProcedure.Withdraw,
    ];

    public async Task<Domain.LegalityReview> ExecuteAsync(Guid id, string action, ReviewStepInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var review = await db.Set<Domain.LegalityReview>().Include(r => r.Items).FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new RecordNotFoundException("审查件不存在");
        var instance = await db.Set<ProcedureInstance>().FirstAsync(i => i.Id == review.InstanceId, ct);
        if (!ActionKeys.Contains(action))
        {
            throw new FieldValidationException("action", "没有该办理环节");
        }

        var actor = ProcedureActor.From(user);
        var step = new StepInput { On = input.On, Note = Clean(input.Note) };
        switch (action)
        {
            case ReviewProcedure.Return:
                Require(step.Note, "note", "请写明需要补充的材料（退回理由）");
                await engine.ApplyAsync(instance, action, actor, review.Gate(actor.Login), step, ct);
                review.Returned();
                break;
            case ReviewProcedure.Withdraw:
                Require(step.Note, "note", "请写明撤回送审的理由");
                await engine.ApplyAsync(instance, action, actor, review.Gate(actor.Login), step, ct);
                break;
            case ReviewProcedure.Resubmit:
                await engine.ApplyAsync(instance, action, actor, review.Gate(actor.Login), step, ct);
                review.Resubmitted(Clean(input.Basis), Clean(input.Background), Clean(input.Consultation));
                break;
            case ReviewProcedure.Assign:
                var (login, name) = await ReviewerAsync(review.RegionCode, input.Reviewer, ct);
                await engine.ApplyAsync(instance, action, actor, review.Gate(actor.Login), step with { Note = step.Note ?? $"指定{name}（{login}）为审查人员" }, ct);
                review.AssignReviewer(login, name);
                break;
            case ReviewProcedure.Extend:
                await ExtendAsync(review, instance, actor, input, step, ct);
                break;
            case ReviewProcedure.Issue:
                await IssueAsync(review, instance, actor, input, step, ct);
                return review;
            case ReviewProcedure.Answer:
                var answers = (input.Answers ?? []).GroupBy(a => a.Number).ToDictionary(g => g.Key, g => (g.Last().Response ?? ItemResponse.Pending, g.Last().Reason));
                await engine.ApplyAsync(instance, action, actor, review.Gate(actor.Login), step, ct);
                review.AnswerItems(answers, instance.LastStepOn);
                break;
            case ReviewProcedure.Decide:
                await engine.ApplyAsync(instance, action, actor, review.Gate(actor.Login), step, ct);
                review.Decided(instance.LastStepOn, step.Note);
                break;
            case ReviewProcedure.Archive:
                await engine.ApplyAsync(instance, action, actor, review.Gate(actor.Login), step, ct);
                review.Archived(instance.LastStepOn);
                break;
            default:
                await engine.ApplyAsync(instance, action, actor, review.Gate(actor.Login), step, ct);
                break;
        }

        review.MoveTo(instance.State);
        await db.SaveChangesAsync(ct);
        return review;
    }

    private async Task ExtendAsync(Domain.LegalityReview review, ProcedureInstance instance, ProcedureActor actor, ReviewStepInput input, StepInput step, CancellationToken ct)
    {
        if (input.Days is not > 0)
        {
            throw new FieldValidationException("days", "请填写延长的工作日数（正整数）");
        }

        Require(step.Note, "note", "请写明延长审查期限的理由");
        var setting = await terms.ForAsync(review.RegionCode, review.DocumentType, ct);
        var extended = await db.Set<ClockAdjustment>()
            .Where(a => a.Kind == ClockAdjustmentKind.Extension && db.Set<Clock>().Any(c => c.Id == a.ClockId && c.InstanceId == instance.Id && c.Round == a.Round))
            .SumAsync(a => a.Length ?? 0, ct);
        if (extended + input.Days > setting.MaxExtensionDays)
        {
            throw new DomainRuleException(
                $"{ReviewText.TypeName(review.DocumentType)}的审查期限累计延长不得超过{setting.MaxExtensionDays}个工作日（已延长{extended}个工作日）",
                ReviewProcedure.General.Citation);
        }

        await engine.ApplyAsync(instance, ReviewProcedure.Extend, actor, review.Gate(actor.Login), step with { ExtensionLength = input.Days }, ct);
    }

    private async Task IssueAsync(Domain.LegalityReview review, ProcedureInstance instance, ProcedureActor actor,
        ReviewStepInput input, StepInput step, CancellationToken ct)
    {
        var items = (input.Items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        var errors = new Dictionary<string, string[]>();
        if (input.Conclusion is not { } conclusion || !Enum.IsDefined(conclusion))
        {
            errors["conclusion"] = ["请选择审查结论（合法 / 修改后合法 / 不合法）"];
            conclusion = ReviewConclusion.Lawful;
        }

        var summary = input.Summary?.Trim() ?? "";
        if (summary.Length == 0)
        {
            errors["summary"] = ["请填写审查意见（主体、权限、程序、内容）"];
        }

        if (items.Any(i => i.Length > 2000) || items.Count > 100)
        {
            errors["items"] = ["审查意见最多100条，每条不超过2000字"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        // The engine refuses before any transaction starts; the number is then taken in the transaction that saves the
        // opinion, so a failed save burns no number. An abandoned transaction is rolled back explicitly: disposing it
        // alone does not tell the audit interceptor, which would keep its chain lock.
        await engine.ApplyAsync(instance, ReviewProcedure.Issue, actor, review.Gate(actor.Login, conclusion, items.Count), step, ct);
        var adviserRole = db.Roles.Where(r => r.Name == Roles.LegalAdviser).Select(r => r.Id);
        var signerIsAdviser = await db.Users.AnyAsync(u => u.UserName == actor.Login
            && db.UserRoles.Any(ur => ur.UserId == u.Id && adviserRole.Contains(ur.RoleId)), ct);
        var signer = actor.DisplayName == actor.Login ? actor.Login : $"{actor.DisplayName}（{actor.Login}）";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var number = await numbers.NextAsync(db, review.RegionCode, OpinionNumberKind, instance.LastStepOn.Year,
                new NumberSubject(nameof(Domain.LegalityReview), review.Id.ToString()), ct);
            review.IssueOpinion(conclusion, summary, items, number.Text, instance.LastStepOn, signer, signerIsAdviser, input.AdviserName);
            // Items carry their own ids, so EF would take them for existing rows unless added explicitly.
            db.AddRange(review.Items);
            review.MoveTo(instance.State);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>A reviewer is a user of the region holding the 司法所 or 法律顾问 role.</summary>
    private async Task<(string Login, string Name)> ReviewerAsync(string region, string? login, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(login))
        {
            throw new FieldValidationException("reviewer", "请选择审查人员");
        }

        var name = login.Trim();
        var reviewer = await Reviewers(db, region, name).FirstOrDefaultAsync(ct)
            ?? throw new FieldValidationException("reviewer", "审查人员应为本镇司法所工作人员或法律顾问");
        return (reviewer.Login, reviewer.Name);
    }

    public sealed record ReviewerOption(string Login, string Name);

    /// <summary>The region's users who may be designated reviewers.</summary>
    public static IQueryable<ReviewerOption> Reviewers(AppDbContext db, string region, string? login = null)
    {
        var roleIds = db.Roles.Where(r => r.Name == Roles.LegalOffice || r.Name == Roles.LegalAdviser).Select(r => r.Id);
        var userIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        var users = db.Users.Where(u => u.RegionCode == region && userIds.Contains(u.Id));
        if (login is not null)
        {
            users = users.Where(u => u.UserName == login);
        }

        return users.OrderBy(u => u.UserName)
            .Select(u => new ReviewerOption(u.UserName!, u.DisplayName));
    }

    private static void Require(string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new FieldValidationException(field, message);
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
