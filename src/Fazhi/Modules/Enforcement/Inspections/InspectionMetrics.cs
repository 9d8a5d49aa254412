using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Inspections;

/// <summary>执法检查次数 (ENF-13): completed inspections by their inspection date.</summary>
public static class InspectionMetrics
{
    private const string Module = "综合行政执法";

    public static readonly MetricDefinition Pharmacy = new("inspections.pharmacy", "检查药店家次", "家次",
        "检查日期在所选年度内、检查类别为药店的已完成检查记录数。", Module, (db, s, ct) => CountAsync(db, s, InspectionCategory.Pharmacy, ct));

    public static readonly MetricDefinition Medical = new("inspections.medical", "检查医疗机构间次", "间次",
        "检查日期在所选年度内、检查类别为医疗机构的已完成检查记录数。", Module, (db, s, ct) => CountAsync(db, s, InspectionCategory.Medical, ct));

    public static readonly MetricDefinition Total = new("inspections.total", "执法检查次数", "次",
        "检查日期在所选年度内的已完成检查记录数（含双随机抽查和日常检查，ENF-13）。", Module, (db, s, ct) => CountAsync(db, s, null, ct));

    public static readonly IReadOnlyList<MetricDefinition> All = [Pharmacy, Medical, Total];

    private static async Task<MetricResult> CountAsync(AppDbContext db, MetricScope s, InspectionCategory? category, CancellationToken ct)
    {
        var query = db.Set<InspectionRecord>().AsNoTracking()
            .InSubtree(s.SubtreePrefix).Where(r => r.InspectedOn >= s.FirstDay && r.InspectedOn < s.EndDay && r.Result != InspectionResult.Pending);
        if (category is { } c)
        {
            query = query.Where(r => r.Category == c);
        }

        // Same-day records in name order, so the list reads the same on every run of the demo.
        var rows = await query.OrderBy(r => r.InspectedOn).ThenBy(r => r.EntityName).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.EntityName, r.InspectedOn }).ToListAsync(ct);
        return MetricResult.CountOf(rows.Select(r => new MetricRecord(nameof(InspectionRecord), r.Id.ToString(), $"{r.InspectedOn:yyyy-MM-dd} {r.EntityName}")));
    }
}
