using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Enforcement.Publication.Portal;

/// <summary>执法决定公示·事后公开 (anonymous): the masked snapshots; withdrawn ones shown as withdrawn, without content.</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalDecisionsModel(PublicEnforcement reader) : PageModel
{
    public Paged<PublicDecision> Result { get; private set; } = new([], 1, PublicEnforcement.PageSize, 0);

    public string? Q { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? q, string? region, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Q = q;
        try
        {
            Result = await reader.DecisionsAsync(q, region, pageNumber, ct);
        }
        catch (FieldValidationException e)
        {
            Error = string.Join("；", e.Errors.Values.SelectMany(v => v));
            Response.StatusCode = 400;
        }
    }
}
