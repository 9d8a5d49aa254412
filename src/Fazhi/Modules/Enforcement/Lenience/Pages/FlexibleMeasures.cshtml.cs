using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Enforcement.Lenience.Pages;

/// <summary>柔性执法 ledger and the form recording one measure.</summary>
[Authorize(Policy = EnforcementPermissions.Read)]
public sealed class FlexibleMeasuresModel(FlexibleMeasures measures) : PageModel
{
    public Paged<FlexibleMeasureView> Result { get; private set; } = new([], 1, 20, 0);

    public string? Error { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public FlexibleForm Input { get; set; } = new();

    public bool CanRecord => User.HasClaim(FazhiClaims.Permission, EnforcementPermissions.Handle);

    public async Task OnGetAsync(int? page, CancellationToken ct) => Result = await measures.ListAsync(Year, null, Q, page, 20, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await measures.RecordAsync(new FlexibleMeasureInput(Input.Kind, Input.PartyKind, Input.PartyName, Input.On, Input.Summary, Input.CaseId), User, ct);
            return Redirect("/enforcement/flexible-measures");
        }
        catch (FieldValidationException ex)
        {
            Error = string.Join("；", ex.Errors.SelectMany(e => e.Value));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Result = await measures.ListAsync(Year, null, Q, 1, 20, ct);
        return Page();
    }

    public sealed class FlexibleForm
    {
        public FlexibleMeasureKind? Kind { get; set; }
        public PartyKind? PartyKind { get; set; }
        public string? PartyName { get; set; }
        public DateOnly? On { get; set; }
        public string? Summary { get; set; }
        public Guid? CaseId { get; set; }
    }
}
