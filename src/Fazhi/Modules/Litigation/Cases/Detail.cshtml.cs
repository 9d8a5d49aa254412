using Fazhi.Modules.Litigation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Litigation.Cases;

/// <summary>应诉案件办理页: facts, clocks with explanations, timeline, hearings, court documents and a form per step.</summary>
[Authorize(Policy = LitigationPermissions.Read)]
public sealed class SuitDetailModel(SuitDetails details, AdvanceSuit advance, AppDbContext db) : PageModel
{
    public SuitView View { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    [BindProperty]
    public string? ActionKey { get; set; }

    [BindProperty]
    public SuitActionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await advance.ExecuteAsync(id, ActionKey ?? "", Input, ProcedureActor.From(User), ct);
            return Redirect($"/litigation/{id}");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            db.ChangeTracker.Clear();
            Response.StatusCode = refusal.Status;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            View = await details.ExecuteAsync(id, ProcedureActor.From(User), ct);
            return true;
        }
        catch (RecordNotFoundException)
        {
            return false;
        }
    }
}
