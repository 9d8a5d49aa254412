using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.MajorDecisions.Portal;

/// <summary>重大行政决策事项目录 on the public portal (anonymous): each year's published catalog with its versions.</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalMajorDecisionsModel(PublicCatalogs catalogs) : PageModel
{
    public IReadOnlyList<PublicCatalogYear> Years { get; private set; } = [];

    public async Task OnGetAsync(string? region, CancellationToken ct) => Years = await catalogs.ListAsync(region, ct);
}
