using System.Security.Claims;

using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.FairCompetition.Reviews;

public sealed record RegisterMeasureInput(string? Title, string? DraftingUnit, MeasureKind? Kind = null, DateOnly? DraftedOn = null, string? Summary = null);

public sealed record DetermineInput(bool? AffectsBusiness, string? Reason, DateOnly? On = null);

public sealed record AnswersInput(IReadOnlyList<AnswerInput>? Answers, DateOnly? On = null);

public sealed record ConcludeInput(string? Text, string? Consultation = null, DateOnly? On = null);

public sealed record ReviseInput(string? Note, DateOnly? On = null);

public sealed record IssueInput(DateOnly? On = null, string? Reference = null);

/// <summary>A review loaded for a step: the aggregate with its answers, its procedure instance and its standard items.</summary>
public sealed record LoadedReview(FairCompetitionReview Review, ProcedureInstance Instance, IReadOnlyList<ReviewStandard> Standards)
{
    public ReviewRegime Regime => ReviewRegime.For(Review.StandardSetKey);

    public ReviewContext Context => new(Review, Standards);
}

/// <summary>What every step shares: loading in the caller's region, the actor, the clock and the standard-set choice.</summary>
public sealed class ReviewWorkspace(AppDbContext db, ProcedureEngine engine, TimeProvider time)
{
    public AppDbContext Db => db;

    public ProcedureEngine Engine => engine;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => LegalDate.Today(time);

