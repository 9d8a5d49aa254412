using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Petitions.Cases;

/// <summary>登记信访事项 form.</summary>
[Authorize(Policy = PetitionsPermissions.Handle)]
public sealed class NewPetitionModel(RegisterPetition register, Fazhi.Platform.Data.AppDbContext db) : PageModel
{
    public PageRefusal? Refusal { get; private set; }

    [BindProperty]
    public RegisterPetitionInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var petition = await register.ExecuteAsync(Input, User.FindFirst(FazhiClaims.Region)?.Value ?? "", ProcedureActor.From(User), ct);
            return Redirect($"/petitions/{petition.Id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            // The form comes back without the ID number and phone: they are never echoed into a page.
            Input = Input with { IdNumber = null, Phone = null };
            return Page();
        }
    }
}
