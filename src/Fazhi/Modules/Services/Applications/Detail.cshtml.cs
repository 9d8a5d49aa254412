using Fazhi.Modules.Services.Ratings;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Applications;

/// <summary>办件页: facts, the clocks with their explanation, and a form per step.</summary>
[Authorize(Policy = ServicesPermissions.Read)]
public sealed class ApplicationDetailModel(ApplicationUseCases applications, RatingUseCases ratings, Fazhi.Platform.Data.AppDbContext db) : PageModel
{
    public ApplicationView View { get; private set; } = null!;

    /// <summary>The service's 好差评, once given (一次一评).</summary>
    public RatingView? Rating { get; private set; }

    public bool CanRate => User.HasClaim(Fazhi.Platform.Identity.FazhiClaims.Permission, ServicesPermissions.Ratings);

    [BindProperty]
    public RateInput Rate { get; set; } = new();

    /// <summary>The rating form failed: it keeps what was typed.</summary>
    public bool RateFailed { get; private set; }

    public PageRefusal? Refusal { get; private set; }

    [BindProperty]
    public string? ActionKey { get; set; }

    [BindProperty]
    public ApplicationActionInput Input { get; set; } = new();

    public DateOnly Today => applications.Today;

    public IReadOnlyList<(string Key, string Title, string[] Fields)> Forms => View.Status switch
    {
        "Accepted" when View.DecidedOn is null =>
        [
            ("notify_correction", "一次性告知补正", ["on", "missing"]), ("accept_with_deficiency", "容缺受理", ["on", "missing", "dueOn"]),
            ("supply_deficiency", "容缺材料已补齐", ["on"]), ("extend", "延长办理期限", ["on", "days", "reason"]),
            ("exclude", "登记不计入期限的期间（专家评审等）", ["from", "reason"]), ("decide", "办结", ["on", "outcome"]), ("reject", "不予受理", ["on", "reason"]),
        ],
        "AwaitingCorrection" => [("accept", "材料补齐，受理", ["on"]), ("accept_with_deficiency", "容缺受理", ["on", "missing", "dueOn"]), ("reject", "不予受理", ["on", "reason"])],
        "Decided" => [("issue_certificate", "制发证件", ["on"]), ("deliver", "综合窗口出件", ["on"])],
        _ => [],
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var needed = ActionKey is "extend" or "exclude" or "decide" or "issue_certificate" ? ServicesPermissions.Decide : ServicesPermissions.Accept;
            await applications.GetAsync(id, ct);
            if (!User.HasClaim(Fazhi.Platform.Identity.FazhiClaims.Permission, needed))
            {
                return Forbid();
            }

            await applications.ActAsync(id, ActionKey ?? "", Input, ct);
            return Redirect($"/services/applications/{id}");
        }
        catch (RecordNotFoundException)
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

    /// <summary>登记评价 at the window (the applicant's rating of this service, entered with its real date).</summary>
    public async Task<IActionResult> OnPostRateAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await applications.GetAsync(id, ct);
            if (!CanRate)
            {
                return Forbid();
            }

            Rate.ApplicationId = id;
            await ratings.RateAsync(Rate, ct);
            return Redirect($"/services/applications/{id}#rating");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            RateFailed = true;
            db.ChangeTracker.Clear();
            Response.StatusCode = refusal.Status;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            View = await applications.ViewAsync(id, ct);
            Rating = await ratings.OfApplicationAsync(id, ct) is { } r ? RatingView.Of(r, Today) : null;
            return true;
        }
        catch (RecordNotFoundException)
        {
            return false;
        }
    }
}
