using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Emergency.Plans;

/// <summary>预案立项.</summary>
[Authorize(Policy = EmergencyPermissions.Plans)]
public sealed class NewPlanModel(RegisterPlans register, AppDbContext db, TimeProvider time) : PageModel
{
    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public string? Title { get; set; }

    [BindProperty] public string? Class { get; set; }

    [BindProperty] public string? OwnerUnit { get; set; }

    [BindProperty] public DateOnly? PlannedOn { get; set; }

    public void OnGet() => PlannedOn = LegalDate.Today(time);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var plan = await register.ExecuteAsync(new PlanInput { Title = Title, Class = Class, OwnerUnit = OwnerUnit, PlannedOn = PlannedOn }, User.Identity?.Name ?? "", ct);
            return Redirect($"/emergency/plans/{plan.Id}");
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
