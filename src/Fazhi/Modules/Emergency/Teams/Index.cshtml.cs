using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Emergency.Teams;

/// <summary>应急组织和队伍: the committee, headquarters and rescue forces, with the form to set one up.</summary>
[Authorize(Policy = EmergencyPermissions.Read)]
public sealed class TeamsIndexModel(OrganizeTeams teams, AppDbContext db) : PageModel
{
    public IReadOnlyList<EmergencyTeam> Teams { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public TeamInput Input { get; set; } = new();

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, EmergencyPermissions.Plans);

    public async Task OnGetAsync(CancellationToken ct) => Teams = await teams.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await teams.EstablishAsync(Input, ct);
            return Redirect("/emergency/teams");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
        }

        Teams = await teams.ListAsync(ct);
        return Page();
    }
}
