using Fazhi.Modules.Mediation.Cases;
using Fazhi.Modules.Mediation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Mediation.Pages;

/// <summary>登记调解案件 (当事人申请、主动调解、委派移送): the form; parties one a line.</summary>
[Authorize(Policy = MediationPermissions.Handle)]
public sealed class NewCaseModel(OpenCase open, AppDbContext db) : PageModel
{
    [BindProperty]
    public OpenCaseInput Input { get; set; } = new();

    /// <summary>当事人, one a line: “姓名，身份，公民身份号码，手机号码” (the last two optional).</summary>
    [BindProperty]
    public string? PartyLines { get; set; }

    public PageRefusal? Refusal { get; private set; }

    public IReadOnlyList<Committee> Committees { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var created = await open.ExecuteAsync(Input with { Parties = Parties.ParseLines(PartyLines) }, User.FindFirst(FazhiClaims.Region)?.Value ?? "",
                ProcedureActor.From(User), ct);
            return Redirect($"/mediation/{created.Id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            db.ChangeTracker.Clear();
            Response.StatusCode = refusal.Status;
            // The typed ID numbers and phones are not echoed back into the form.
            PartyLines = Fazhi.Platform.Validation.Masking.ContainsPersonalNumbers(PartyLines) ? null : PartyLines;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Committees = await db.Set<Committee>().AsNoTracking().Where(c => c.DissolvedOn == null).OrderBy(c => c.Kind != CommitteeKind.Town).ThenBy(c => c.Name).ToListAsync(ct);
}
