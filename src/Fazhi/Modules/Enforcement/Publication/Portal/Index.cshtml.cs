using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Enforcement.Publication.Portal;

/// <summary>行政执法公示·事前公开 (anonymous).</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalEnforcementModel(PublicEnforcement reader) : PageModel
{
    public PublicStandingInfo Info { get; private set; } = null!;

    public async Task OnGetAsync(string? region, CancellationToken ct) => Info = await reader.StandingAsync(region, ct);
}
