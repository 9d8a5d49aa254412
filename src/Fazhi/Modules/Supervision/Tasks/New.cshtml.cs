using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Supervision.Tasks;

/// <summary>交办: to a unit of the own region, or down the tree to a town or village of the subtree.</summary>
[Authorize(Policy = SupervisionPermissions.Assign)]
public sealed class NewTaskModel(AppDbContext db, AssignTasks assign, TimeProvider time) : PageModel
{
    public IReadOnlyList<(string Code, string Name)> Regions { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public string? Title { get; set; }

    [BindProperty] public string? Source { get; set; }

    [BindProperty] public string? SourceReference { get; set; }

    [BindProperty] public string? LeadUnit { get; set; }

    [BindProperty] public string? CoUnits { get; set; }

    [BindProperty] public DateOnly? AssignedOn { get; set; }

    [BindProperty] public DateOnly? Deadline { get; set; }

    [BindProperty] public string? Region { get; set; }

    [BindProperty] public List<string?> MilestoneTitles { get; set; } = [];

    [BindProperty] public List<DateOnly?> MilestoneDates { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AssignedOn = LegalDate.Today(time);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var milestones = MilestoneTitles.Select((t, i) => new MilestoneInput(t, MilestoneDates.ElementAtOrDefault(i))).ToList();
            var task = await assign.ExecuteAsync(new AssignTaskInput
            {
                Title = Title,
                Source = Source,
                SourceReference = SourceReference,
                LeadUnit = LeadUnit,
                CoUnits = CoUnits,
                AssignedOn = AssignedOn,
                Deadline = Deadline,
                Region = Region,
                Milestones = milestones,
            }, User.Identity?.Name ?? "", ct);
            return Redirect($"/supervision/{task.Id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            return Page();
        }
    }

    /// <summary>The own region and the regions one level below it (towns of a county or city, villages of a town).</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        var own = db.Scope.WriteRegion ?? "";
        var regions = await db.Set<Region>().AsNoTracking()
            .Where(r => r.Code == own || r.ParentCode == own)
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        Regions = regions.OrderBy(r => r.Code == own ? 0 : 1).ThenBy(r => r.Code)
            .Select(r => (r.Code, r.Code == own ? $"本级（{r.Name}）" : $"交办下级：{r.Name}")).ToList();
        if (Regions.All(r => r.Code != own))
        {
            Regions = [("", "本级"), .. Regions];
        }
    }
}
