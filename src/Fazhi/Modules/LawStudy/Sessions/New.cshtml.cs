using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.LawStudy.Sessions;

/// <summary>登记学法活动: the form, with the laws studied one per line and the plan item it carries out.</summary>
[Authorize(Policy = LawStudyPermissions.Record)]
public sealed class StudyNewModel(StudyUseCases uses, StudyQueries queries, AppDbContext db) : PageModel
{
    public IReadOnlyList<(Guid Id, string Label)> PlanItems { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public SessionForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => PlanItems = await queries.PlanItemChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var session = await uses.RecordSessionAsync(Form.Input(), LawStudyModule.Actor(User), ct);
            return Redirect($"/study/{session.Id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            PlanItems = await queries.PlanItemChoicesAsync(ct);
            return Page();
        }
    }
}

/// <summary>The form's fields as posted (numbers as text, so a bad one is a Chinese field error, not a binding failure).</summary>
public sealed class SessionForm
{
    public string? Kind { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Topic { get; set; }

    public string? Presenter { get; set; }

    public string? Expected { get; set; }

    public string? Attended { get; set; }

    public string? Absentees { get; set; }

    public string? Court { get; set; }

    public string? CaseNumber { get; set; }

    public Guid? PlanItemId { get; set; }

    public string? Regulations { get; set; }

    public SessionInput Input()
    {
        var errors = new Dictionary<string, string[]>();
        var expected = FieldChecks.WholeNumber(errors, Expected, "expected", "应到人数");
        var attended = FieldChecks.WholeNumber(errors, Attended, "attended", "实到人数");
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return new SessionInput
        {
            Kind = Kind,
            HeldOn = HeldOn,
            Topic = Topic,
            Presenter = Presenter,
            Expected = expected,
            Attended = attended,
            Absentees = Absentees,
            Court = Court,
            CaseNumber = CaseNumber,
            PlanItemId = PlanItemId,
            Regulations = StudyQueries.SplitTitles(Regulations),
        };
    }
}
