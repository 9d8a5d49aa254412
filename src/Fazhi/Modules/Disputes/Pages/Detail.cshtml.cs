using Fazhi.Modules.Disputes.Cases;
using Fazhi.Modules.Disputes.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Pages;

/// <summary>纠纷办理页: facts with masked parties, the deadline and how far it is, the timeline (with the mediation case's steps), escalations, a form per step.</summary>
[Authorize(Policy = DisputesPermissions.Read)]
public sealed class DisputeDetailModel(DisputeDetails details, AdvanceDispute advance, AppDbContext db) : PageModel
{
    public DisputeView View { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    public bool CanHandle => User.HasClaim(FazhiClaims.Permission, DisputesPermissions.Handle);

    [BindProperty]
    public string? ActionKey { get; set; }

    [BindProperty]
    public DisputeActionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => advance.ExecuteAsync(id, ActionKey ?? "", Input, ProcedureActor.From(User), ct), ct);

    public Task<IActionResult> OnPostEscalateAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => CanHandle ? advance.EscalateAsync(id, Input, ProcedureActor.From(User), ct) : throw new DomainRuleException("您没有上报重大风险纠纷的权限", statusCode: 403), ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> act, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            // The dispute is looked up first, so another town's id is a 404 whatever was posted.
            if (!await db.Set<Dispute>().AnyAsync(d => d.Id == id, ct))
            {
                return NotFound();
            }

            await act();
            return Redirect($"/disputes/{id}");
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
