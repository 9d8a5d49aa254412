using Fazhi.Modules.PowerList.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PowerList.Metrics;

/// <summary>
/// The figures of the 权责清单 (law.md §14 PL-1 to PL-3), each with the records behind it. Items are judged by date from
/// their version history: an item counts as in force at the period's end when its newest version effective by then is
/// 有效, so an item cancelled in 2025 still counts for 2024. No records is 无数据, not 0.
/// </summary>
public static class PowerListMetrics
{
    private const string Module = "权责清单";

    public static readonly MetricDefinition Items = new(
        "power_list.items", "权责清单事项总数", "项",
        "期末（统计期间最后一日）有效的权责清单事项数：按各事项在期末已施行的最新版本判断，已取消的事项自取消施行之日起不再计入。",
        Module, async (db, scope, ct) => Count(await InForceAsync(db, scope, _ => true, ct)));

    /// <summary>PL-1 by 权力类型: one figure per type.</summary>
    public static readonly IReadOnlyList<MetricDefinition> ItemsByType = Enum.GetValues<PowerType>().Select(type => new MetricDefinition(
        $"power_list.items.{Snake(type.ToString())}", $"权责清单{DisplayNames.Of(type)}事项数", "项",
        $"期末有效的权责清单事项中权力类型为“{DisplayNames.Of(type)}”的事项数（按期末已施行的最新版本）。",
        Module, async (db, scope, ct) => Count(await InForceAsync(db, scope, v => v.Type == type, ct)))).ToList();

    /// <summary>PL-3: 履职事项清单 counts by category.</summary>
    public static readonly IReadOnlyList<MetricDefinition> ItemsByCategory = Enum.GetValues<DutyCategory>().Select(category => new MetricDefinition(
        $"power_list.duty_items.{Snake(category.ToString())}", $"{DisplayNames.Of(category)}数", "项",
        $"期末有效的权责清单事项中履职类别为“{DisplayNames.Of(category)}”的事项数（按期末已施行的最新版本；未标注类别的不计）。",
        Module, async (db, scope, ct) => Count(await InForceAsync(db, scope, v => v.Category == category, ct)))).ToList();

    public static readonly MetricDefinition AdjustmentsPublished = new(
        "power_list.adjustments", "权责清单调整次数", "次",
        "期间内公布的权责清单调整次数（按公布日期）；每次调整列明新增、取消、变更的事项数。",
        Module, async (db, scope, ct) =>
        {
            var rows = await PublishedAsync(db, scope, ct);
            return Count(rows.Select(a => new MetricRecord(nameof(PowerListAdjustment), a.Id.ToString(),
                $"{a.PublishedOn:yyyy-MM-dd}公布 {a.Title}：新增{a.Changes.Count(c => c.Kind == ChangeKind.Add)}项、取消{a.Changes.Count(c => c.Kind == ChangeKind.Cancel)}项、变更{a.Changes.Count(c => c.Kind == ChangeKind.Change)}项"))
                .ToList());
        });

    public static readonly IReadOnlyList<MetricDefinition> ChangesByKind = Enum.GetValues<ChangeKind>().Select(kind => new MetricDefinition(
        $"power_list.items_{Past(kind)}", $"{DisplayNames.Of(kind)}事项数", "项",
        $"期间内公布的权责清单调整中{DisplayNames.Of(kind)}的事项数（按调整的公布日期）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await PublishedAsync(db, scope, ct);
            return Count(rows.SelectMany(a => a.Changes.Where(c => c.Kind == kind).OrderBy(c => c.Number)
                .Select(c => new MetricRecord(nameof(AdjustmentChange), c.Id.ToString(), $"{a.PublishedOn:yyyy-MM-dd} {a.Title}：{DisplayNames.Of(kind)}{c.Code} {c.Name}"))).ToList());
        })).ToList();

    public static readonly IReadOnlyList<MetricDefinition> All = [Items, .. ItemsByType, .. ItemsByCategory, AdjustmentsPublished, .. ChangesByKind];

    private static MetricResult Count(List<MetricRecord> records) => records.Count == 0 ? MetricResult.NoData() : MetricResult.CountOf(records);

    /// <summary>The items whose newest version effective before the period's end is 有效 and matches.</summary>
    private static async Task<List<MetricRecord>> InForceAsync(AppDbContext db, MetricScope scope, Func<PowerItemVersion, bool> match, CancellationToken ct)
    {
        var end = scope.EndDay;
        var versions = await db.Set<PowerItemVersion>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(v => v.EffectiveOn < end)
            .ToListAsync(ct);
        return versions.GroupBy(v => v.ItemId)
            .Select(g => g.MaxBy(v => v.Number)!)
            .Where(v => v.Status == PowerItemStatus.InForce && match(v))
            .OrderBy(v => v.RegionCode).ThenBy(v => v.Code)
            .Select(v => new MetricRecord(nameof(PowerItem), v.ItemId.ToString(), $"{v.Code} {v.Name}（{DisplayNames.Of(v.Type)}，第{v.Number}版）"))
            .ToList();
    }

    private static async Task<List<PowerListAdjustment>> PublishedAsync(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        await db.Set<PowerListAdjustment>().AsNoTracking().Include(a => a.Changes)
            .InSubtree(scope.SubtreePrefix).Where(a => a.Status == AdjustmentStatus.Published && a.PublishedOn >= scope.FirstDay && a.PublishedOn < scope.EndDay)
            .OrderBy(a => a.PublishedOn).ThenBy(a => a.Id).ToListAsync(ct);

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static string Past(ChangeKind kind) => kind switch
    {
        ChangeKind.Add => "added",
        ChangeKind.Change => "changed",
        ChangeKind.Cancel => "cancelled",
    };
}
