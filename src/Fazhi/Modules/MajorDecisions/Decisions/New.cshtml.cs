using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.MajorDecisions.Decisions;

/// <summary>提出决策建议: choose an item of a published catalog without a decision in progress.</summary>
[Authorize(Policy = MajorDecisionsPermissions.Handle)]
public sealed class NewDecisionModel(AppDbContext db, ProposeDecision propose) : PageModel
{
    public IReadOnlyList<(CatalogItem Item, int Year, int Version)> Items { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    [BindProperty]
    public Guid? CatalogItemId { get; set; }

    [BindProperty]
    public string? Proposer { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var decision = await propose.ExecuteAsync(new ProposeDecisionInput(CatalogItemId, Proposer), ProcedureActor.From(User), ct);
            return Redirect($"/major-decisions/{decision.Id}");
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

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await (from item in db.Set<CatalogItem>().AsNoTracking()
                          join catalog in db.Set<DecisionCatalog>().AsNoTracking() on item.CatalogId equals catalog.Id
                          where catalog.Status == CatalogStatus.Published
                          orderby catalog.Year descending, item.Number
                          select new { item, catalog.Year, catalog.Version }).ToListAsync(ct);
        Items = rows.Select(r => (r.item, r.Year, r.Version)).ToList();
    }
}
