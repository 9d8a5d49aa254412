using Fazhi.Modules.Mediation.Cases;
using Fazhi.Modules.Mediation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Mediation.Pages;

/// <summary>调解案件办理页: facts with masked parties, the dispute it continues, clocks with explanations, sessions, agreement, a form per step.</summary>
[Authorize(Policy = MediationPermissions.Read)]
public sealed class MediationDetailModel(CaseDetails details, AdvanceCase advance, AppDbContext db) : PageModel
{
    public CaseView View { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    [BindProperty]
    public string? ActionKey { get; set; }

    [BindProperty]
    public CaseActionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            // The case is looked up first, so another town's id is a 404 whatever was posted.
            if (!await db.Set<MediationCase>().AnyAsync(c => c.Id == id, ct))
            {
                return NotFound();
            }

            await advance.ExecuteAsync(id, ActionKey ?? "", Input, ProcedureActor.From(User), ct);
            return Redirect($"/mediation/{id}");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            // Nothing of the refused step is kept: the page is drawn from what is saved.
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
