using Fazhi.Modules.PowerList.Items;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PowerList.Adjustments;

/// <summary>An adjustment: its changes with their diff, its steps, and the forms for a change and for the next step.</summary>
[Authorize(Policy = PowerListPermissions.Read)]
public sealed class AdjustmentDetailModel(ListAdjustments adjustments, AppDbContext db) : PageModel
{
    public AdjustmentDetails Details { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public ChangeForm Change { get; set; } = new();

    [BindProperty] public StepForm Step { get; set; } = new();

    public bool CanAdjust => User.HasClaim(FazhiClaims.Permission, PowerListPermissions.Adjust);

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Details = await adjustments.DetailsAsync(id, ct);

    /// <summary>A post without a handler changes nothing: it shows the adjustment (or 404 for one outside the user's region).</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await adjustments.DetailsAsync(id, ct);
        return Redirect($"/power-list/adjustments/{id}");
    }

    public Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => adjustments.AddChangeAsync(id, new ChangeInput
        {
            Kind = Change.Kind,
            Reason = Change.Reason,
            Item = new ItemInput
            {
                Code = Change.Code,
                Name = Change.Name,
                SubItem = Change.SubItem,
                Type = Change.Type,
                Basis = Change.Basis,
                Responsibilities = Change.Responsibilities,
                Accountability = Change.Accountability,
                Authority = Change.Authority,
                Handler = Change.Handler,
                Category = Change.Category,
            },
        }, ct), ct);

    public Task<IActionResult> OnPostStepAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => adjustments.TakeStepAsync(id, new StepInput
        {
            Step = Step.Step,
            On = Step.On,
            By = Step.By,
            Opinion = Step.Opinion,
            Passed = Step.Passed,
            EffectiveOn = Step.EffectiveOn,
        }, PowerListModule.Actor(User), ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> act, CancellationToken ct)
    {
        Details = await adjustments.DetailsAsync(id, ct);
        if (!CanAdjust)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await act();
            return Redirect($"/power-list/adjustments/{id}");
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

public sealed class ChangeForm
{
    public string? Kind { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? SubItem { get; set; }

    public string? Type { get; set; }

    public string? Basis { get; set; }

    public string? Responsibilities { get; set; }

    public string? Accountability { get; set; }

    public string? Authority { get; set; }

    public string? Handler { get; set; }

    public string? Category { get; set; }

    public string? Reason { get; set; }
}

public sealed class StepForm
{
    public string? Step { get; set; }

    public DateOnly? On { get; set; }

    public string? By { get; set; }

    public string? Opinion { get; set; }

    public bool? Passed { get; set; }

    public DateOnly? EffectiveOn { get; set; }
}
