using Fazhi.Modules.Disputes.Cases;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Pages;

/// <summary>重大风险纠纷上报 (the town leaders' list): unsigned first, each signed for with an optional 批示.</summary>
[Authorize(Policy = DisputesPermissions.Escalations)]
public sealed class EscalationsModel(AppDbContext db, AdvanceDispute advance) : PageModel
{
    public IReadOnlyList<DisputesModule.EscalationItem> Items { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Items = await DisputesModule.Escalations(db, ct);

    public async Task<IActionResult> OnPostAsync(Guid escalationId, string? instruction, CancellationToken ct)
    {
        try
        {
            await advance.AcknowledgeAsync(escalationId, instruction, ProcedureActor.From(User), ct);
            return Redirect("/disputes/escalations");
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
            Items = await DisputesModule.Escalations(db, ct);
            return Page();
        }
    }
}
