using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PowerList.Adjustments;

/// <summary>登记清单调整: the form.</summary>
[Authorize(Policy = PowerListPermissions.Adjust)]
public sealed class AdjustmentNewModel(ListAdjustments adjustments, AppDbContext db) : PageModel
{
    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public AdjustmentForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var adjustment = await adjustments.RegisterAsync(new AdjustmentInput
            {
                Title = Form.Title,
                Trigger = Form.Trigger,
                TriggerDescription = Form.TriggerDescription,
                TriggeredOn = Form.TriggeredOn,
            }, PowerListModule.Actor(User), ct);
            return Redirect($"/power-list/adjustments/{adjustment.Id}");
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

public sealed class AdjustmentForm
{
    public string? Title { get; set; }

    public string? Trigger { get; set; }

    public string? TriggerDescription { get; set; }

    public DateOnly? TriggeredOn { get; set; }
}
