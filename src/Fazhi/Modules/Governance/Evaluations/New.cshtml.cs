using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Governance.Evaluations;

/// <summary>登记履职能力评估: one score field per criterion of the scheme in force today; the total and grade are computed.</summary>
[Authorize(Policy = GovernancePermissions.Evaluate)]
public sealed class EvaluationNewModel(CadreEvaluations evaluations, AppDbContext db, TimeProvider time) : PageModel
{
    public SchemeItem? Scheme { get; private set; }

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public EvaluationForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await evaluations.RecordAsync(Form.Input(), GovernanceModule.Actor(User), ct);
            return Redirect("/governance/evaluations");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scheme = await evaluations.SchemeOnAsync(LegalDate.Today(time), ct);
        Scheme = scheme is null ? null : (await evaluations.SchemesAsync(ct)).FirstOrDefault(s => s.Id == scheme.Id);
    }
}

public sealed class EvaluationForm
{
    public string? Year { get; set; }

    public string? Period { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public string? Department { get; set; }

    public string? Person { get; set; }

    public string? Post { get; set; }

    public List<string?> Criteria { get; set; } = [];

    public List<string?> Scores { get; set; } = [];

    public string? FollowUp { get; set; }

    public DateOnly? FollowUpOn { get; set; }

    public string? FollowUpNote { get; set; }

    public EvaluationInput Input()
    {
        var errors = new Dictionary<string, string[]>();
        var year = FieldChecks.WholeNumber(errors, Year, "year", "评估年度");
        var scores = Criteria.Select((c, i) => new ScoreInput(c, FieldChecks.WholeNumber(errors, i < Scores.Count ? Scores[i] : null, "scores", $"{c}得分"))).ToList();
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return new EvaluationInput
        {
            Year = year,
            Period = Period,
            EvaluatedOn = EvaluatedOn,
            Department = Department,
            Person = Person,
            Post = Post,
            Scores = scores,
            FollowUp = FollowUp,
            FollowUpOn = FollowUpOn,
            FollowUpNote = FollowUpNote,
        };
    }
}
