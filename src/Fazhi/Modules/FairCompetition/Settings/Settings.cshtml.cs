using Fazhi.Modules.FairCompetition.Reviews;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.FairCompetition.Settings;

/// <summary>公平竞争审查本区设置: the values law.md marks unconfirmed ([U]), chosen per region.</summary>
[Authorize(Policy = FairCompetitionPermissions.Read)]
public sealed class FairCompetitionSettingsModel(AppDbContext db, TimeProvider time) : PageModel
{
    public SettingsView Current { get; private set; } = null!;

    public bool CanEdit => User.HasClaim(FazhiClaims.Permission, FairCompetitionPermissions.Settings);

    [BindProperty] public int? ExceptionEvaluationMonths { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Current = await ReviewsApi.SettingsFor(db, ReviewWorkspace.Region(User), ct);
        ExceptionEvaluationMonths = Current.ExceptionEvaluationMonths;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        try
        {
            await ReviewsApi.ChangeSettings(db, time, User, ExceptionEvaluationMonths, ct);
            return Redirect("/fair-competition/settings");
        }
        catch (FieldValidationException e)
        {
            foreach (var message in e.Errors.Values.SelectMany(m => m))
            {
                ModelState.AddModelError(nameof(ExceptionEvaluationMonths), message);
            }
        }

        Current = await ReviewsApi.SettingsFor(db, ReviewWorkspace.Region(User), ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
