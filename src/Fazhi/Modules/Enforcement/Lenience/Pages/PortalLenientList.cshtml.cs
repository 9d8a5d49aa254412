using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Enforcement.Lenience.Pages;

/// <summary>减免责清单公开 (anonymous): each town's version in force today; list items only, no personal data.</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalLenientListModel(PublicLenientLists lists) : PageModel
{
    public IReadOnlyList<PublicLenientLists.PublicList> Lists { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? region, CancellationToken ct)
    {
        try
        {
            Lists = await lists.InForceAsync(region, ct);
        }
        catch (FieldValidationException ex)
        {
            Error = string.Join("；", ex.Errors.SelectMany(e => e.Value));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
