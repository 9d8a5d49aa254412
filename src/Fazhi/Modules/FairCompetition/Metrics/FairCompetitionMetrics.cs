using System.Linq.Expressions;

using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.FairCompetition.Metrics;

/// <summary>
/// The figures of 公平竞争审查 (law.md §5 FCR-1 … FCR-3). A measure counts in the year of its current written
/// conclusion (a revised measure moves to the year of its re-review conclusion); the records are the reviews.
/// </summary>
public static class FairCompetitionMetrics
{
    private const string Module = "公平竞争审查";

    public static readonly MetricDefinition Reviewed = new(
        "fair_competition.reviewed", "审查政策措施数", "件",
        "所选年度内作出审查结论（含识别为不涉及经营者经济活动的书面结论）的政策措施数，按当前审查结论的日期计入年度（FCR-1）。",
        Module, (db, scope, ct) => CountAsync(db, scope, _ => true, ct));

    public static readonly MetricDefinition AffectingBusiness = new(
        "fair_competition.affecting_business", "涉及经营者经济活动的政策措施数", "件",
        "审查政策措施数中，经识别涉及经营者经济活动、对照审查标准逐项审查并作出结论的件数（FCR-2）；与“不涉及”之和为审查政策措施数。",
        Module, (db, scope, ct) => CountAsync(db, scope, r => r.AffectsBusiness == true, ct));

    public static readonly MetricDefinition Revised = new(
        "fair_competition.revised", "修改调整政策措施数", "件",
        "所选年度内经审查发现违反审查标准、修改后重新审查并作出“经修改后符合”结论的政策措施数（FCR-3）。",
        Module, (db, scope, ct) => CountAsync(db, scope, r => r.Conclusion == FairCompetitionConclusion.RevisedToComply, ct));

    public static readonly MetricDefinition Violations = new(
        "fair_competition.violations", "违反审查标准的政策措施数", "件",
        "所选年度内审查结论为违反审查标准、依法不得出台且尚未修改的政策措施数。修改后重新审查的，计入修改调整数。",
        Module, (db, scope, ct) => CountAsync(db, scope, r => r.Conclusion == FairCompetitionConclusion.Violating, ct));

    public static readonly IReadOnlyList<MetricDefinition> All = [Reviewed, AffectingBusiness, Revised, Violations];

    private static async Task<MetricResult> CountAsync(AppDbContext db, MetricScope scope, Expression<Func<FairCompetitionReview, bool>> which, CancellationToken ct)
    {
        var prefix = scope.SubtreePrefix;
        var first = scope.FirstDay;
        var end = scope.EndDay;
        var rows = await db.Set<FairCompetitionReview>().AsNoTracking()
            .InSubtree(prefix).Where(r => r.ConcludedOn >= first && r.ConcludedOn < end && r.Conclusion != null)
            .Where(which)
            .OrderBy(r => r.ConcludedOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.DraftingUnit })
            .ToListAsync(ct);
        return MetricResult.CountOf(rows.Select(r => new MetricRecord(nameof(FairCompetitionReview), r.Id.ToString(), $"{r.Title}（{r.DraftingUnit}）")));
    }
}
