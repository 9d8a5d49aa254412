using Fazhi.Modules.Reconsideration.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Reconsideration.Metrics;

/// <summary>The figures of law.md §8 (REV-1…6), each with the records behind it.</summary>
public static class ReconsiderationMetrics
{
    private const string Module = "行政复议";

    public static readonly MetricDefinition Cases = new(
        "reconsideration.cases", "被申请行政复议案件数", "件",
        "年度内复议机关受理的、以本级政府（或其执法机构）为被申请人的行政复议案件数（按受理日期，REV-1）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await AcceptedIn(db, scope, ct)).Select(Record)));

    public static readonly MetricDefinition Concluded = new(
        "reconsideration.concluded", "行政复议审结数", "件",
        "年度内作出行政复议决定或者终止的案件数（按决定、终止日期，REV-2）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await ConcludedIn(db, scope, ct)).Select(Record)));

    /// <summary>REV-3: one key per outcome (the registry holds scalars), <c>reconsideration.outcomes.&lt;outcome&gt;</c>.</summary>
    public static readonly IReadOnlyList<MetricDefinition> Outcomes = Enum.GetValues<ReconsiderationOutcome>().Select(o => new MetricDefinition(
        $"reconsideration.outcomes.{o.ToString().ToLowerInvariant()}", $"行政复议结果：{Names.Of(o)}", "件",
        $"年度内审结的案件中，复议结果为“{Names.Of(o)}”的案件数（按决定、终止日期，REV-3）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await ConcludedIn(db, scope, ct)).Where(c => c.Outcome == o).Select(Record)))).ToList();

    public static readonly MetricDefinition CorrectionRate = new(
        "reconsideration.correction_rate", "行政复议被纠错率", "%",
        "分子：年度内审结案件中被撤销、变更、确认违法、确认无效或责令履行的案件数；分母：年度内审结案件数，含因撤回申请、和解终止的案件（REV-4）。不含终止案件的口径见“行政复议被纠错率（不含终止）”。",
        Module, async (db, scope, ct) =>
        {
            var concluded = await ConcludedIn(db, scope, ct);
            return MetricResult.Rate(concluded.Count(c => c.Outcome!.Value.IsCorrection()), concluded.Count, concluded.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition CorrectionRateExcludingTerminated = new(
        "reconsideration.correction_rate_excluding_terminated", "行政复议被纠错率（不含终止）", "%",
        "分子：年度内作出复议决定的案件中被撤销、变更、确认违法、确认无效或责令履行的案件数；分母：年度内作出复议决定的案件数，不含撤回申请、和解终止的案件（REV-4 另一口径）。",
        Module, async (db, scope, ct) =>
        {
            var decided = (await ConcludedIn(db, scope, ct)).Where(c => !c.Outcome!.Value.IsTermination()).ToList();
            return MetricResult.Rate(decided.Count(c => c.Outcome!.Value.IsCorrection()), decided.Count, decided.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition OnTimeReplyRate = new(
        "reconsideration.on_time_reply_rate", "行政复议按期答复率", "%",
        "分子：年度内受理的案件中，在法定期限内提出书面答复并提交证据、依据的案件数；分母：年度内受理的案件数（REV-5）。期限：2024年前受理的10日，2024年起普通程序10个工作日、简易程序5个工作日。",
        Module, async (db, scope, ct) =>
        {
            var accepted = await AcceptedIn(db, scope, ct);
            return MetricResult.Rate(accepted.Count(c => c.ReplyOnTime == true), accepted.Count, accepted.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition LeaderHearingRate = new(
        "reconsideration.leader_hearing_rate", "负责人参加行政复议听证率", "%",
        "分子：年度内举行的行政复议听证中，被申请人负责人参加的场次；分母：年度内举行的行政复议听证场次（REV-6）。",
        Module, async (db, scope, ct) =>
        {
            var hearings = await db.Set<ReconsiderationHearing>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(h => h.HeldOn >= scope.FirstDay && h.HeldOn < scope.EndDay)
                .OrderBy(h => h.HeldOn).ThenBy(h => h.Id).ToListAsync(ct);
            return MetricResult.Rate(hearings.Count(h => h.LeaderAttended), hearings.Count,
                hearings.Select(h => new MetricRecord(nameof(ReconsiderationHearing), h.Id.ToString(), $"{h.HeldOn:yyyy-MM-dd} {(h.LeaderAttended ? $"负责人{h.LeaderName}参加" : $"委托{h.DelegateName}参加")}")));
        },
        MetricKind.Rate);

    public static readonly IReadOnlyList<MetricDefinition> All =
        [Cases, Concluded, .. Outcomes, CorrectionRate, CorrectionRateExcludingTerminated, OnTimeReplyRate, LeaderHearingRate];

    private static async Task<List<ReconsiderationCase>> AcceptedIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        await db.Set<ReconsiderationCase>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(c => c.AcceptedOn >= scope.FirstDay && c.AcceptedOn < scope.EndDay)
            .OrderBy(c => c.AcceptedOn).ThenBy(c => c.Id).ToListAsync(ct);

    private static async Task<List<ReconsiderationCase>> ConcludedIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        await db.Set<ReconsiderationCase>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(c => c.Outcome != null && c.DecidedOn >= scope.FirstDay && c.DecidedOn < scope.EndDay)
            .OrderBy(c => c.DecidedOn).ThenBy(c => c.Id).ToListAsync(ct);

    private static MetricRecord Record(ReconsiderationCase c) =>
        new(nameof(ReconsiderationCase), c.Id.ToString(), $"{(c.CaseNumber.Length > 0 ? c.CaseNumber + " " : "")}{c.Applicant}：{c.ChallengedAct}");
}
