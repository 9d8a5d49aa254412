using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Petitions.Cases;

/// <summary>信访事项办理页: facts (personal data masked), timeline, clocks with explanations, a form per step, reveal, rating, 包案.</summary>
[Authorize(Policy = PetitionsPermissions.Read)]
public sealed class PetitionDetailModel(PetitionDetails details, AdvancePetition advance, RevealPersonalData reveal, RatePetition rate,
    AssignBaoAn baoAn, PetitionCampaigns campaigns, AppDbContext db) : PageModel
{
    public PetitionView View { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    /// <summary>The one full value a reveal just returned (shown once, on this response only).</summary>
    public string? Revealed { get; private set; }

    public IReadOnlyList<PetitionCampaign> Campaigns { get; private set; } = [];

    public bool CanReveal => User.HasClaim(FazhiClaims.Permission, PetitionsPermissions.Reveal);

    public bool CanHandle => User.HasClaim(FazhiClaims.Permission, PetitionsPermissions.Handle);

    public bool CanApprove => User.HasClaim(FazhiClaims.Permission, PetitionsPermissions.Approve);

    [BindProperty]
    public string? ActionKey { get; set; }

    [BindProperty]
    public PetitionActionInput Input { get; set; } = new();

    [BindProperty]
    public string? RevealField { get; set; }

    [BindProperty]
    public string? RevealReason { get; set; }

    [BindProperty]
    public string? Rating { get; set; }

    [BindProperty]
    public BaoAnInput BaoAn { get; set; } = new(null, null, null, null);

    [BindProperty]
    public Guid? CampaignId { get; set; }

    [BindProperty]
    public DateOnly? On { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => advance.ExecuteAsync(id, ActionKey ?? "", Input, ProcedureActor.From(User), ct), ct);

    public async Task<IActionResult> OnPostRevealAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var value = await reveal.ExecuteAsync(id, new RevealInput(RevealField, RevealReason), ProcedureActor.From(User), ct);
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            Revealed = value;
            return Page();
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            return await RefuseAsync(id, refusal, ct);
        }
    }

    public Task<IActionResult> OnPostRateAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => rate.ExecuteAsync(id, new RateInput(Rating, On), ct), ct);

    public Task<IActionResult> OnPostBaoAnAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => CanApprove ? baoAn.AssignAsync(id, BaoAn, ct) : throw new DomainRuleException("确定包案领导需由负责人办理", statusCode: 403), ct);

    public Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => CanHandle ? baoAn.ResolveAsync(id, On, ct) : throw new DomainRuleException("您没有办理信访事项的权限", statusCode: 403), ct);

    public Task<IActionResult> OnPostCampaignAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => CanHandle
            ? campaigns.AddAsync(CampaignId ?? Guid.Empty, id, On, ct)
            : throw new DomainRuleException("您没有办理信访事项的权限", statusCode: 403), ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<Petition>> act, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            // The petition is looked up first, so another town's id is a 404 whatever was posted.
            if (!await db.Set<Petition>().AnyAsync(p => p.Id == id, ct))
            {
                return NotFound();
            }

            await act();
            return Redirect($"/petitions/{id}");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            return await RefuseAsync(id, refusal, ct);
        }
    }

    private async Task<IActionResult> RefuseAsync(Guid id, PageRefusal refusal, CancellationToken ct)
    {
        Refusal = refusal;
        // Nothing of the refused step is kept: the page is drawn from what is saved.
        db.ChangeTracker.Clear();
        Response.StatusCode = refusal.Status;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            View = await details.ExecuteAsync(id, ProcedureActor.From(User), ct);
            Campaigns = await db.Set<PetitionCampaign>().AsNoTracking().OrderByDescending(c => c.StartsOn).ToListAsync(ct);
            return true;
        }
        catch (RecordNotFoundException)
        {
            return false;
        }
    }
}
