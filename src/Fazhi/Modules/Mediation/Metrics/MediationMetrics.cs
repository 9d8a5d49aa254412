using Fazhi.Modules.Mediation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Mediation.Metrics;

/// <summary>The people's-mediation figures of law.md §10 (MED-1…6, 8), each with the records behind it.</summary>
public static class MediationMetrics
{
    private const string Module = "人民调解";

    public static readonly MetricDefinition Accepted = new(
        "mediation.accepted", "人民调解受理数", "宗",
        "年度内各调解组织受理的调解案件数（按受理日期，MED-1）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await AcceptedIn(db, scope, ct)).Select(Record)));

    public static readonly MetricDefinition Succeeded = new(
        "mediation.succeeded", "调解成功数", "宗",
        "年度内达成调解协议（书面或口头）的案件数（按达成协议日期，MED-2）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await AgreedIn(db, scope, ct)).Select(Record)));

    public static readonly MetricDefinition SuccessRate = new(
        "mediation.success_rate", "调解成功率", "%",
        "分子：年度内调解成功数（MED-2）；分母：年度内受理数（MED-1）（MED-3，年度报告口径）。",
        Module, async (db, scope, ct) =>
        {
            var accepted = await AcceptedIn(db, scope, ct);
            var agreed = await Cases(db, scope).CountAsync(c => c.AgreedOn >= scope.FirstDay && c.AgreedOn < scope.EndDay, ct);
            return MetricResult.Rate(agreed, accepted.Count, accepted.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition SuccessRateConcluded = new(
        "mediation.success_rate_concluded", "调解成功率（按调结案件）", "%",
        "分子：年度内达成调解协议的案件数；分母：年度内调结的案件数（达成协议与调解不成之和）（MED-3 另一口径）。",
        Module, async (db, scope, ct) =>
        {
            var concluded = await Cases(db, scope)
                .Where(c => (c.AgreedOn >= scope.FirstDay && c.AgreedOn < scope.EndDay) || (c.FailedOn >= scope.FirstDay && c.FailedOn < scope.EndDay))
                .OrderBy(c => c.Id).ToListAsync(ct);
            return MetricResult.Rate(concluded.Count(c => c.AgreedOn != null), concluded.Count, concluded.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition Amount = new(
        "mediation.amount", "调解协议涉及金额", "元",
        "年度内达成的调解协议所涉金额之和（按达成协议日期，MED-6）。",
        Module, async (db, scope, ct) =>
        {
            var agreed = await AgreedIn(db, scope, ct);
            return MetricResult.Quantity(agreed.Sum(c => c.AmountFen) / 100m,
                agreed.Where(c => c.AmountFen > 0).Select(c => new MetricRecord(nameof(MediationCase), c.Id.ToString(), $"{c.Number} {(c.AmountFen / 100m):0.00}元")));
        });

    public static readonly MetricDefinition JudicialConfirmations = new(
        "mediation.judicial_confirmations", "申请司法确认数", "宗",
        "年度内当事人共同向人民法院申请司法确认的调解协议数（按申请日期，MED-5）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await Cases(db, scope)
            .Where(c => c.ConfirmationAppliedOn >= scope.FirstDay && c.ConfirmationAppliedOn < scope.EndDay)
            .OrderBy(c => c.ConfirmationAppliedOn).ThenBy(c => c.Id).ToListAsync(ct)).Select(Record)));

    public static readonly MetricDefinition PerformanceRate = new(
        "mediation.performance_rate", "调解协议履行率", "%",
        "分子：年度内达成的调解协议中已全部履行的数；分母：年度内达成的调解协议数（MED-4）。",
        Module, async (db, scope, ct) =>
        {
            var agreed = await AgreedIn(db, scope, ct);
            return MetricResult.Rate(agreed.Count(c => c.Performance == Performance.Full), agreed.Count, agreed.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition Committees = new(
        "mediation.committees", "人民调解组织数", "个",
        "期末在设的人民调解委员会（含驻所调解室）数（MED-8）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<Committee>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(c => c.EstablishedOn < scope.EndDay && (c.DissolvedOn == null || c.DissolvedOn >= scope.EndDay))
                .OrderBy(c => c.Name).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(c => new MetricRecord(nameof(Committee), c.Id.ToString(), c.Name)));
        });

    public static readonly MetricDefinition Mediators = new(
        "mediation.mediators", "人民调解员数", "人",
        "期末在任的人民调解员数（MED-8）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<Mediator>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(m => m.AppointedOn < scope.EndDay && (m.LeftOn == null || m.LeftOn >= scope.EndDay))
                .OrderBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(m => new MetricRecord(nameof(Mediator), m.Id.ToString(), m.Name)));
        });

    public static readonly MetricDefinition Trainings = new(
        "mediation.trainings", "调解员培训人次", "人次",
        "年度内人民调解员参加培训的人次（按培训日期）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<MediatorTraining>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(t => t.HeldOn >= scope.FirstDay && t.HeldOn < scope.EndDay)
                .OrderBy(t => t.HeldOn).ThenBy(t => t.Id).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(t => new MetricRecord(nameof(MediatorTraining), t.Id.ToString(), $"{t.HeldOn:yyyy-MM-dd} {t.Topic}")));
        });

    public static readonly IReadOnlyList<MetricDefinition> All =
        [Accepted, Succeeded, SuccessRate, SuccessRateConcluded, Amount, JudicialConfirmations, PerformanceRate, Committees, Mediators, Trainings];

    private static IQueryable<MediationCase> Cases(AppDbContext db, MetricScope scope) =>
        db.Set<MediationCase>().AsNoTracking().InSubtree(scope.SubtreePrefix);

    private static Task<List<MediationCase>> AcceptedIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        Cases(db, scope).Where(c => c.AcceptedOn >= scope.FirstDay && c.AcceptedOn < scope.EndDay).OrderBy(c => c.AcceptedOn).ThenBy(c => c.Id).ToListAsync(ct);

    private static Task<List<MediationCase>> AgreedIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        Cases(db, scope).Where(c => c.AgreedOn >= scope.FirstDay && c.AgreedOn < scope.EndDay).OrderBy(c => c.AgreedOn).ThenBy(c => c.Id).ToListAsync(ct);

    private static MetricRecord Record(MediationCase c) => new(nameof(MediationCase), c.Id.ToString(), $"{c.Number} {c.Matter}");
}
