using Fazhi.Modules.Services.Domain;
using Fazhi.Modules.Services.Ratings;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Services.Metrics;

/// <summary>
/// The figures of law.md §13 (GS-1…GS-11). Volumes run to hundreds of thousands of rows a year per town, so every figure
/// is a database aggregate (COUNT/SUM/AVG with GROUP BY), never rows loaded to be counted; the records behind a volume
/// figure are its groups (one per day or per department, with the group's count), each traceable to its list.
/// </summary>
public static class ServiceMetrics
{
    private const string Module = "政务服务";

    public static readonly MetricDefinition Departments = new(
        "services.departments", "进驻部门数", "个",
        "期末事项清单中在办事项的实施部门数（按部门名称去重）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await InForce(db, scope).GroupBy(m => m.Department).Select(g => new { g.Key, Count = g.Count() }).OrderBy(g => g.Key).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(r => new MetricRecord("ServiceDepartment", r.Key, $"{r.Key}：{r.Count}项事项")));
        });

    public static readonly MetricDefinition Windows = new(
        "services.windows", "服务窗口数", "个",
        "大厅登记的服务窗口数（含综合窗口和部门窗口）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<ServiceWindow>().AsNoTracking().InSubtree(scope.SubtreePrefix)
                .OrderBy(w => w.RegionCode).ThenBy(w => w.Number).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(w => new MetricRecord(nameof(ServiceWindow), w.Id.ToString(), $"{w.Number}号 {w.Name}{(w.Comprehensive ? "（综合窗口）" : "")}")));
        });

    public static readonly MetricDefinition Matters = new(
        "services.matters", "政务服务事项数", "项",
        "期末事项清单中在办（已列入、未取消）的政务服务事项数。",
        Module, async (db, scope, ct) => MetricResult.CountOf(await MatterRecords(InForce(db, scope), ct)));

    public static readonly MetricDefinition VillageMatters = new(
        "services.village_matters", "村级无差别受理事项数", "项",
        "期末事项清单中可在村（社区）便民服务站无差别受理的事项数。",
        Module, async (db, scope, ct) => MetricResult.CountOf(await MatterRecords(InForce(db, scope).Where(m => m.VillageAccepted), ct)));

    public static readonly MetricDefinition Applications = new(
        "services.applications", "办件量", "件",
        "期内受理的办件数（按受理日期；含综合窗口、网上办理和村级受理，GS-1）；记录按部门和渠道汇总。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<ServiceApplication>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(a => a.AcceptedOn >= scope.FirstDay && a.AcceptedOn < scope.EndDay)
                .GroupBy(a => new { a.Department, a.Channel }).Select(g => new { g.Key.Department, g.Key.Channel, Count = g.Count() }).ToListAsync(ct);
            return MetricResult.Quantity(rows.Sum(r => r.Count), rows.OrderBy(r => r.Department).ThenBy(r => r.Channel)
                .Select(r => new MetricRecord("ServiceApplicationGroup", $"{r.Department}/{r.Channel}", $"{r.Department}（{Names.Of(r.Channel)}）：{r.Count}件")));
        });

    public static readonly MetricDefinition OnTimeRate = new(
        "services.on_time_rate", "按时办结率", "%",
        "分子：期内办结的办件中在承诺时限内办结的件数；分母：期内办结的件数（按办结日期，GS-2）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await Decided(db, scope).GroupBy(a => a.Department)
                .Select(g => new { g.Key, Count = g.Count(), Late = g.Count(a => a.OverCommitted) }).ToListAsync(ct);
            return MetricResult.Rate(rows.Sum(r => r.Count - r.Late), rows.Sum(r => r.Count), rows.OrderBy(r => r.Key)
                .Select(r => new MetricRecord("ServiceDepartment", r.Key, $"{r.Key}：办结{r.Count}件，按时{r.Count - r.Late}件")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition Overdue = new(
        "services.overdue", "超期办结件数", "件",
        "期内办结、但晚于承诺时限届满日办结的件数（GS-3；其中超过法定时限的在记录中注明）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await Decided(db, scope).Where(a => a.OverCommitted).OrderBy(a => a.DecidedOn).ThenBy(a => a.Id)
                .Select(a => new { a.Id, a.Number, a.MatterName, a.OverStatutory }).ToListAsync(ct);
            return MetricResult.CountOf(rows.Select(a => new MetricRecord(nameof(ServiceApplication), a.Id.ToString(),
                $"{a.Number} {a.MatterName}{(a.OverStatutory ? "（超过法定时限）" : "")}")));
        });

    public static readonly MetricDefinition TimeLimitReduction = new(
        "services.time_limit_reduction", "承诺时限压缩率", "%",
        "1 − Σ承诺时限 / Σ法定时限，按期末事项清单逐项等权计算（GS-4）：分子为Σ(法定时限 − 承诺时限)，分母为Σ法定时限。",
        Module, async (db, scope, ct) =>
        {
            var sums = await InForce(db, scope).GroupBy(_ => 1)
                .Select(g => new { Statutory = g.Sum(m => m.StatutoryDays), Committed = g.Sum(m => m.CommittedDays) }).FirstOrDefaultAsync(ct);
            return MetricResult.Rate((sums?.Statutory ?? 0) - (sums?.Committed ?? 0), sums?.Statutory ?? 0, await MatterRecords(InForce(db, scope), ct));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition Tickets = new(
        "services.tickets", "取号量", "张",
        "期内取号（含导入的排队记录）的张数；记录按营业日汇总。",
        Module, async (db, scope, ct) =>
        {
            var rows = await TicketsIn(db, scope).GroupBy(t => t.ServiceDay).Select(g => new { g.Key, Count = g.Count() }).OrderBy(g => g.Key).ToListAsync(ct);
            return MetricResult.Quantity(rows.Sum(r => r.Count), rows.Select(r => new MetricRecord("ServiceDay", ApplicationClocks.Day(r.Key), $"{ApplicationClocks.Day(r.Key)}：{r.Count}张")));
        });

    public static readonly MetricDefinition AverageWait = new(
        "services.avg_wait_minutes", "平均等候时长", "分钟",
        "期内已叫号的号的等候时长（叫号时间 − 取号时间）的平均值，保留一位小数（GS-9）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await TicketsIn(db, scope).Where(t => t.WaitSeconds != null).GroupBy(t => t.ServiceDay)
                .Select(g => new { g.Key, Count = g.Count(), Seconds = g.Sum(t => (long)t.WaitSeconds!.Value) }).OrderBy(g => g.Key).ToListAsync(ct);
            var count = rows.Sum(r => r.Count);
            var minutes = count == 0 ? 0m : Math.Round(rows.Sum(r => r.Seconds) / 60m / count, 1);
            return MetricResult.Quantity(minutes, rows.Select(r => new MetricRecord("ServiceDay", ApplicationClocks.Day(r.Key),
                $"{ApplicationClocks.Day(r.Key)}：叫号{r.Count}张，平均等候{Math.Round(r.Seconds / 60m / r.Count, 1)}分钟")));
        });

    public static readonly MetricDefinition WaitOvertimeRate = new(
        "services.wait_overtime_rate", "等候超时率", "%",
        "分子：期内等候时长超过当日本镇设置阈值（默认30分钟）的已叫号数；分母：期内已叫号数（GS-8）。",
        Module, async (db, scope, ct) =>
        {
            var settings = await db.Set<ServiceSettings>().AsNoTracking().InSubtree(scope.SubtreePrefix).ToListAsync(ct);
            var regions = await TicketsIn(db, scope).Select(t => t.RegionCode).Distinct().ToListAsync(ct);
            var days = new List<(string Region, DateOnly Day, int Called, int Over)>();
            foreach (var region in regions.Order(StringComparer.Ordinal))
            {
                // The threshold is the town's own setting in force on the ticket's day: one grouped query per region and
                // period of the subtree, so a changed threshold does not re-judge the months before it.
                foreach (var (from, to, inForce) in ServiceSettings.Periods(settings, region, scope.FirstDay, scope.EndDay))
                {
                    var limit = inForce.WaitOvertimeMinutes * 60;
                    days.AddRange((await TicketsIn(db, scope).Where(t => t.RegionCode == region && t.WaitSeconds != null && t.ServiceDay >= from && t.ServiceDay < to)
                            .GroupBy(t => t.ServiceDay).Select(g => new { g.Key, Called = g.Count(), Over = g.Count(t => t.WaitSeconds > limit) }).ToListAsync(ct))
                        .Select(d => (region, d.Key, d.Called, d.Over)));
                }
            }

            var byDay = days.GroupBy(d => d.Day).OrderBy(g => g.Key).Select(g => (Day: g.Key, Called: g.Sum(d => d.Called), Over: g.Sum(d => d.Over))).ToList();
            return MetricResult.Rate(byDay.Sum(d => d.Over), byDay.Sum(d => d.Called),
                byDay.Select(d => new MetricRecord("ServiceDay", ApplicationClocks.Day(d.Day), $"{ApplicationClocks.Day(d.Day)}：叫号{d.Called}张，超时{d.Over}张")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition GoodRatingRate = new(
        "services.good_rating_rate", "好评率", "%",
        "分子：期内评价为非常满意、满意（评价当日本镇设置计入的，含基本满意）的数；分母：期内评价数（申诉复核不予采信的不计，GS-10）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await RatingsIn(db, scope).GroupBy(r => r.Department)
                .Select(g => new { g.Key, Count = g.Count(), Good = g.Count(r => r.Level >= RatingLevel.Satisfied) }).ToListAsync(ct);
            // 基本满意 counts where and while the town's settings in force on the rating day said so.
            var basic = await RatingUseCases.BasicCountedAsGoodAsync(db.Set<ServiceSettings>().InSubtree(scope.SubtreePrefix),
                RatingsIn(db, scope), scope.FirstDay, scope.EndDay, r => r.Department, ct);
            var byDepartment = rows.OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => (r.Key, r.Count, Good: r.Good + basic.GetValueOrDefault(r.Key))).ToList();
            return MetricResult.Rate(byDepartment.Sum(d => d.Good), byDepartment.Sum(d => d.Count),
                byDepartment.Select(d => new MetricRecord("ServiceDepartment", d.Key, $"{d.Key}：评价{d.Count}次，好评{d.Good}次")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition BadRatings = new(
        "services.bad_ratings", "差评数", "件",
        "期内评价为不满意、非常不满意的数（申诉复核不予采信的不计，GS-11）。",
        Module, async (db, scope, ct) => MetricResult.CountOf(await BadRecords(RatingsIn(db, scope).Where(r => r.Level <= RatingLevel.Dissatisfied), ct)));

    public static readonly MetricDefinition RectificationRate = new(
        "services.rectification_rate", "差评整改率", "%",
        "分子：期内差评中已整改的数；分母：期内差评中核实不属实以外的数（未核实的计入分母，GS-11）。",
        Module, async (db, scope, ct) =>
        {
            var bad = RatingsIn(db, scope).Where(r => r.Level <= RatingLevel.Dissatisfied && (r.Verification == null || r.Verification == Verification.Substantiated));
            var rectified = await bad.CountAsync(r => r.RectifiedOn != null, ct);
            var records = await BadRecords(bad, ct);
            return MetricResult.Rate(rectified, records.Count, records);
        },
        MetricKind.Rate);

    public static readonly MetricDefinition CityRank = new(
        "services.city_rank", "好差评全市排名", "名",
        "本镇期内好评率在所属市（县）全部镇街中的名次（好评率相同的并列；无评价的排在最后）；仅对镇街计算，其他区划为0。",
        Module, async (db, scope, ct) =>
        {
            var town = await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == scope.RegionCode, ct);
            if (town is not { Level: RegionLevel.Town })
            {
                return MetricResult.Quantity(0, []);
            }

            var towns = await db.Set<Region>().AsNoTracking().Where(r => r.ParentCode == town.ParentCode && r.Level == RegionLevel.Town).ToListAsync(ct);
            var league = await RatingUseCases.LeagueAsync(db, towns, scope.FirstDay, scope.EndDay, ct);
            var own = league.First(r => r.Key == town.Code);
            return MetricResult.Quantity(own.Rank, [new MetricRecord("ServiceRankRow", own.Key, $"{own.Name}：评价{own.Ratings}次，好评率{own.Score}%，第{own.Rank}名（共{towns.Count}个镇街）")]);
        });

    public static readonly IReadOnlyList<MetricDefinition> All =
        [Departments, Windows, Matters, VillageMatters, Applications, OnTimeRate, Overdue, TimeLimitReduction, Tickets, AverageWait, WaitOvertimeRate,
         GoodRatingRate, BadRatings, RectificationRate, CityRank];

    private static IQueryable<ServiceMatter> InForce(AppDbContext db, MetricScope scope) =>
        db.Set<ServiceMatter>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(m => m.ListedOn < scope.EndDay && (m.RemovedOn == null || m.RemovedOn >= scope.EndDay));

    private static IQueryable<ServiceApplication> Decided(AppDbContext db, MetricScope scope) =>
        db.Set<ServiceApplication>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(a => a.DecidedOn >= scope.FirstDay && a.DecidedOn < scope.EndDay);

    private static IQueryable<ServiceTicket> TicketsIn(AppDbContext db, MetricScope scope) =>
        db.Set<ServiceTicket>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(t => t.ServiceDay >= scope.FirstDay && t.ServiceDay < scope.EndDay);

    private static IQueryable<ServiceRating> RatingsIn(AppDbContext db, MetricScope scope) =>
        db.Set<ServiceRating>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(r => r.Counts && r.RatedOn >= scope.FirstDay && r.RatedOn < scope.EndDay);

    private static async Task<List<MetricRecord>> MatterRecords(IQueryable<ServiceMatter> matters, CancellationToken ct) =>
        (await matters.OrderBy(m => m.RegionCode).ThenBy(m => m.Code).Select(m => new { m.Id, m.Code, m.Name, m.StatutoryDays, m.CommittedDays }).ToListAsync(ct))
        .Select(m => new MetricRecord(nameof(ServiceMatter), m.Id.ToString(), $"{m.Code} {m.Name}（法定{m.StatutoryDays}、承诺{m.CommittedDays}个工作日）")).ToList();

    private static async Task<List<MetricRecord>> BadRecords(IQueryable<ServiceRating> ratings, CancellationToken ct) =>
        (await ratings.OrderBy(r => r.RatedOn).ThenBy(r => r.Id).Select(r => new { r.Id, r.RatedOn, r.Department, r.Level, r.RectifiedOn }).ToListAsync(ct))
        .Select(r => new MetricRecord(nameof(ServiceRating), r.Id.ToString(),
            $"{ApplicationClocks.Day(r.RatedOn)} {r.Department} {Names.Of(r.Level)}{(r.RectifiedOn is null ? "" : "（已整改）")}")).ToList();
}
