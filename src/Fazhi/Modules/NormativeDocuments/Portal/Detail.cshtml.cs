using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.NormativeDocuments.Portal;

/// <summary>A published document on the portal (anonymous), personal data masked.</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalDocumentModel(PublicDocuments documents) : PageModel
{
    public PublicDocumentDetail Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Document = await documents.DetailAsync(id, ct);
            return Page();
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
    }
}
