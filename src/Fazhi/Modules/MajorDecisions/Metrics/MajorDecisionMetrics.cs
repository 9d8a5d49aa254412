using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.MajorDecisions.Metrics;

/// <summary>The figures of law.md §2 (MAD-1…8), each with the records behind it.</summary>
public static class MajorDecisionMetrics
{
    private const string Module = "重大行政决策";

    public static readonly MetricDefinition CatalogItems = new(
        "major_decisions.catalog_items", "年度重大行政决策目录事项数", "项",
        "该年度现行公布的决策事项目录（经党委同意并公布的最新版本）所列事项数（MAD-1）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await CatalogItemsOf(db, scope, ct)).Select(i => new MetricRecord(nameof(CatalogItem), i.Id.ToString(), i.Title))));

    public static readonly MetricDefinition Decided = new(
        "major_decisions.decided", "已作出决策数", "项",
        "年度内经集体讨论决定通过的重大行政决策数（按会议日期，MAD-2）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await DecidedIn(db, scope, ct)).Select(Record)));

    public static readonly MetricDefinition CompletionRate = new(
        "major_decisions.completion_rate", "目录完成率", "%",
        "分子：该年度目录事项中已经集体讨论决定通过的事项数；分母：该年度现行公布目录的事项数（MAD-3）。",
        Module, async (db, scope, ct) =>
        {
            var items = await CatalogItemsOf(db, scope, ct);
            var keys = items.Select(i => i.ItemKey).ToList();
            var decided = await db.Set<MajorDecision>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(d => keys.Contains(d.CatalogItemKey) && d.DecidedOn != null)
                .Select(d => d.CatalogItemKey).Distinct().ToListAsync(ct);
            return MetricResult.Rate(decided.Count, items.Count, items.Select(i => new MetricRecord(nameof(CatalogItem), i.Id.ToString(), $"{i.Title}：{(decided.Contains(i.ItemKey) ? "已决策" : "未决策")}")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition LegalityReviewedRate = new(
        "major_decisions.legality_reviewed_rate", "合法性审查率", "%",
        "分子：年度内作出的决策中，集体讨论前已出具合法性审查意见的数；分母：年度内作出的决策数（MAD-4，应为100%）。",
        Module, async (db, scope, ct) =>
        {
            var decided = await DecidedIn(db, scope, ct);
            return MetricResult.Rate(decided.Count(d => d.LegalityOpinionBeforeMeeting), decided.Count, decided.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition PublicParticipationRate = new(
        "major_decisions.public_participation_rate", "公众参与率", "%",
        "分子：年度内作出的决策中，公开征求意见的数；分母：年度内作出的决策数（MAD-5）。",
        Module, async (db, scope, ct) =>
        {
            var decided = await DecidedIn(db, scope, ct);
            return MetricResult.Rate(decided.Count(d => d.ConsultationId != null), decided.Count, decided.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition ExpertReviews = new(
        "major_decisions.expert_reviews", "专家论证数", "项",
        "年度内组织专家论证的决策数（年度内有专家签字的书面论证意见，MAD-6）。",
        Module, async (db, scope, ct) => await DecisionsWith(db, scope, await db.Set<ExpertOpinion>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(e => e.SignedOrSealed && e.GivenOn >= scope.FirstDay && e.GivenOn < scope.EndDay)
            .Select(e => e.DecisionId).ToListAsync(ct), ct));

    public static readonly MetricDefinition RiskAssessments = new(
        "major_decisions.risk_assessments", "风险评估数", "项",
        "年度内形成风险评估报告的决策数（按报告日期，MAD-6）。",
        Module, async (db, scope, ct) => await DecisionsWith(db, scope, await db.Set<RiskAssessment>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(e => e.ReportedOn >= scope.FirstDay && e.ReportedOn < scope.EndDay)
            .Select(e => e.DecisionId).ToListAsync(ct), ct));

    public static readonly MetricDefinition Hearings = new(
        "major_decisions.hearings", "听证数", "场",
        "年度内为重大行政决策举行的听证会场次（按听证日期，MAD-6）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<DecisionHearing>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(h => h.HeldOn >= scope.FirstDay && h.HeldOn < scope.EndDay)
                .OrderBy(h => h.HeldOn).ThenBy(h => h.Id).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(h => new MetricRecord(nameof(DecisionHearing), h.Id.ToString(), $"{h.HeldOn:yyyy-MM-dd} {h.Place}")));
        });

    public static readonly MetricDefinition PostEvaluations = new(
        "major_decisions.post_evaluations", "决策后评估数", "次",
        "年度内完成的决策后评估次数（按评估日期，MAD-8）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<PostEvaluation>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(e => e.EvaluatedOn >= scope.FirstDay && e.EvaluatedOn < scope.EndDay)
                .OrderBy(e => e.EvaluatedOn).ThenBy(e => e.Id).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(e => new MetricRecord(nameof(PostEvaluation), e.Id.ToString(), e.Evaluator)));
        });

    public static readonly IReadOnlyList<MetricDefinition> All =
        [CatalogItems, Decided, CompletionRate, LegalityReviewedRate, PublicParticipationRate, ExpertReviews, RiskAssessments, Hearings, PostEvaluations];

    /// <summary>The items of each region's current published version of the year's catalog.</summary>
    private static async Task<List<CatalogItem>> CatalogItemsOf(AppDbContext db, MetricScope scope, CancellationToken ct)
    {
        var catalogs = await db.Set<DecisionCatalog>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(c => c.Year == scope.Year && c.Status == CatalogStatus.Published)
            .Select(c => c.Id).ToListAsync(ct);
        return await db.Set<CatalogItem>().AsNoTracking().Where(i => catalogs.Contains(i.CatalogId))
            .OrderBy(i => i.RegionCode).ThenBy(i => i.Number).ThenBy(i => i.Id).ToListAsync(ct);
    }

    private static async Task<List<MajorDecision>> DecidedIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        await db.Set<MajorDecision>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(d => d.DecidedOn >= scope.FirstDay && d.DecidedOn < scope.EndDay)
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.Id).ToListAsync(ct);

    private static async Task<MetricResult> DecisionsWith(AppDbContext db, MetricScope scope, List<Guid> decisionIds, CancellationToken ct)
    {
        var ids = decisionIds.Distinct().ToList();
        var decisions = await db.Set<MajorDecision>().AsNoTracking().InSubtree(scope.SubtreePrefix).Where(d => ids.Contains(d.Id))
            .OrderBy(d => d.Id).ToListAsync(ct);
        return MetricResult.CountOf(decisions.Select(Record));
    }

    private static MetricRecord Record(MajorDecision d) => new(nameof(MajorDecision), d.Id.ToString(), d.Title);
}
