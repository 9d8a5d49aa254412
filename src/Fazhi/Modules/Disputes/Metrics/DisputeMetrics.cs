using Fazhi.Modules.Disputes.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Metrics;

/// <summary>The screening figures of law.md §10 (MED-7), each with the records behind it.</summary>
public static class DisputeMetrics
{
    private const string Module = "矛盾纠纷排查化解";

    public static readonly MetricDefinition Screened = new(
        "disputes.screened", "排查纠纷数", "宗",
        "年度内登记的矛盾纠纷数（按登记日期；排查、来访、转办登记的纠纷均计入）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await RegisteredIn(db, scope, ct)).Select(Record)));

    public static readonly MetricDefinition Referred = new(
        "disputes.referred", "推送属事部门数", "宗",
        "年度内交办给属事部门介入处置的纠纷数（按交办日期）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await Disputes(db, scope)
            .Where(d => d.ReferredToDepartment && d.AssignedOn >= scope.FirstDay && d.AssignedOn < scope.EndDay)
            .OrderBy(d => d.AssignedOn).ThenBy(d => d.Id).ToListAsync(ct)).Select(Record)));

    public static readonly MetricDefinition Resolved = new(
        "disputes.resolved", "化解纠纷数", "宗",
        "年度内化解的纠纷数（按化解日期；分流人民调解的以达成调解协议为化解）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await ResolvedIn(db, scope, ct)).Select(Record)));

    public static readonly MetricDefinition ResolutionRate = new(
        "disputes.resolution_rate", "纠纷化解率", "%",
        "分子：年度内登记且已化解的纠纷数；分母：年度内登记的纠纷数（MED-7 化解数 / 排查纠纷数）。",
        Module, async (db, scope, ct) =>
        {
            var registered = await RegisteredIn(db, scope, ct);
            return MetricResult.Rate(registered.Count(d => d.ResolvedOn != null), registered.Count,
                registered.Select(d => new MetricRecord(nameof(Dispute), d.Id.ToString(), $"{d.Number} {d.Title}：{(d.ResolvedOn is null ? "未化解" : "已化解")}")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition ScreeningRounds = new(
        "disputes.screening_rounds", "排查次数", "次",
        "年度内开展的矛盾纠纷排查轮次（网格、村（社区）、镇综治中心，按开始日期）。",
        Module, async (db, scope, ct) =>
        {
            var rounds = await db.Set<ScreeningRound>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(r => r.StartedOn >= scope.FirstDay && r.StartedOn < scope.EndDay)
                .OrderBy(r => r.StartedOn).ThenBy(r => r.Id).ToListAsync(ct);
            return MetricResult.CountOf(rounds.Select(r => new MetricRecord(nameof(ScreeningRound), r.Id.ToString(), $"{r.StartedOn:yyyy-MM-dd} {r.Unit}")));
        });

    public static readonly IReadOnlyList<MetricDefinition> All = [Screened, Referred, Resolved, ResolutionRate, ScreeningRounds];

    private static IQueryable<Dispute> Disputes(AppDbContext db, MetricScope scope) =>
        db.Set<Dispute>().AsNoTracking().InSubtree(scope.SubtreePrefix);

    private static Task<List<Dispute>> RegisteredIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        Disputes(db, scope).Where(d => d.RegisteredOn >= scope.FirstDay && d.RegisteredOn < scope.EndDay).OrderBy(d => d.RegisteredOn).ThenBy(d => d.Id).ToListAsync(ct);

    private static Task<List<Dispute>> ResolvedIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        Disputes(db, scope).Where(d => d.ResolvedOn >= scope.FirstDay && d.ResolvedOn < scope.EndDay).OrderBy(d => d.ResolvedOn).ThenBy(d => d.Id).ToListAsync(ct);

    private static MetricRecord Record(Dispute d) => new(nameof(Dispute), d.Id.ToString(), $"{d.Number} {d.Title}");
}
