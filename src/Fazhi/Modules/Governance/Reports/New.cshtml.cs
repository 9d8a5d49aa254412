using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Governance.Reports;

/// <summary>登记述法: the form.</summary>
[Authorize(Policy = GovernancePermissions.Record)]
public sealed class LawReportNewModel(LawReports reports, AppDbContext db) : PageModel
{
    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public LawReportForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await reports.RecordAsync(Form.Input(), GovernanceModule.Actor(User), ct);
            return Redirect("/governance/law-reports");
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

public sealed class LawReportForm
{
    public string? Leader { get; set; }

    public string? Post { get; set; }

    public string? Year { get; set; }

    public DateOnly? GivenOn { get; set; }

    public string? Occasion { get; set; }

    public bool? IncludesFirstResponsibility { get; set; }

    public string? Summary { get; set; }

    public string? Rating { get; set; }

    public string? Score { get; set; }

    public LawReportInput Input()
    {
        var errors = new Dictionary<string, string[]>();
        var year = FieldChecks.WholeNumber(errors, Year, "year", "述法年度");
        var score = FieldChecks.WholeNumber(errors, Score, "score", "评议得分");
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return new LawReportInput
        {
            Leader = Leader,
            Post = Post,
            Year = year,
            GivenOn = GivenOn,
            Occasion = Occasion,
            IncludesFirstResponsibility = IncludesFirstResponsibility,
            Summary = Summary,
            Rating = Rating,
            Score = score,
        };
    }
}
