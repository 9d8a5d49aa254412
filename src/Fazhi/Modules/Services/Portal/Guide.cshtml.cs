using Fazhi.Modules.Services.Catalog;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Portal;

/// <summary>办事指南 of one matter on the public portal.</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalGuideModel(PublicGuides guides) : PageModel
{
    public MatterView Guide { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string region, string code, CancellationToken ct)
    {
        try
        {
            Guide = await guides.GuideAsync(region, code, ct);
            return Page();
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
    }
}
