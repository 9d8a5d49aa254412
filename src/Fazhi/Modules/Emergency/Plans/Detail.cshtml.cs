using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Emergency.Plans;

/// <summary>预案页: lifecycle facts, the clocks with how each date was reached, and a form per act.</summary>
[Authorize(Policy = EmergencyPermissions.Read)]
public sealed class PlanDetailModel(ListPlans list, HandlePlan handle, AppDbContext db) : PageModel
{
    public PlanDetails View { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    [BindProperty]
    public PlanActInput Input { get; set; } = new();

    /// <summary>The lifecycle step posted by the step form (its English name, e.g. approve).</summary>
    [BindProperty]
    public string? Step { get; set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, EmergencyPermissions.Plans);

    public bool CanDrill => User.HasClaim(FazhiClaims.Permission, EmergencyPermissions.Drills);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>A post without a known act: nothing to do, and another region's record stays a 404.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Redirect($"/emergency/plans/{id}") : NotFound();

    public Task<IActionResult> OnPostStepAsync(Guid id, CancellationToken ct) => ActAsync(id, () => handle.TakeAsync(id, Step ?? "", Input, ct), ct);

    public Task<IActionResult> OnPostSurveysAsync(Guid id, CancellationToken ct) => ActAsync(id, () => handle.RecordSurveysAsync(id, Input, ct), ct);

    public Task<IActionResult> OnPostEvaluateAsync(Guid id, CancellationToken ct) => ActAsync(id, () => handle.EvaluateAsync(id, Input, ct), ct);

    public Task<IActionResult> OnPostTriggerAsync(Guid id, CancellationToken ct) => ActAsync(id, () => handle.RecordTriggerAsync(id, Input, ct), ct);

    public Task<IActionResult> OnPostReviseAsync(Guid id, CancellationToken ct) => ActAsync(id, () => handle.ReviseAsync(id, Input, ct), ct);

    /// <summary>The English step name the API and the form post for a step.</summary>
    public static string StepKey(PlanStep step) => step switch
    {
        PlanStep.StartDrafting => "draft",
        PlanStep.Consult => "consult",
        PlanStep.Approve => "approve",
        PlanStep.Publish => "publish",
        PlanStep.File => "file",
        PlanStep.Train => "train",
        PlanStep.Withdraw => "withdraw",
    };

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> act, CancellationToken ct)
    {
        ModelState.Clear();
        if (!CanManage)
        {
            return await LoadAsync(id, ct) ? Forbid() : NotFound();
        }

        try
        {
            await act();
            return Redirect($"/emergency/plans/{id}");
        }
        catch (Exception e) when (e is RecordNotFoundException or RegionWriteDeniedException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            db.ChangeTracker.Clear();
            Response.StatusCode = refusal.Status;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            View = await list.DetailsAsync(id, ct);
            return true;
        }
        catch (RecordNotFoundException)
        {
            return false;
        }
    }
}
