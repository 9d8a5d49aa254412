using System.Security.Claims;

using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Metrics.Pages;

/// <summary>统计指标: the catalog with each figure for the user's region (or a region of its subtree) and a chosen year.</summary>
[Authorize(Policy = PlatformPermissions.MetricsRead)]
public sealed class MetricsIndexModel(EvaluateMetric evaluate, MetricCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    public int SelectedYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public string RegionName { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public List<MetricFigure> Figures { get; } = [];

    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = evaluate.CurrentYear();
        Years = Enumerable.Range(0, 6).Select(i => current - i).ToList();
        try
        {
            foreach (var definition in catalog.All)
            {
                Figures.Add(await evaluate.FigureAsync(definition.Key, Region, Year, User.FindFirstValue(FazhiClaims.Region), ct));
            }
        }
        catch (FieldValidationException e)
        {
            Errors = e.Errors;
            Figures.Clear();
        }

        var first = Figures.FirstOrDefault();
        SelectedYear = first?.Year ?? current;
        RegionName = first?.RegionName ?? "";
        RegionCode = first?.Region ?? "";
    }

    public static string Format(decimal? value, string unit) => value is null ? "—" : value.Value.ToString("#,0.##") + (unit == "%" ? "%" : "");

    public static string FormatYoy(MetricFigure figure) => figure.Yoy switch
    {
        null => "—",
        { } v when figure.YoyKind == "percentagePoints" => (v > 0 ? "+" : "") + v.ToString("0.##") + " 个百分点",
        { } v => (v > 0 ? "+" : "") + (v * 100).ToString("0.##") + "%",
    };
}
