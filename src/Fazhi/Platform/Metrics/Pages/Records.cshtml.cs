using System.Security.Claims;

using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Metrics.Pages;

/// <summary>指标明细: one figure, its value per direct child region, and the records it is computed from.</summary>
[Authorize(Policy = PlatformPermissions.MetricsRead)]
public sealed class MetricRecordsModel(EvaluateMetric evaluate) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    // Not "page": Razor Pages reserves that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "pageNo")]
    public string? PageNumber { get; set; }

    public MetricFigure Figure { get; private set; } = null!;

    public MetricBreakdown Breakdown { get; private set; } = null!;

    public MetricRecordPage Records { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var caller = User.FindFirstValue(FazhiClaims.Region);
        Figure = await evaluate.FigureAsync(Key, Region, Year, caller, ct);
        Breakdown = await evaluate.BreakdownAsync(Key, Region, Year, caller, ct);
        Records = await evaluate.RecordsAsync(Key, Region, Year, PageNumber, PageSize.ToString(), caller, ct);
    }

    public string Link(string region, int page = 1) =>
        $"/metrics/records?key={Uri.EscapeDataString(Key)}&region={region}&year={Figure.Year}&pageNo={page}";
}
