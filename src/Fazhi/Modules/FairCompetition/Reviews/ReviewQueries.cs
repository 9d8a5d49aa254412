using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.FairCompetition.Reviews;

/// <summary>List filters (query string of the API, the page and the export alike).</summary>
public sealed record ReviewFilter(string? Q = null, string? Status = null, string? Conclusion = null, string? Kind = null, string? Year = null, string? Sort = null);

public sealed record ReviewRow(
    Guid Id, string Title, string DraftingUnit, string Kind, string KindName, DateOnly DraftedOn, string StandardSet, string Status, string StatusName,
    bool? AffectsBusiness, string? Conclusion, string? ConclusionName, DateOnly? ConcludedOn, int Round, DateOnly? IssuedOn, string? IssueReference,
    bool MayBeIssued, DateTime RegisteredAt, string RegionCode)
{
    public ReviewRow() : this(Guid.Empty, "", "", "", "", default, "", "", "", null, null, null, null, 0, null, null, false, default, "")
    {
    }
}

public sealed record StandardView(string Code, string Category, string Article, string Text);

public sealed record AnswerView(
    string StandardCode, string Category, string Article, string Text, string? Verdict, string? VerdictName, string? Note, string? ExceptionGround,
    string? ExceptionJustification, string? TerminationCondition, bool NoLessRestrictiveAlternative, string? AnsweredBy, DateTime? AnsweredAt);

public sealed record PastAnswerView(int Round, string StandardCode, string Article, string Verdict, string VerdictName, string? Note, string AnsweredBy, DateTime AnsweredAt);

public sealed record ConclusionView(int Round, string Conclusion, string ConclusionName, string Text, DateOnly ConcludedOn, string ConcludedBy);

public sealed record TimelineEntry(int Sequence, string Action, string ActionName, string FromState, string ToState, string Actor, string ActorName, DateTime At, DateOnly On, string? Note);

public sealed record ReviewDetail(
    ReviewRow Summary, string SubjectType, Guid SubjectId, string? MeasureSummary, string RegisteredBy, string StandardSetName, bool StandardSetVerified,
    string StandardSetNote, string? DeterminationReason, string? ConclusionText, string? ConsultationNote, DateOnly? NextEvaluationOn, string? EvaluationExplanation,
    Guid InstanceId, IReadOnlyList<string> OfferedActions, IReadOnlyList<string> AvailableActions, IReadOnlyList<string> ExceptionGrounds, string AlternativeLabel,
    IReadOnlyList<AnswerView> Checklist, IReadOnlyList<PastAnswerView> EarlierRounds, IReadOnlyList<ConclusionView> Conclusions, IReadOnlyList<TimelineEntry> Timeline);

/// <summary>Reads of the review ledger: filtered, sorted and paged lists, the export, and one review with its timeline.</summary>
public sealed class ReviewQueries(AppDbContext db, ProcedureEngine engine)
{
    public const int MaxExportRows = Ledgers.MaxRows;

    public static readonly LedgerLayout<ReviewRow> Ledger = new("公平竞争审查台账",
    [
        new("政策措施名称", r => r.Title),
        new("起草单位", r => r.DraftingUnit),
        new("类型", r => r.KindName),
        new("起草日期", r => r.DraftedOn.ToString("yyyy-MM-dd")),
        new("审查标准", r => r.StandardSet),
        new("是否涉及经营者经济活动", r => r.AffectsBusiness switch { true => "涉及", false => "不涉及", null => "未识别" }),
        new("状态", r => r.StatusName),
        new("审查结论", r => r.ConclusionName ?? ""),
        new("结论日期", r => r.ConcludedOn?.ToString("yyyy-MM-dd") ?? ""),
        new("审查轮次", r => r.Round),
        new("可否出台", r => r.MayBeIssued ? "可以出台" : "不得出台"),
        new("出台日期", r => r.IssuedOn?.ToString("yyyy-MM-dd") ?? ""),
        new("文号", r => r.IssueReference ?? ""),
        new("记录编号", r => r.Id.ToString()),
    ]);

