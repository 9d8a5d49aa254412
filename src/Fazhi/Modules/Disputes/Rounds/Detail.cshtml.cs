using Fazhi.Modules.Disputes.Cases;
using Fazhi.Modules.Disputes.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Rounds;

/// <summary>一轮排查: its unit, dates and findings, the disputes registered in it, and 结束排查 while it runs.</summary>
[Authorize(Policy = DisputesPermissions.Read)]
public sealed class RoundDetailModel(ScreeningRounds rounds, ListDisputes list, AppDbContext db) : PageModel
{
    public ScreeningRoundRow Row { get; private set; } = null!;

    public Paged<Dispute> Disputes { get; private set; } = new([], 1, 50, 0);

    [BindProperty]
    public ScreeningRoundEndInput Input { get; set; } = new(null, null);

    public PageRefusal? Refusal { get; private set; }

    public bool CanHandle => User.HasClaim(FazhiClaims.Permission, DisputesPermissions.Handle);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await LoadAsync(id, ct);
            return Page();
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>结束排查. The round is looked up first, so another town's round is not found before anything is read.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await rounds.GetAsync(id, ct);
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }

        if (!CanHandle)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await rounds.EndAsync(id, Input, ct);
            return Redirect($"/disputes/rounds/{id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            db.ChangeTracker.Clear();
            Response.StatusCode = refusal.Status;
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Row = await rounds.GetAsync(id, ct);
        Disputes = await list.PageAsync(new DisputeFilter { Round = id.ToString(), Sort = "registered", PageSize = "50" }, ct);
    }
}
