using Fazhi.Modules.Supervision.Domain;
using Fazhi.Modules.Supervision.Tasks;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Supervision.Teams;

/// <summary>督导组 and the inspections on their schedule.</summary>
[Authorize(Policy = SupervisionPermissions.Read)]
public sealed class TeamsIndexModel(InspectionUseCases uses, AppDbContext db) : PageModel
{
    public IReadOnlyList<SupervisionTeam> Teams { get; private set; } = [];

    public Paged<InspectionRow> Inspections { get; private set; } = new([], 1, 20, 0);

    public string? Q { get; private set; }

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public TeamInput? Team { get; set; }

    [BindProperty] public PlanInspectionInput? Plan { get; set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, SupervisionPermissions.Teams);

    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Q = q;
        try
        {
            await LoadAsync(pageNumber, ct);
        }
        catch (FieldValidationException e)
        {
            Refusal = PageErrors.From(e, ModelState);
            Response.StatusCode = 400;
            Teams = await uses.TeamsAsync(ct);
        }
    }

    public Task<IActionResult> OnPostTeamAsync(CancellationToken ct) => ActAsync(() => uses.CreateTeamAsync(Team ?? new(null, null, null, null, null), ct), ct);

    public Task<IActionResult> OnPostPlanAsync(CancellationToken ct) => ActAsync(() => uses.PlanAsync(Plan ?? new(null, null, null, null, null), ct), ct);

    private async Task<IActionResult> ActAsync(Func<Task> act, CancellationToken ct)
    {
        ModelState.Clear();
        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            await act();
            return Redirect("/supervision/teams");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            await LoadAsync(null, ct);
            return Page();
        }
    }

    private async Task LoadAsync(string? page, CancellationToken ct)
    {
        Teams = await uses.TeamsAsync(ct);
        Inspections = await uses.PageAsync(Q, page, ct);
    }
}
