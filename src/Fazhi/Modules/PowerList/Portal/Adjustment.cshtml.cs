using Fazhi.Modules.PowerList.Adjustments;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PowerList.Portal;

/// <summary>A published adjustment on the portal: 新增/取消/变更 with old → new per field. An unpublished one is 404.</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalAdjustmentModel(ListAdjustments adjustments, PublicPowerList lists) : PageModel
{
    public AdjustmentDetails Details { get; private set; } = null!;

    public string Region { get; private set; } = "";

    public string TownName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string region, Guid id, CancellationToken ct)
    {
        try
        {
            Region = region;
            TownName = await lists.TownNameAsync(region, ct);
            Details = await adjustments.PublishedAsync(region, id, ct);
            return Page();
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
    }
}
