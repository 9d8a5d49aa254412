using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Queue;

/// <summary>大厅叫号屏: polls the board every second (no extra dependency).</summary>
[Authorize(Policy = ServicesPermissions.Read)]
public sealed class DisplayModel : PageModel
{
    public void OnGet()
    {
    }
}
