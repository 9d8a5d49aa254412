using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Governance.Committees;

/// <summary>A meeting as recorded (第N次会议), its decisions with the status of their supervised tasks, and a form to add a decision.</summary>
[Authorize(Policy = GovernancePermissions.Read)]
public sealed class MeetingDetailModel(CommitteeQueries queries, CommitteeUseCases uses, AppDbContext db) : PageModel
{
    public MeetingDetails Details { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public DecisionForm Decision { get; set; } = new();

    public bool CanRecord => User.HasClaim(FazhiClaims.Permission, GovernancePermissions.Record);

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Details = await queries.DetailsAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Details = await queries.DetailsAsync(id, ct);
        if (!CanRecord)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await uses.AddDecisionAsync(id, new DecisionInput(Decision.Text, Decision.LeadUnit, Decision.CoUnits, Decision.Deadline), GovernanceModule.Actor(User), ct);
            return Redirect($"/governance/meetings/{id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            return Page();
        }
    }
}
