using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PowerList.Portal;

/// <summary>权责清单 on the public portal: the towns that publish one.</summary>
[AllowAnonymous]
public sealed class PortalTownsModel(PublicPowerList lists) : PageModel
{
    public IReadOnlyList<PublicTown> Towns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Towns = await lists.TownsAsync(ct);
}

/// <summary>One town's 权责清单 in force and its published adjustments (anonymous).</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalListModel(PublicPowerList lists) : PageModel
{
    public PublicList List { get; private set; } = null!;

    public string? Q { get; private set; }

    public string? Type { get; private set; }

    public async Task<IActionResult> OnGetAsync(string region, string? q, string? type, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        (Q, Type) = (q, type);
        try
        {
            List = await lists.ListAsync(region, q, type, pageNumber, ct);
            return Page();
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (FieldValidationException)
        {
            return BadRequest();
        }
    }
}
