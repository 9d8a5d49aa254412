using Fazhi.Modules.Services.Catalog;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Portal;

/// <summary>政务服务事项清单 on the public portal (anonymous).</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalServicesModel(PublicGuides guides) : PageModel
{
    public IReadOnlyList<PublicRegion> Regions { get; private set; } = [];

    public Paged<MatterView> Result { get; private set; } = new([], 1, 50, 0);

    public string? Region { get; private set; }

    public string? Q { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? region, string? q, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        (Region, Q) = (region, q);
        Regions = await guides.RegionsAsync(ct);
        try
        {
            Result = await guides.ListAsync(region, q, pageNumber, ct);
        }
        catch (FieldValidationException)
        {
            return BadRequest();
        }

        return Page();
    }
}
