using Fazhi.Modules.Reconsideration.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Reconsideration.Cases;

/// <summary>登记被申请行政复议案件.</summary>
[Authorize(Policy = ReconsiderationPermissions.Handle)]
public sealed class NewCaseModel(AppDbContext db, RegisterCase register) : PageModel
{
    public PageRefusal? Refusal { get; private set; }

    [BindProperty]
    public RegisterInput Input { get; set; } = new() { ReviewBody = "东莞市人民政府" };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var c = await register.ExecuteAsync(Input, User.FindFirst(FazhiClaims.Region)?.Value ?? "", ProcedureActor.From(User), ct);
            return Redirect($"/reconsideration/{c.Id}");
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
