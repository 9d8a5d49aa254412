using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Governance.Evaluations;

/// <summary>评估标准: the schemes adopted, and the form to adopt a new one (criteria and weights summing to 100).</summary>
[Authorize(Policy = GovernancePermissions.Read)]
public sealed class SchemesModel(CadreEvaluations evaluations, AppDbContext db) : PageModel
{
    public IReadOnlyList<SchemeItem> Schemes { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public SchemeForm Form { get; set; } = new();

    public bool CanEvaluate => User.HasClaim(FazhiClaims.Permission, GovernancePermissions.Evaluate);

    public async Task OnGetAsync(CancellationToken ct) => Schemes = await evaluations.SchemesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEvaluate)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            var errors = new Dictionary<string, string[]>();
            var criteria = Form.Names.Select((n, i) => new CriterionInput(n, FieldChecks.WholeNumber(errors, i < Form.Weights.Count ? Form.Weights[i] : null, "criteria", "权重"))).ToList();
            if (errors.Count > 0)
            {
                throw new FieldValidationException(errors);
            }

            await evaluations.AdoptSchemeAsync(new SchemeInput(Form.Title, Form.AdoptedOn, criteria), ct);
            return Redirect("/governance/evaluations/schemes");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            Schemes = await evaluations.SchemesAsync(ct);
            while (Form.Names.Count < 6)
            {
                Form.Names.Add(null);
            }

            return Page();
        }
    }
}

public sealed class SchemeForm
{
    public string? Title { get; set; }

    public DateOnly? AdoptedOn { get; set; }

    public List<string?> Names { get; set; } = [null, null, null, null, null, null];

    public List<string?> Weights { get; set; } = [];
}