    public async Task<Paged<ReviewRow>> ListAsync(ReviewFilter filter, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = Apply(filter);
        var total = await query.CountAsync(ct);
        var rows = await Sorted(query, filter.Sort).Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<ReviewRow>(rows.Select(Row).ToList(), p, size, total);
    }

    public async Task<byte[]> ExportAsync(ReviewFilter filter, CancellationToken ct)
    {
        var rows = await Sorted(Apply(filter), filter.Sort).Take(MaxExportRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Ledger, rows.Select(Row), ct);
    }

    public async Task<ReviewDetail> DetailAsync(LoadedReview loaded, ProcedureActor actor, CancellationToken ct)
    {
        var review = loaded.Review;
        var set = await db.Set<ReviewStandardSet>().AsNoTracking().FirstAsync(s => s.Key == review.StandardSetKey, ct);
        var byCode = loaded.Standards.ToDictionary(s => s.Code);
        var current = review.CurrentAnswers.ToDictionary(a => a.StandardCode);
        var checklist = loaded.Standards.Select(s => current.TryGetValue(s.Code, out var a)
                ? new AnswerView(s.Code, s.Category, s.Article, s.Text, a.Verdict.ToString(), DisplayName(a.Verdict), a.Note, a.ExceptionGround,
                    a.ExceptionJustification, a.TerminationCondition, a.NoLessRestrictiveAlternative, a.AnsweredBy, a.AnsweredAt)
                : new AnswerView(s.Code, s.Category, s.Article, s.Text, null, null, null, null, null, null, false, null, null))
            .ToList();
        var earlier = review.Answers.Where(a => a.Round < review.Round)
            .OrderBy(a => a.Round).ThenBy(a => byCode.TryGetValue(a.StandardCode, out var s) ? s.SortOrder : 0)
            .Select(a => new PastAnswerView(a.Round, a.StandardCode, byCode.TryGetValue(a.StandardCode, out var s) ? s.Article : a.StandardCode,
                a.Verdict.ToString(), DisplayName(a.Verdict), a.Note, a.AnsweredBy, a.AnsweredAt))
            .ToList();
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == review.InstanceId).OrderBy(s => s.Sequence).ToListAsync(ct);
        var definition = engine.DefinitionOf(loaded.Instance);
        string StateName(string key) => definition.States.FirstOrDefault(s => s.Key == key)?.Name ?? key;
        var regime = loaded.Regime;
        return new ReviewDetail(
            Row(review), review.SubjectType, review.SubjectId, review.Summary, review.RegisteredBy, set.Name, set.Verified, set.Note,
            review.DeterminationReason, review.ConclusionText, review.ConsultationNote, review.NextEvaluationOn, review.EvaluationExplanation,
            review.InstanceId,
            definition.Actions.Where(a => a.From.Contains(loaded.Instance.State) && actor.MayTake(a)).Select(a => a.Key).ToList(),
            engine.AvailableActions(loaded.Instance, actor, loaded.Context).Select(a => a.Key).ToList(),
            regime.ExceptionGrounds, regime.AlternativeLabel, checklist, earlier,
            review.Conclusions.OrderBy(c => c.Round).Select(c => new ConclusionView(c.Round, c.Conclusion.ToString(), ConclusionName(c.Conclusion), c.Text, c.ConcludedOn, c.ConcludedBy)).ToList(),
            steps.Select(s => new TimelineEntry(s.Sequence, s.ActionKey, s.ActionName, StateName(s.FromState), StateName(s.ToState), s.Actor, s.ActorName, s.At, s.On, s.Note)).ToList());
    }

    public static ReviewFilter Validate(ReviewFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        if (filter.Status is { Length: > 0 } status && !Enum.TryParse<ReviewStatus>(status, true, out _))
        {
            errors["status"] = ["状态不正确"];
        }

        if (filter.Conclusion is { Length: > 0 } conclusion && !Enum.TryParse<FairCompetitionConclusion>(conclusion, true, out _))
        {
            errors["conclusion"] = ["审查结论不正确"];
        }

        if (filter.Kind is { Length: > 0 } kind && !Enum.TryParse<MeasureKind>(kind, true, out _))
        {
            errors["kind"] = ["政策措施类型不正确"];
        }

        if (filter.Year is { Length: > 0 } year && (!int.TryParse(year, out var y) || y is < 2000 or > 2100))
        {
            errors["year"] = ["年度应为2000至2100之间的整数"];
        }

        if (filter.Sort is { Length: > 0 } sort && !SortKeys.Contains(sort))
        {
            errors["sort"] = [$"排序应为以下之一：{string.Join("、", SortKeys)}"];
        }

        return errors.Count > 0 ? throw new FieldValidationException(errors) : filter;
    }

    public static readonly IReadOnlyList<string> SortKeys = ["-registered", "registered", "title", "-title", "concluded", "-concluded", "drafted", "-drafted", "status"];

    private IQueryable<FairCompetitionReview> Apply(ReviewFilter filter)
    {
        Validate(filter);
        var query = db.Set<FairCompetitionReview>().AsNoTracking();
        if (ReviewWorkspace.Clean(filter.Q) is { } q)
        {
            query = query.Where(r => r.Title.Contains(q) || r.DraftingUnit.Contains(q));
        }

        if (filter.Status is { Length: > 0 } && Enum.TryParse<ReviewStatus>(filter.Status, true, out var status))
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.Conclusion is { Length: > 0 } && Enum.TryParse<FairCompetitionConclusion>(filter.Conclusion, true, out var conclusion))
        {
            query = query.Where(r => r.Conclusion == conclusion);
        }

        if (filter.Kind is { Length: > 0 } && Enum.TryParse<MeasureKind>(filter.Kind, true, out var kind))
        {
            query = query.Where(r => r.Kind == kind);
        }

        if (filter.Year is { Length: > 0 } && int.TryParse(filter.Year, out var year))
        {
            var first = new DateOnly(year, 1, 1);
            var end = new DateOnly(year + 1, 1, 1);
            query = query.Where(r => r.ConcludedOn >= first && r.ConcludedOn < end);
        }

        return query;
    }

    private static IQueryable<FairCompetitionReview> Sorted(IQueryable<FairCompetitionReview> query, string? sort) => sort switch
    {
        "registered" => query.OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id),
        "title" => query.OrderBy(r => r.Title).ThenBy(r => r.Id),
        "-title" => query.OrderByDescending(r => r.Title).ThenBy(r => r.Id),
        "concluded" => query.OrderBy(r => r.ConcludedOn).ThenBy(r => r.Id),
        "-concluded" => query.OrderByDescending(r => r.ConcludedOn).ThenBy(r => r.Id),
        "drafted" => query.OrderBy(r => r.DraftedOn).ThenBy(r => r.Id),
        "-drafted" => query.OrderByDescending(r => r.DraftedOn).ThenBy(r => r.Id),
        "status" => query.OrderBy(r => r.Status).ThenByDescending(r => r.RegisteredAt),
        _ => query.OrderByDescending(r => r.RegisteredAt).ThenByDescending(r => r.Id),
    };

    public static ReviewRow Row(FairCompetitionReview r) => new(
        r.Id, r.Title, r.DraftingUnit, r.Kind.ToString(), DisplayName(r.Kind), r.DraftedOn, SetName(r.StandardSetKey), r.Status.ToString(), DisplayName(r.Status),
        r.AffectsBusiness, r.Conclusion?.ToString(), r.Conclusion is { } c ? ConclusionName(c) : null, r.ConcludedOn, r.Round, r.IssuedOn, r.IssueReference,
        r.MayBeIssued, r.RegisteredAt, r.RegionCode);

    public static string SetName(string key) => ReviewStandardCatalog.Sets.FirstOrDefault(s => s.Key == key)?.Name ?? key;

    public static string ConclusionName(FairCompetitionConclusion conclusion) => conclusion switch
    {
        FairCompetitionConclusion.NotAffectingBusiness => "不涉及经营者经济活动",
        FairCompetitionConclusion.Compliant => "符合审查标准",
        FairCompetitionConclusion.CompliantUnderException => "适用例外规定",
        FairCompetitionConclusion.RevisedToComply => "经修改后符合审查标准",
        FairCompetitionConclusion.Violating => "违反审查标准，不得出台",
    };

    public static string DisplayName<T>(T value) where T : struct, Enum =>
        DisplayNames.Of(value);
}
