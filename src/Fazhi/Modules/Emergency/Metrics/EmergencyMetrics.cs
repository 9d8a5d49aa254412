using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Emergency.Metrics;

/// <summary>The figures of law.md §12 (EMG-1…4, 6) and the seed's 500人 supplies and 重点部位巡查, each with the records behind it.</summary>
public static class EmergencyMetrics
{
    public const string Plans = "emergency.plans";
    public const string NewOrRevised = "emergency.plans_new_or_revised";
    public const string Drills = "emergency.drills";
    public const string DrillParticipants = "emergency.drill_participants";
    public const string DrillCoverageRate = "emergency.drill_coverage_rate";
    public const string SupplyCoverage = "emergency.supply_coverage";
    public const string Inspections = "emergency.inspections";
    public const string Teams = "emergency.teams";
    public const string TeamMembers = "emergency.team_members";

    private const string Module = "突发事件应急";

    /// <summary>Per class: emergency.plans.overall, .specialised, .departmental, .grassroots.</summary>
    public static string PlansOf(PlanClass planClass) => $"{Plans}.{planClass.ToString().ToLowerInvariant()}";

    /// <summary>The definitions; the supply standard's default comes from the settings.</summary>
    public static IReadOnlyList<MetricDefinition> All(EmergencyOptions options)
    {
        var list = new List<MetricDefinition>
        {
            new(Plans, "应急预案数", "件",
                "期末有效的应急预案数：公布日期在期末之前、期末尚未废止（各类别合计，EMG-1）。",
                Module, async (db, scope, ct) => MetricResult.CountOf((await InForceAtEndAsync(db, scope, ct)).Select(Record))),
        };
        foreach (var planClass in Enum.GetValues<PlanClass>())
        {
            list.Add(new(PlansOf(planClass), $"{Names.Of(planClass)}数", "件",
                $"期末有效的{Names.Of(planClass)}数（EMG-1 分类别）。",
                Module, async (db, scope, ct) => MetricResult.CountOf((await InForceAtEndAsync(db, scope, ct)).Where(p => p.Class == planClass).Select(Record))));
        }

        list.Add(new(NewOrRevised, "新制定和修订预案数", "件",
            "期间内公布的新预案数与期间内修订的预案次数之和（EMG-2）。",
            Module, async (db, scope, ct) =>
            {
                var published = await db.Set<EmergencyPlan>().AsNoTracking()
                    .InSubtree(scope.SubtreePrefix).Where(p => p.PublishedOn >= scope.FirstDay && p.PublishedOn < scope.EndDay)
                    .OrderBy(p => p.PublishedOn).ThenBy(p => p.Id).ToListAsync(ct);
                var revised = await db.Set<PlanRevision>().AsNoTracking()
                    .InSubtree(scope.SubtreePrefix).Where(r => r.On >= scope.FirstDay && r.On < scope.EndDay)
                    .OrderBy(r => r.On).ThenBy(r => r.Id).ToListAsync(ct);
                return MetricResult.CountOf(published.Select(p => new MetricRecord(nameof(EmergencyPlan), p.Id.ToString(), $"{p.Title}（{p.PublishedOn:yyyy-MM-dd}公布）"))
                    .Concat(revised.Select(r => new MetricRecord(nameof(PlanRevision), r.Id.ToString(), $"{r.On:yyyy-MM-dd}修订（第{r.Version}版）：{r.Summary}"))));
            }));
        list.Add(new(Drills, "应急演练次数", "次",
            "期间内组织的应急演练次数（桌面推演和实战演练，按演练日期，EMG-3）。",
            Module, async (db, scope, ct) => MetricResult.CountOf((await DrillsInAsync(db, scope, ct)).Select(DrillRecord))));
        list.Add(new(DrillParticipants, "参演人数", "人次",
            "期间内各次应急演练参演人数之和（EMG-3）。",
            Module, async (db, scope, ct) =>
            {
                var drills = await DrillsInAsync(db, scope, ct);
                return MetricResult.Quantity(drills.Sum(d => d.Participants), drills.Select(DrillRecord));
            }));
        list.Add(new(DrillCoverageRate, "预案演练覆盖率", "%",
            "分子：期末有效、且期间内至少演练一次的预案数；分母：期末有效的预案数（EMG-4）。",
            Module, async (db, scope, ct) =>
            {
                var plans = await InForceAtEndAsync(db, scope, ct);
                var drilled = (await DrillsInAsync(db, scope, ct)).Select(d => d.PlanId).ToHashSet();
                return MetricResult.Rate(plans.Count(p => drilled.Contains(p.Id)), plans.Count,
                    plans.Select(p => new MetricRecord(nameof(EmergencyPlan), p.Id.ToString(), $"{p.Title}：{(drilled.Contains(p.Id) ? "已演练" : "未演练")}")));
            },
            MetricKind.Rate));
        list.Add(new(SupplyCoverage, "救灾物资保障率", "%",
            $"分子：期末库存可保障的人数（各项物资按“数量×每单位保障人数”计，取最少的一项，以标准为上限）；分母：本区划的物资储备保障人数标准（未设定时为{options.SupplyStandardPersons}人）（EMG-6）。",
            Module, async (db, scope, ct) =>
            {
                var last = scope.EndDay.AddDays(-1);
                var standard = await db.Set<SupplyStandard>().AsNoTracking().Where(s => s.RegionCode == scope.RegionCode)
                    .Select(s => (int?)s.Persons).FirstOrDefaultAsync(ct) ?? options.SupplyStandardPersons;
                var items = await db.Set<SupplyItem>().AsNoTracking()
                    .Where(i => i.RegionCode == scope.RegionCode && i.RegisteredOn <= last).OrderBy(i => i.Name).ThenBy(i => i.Id).ToListAsync(ct);
                var ids = items.Select(i => i.Id).ToList();
                var counts = (await db.Set<SupplyCount>().AsNoTracking().Where(c => ids.Contains(c.ItemId) && c.On <= last).ToListAsync(ct))
                    .GroupBy(c => c.ItemId)
                    .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.On).ThenByDescending(c => c.Id).First().Quantity);
                var lines = items.Select(i =>
                {
                    var quantity = counts.GetValueOrDefault(i.Id);
                    var covered = SupplyItem.Covered(quantity, i.PersonsPerUnit);
                    var shortfall = SupplyItem.ShortfallUnits(quantity, i.PersonsPerUnit, standard);
                    return (Covered: covered, Record: new MetricRecord(nameof(SupplyItem), i.Id.ToString(),
                        $"{i.Name} {quantity}{i.Unit}，可保障{covered}人{(shortfall > 0 ? $"，缺口{shortfall}{i.Unit}" : "，达标")}"));
                }).ToList();
                var persons = lines.Count == 0 ? 0 : Math.Min(standard, lines.Min(l => l.Covered));
                return MetricResult.Rate(persons, standard, lines.Select(l => l.Record));
            },
            MetricKind.Rate));
        list.Add(new(Inspections, "重点部位安全巡查次数", "次",
            "期间内对重点领域重点部位开展的安全巡查（检查）次数（按巡查日期）。",
            Module, async (db, scope, ct) => MetricResult.CountOf((await db.Set<SafetyPatrol>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(p => p.PatrolledOn >= scope.FirstDay && p.PatrolledOn < scope.EndDay)
                .OrderBy(p => p.PatrolledOn).ThenBy(p => p.Id).ToListAsync(ct))
                .Select(p => new MetricRecord(nameof(SafetyPatrol), p.Id.ToString(), $"{p.PatrolledOn:yyyy-MM-dd} {p.Site}{(p.Findings is null ? "：未发现问题" : $"：{p.Findings}")}")))));
        list.Add(new(Teams, "应急组织和队伍数", "支",
            "期末在设的应急委员会、指挥部和应急救援队伍数（成立日期在期末之前且未撤销，EMG-6）。",
            Module, async (db, scope, ct) => MetricResult.CountOf((await TeamsAtEndAsync(db, scope, ct))
                .Select(t => new MetricRecord(nameof(EmergencyTeam), t.Id.ToString(), $"{Names.Of(t.Kind)}：{t.Name}（{t.Members}人）")))));
        list.Add(new(TeamMembers, "应急救援队伍人数", "人",
            "期末在设的应急救援队伍（不含应急委员会和指挥部）人数之和（EMG-6）。",
            Module, async (db, scope, ct) =>
            {
                var teams = (await TeamsAtEndAsync(db, scope, ct)).Where(t => t.Kind is not (TeamKind.Committee or TeamKind.Headquarters)).ToList();
                return MetricResult.Quantity(teams.Sum(t => t.Members),
                    teams.Select(t => new MetricRecord(nameof(EmergencyTeam), t.Id.ToString(), $"{t.Name}（{t.Members}人）")));
            }));
        return list;
    }

    private static async Task<List<EmergencyTeam>> TeamsAtEndAsync(AppDbContext db, MetricScope scope, CancellationToken ct)
    {
        var last = scope.EndDay.AddDays(-1);
        return await db.Set<EmergencyTeam>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(t => t.EstablishedOn <= last && (t.DissolvedOn == null || t.DissolvedOn > last))
            .OrderBy(t => t.EstablishedOn).ThenBy(t => t.Id).ToListAsync(ct);
    }

    private static async Task<List<EmergencyPlan>> InForceAtEndAsync(AppDbContext db, MetricScope scope, CancellationToken ct)
    {
        var last = scope.EndDay.AddDays(-1);
        return await db.Set<EmergencyPlan>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(p => p.PublishedOn <= last && (p.WithdrawnOn == null || p.WithdrawnOn > last))
            .OrderBy(p => p.Class).ThenBy(p => p.PublishedOn).ThenBy(p => p.Id).ToListAsync(ct);
    }

    private static async Task<List<Drill>> DrillsInAsync(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        await db.Set<Drill>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(d => d.HeldOn >= scope.FirstDay && d.HeldOn < scope.EndDay)
            .OrderBy(d => d.HeldOn).ThenBy(d => d.Id).ToListAsync(ct);

    private static MetricRecord Record(EmergencyPlan p) => new(nameof(EmergencyPlan), p.Id.ToString(), $"{Names.Of(p.Class)}：{p.Title}");

    private static MetricRecord DrillRecord(Drill d) => new(nameof(Drill), d.Id.ToString(), $"{d.HeldOn:yyyy-MM-dd} {d.Title}（{Names.Of(d.Kind)}，{d.Participants}人）");
}
