using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Petitions.Metrics;

/// <summary>The figures of law.md §11 (XF-1…8), each computed from the records and returning them.</summary>
public static class PetitionMetrics
{
    private const string Module = "信访";

    public static readonly MetricDefinition Received = new(
        "petitions.received", "信访总量", "件",
        "期间内登记的信访事项数（来信、来访、来电、网上信访、传真，按收到日期；集体访按批次计1件，XF-1）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await ReceivedIn(db, scope, ct)).Select(Record)));

    public static readonly MetricDefinition TimelyAcceptanceRate = new(
        "petitions.timely_acceptance_rate", "及时受理率", "%",
        "分子：期间内收到的信访事项中，在收到之日起15日内作出受理、不予受理或导入法定途径书面告知的数；分母：期间内收到的信访事项数（XF-2，条例第二十三条）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await ReceivedIn(db, scope, ct);
            return MetricResult.Rate(rows.Count(p => p.AcknowledgedOn is { } a && a <= p.AcknowledgeDue), rows.Count,
                rows.Select(p => Record(p, p.AcknowledgedOn is { } a ? (a <= p.AcknowledgeDue ? $"{a:yyyy-MM-dd}告知，按期" : $"{a:yyyy-MM-dd}告知，逾期") : "尚未告知")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition OnTimeRate = new(
        "petitions.on_time_rate", "按期办结率", "%",
        "分子：办理期限（60日，经批准延长的含延长期）届满日在期间内的已受理信访事项中，在届满日前出具处理意见书的数；分母：办理期限届满日在期间内的已受理信访事项数（XF-3，条例第三十四条）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<Petition>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(p => p.HandleDue != null && p.HandleDue >= scope.FirstDay && p.HandleDue < scope.EndDay)
                .OrderBy(p => p.HandleDue).ThenBy(p => p.Number).ToListAsync(ct);
            return MetricResult.Rate(rows.Count(OnTime), rows.Count,
                rows.Select(p => Record(p, $"届满{p.HandleDue:yyyy-MM-dd}，{(p.AnsweredOn is { } a ? $"{a:yyyy-MM-dd}办结" : "未办结")}")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition RepeatCases = new(
        "petitions.repeat_cases", "重复信访事项数", "件",
        "期间内收到的信访事项中，同一信访人（身份证号或电话的盲索引相同）就同一事项（文本相似）在此前已受理事项之后再次提出的数（XF-4）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await ReceivedIn(db, scope, ct)).Where(p => p.IsRepeat).Select(p => Record(p, $"前件{p.RepeatOfNumber}"))));

    public static readonly MetricDefinition CampaignCases = new(
        "petitions.campaign_cases", "专项攻坚化解事项数", "件",
        "期间内列入专项攻坚（如百日攻坚）清单的信访事项数（按列入日期）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<Petition>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(p => p.CampaignAddedOn != null && p.CampaignAddedOn >= scope.FirstDay && p.CampaignAddedOn < scope.EndDay)
                .OrderBy(p => p.CampaignAddedOn).ThenBy(p => p.Number).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(p => Record(p)));
        });

    public static readonly MetricDefinition ReceptionLeaders = new(
        "petitions.reception_leaders", "接访领导人数", "人",
        "期间内有接访记录的领导人数（同一领导多次接访计1人，XF-7）。",
        Module, async (db, scope, ct) =>
        {
            var visits = await VisitsIn(db, scope, ct);
            var leaders = visits.GroupBy(v => v.Leader).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            return MetricResult.Quantity(leaders.Count, leaders.SelectMany(g => g.Select(v => VisitRecord(v))));
        });

    public static readonly MetricDefinition ReceptionVisits = new(
        "petitions.reception_visits", "接访群众人次", "人次",
        "期间内领导接访记录的来访群众人次之和（XF-7）。",
        Module, async (db, scope, ct) =>
        {
            var visits = await VisitsIn(db, scope, ct);
            return MetricResult.Quantity(visits.Sum(v => v.Visitors), visits.Select(v => VisitRecord(v)));
        });

    public static readonly MetricDefinition BaoAnCases = new(
        "petitions.bao_an_cases", "领导包案数", "件",
        "期间内确定包案领导（一人一策一专班）的信访事项数（按包案日期，XF-8）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await BaoAnIn(db, scope, ct)).Select(p => Record(p, $"包案领导{p.BaoAnLeader}"))));

    public static readonly MetricDefinition BaoAnResolutionRate = new(
        "petitions.bao_an_resolution_rate", "包案化解率", "%",
        "分子：期间内确定包案的信访事项中，至期末已化解的数；分母：期间内确定包案的信访事项数（XF-8）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await BaoAnIn(db, scope, ct);
            return MetricResult.Rate(rows.Count(p => p.BaoAnResolvedOn is { } r && r < scope.EndDay), rows.Count,
                rows.Select(p => Record(p, p.BaoAnResolvedOn is { } r && r < scope.EndDay ? $"{r:yyyy-MM-dd}化解" : "未化解")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition SatisfactionRate = new(
        "petitions.satisfaction_rate", "参评群众满意率", "%",
        "分子：期间内信访人评价为“满意”或“基本满意”的已办结信访事项数；分母：期间内信访人作出评价的信访事项数（按评价日期，XF-6）。逐月数值即月度满意率序列。",
        Module, async (db, scope, ct) =>
        {
            // DEBT: whether 基本满意 counts as satisfied is [U] in 国信发〔2022〕11号; counted here as the common reading.
            var rows = await db.Set<Petition>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(p => p.RatedOn != null && p.RatedOn >= scope.FirstDay && p.RatedOn < scope.EndDay)
                .OrderBy(p => p.RatedOn).ThenBy(p => p.Number).ToListAsync(ct);
            return MetricResult.Rate(rows.Count(p => p.Rating is SatisfactionRating.Satisfied or SatisfactionRating.BasicallySatisfied), rows.Count,
                rows.Select(p => Record(p, $"{p.RatedOn:yyyy-MM-dd}评价{Names.Of(p.Rating)}")));
        },
        MetricKind.Rate);

    public static readonly IReadOnlyList<MetricDefinition> All =
    [
        Received, TimelyAcceptanceRate, OnTimeRate, RepeatCases, CampaignCases, ReceptionLeaders, ReceptionVisits, BaoAnCases, BaoAnResolutionRate, SatisfactionRate,
    ];

    public static bool OnTime(Petition p) => p.AnsweredOn is { } a && p.HandleDue is { } due && a <= due;

    private static Task<List<Petition>> ReceivedIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        db.Set<Petition>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(p => p.ReceivedOn >= scope.FirstDay && p.ReceivedOn < scope.EndDay)
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.Number).ToListAsync(ct);

    private static Task<List<Petition>> BaoAnIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        db.Set<Petition>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(p => p.BaoAnAssignedOn != null && p.BaoAnAssignedOn >= scope.FirstDay && p.BaoAnAssignedOn < scope.EndDay)
            .OrderBy(p => p.BaoAnAssignedOn).ThenBy(p => p.Number).ToListAsync(ct);

    private static Task<List<ReceptionVisit>> VisitsIn(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        db.Set<ReceptionVisit>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(v => v.On >= scope.FirstDay && v.On < scope.EndDay)
            .OrderBy(v => v.On).ThenBy(v => v.Id).ToListAsync(ct);

    // Labels name the case by number and matter only: a figure's records never carry the petitioner's personal data.
    private static MetricRecord Record(Petition p) => Record(p, null);

    private static MetricRecord Record(Petition p, string? note) =>
        new(nameof(Petition), p.Id.ToString(), $"{p.Number} {p.Matter}{(note is null ? "" : "：" + note)}");

    private static MetricRecord VisitRecord(ReceptionVisit v) =>
        new(nameof(ReceptionVisit), v.Id.ToString(), $"{v.On:yyyy-MM-dd} {v.Leader}接访{v.Visitors}人次");
}
