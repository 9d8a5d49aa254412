using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PowerList.Items;

/// <summary>An item's fields and its version history, each version with what it changed.</summary>
[Authorize(Policy = PowerListPermissions.Read)]
public sealed class PowerItemDetailModel(PowerItems items) : PageModel
{
    public ItemDetails Details { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Details = await items.DetailsAsync(id, ct);

    /// <summary>A post changes nothing: it shows the item (or 404 for one outside the user's region).</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await items.DetailsAsync(id, ct);
        return Redirect($"/power-list/items/{id}");
    }
}
