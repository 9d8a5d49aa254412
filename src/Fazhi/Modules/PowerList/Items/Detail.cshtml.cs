using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PowerList.Items;

/// <summary>An item's fields and its version history, each version with what it changed.</summary>
[Authorize(Policy = PowerListPermissions.Read)]
public sealed class PowerItemDetailModel(PowerItems items) : PageModel
{
    public ItemDetails Details { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Details = await items.DetailsAsync(id, ct);
}