    /// <summary>The review with answers, conclusions and instance; another region's review is not found (404).</summary>
    public async Task<LoadedReview> LoadAsync(Guid id, CancellationToken ct)
    {
        var review = await db.Set<FairCompetitionReview>()
            .Include(r => r.Answers)
            .Include(r => r.Conclusions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new RecordNotFoundException("政策措施不存在");
        var instance = await db.Set<ProcedureInstance>().FirstOrDefaultAsync(i => i.Id == review.InstanceId, ct)
            ?? throw new RecordNotFoundException("审查程序不存在");
        return new LoadedReview(review, instance, await StandardsAsync(review.StandardSetKey, ct));
    }

    public Task<List<ReviewStandard>> StandardsAsync(string setKey, CancellationToken ct) =>
        db.Set<ReviewStandard>().AsNoTracking().Where(s => s.SetKey == setKey).OrderBy(s => s.SortOrder).ToListAsync(ct);

    /// <summary>The standard set in force on the measure's date (law.md §0.2), or a Chinese field error.</summary>
    public async Task<ReviewStandardSet> SetForAsync(DateOnly draftedOn, string field, CancellationToken ct)
    {
        var sets = await db.Set<ReviewStandardSet>().AsNoTracking().ToListAsync(ct);
        return ReviewStandardCatalog.SetFor(draftedOn, sets)
            ?? throw new FieldValidationException(field, $"起草日期早于系统收录的最早审查标准（{sets.Min(s => s.EffectiveFrom):yyyy-MM-dd}施行），无法确定适用的审查标准");
    }

    /// <summary>Registers a review and starts its procedure under the regime its date selects; the caller saves.</summary>
    public async Task<FairCompetitionReview> RegisterAsync(string region, string? subjectType, Guid? subjectId, string title, string unit, MeasureKind kind,
        DateOnly draftedOn, string? summary, ProcedureActor actor, CancellationToken ct)
    {
        if (draftedOn > Today)
        {
            throw new FieldValidationException("draftedOn", "起草日期不能晚于今天");
        }

        var set = await SetForAsync(draftedOn, "draftedOn", ct);
        var review = new FairCompetitionReview(region, subjectType, subjectId, title, unit, kind, draftedOn, set.Key, summary, actor.Login, Now);
        db.Add(review);
        var instance = engine.Start(ReviewRegime.For(set.Key).ProcedureKey, FairCompetitionProcedure.SubjectType, review.Id, region, actor, draftedOn);
        review.AttachInstance(instance.Id);
        return review;
    }

    public static string Login(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static string Region(ClaimsPrincipal user) =>
        user.FindFirstValue(FazhiClaims.Region) ?? throw new DomainRuleException("当前账户没有所属区划", statusCode: StatusCodes.Status403Forbidden);

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>登记政策措施 (a unit registers a measure directly).</summary>
public sealed class RegisterMeasure(ReviewWorkspace work)
{
    public async Task<FairCompetitionReview> ExecuteAsync(RegisterMeasureInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var title = ReviewWorkspace.Clean(input.Title);
        var unit = ReviewWorkspace.Clean(input.DraftingUnit);
        if (title is null)
        {
            errors["title"] = ["请填写政策措施名称"];
        }
        else if (title.Length > 200)
        {
            errors["title"] = ["政策措施名称不能超过200个字"];
        }

        if (unit is null)
        {
            errors["draftingUnit"] = ["请填写起草单位"];
        }
        else if (unit.Length > 100)
        {
            errors["draftingUnit"] = ["起草单位不能超过100个字"];
        }

        if (input.Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors["kind"] = ["政策措施类型不正确"];
        }

        if (input.Summary?.Length > 4000)
        {
            errors["summary"] = ["主要内容不能超过4000个字"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var review = await work.RegisterAsync(ReviewWorkspace.Region(user), null, null, title!, unit!, input.Kind ?? MeasureKind.Other,
            input.DraftedOn ?? work.Today, ReviewWorkspace.Clean(input.Summary), ProcedureActor.From(user), ct);
        await work.Db.SaveChangesAsync(ct);
        return review;
    }
}

/// <summary>识别是否涉及经营者经济活动 (law.md §5 step 1; 条例第二条).</summary>
public sealed class DetermineImpact(ReviewWorkspace work)
{
    public async Task ExecuteAsync(Guid id, DetermineInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await work.LoadAsync(id, ct);
        var reason = ReviewWorkspace.Clean(input.Reason);
        var errors = new Dictionary<string, string[]>();
        if (input.AffectsBusiness is null)
        {
            errors["affectsBusiness"] = ["请选择是否涉及经营者经济活动"];
        }

        if (reason is null)
        {
            errors["reason"] = ["请填写识别理由"];
        }
        else if (reason.Length > 2000)
        {
            errors["reason"] = ["识别理由不能超过2000个字"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var affects = input.AffectsBusiness!.Value;
        var actor = ProcedureActor.From(user);
        var step = await work.Engine.ApplyAsync(loaded.Instance,
            affects ? FairCompetitionProcedure.DetermineAffecting : FairCompetitionProcedure.DetermineNotAffecting,
            actor, loaded.Context, new StepInput { On = input.On, Note = reason }, ct);
        if (loaded.Review.Determine(affects, reason!, step.On, actor.Login, work.Now) is { } record)
        {
            work.Db.Add(record);
        }

        await work.Db.SaveChangesAsync(ct);
    }
}

/// <summary>逐项审查: answers items of the measure's standard set (条例第八条至第十二条).</summary>
public sealed class AnswerChecklist(ReviewWorkspace work)
{
    public async Task ExecuteAsync(Guid id, AnswersInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await work.LoadAsync(id, ct);
        var answers = Validate(input.Answers, loaded);
        var actor = ProcedureActor.From(user);
        var counts = answers.GroupBy(a => a.Verdict).ToDictionary(g => g.Key, g => g.Count());
        var note = $"第{loaded.Review.Round}轮逐项审查{answers.Count}项：符合{counts.GetValueOrDefault(ChecklistVerdict.Complies)}项、"
            + $"违反{counts.GetValueOrDefault(ChecklistVerdict.Violates)}项、适用例外规定{counts.GetValueOrDefault(ChecklistVerdict.Exception)}项";
        await work.Engine.ApplyAsync(loaded.Instance, FairCompetitionProcedure.Answer, actor,
            loaded.Context with { PendingAnswers = answers }, new StepInput { On = input.On, Note = note }, ct);
        work.Db.AddRange(loaded.Review.Answer(answers, actor.Login, work.Now));
        await work.Db.SaveChangesAsync(ct);
    }

    private static List<AnswerInput> Validate(IReadOnlyList<AnswerInput>? input, LoadedReview loaded)
    {
        if (input is null || input.Count == 0)
        {
            throw new FieldValidationException("answers", "请至少填写一项审查意见");
        }

        var codes = loaded.Standards.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var answers = new List<AnswerInput>();
        for (var i = 0; i < input.Count; i++)
        {
            var a = input[i];
            var field = $"answers[{i}]";
            if (a is null || string.IsNullOrWhiteSpace(a.StandardCode) || !codes.Contains(a.StandardCode))
            {
                errors[field] = ["审查标准条目不存在，或不属于本措施适用的审查标准"];
                continue;
            }

            if (!seen.Add(a.StandardCode))
            {
                errors[field] = ["同一审查标准条目只能填写一次"];
                continue;
            }

            if (!Enum.IsDefined(a.Verdict))
            {
                errors[field] = ["请选择审查意见：符合、违反或适用例外规定"];
                continue;
            }

            if (a.Verdict == ChecklistVerdict.Violates && string.IsNullOrWhiteSpace(a.Note))
            {
                errors[field] = ["认定违反审查标准的，请说明违反的具体内容"];
                continue;
            }

            if (a.Verdict == ChecklistVerdict.Exception && ReviewWorkspace.Clean(a.ExceptionGround) is { } ground
                && !loaded.Regime.ExceptionGrounds.Contains(ground))
            {
                errors[field] = [$"例外情形应为以下之一：{string.Join("；", loaded.Regime.ExceptionGrounds)}"];
                continue;
            }

            if ((a.Note?.Length ?? 0) > 2000 || (a.ExceptionJustification?.Length ?? 0) > 2000 || (a.TerminationCondition?.Length ?? 0) > 500)
            {
                errors[field] = ["说明不能超过2000个字，实施期限或终止条件不能超过500个字"];
                continue;
            }

            answers.Add(a);
        }

        return errors.Count > 0 ? throw new FieldValidationException(errors) : answers;
    }
}

/// <summary>作出书面审查结论 (条例第十七条).</summary>
public sealed class ConcludeReview(ReviewWorkspace work)
{
    public async Task ExecuteAsync(Guid id, ConcludeInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await work.LoadAsync(id, ct);
        var text = ReviewWorkspace.Clean(input.Text);
        if (text?.Length > 8000 || input.Consultation?.Length > 4000)
        {
            throw new FieldValidationException("text", "审查结论不能超过8000个字，听取意见情况不能超过4000个字");
        }

        var actor = ProcedureActor.From(user);
        var step = await work.Engine.ApplyAsync(loaded.Instance, FairCompetitionProcedure.Conclude, actor,
            loaded.Context with { ConclusionText = text }, new StepInput { On = input.On, Note = text }, ct);
        var settings = await work.Db.Set<FairCompetitionSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.RegionCode == loaded.Review.RegionCode, ct);
        work.Db.Add(loaded.Review.Conclude(text!, ReviewWorkspace.Clean(input.Consultation), step.On, actor.Login, work.Now,
            settings?.ExceptionEvaluationMonths ?? FairCompetitionSettings.DefaultEvaluationMonths));
        await work.Db.SaveChangesAsync(ct);
    }
}

/// <summary>修改后重新审查: a concluded measure is revised and its items are reviewed again in a new round.</summary>
public sealed class ReviseMeasure(ReviewWorkspace work)
{
    public async Task ExecuteAsync(Guid id, ReviseInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await work.LoadAsync(id, ct);
        var note = ReviewWorkspace.Clean(input.Note) ?? throw new FieldValidationException("note", "请填写修改情况");
        await work.Engine.ApplyAsync(loaded.Instance, FairCompetitionProcedure.Revise, ProcedureActor.From(user), loaded.Context,
            new StepInput { On = input.On, Note = note }, ct);
        loaded.Review.Revise();
        await work.Db.SaveChangesAsync(ct);
    }
}

/// <summary>登记出台: refused while the measure is not reviewed or violates (条例第十八条).</summary>
public sealed class RecordIssue(ReviewWorkspace work)
{
    public async Task ExecuteAsync(Guid id, IssueInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await work.LoadAsync(id, ct);
        var reference = ReviewWorkspace.Clean(input.Reference);
        if (reference?.Length > 100)
        {
            throw new FieldValidationException("reference", "文号不能超过100个字");
        }

        var step = await work.Engine.ApplyAsync(loaded.Instance, FairCompetitionProcedure.Issue, ProcedureActor.From(user), loaded.Context,
            new StepInput { On = input.On, Note = reference is null ? null : $"文号：{reference}" }, ct);
        loaded.Review.RecordIssue(step.On, reference);
        await work.Db.SaveChangesAsync(ct);
    }
}
