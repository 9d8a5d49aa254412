using System.Security.Claims;

using Fazhi.Modules.NormativeDocuments.Documents;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.NormativeDocuments.Cleanups;

/// <summary>规范性文件清理: the region's campaigns and the form to start one.</summary>
[Authorize(Policy = NormativeDocumentsPermissions.Cleanup)]
public sealed class CleanupsIndexModel(AppDbContext db, CreateCleanup create) : PageModel
{
    public List<CleanupSummary> Campaigns { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Campaigns = await CleanupList.ListAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var campaign = await create.ExecuteAsync(Name, Reason, User.FindFirstValue(FazhiClaims.Region) ?? "", ProcedureActor.From(User), ct);
            return Redirect($"/normative-documents/cleanups/{campaign.Id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            Campaigns = await CleanupList.ListAsync(db, ct);
            return Page();
        }
    }
}
