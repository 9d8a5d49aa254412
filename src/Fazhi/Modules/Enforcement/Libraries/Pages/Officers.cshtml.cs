using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Enforcement.Libraries.Pages;

/// <summary>执法人员名册: certificates, 持证率 and those expiring soon.</summary>
[Authorize(Policy = EnforcementPermissions.Read)]
public sealed class OfficersModel(OfficerRoster roster) : PageModel
{
    public OfficerSummary Summary { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Summary = await roster.SummaryAsync(ct);
}
