using Fazhi.Modules.Disputes.Cases;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Pages;

/// <summary>登记矛盾纠纷: the registration form (a 重大 risk is reported to the leaders at once); parties one a line.</summary>
[Authorize(Policy = DisputesPermissions.Handle)]
public sealed class NewDisputeModel(RegisterDispute register, AppDbContext db) : PageModel
{
    [BindProperty]
    public RegisterDisputeInput Input { get; set; } = new();

    /// <summary>当事人, one a line: “姓名，身份，公民身份号码，手机号码” (the last two optional).</summary>
    [BindProperty]
    public string? PartyLines { get; set; }

    public PageRefusal? Refusal { get; private set; }

    public IReadOnlyList<Domain.ScreeningRound> Rounds { get; private set; } = [];

    /// <summary>Opened from a screening round's page (<c>?round=</c>): the round is chosen already.</summary>
    public async Task OnGetAsync(Guid? round, CancellationToken ct)
    {
        Input = Input with { ScreeningRoundId = round };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var dispute = await register.ExecuteAsync(Input with { Parties = Parties.ParseLines(PartyLines) }, User.FindFirst(FazhiClaims.Region)?.Value ?? "",
                ProcedureActor.From(User), ct);
            return Redirect($"/disputes/{dispute.Id}");
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
        Rounds = await db.Set<Domain.ScreeningRound>().AsNoTracking().OrderByDescending(r => r.StartedOn).ThenBy(r => r.Unit).Take(40).ToListAsync(ct);
}
