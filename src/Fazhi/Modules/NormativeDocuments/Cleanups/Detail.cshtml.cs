using Fazhi.Modules.NormativeDocuments.Documents;
using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.NormativeDocuments.Cleanups;

/// <summary>一次清理: select documents, record a conclusion for each, publish the resulting lists.</summary>
[Authorize(Policy = NormativeDocumentsPermissions.Cleanup)]
public sealed class CleanupDetailModel(AppDbContext db, ManageCleanup manage) : PageModel
{
    public CleanupView View { get; private set; } = null!;

    public List<NormativeDocument> Candidates { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public Guid? DocumentId { get; set; }

    [BindProperty] public string? Conclusion { get; set; }

    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid campaignId, CancellationToken ct) =>
        await LoadAsync(campaignId, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid campaignId, CancellationToken ct) =>
        RunAsync(campaignId, () => manage.RecordAsync(campaignId, DocumentId, Conclusion, Note, ProcedureActor.From(User), ct), ct);

    public Task<IActionResult> OnPostPublishAsync(Guid campaignId, CancellationToken ct) =>
        RunAsync(campaignId, () => manage.PublishAsync(campaignId, ProcedureActor.From(User), ct), ct);

    private async Task<IActionResult> RunAsync(Guid campaignId, Func<Task> step, CancellationToken ct)
    {
        if (!await LoadAsync(campaignId, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        try
        {
            await step();
            return Redirect($"/normative-documents/cleanups/{campaignId}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid campaignId, CancellationToken ct)
    {
        try
        {
            View = await manage.ViewAsync(campaignId, ct);
        }
        catch (RecordNotFoundException)
        {
            return false;
        }

        Candidates = await db.Set<NormativeDocument>().AsNoTracking()
            .Where(d => d.Status == NormativeDocumentStatus.Published || d.Status == NormativeDocumentStatus.InForce)
            .OrderBy(d => d.PublishedOn).ThenBy(d => d.Title).Take(1000).ToListAsync(ct);
        return true;
    }
}
