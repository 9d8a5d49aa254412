using Fazhi.Modules.Litigation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Litigation.Metrics;

/// <summary>The figures of law.md §9 (LIT-1…6), each with the records behind it.</summary>
public static class LitigationMetrics
{
    private const string Module = "行政诉讼";

    public static readonly MetricDefinition Cases = new(
        "litigation.cases", "行政诉讼案件数", "件",
        "年度内本级政府（或其执法机构）作为被告收到起诉状副本的行政诉讼案件数（一审收案，按送达日期，LIT-1）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await ServedIn(db, scope, ct)).Select(Record)));

    public static readonly MetricDefinition Concluded = new(
        "litigation.concluded", "行政诉讼审结数", "件",
        "年度内一审作出判决或者裁定（驳回起诉、准予撤诉）的案件数（按一审裁判日期，LIT-1）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await ConcludedIn(db, scope, ct)).Select(Record)));

    public static readonly MetricDefinition Lost = new(
        "litigation.lost", "行政诉讼败诉数", "件",
        "年度内一审审结的案件中，生效裁判为撤销、履行法定职责、给付、确认违法、确认无效、变更或赔偿补偿的案件数（有二审的以二审结果为准，LIT-2）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await ConcludedIn(db, scope, ct)).Where(IsLost).Select(Record)));

    public static readonly MetricDefinition LossRate = new(
        "litigation.loss_rate", "行政诉讼败诉率", "%",
        "分子：败诉数；分母：年度内一审以判决审结的案件数，不含裁定驳回起诉和准予撤诉的案件（LIT-3）。含裁定审结案件的口径见“行政诉讼败诉率（含裁定审结）”。",
        Module, async (db, scope, ct) =>
        {
            var judged = (await ConcludedIn(db, scope, ct)).Where(c => !c.FirstInstanceOutcome!.Value.IsRuling()).ToList();
            return MetricResult.Rate(judged.Count(IsLost), judged.Count, judged.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition LossRateAllConcluded = new(
        "litigation.loss_rate_all_concluded", "行政诉讼败诉率（含裁定审结）", "%",
        "分子：败诉数；分母：年度内一审审结的全部案件数，含裁定驳回起诉和准予撤诉的案件（LIT-3 另一口径）。",
        Module, async (db, scope, ct) =>
        {
            var concluded = await ConcludedIn(db, scope, ct);
            return MetricResult.Rate(concluded.Count(IsLost), concluded.Count, concluded.Select(Record));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition LeaderAppearanceRate = new(
        "litigation.leader_appearance_rate", "行政机关负责人出庭应诉率", "%",
        "按案件计算（默认口径）。分子：年度内开庭审理的案件中，负责人（正职、副职或分管负责人）至少出庭一次的案件数；分母：年度内至少开庭一次的案件数（LIT-4）。按庭次计算的口径见“负责人出庭应诉率（按庭次）”。",
        Module, async (db, scope, ct) =>
        {
            var hearings = await HearingsIn(db, scope, ct);
            var byCase = hearings.GroupBy(h => h.CaseId).ToList();
            var ids = byCase.Select(g => g.Key).ToList();
            var cases = await db.Set<LitigationCase>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
            return MetricResult.Rate(byCase.Count(g => g.Any(h => h.LeaderAppeared)), byCase.Count,
                byCase.OrderBy(g => g.Min(h => h.HeldOn)).ThenBy(g => g.Key).Select(g => new MetricRecord(nameof(LitigationCase), g.Key.ToString(),
                    $"{Label(cases[g.Key])}：开庭{g.Count()}次，{(g.Any(h => h.LeaderAppeared) ? "负责人出庭" : "负责人未出庭")}")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition LeaderAppearanceRateByHearing = new(
        "litigation.leader_appearance_rate_by_hearing", "行政机关负责人出庭应诉率（按庭次）", "%",
        "分子：年度内负责人出庭的开庭场次；分母：年度内行政诉讼案件的开庭场次（LIT-4 另一口径）。",
        Module, async (db, scope, ct) =>
        {
            var hearings = await HearingsIn(db, scope, ct);
            return MetricResult.Rate(hearings.Count(h => h.LeaderAppeared), hearings.Count, hearings.Select(HearingRecord));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition LeaderAppearances = new(
        "litigation.leader_appearances", "行政机关负责人出庭人次", "人次",
        "年度内负责人出庭应诉的人次（每场开庭负责人出庭计1人次，LIT-5）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await HearingsIn(db, scope, ct)).Where(h => h.LeaderAppeared).Select(HearingRecord)));

    public static readonly MetricDefinition LeaderSpokeRate = new(
        "litigation.leader_spoke_rate", "负责人出庭“出声”率", "%",
        "分子：年度内负责人出庭并当庭发言的场次；分母：年度内负责人出庭的场次（LIT-6）。",
        Module, async (db, scope, ct) =>
        {
            var appeared = (await HearingsIn(db, scope, ct)).Where(h => h.LeaderAppeared).ToList();
            return MetricResult.Rate(appeared.Count(h => h.LeaderSpoke), appeared.Count, appeared.Select(HearingRecord));
        },
        MetricKind.Rate);

    public static readonly IReadOnlyList<MetricDefinition> All =
        [Cases, Concluded, Lost, LossRate, LossRateAllConcluded, LeaderAppearanceRate, LeaderAppearanceRateByHearing, LeaderAppearances, LeaderSpokeRate];

    private static bool IsLost(LitigationCase c) => c.Outcome is { } o && o.IsLoss();

    private static async Task<List<LitigationCase>> ServedIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        await db.Set<LitigationCase>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(c => c.ServedOn >= scope.FirstDay && c.ServedOn < scope.EndDay)
            .OrderBy(c => c.ServedOn).ThenBy(c => c.Id).ToListAsync(ct);

    private static async Task<List<LitigationCase>> ConcludedIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        await db.Set<LitigationCase>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(c => c.FirstInstanceOutcome != null && c.FirstInstanceOn >= scope.FirstDay && c.FirstInstanceOn < scope.EndDay)
            .OrderBy(c => c.FirstInstanceOn).ThenBy(c => c.Id).ToListAsync(ct);

    private static async Task<List<LitigationHearing>> HearingsIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        await db.Set<LitigationHearing>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(h => h.HeldOn >= scope.FirstDay && h.HeldOn < scope.EndDay)
            .OrderBy(h => h.HeldOn).ThenBy(h => h.Id).ToListAsync(ct);

    private static string Label(LitigationCase c) => $"{(c.CourtCaseNumber.Length > 0 ? c.CourtCaseNumber + " " : "")}{c.Plaintiff}诉{c.ChallengedAct}";

    private static MetricRecord Record(LitigationCase c) => new(nameof(LitigationCase), c.Id.ToString(), Label(c));

    private static MetricRecord HearingRecord(LitigationHearing h) => new(nameof(LitigationHearing), h.Id.ToString(),
        $"{h.HeldOn:yyyy-MM-dd} {(h.LeaderAppeared ? $"负责人{h.LeaderName}出庭{(h.LeaderSpoke ? "并发言" : "")}" : $"委托{h.DelegateName}出庭")}");
}
