using Fazhi.Modules.DataSharing.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.DataSharing.Requests;

/// <summary>One sharing request: its clock, the decision forms, the token (shown once, on approval) and the read log.</summary>
[Authorize(Policy = DataSharingPermissions.Read)]
public sealed class SharingDetailModel(SharingQueries queries, SharingUseCases uses, AppDbContext db) : PageModel
{
    public RequestItem Item { get; private set; } = null!;

    public IReadOnlyList<SharingAccess> Reads { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    public string? Token { get; private set; }

    [BindProperty] public DateOnly? On { get; set; }

    [BindProperty] public string? Opinion { get; set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, DataSharingPermissions.Manage);

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    /// <summary>A post without a handler changes nothing: it shows the request (or 404 for one outside the user's region).</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await queries.RequestAsync(id, ct);
        return Redirect($"/sharing/requests/{id}");
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async () => Token = (await uses.ApproveAsync(id, new DecisionInput(On, Opinion), DataSharingModule.Actor(User), ct)).Secret, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => uses.RejectAsync(id, new DecisionInput(On, Opinion), DataSharingModule.Actor(User), ct), ct);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => uses.RevokeAsync(id, new DecisionInput(On, Opinion), ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> act, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await act();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Item = await queries.RequestAsync(id, ct);
        Reads = await queries.ReadsAsync(id, ct);
    }
}
