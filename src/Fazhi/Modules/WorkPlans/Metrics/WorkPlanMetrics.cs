using Fazhi.Modules.WorkPlans.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.WorkPlans.Metrics;

/// <summary>
/// The figures of the town's plans ("制定《法治常平建设实施方案(2022-2025年)》……《2022年全面依法治镇工作要点》"): plans issued
/// and the tasks their breakdowns set for the period, each with the plans or tasks behind it.
/// </summary>
public static class WorkPlanMetrics
{
    private const string Module = "工作方案";

    public static readonly MetricDefinition Issued = new(
        "plans.issued", "印发法治建设工作方案数", "个",
        "期间内印发的法治建设实施方案、年度工作要点和专项工作方案的个数（按印发日期）。",
        Module, async (db, scope, ct) =>
        {
            var plans = await db.Set<WorkPlan>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(p => p.Status == PlanStatus.Issued && p.IssuedOn >= scope.FirstDay && p.IssuedOn < scope.EndDay)
                .OrderBy(p => p.IssuedOn).ThenBy(p => p.Id).ToListAsync(ct);
            return MetricResult.CountOf(plans.Select(p => new MetricRecord(nameof(WorkPlan), p.Id.ToString(),
                $"{p.IssuedOn:yyyy-MM-dd}印发{p.Title}（{DisplayNames.Of(p.Kind)}）")));
        });

    public static readonly MetricDefinition Tasks = new(
        "plans.tasks", "工作方案分解任务数", "项",
        "已印发的工作方案中，完成时限在期间内的分解任务（施工图）项数。",
        Module, async (db, scope, ct) =>
        {
            var rows = await (from t in db.Set<PlanTask>().AsNoTracking().InSubtree(scope.SubtreePrefix)
                              join p in db.Set<WorkPlan>().AsNoTracking() on t.PlanId equals p.Id
                              where p.Status == PlanStatus.Issued
                                    && t.Deadline >= scope.FirstDay && t.Deadline < scope.EndDay
                              orderby t.Deadline, p.Title, t.Number
                              select new { t.Id, t.Number, t.Content, t.LeadUnit, t.Deadline, p.Title }).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(r => new MetricRecord(nameof(PlanTask), r.Id.ToString(),
                $"{r.Title}第{r.Number}项：{r.Content}（{r.LeadUnit}牵头，{r.Deadline:yyyy-MM-dd}前完成）")));
        });

    public static readonly IReadOnlyList<MetricDefinition> All = [Issued, Tasks];
}
