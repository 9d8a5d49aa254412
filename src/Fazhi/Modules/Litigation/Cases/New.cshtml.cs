using Fazhi.Modules.Litigation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Litigation.Cases;

/// <summary>登记行政诉讼案件（收到起诉状副本）.</summary>
[Authorize(Policy = LitigationPermissions.Handle)]
public sealed class NewSuitModel(AppDbContext db, RegisterSuit register) : PageModel
{
    public PageRefusal? Refusal { get; private set; }

    [BindProperty]
    public SuitInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var c = await register.ExecuteAsync(Input, User.FindFirst(FazhiClaims.Region)?.Value ?? "", ProcedureActor.From(User), ct);
            return Redirect($"/litigation/{c.Id}");
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
