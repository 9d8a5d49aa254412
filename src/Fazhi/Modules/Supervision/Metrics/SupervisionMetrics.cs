using Fazhi.Modules.Supervision.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Supervision.Metrics;

/// <summary>The figures of law.md §15 (DB-1…3) and the 督导组 of the seed report, each with the records behind it.</summary>
public static class SupervisionMetrics
{
    private const string Module = "督查督办";

    public static readonly MetricDefinition Tasks = new(
        "supervision.tasks", "督办事项数", "项",
        "期间内交办的督办事项数（按交办日期，DB-1）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await db.Set<SupervisionTask>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(t => t.AssignedOn >= scope.FirstDay && t.AssignedOn < scope.EndDay)
            .OrderBy(t => t.AssignedOn).ThenBy(t => t.Id).ToListAsync(ct)).Select(Record)));

    public static readonly MetricDefinition OnTimeRate = new(
        "supervision.on_time_rate", "按期办结率", "%",
        "分子：办结时限在期间内、且在时限内报告办结（未被核查退回）的事项数；分母：办结时限在期间内的事项数（DB-2）。",
        Module, async (db, scope, ct) =>
        {
            var due = await DueIn(db, scope, ct);
            return MetricResult.Rate(due.Count(t => t.CompletedOnTime), due.Count,
                due.Select(t => new MetricRecord(nameof(SupervisionTask), t.Id.ToString(), $"{t.Title}：{(t.CompletedOnTime ? "按期办结" : "未按期办结")}")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition Overdue = new(
        "supervision.overdue", "超期事项数", "项",
        "办结时限在期间内，超过时限才报告办结，或经期限巡检发现超期（已通报或约谈）的事项数（DB-3）。",
        Module, async (db, scope, ct) =>
        {
            var due = await DueIn(db, scope, ct);
            var ids = due.Select(t => t.Id).ToList();
            var escalated = (await db.Set<TaskEscalation>().AsNoTracking().Where(e => ids.Contains(e.TaskId)).Select(e => e.TaskId).ToListAsync(ct)).ToHashSet();
            return MetricResult.CountOf(due.Where(t => t.CompletionReportedOn > t.Deadline || escalated.Contains(t.Id)).Select(Record));
        });

    public static readonly MetricDefinition Reminders = new(
        "supervision.reminders", "催办次数", "次",
        "期间内发出的临期催办和到期催办次数（按催办日期，DB-3）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await db.Set<TaskReminder>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(r => r.On >= scope.FirstDay && r.On < scope.EndDay)
            .OrderBy(r => r.On).ThenBy(r => r.Id).ToListAsync(ct)).Select(r => new MetricRecord(nameof(TaskReminder), r.Id.ToString(), r.Message))));

    public static readonly MetricDefinition Escalations = new(
        "supervision.escalations", "超期通报（约谈）次数", "次",
        "期间内对超期事项的通报、约谈次数（每个超期事项一次，按问责日期，DB-3）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await db.Set<TaskEscalation>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(e => e.On >= scope.FirstDay && e.On < scope.EndDay)
            .OrderBy(e => e.On).ThenBy(e => e.Id).ToListAsync(ct)).Select(e => new MetricRecord(nameof(TaskEscalation), e.Id.ToString(), e.Reason))));

    public static readonly MetricDefinition Teams = new(
        "supervision.teams", "专职督导组数", "个",
        "期末在设的督导组数（成立日期在期末之前且未撤销）。",
        Module, async (db, scope, ct) =>
        {
            var last = scope.EndDay.AddDays(-1);
            var teams = await db.Set<SupervisionTeam>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(t => t.EstablishedOn <= last && (t.DissolvedOn == null || t.DissolvedOn >= last))
                .OrderBy(t => t.EstablishedOn).ThenBy(t => t.Id).ToListAsync(ct);
            return MetricResult.CountOf(teams.Select(t => new MetricRecord(nameof(SupervisionTeam), t.Id.ToString(), t.Name)));
        });

    public static readonly MetricDefinition Inspections = new(
        "supervision.inspections", "督导检查次数", "次",
        "期间内督导组实施的督导检查次数（按督导日期）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await db.Set<Inspection>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(i => i.HeldOn >= scope.FirstDay && i.HeldOn < scope.EndDay)
            .OrderBy(i => i.HeldOn).ThenBy(i => i.Id).ToListAsync(ct)).Select(i => new MetricRecord(nameof(Inspection), i.Id.ToString(), $"{i.HeldOn:yyyy-MM-dd} {i.Target}：{i.Subject}"))));

    public static readonly IReadOnlyList<MetricDefinition> All = [Tasks, OnTimeRate, Overdue, Reminders, Escalations, Teams, Inspections];

    private static async Task<List<SupervisionTask>> DueIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        await db.Set<SupervisionTask>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(t => t.Deadline >= scope.FirstDay && t.Deadline < scope.EndDay)
            .OrderBy(t => t.Deadline).ThenBy(t => t.Id).ToListAsync(ct);

    private static MetricRecord Record(SupervisionTask t) => new(nameof(SupervisionTask), t.Id.ToString(), t.Title);
}
