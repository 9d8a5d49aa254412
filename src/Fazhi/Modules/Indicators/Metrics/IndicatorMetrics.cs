using Fazhi.Modules.Indicators.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Indicators.Metrics;

/// <summary>
/// Each catalogued figure as a registry figure: the sum of the accepted submissions of the scope's regions for the year
/// (a town has one; a county adds its towns'), its record the submission with its source. No accepted submission: 无数据,
/// never 0. A reported figure is yearly: a month's scope has no value. A rate (coverage) is not summed over towns: a county
/// has it only when it reports it itself.
/// </summary>
public static class IndicatorMetrics
{
    private const string Module = "部门数据报送";

    public static IReadOnlyList<MetricDefinition> All { get; } = IndicatorCatalog.All.Select(Of).ToList();

    private static MetricDefinition Of(IndicatorDefinition definition) => new(
        definition.Key, definition.Name, definition.Unit,
        $"{definition.Definition}由{definition.Department}按年度报送、依法治镇办审核采用后计入（{(definition.Nature == IndicatorNature.Stock ? "年末数" : "全年数")}）。",
        Module, async (db, scope, ct) =>
        {
            if (scope.Month is not null)
            {
                return MetricResult.NoData();
            }

            var accepted = await db.Set<IndicatorSubmission>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(s => s.Key == definition.Key && s.Year == scope.Year && s.Status == SubmissionStatus.Accepted)
                .OrderBy(s => s.RegionCode).ThenBy(s => s.Id).ToListAsync(ct);
            if (definition.Unit == "%")
            {
                accepted = accepted.Where(s => s.RegionCode == scope.RegionCode).ToList();
            }

            return accepted.Count == 0
                ? MetricResult.NoData()
                : MetricResult.Quantity(accepted.Sum(s => s.Value), accepted.Select(s => new MetricRecord(nameof(IndicatorSubmission), s.Id.ToString(),
                    $"{s.Department}{s.SubmittedOn:yyyy-MM-dd}报送：{s.Value:0.##}{definition.Unit}（来源：{s.Source}；{s.ReviewedOn:yyyy-MM-dd}审核采用）")));
        });
}
