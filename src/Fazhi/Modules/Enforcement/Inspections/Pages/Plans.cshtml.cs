using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Inspections.Pages;

/// <summary>检查计划 and their 双随机 draws.</summary>
[Authorize(Policy = EnforcementPermissions.Read)]
public sealed class PlansModel(Inspections use, Platform.Data.AppDbContext db) : PageModel
{
    public IReadOnlyList<InspectionPlan> Plans { get; private set; } = [];

    public IReadOnlyList<InspectionDraw> Draws { get; private set; } = [];

    public string? Refusal { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostPlanAsync(int? year, string? name, InspectionCategory? category, InspectionPlanKind? kind, CancellationToken ct) =>
        TryAsync(() => use.AddPlanAsync(new PlanInput(year, name, category, kind, null), User, ct), ct);

    public Task<IActionResult> OnPostDrawAsync(Guid? planId, DateOnly? drawnOn, int? count, string? candidates, CancellationToken ct) =>
        TryAsync(() => use.DrawAsync(planId ?? Guid.Empty, new DrawInput(drawnOn, count, (candidates ?? "").Split('\n'), null), User, ct), ct);

    private async Task<IActionResult> TryAsync(Func<Task> action, CancellationToken ct)
    {
        try
        {
            await action();
            return Redirect("/enforcement/inspections/plans");
        }
        catch (DomainRuleException e) when (e.StatusCode == StatusCodes.Status409Conflict)
        {
            Refusal = e.LegalBasis is null ? e.Message : $"{e.Message}（依据：{e.LegalBasis}）";
            Response.StatusCode = 409;
        }
        catch (FieldValidationException e)
        {
            Refusal = string.Join("；", e.Errors.Values.SelectMany(v => v));
            Response.StatusCode = 400;
        }

        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Plans = await db.Set<InspectionPlan>().AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.Name).ToListAsync(ct);
        Draws = await db.Set<InspectionDraw>().AsNoTracking().OrderBy(d => d.DrawnOn).ToListAsync(ct);
    }
}
