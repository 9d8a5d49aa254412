using Fazhi.Modules.Supervision.Domain;
using Fazhi.Modules.Supervision.Tasks;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Supervision.Teams;

/// <summary>One inspection: record when it was held, what was found, and turn each finding into a task.</summary>
[Authorize(Policy = SupervisionPermissions.Read)]
public sealed class InspectionModel(InspectionUseCases uses, AppDbContext db) : PageModel
{
    public Inspection Inspection { get; private set; } = null!;

    public string TeamName { get; private set; } = "";

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public DateOnly? HeldOn { get; set; }

    [BindProperty] public string? Summary { get; set; }

    [BindProperty] public List<string?> Problems { get; set; } = [];

    [BindProperty] public List<string?> LeadUnits { get; set; } = [];

    [BindProperty] public List<DateOnly?> Deadlines { get; set; } = [];

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, SupervisionPermissions.Teams);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            db.ChangeTracker.Clear();
            var findings = Problems.Select((p, n) => new FindingInput(p, LeadUnits.ElementAtOrDefault(n), Deadlines.ElementAtOrDefault(n))).ToList();
            await uses.RecordAsync(id, new RecordInspectionInput(HeldOn, Summary, findings), User.Identity?.Name ?? "", ct);
            return Redirect($"/supervision/inspections/{id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var inspection = await db.Set<Inspection>().AsNoTracking().Include(i => i.Findings).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (inspection is null)
        {
            return false;
        }

        Inspection = inspection;
        TeamName = await db.Set<SupervisionTeam>().AsNoTracking().Where(t => t.Id == inspection.TeamId).Select(t => t.Name).FirstAsync(ct);
        return true;
    }
}
