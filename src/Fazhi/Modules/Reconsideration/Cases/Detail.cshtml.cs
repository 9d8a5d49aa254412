using Fazhi.Modules.Reconsideration.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Reconsideration.Cases;

/// <summary>案件办理页: facts, clocks with explanations, timeline, hearings and a form per step.</summary>
[Authorize(Policy = ReconsiderationPermissions.Read)]
public sealed class CaseDetailModel(CaseDetails details, AdvanceCase advance, AppDbContext db) : PageModel
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
            await advance.ExecuteAsync(id, ActionKey ?? "", Input, ProcedureActor.From(User), ct);
            return Redirect($"/reconsideration/{id}");
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
