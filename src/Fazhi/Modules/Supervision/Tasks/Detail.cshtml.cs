using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Supervision.Tasks;

/// <summary>督办事项页: facts, reminder days, milestones, reports, reminders and escalation, and a form per act.</summary>
[Authorize(Policy = SupervisionPermissions.Read)]
public sealed class TaskDetailModel(ListTasks list, HandleTask handle, AppDbContext db) : PageModel
{
    public TaskDetails View { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    [BindProperty]
    public TaskActInput Input { get; set; } = new();

    public bool CanHandle => User.HasClaim(FazhiClaims.Permission, SupervisionPermissions.Handle);

    public bool CanVerify => User.HasClaim(FazhiClaims.Permission, SupervisionPermissions.Verify);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>A post without a known act: nothing to do, and another region's record stays a 404.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Redirect($"/supervision/{id}") : NotFound();

    public Task<IActionResult> OnPostProgressAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, SupervisionPermissions.Handle, () => handle.ReportProgressAsync(id, Input, User.FindFirst(FazhiClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "", ct), ct);

    public Task<IActionResult> OnPostCompletionAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, SupervisionPermissions.Handle, () => handle.ReportCompletionAsync(id, Input, ct), ct);

    public Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, SupervisionPermissions.Verify, () => handle.VerifyAsync(id, Input, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, SupervisionPermissions.Verify, () => handle.CloseAsync(id, Input, ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, string permission, Func<Task> act, CancellationToken ct)
    {
        ModelState.Clear();
        if (!User.HasClaim(FazhiClaims.Permission, permission))
        {
            return await LoadAsync(id, ct) ? Forbid() : NotFound();
        }

        try
        {
            await act();
            return Redirect($"/supervision/{id}");
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
