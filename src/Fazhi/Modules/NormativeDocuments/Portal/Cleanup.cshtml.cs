using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.NormativeDocuments.Portal;

/// <summary>公布的清理结果 (anonymous): the 继续有效 / 修改 / 废止 / 宣布失效 lists of a published campaign.</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalCleanupModel(PublicDocuments documents) : PageModel
{
    public PublicCleanup Cleanup { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid campaignId, CancellationToken ct)
    {
        try
        {
            Cleanup = await documents.CleanupAsync(campaignId, ct);
            return Page();
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
    }
}
