using Fazhi.Modules.LawStudy.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.LawStudy.Sessions;

/// <summary>学法考试: the exams held, who sat and who passed.</summary>
[Authorize(Policy = LawStudyPermissions.Read)]
public sealed class StudyExamsModel(StudyUseCases uses, StudyQueries queries, AppDbContext db) : PageModel
{
    public Paged<LawExam> Exams { get; private set; } = new([], 1, 20, 0);

    public PageRefusal? Refusal { get; private set; }

    public bool CanRecord => User.HasClaim(FazhiClaims.Permission, LawStudyPermissions.Record);

    [BindProperty] public DateOnly? HeldOn { get; set; }

    [BindProperty] public string? Title { get; set; }

    [BindProperty] public string? Candidates { get; set; }

    [BindProperty] public string? Passed { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        try
        {
            Exams = await queries.ExamsAsync(pageNumber, ct);
        }
        catch (FieldValidationException e)
        {
            Refusal = PageErrors.From(e, ModelState);
            Response.StatusCode = 400;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!CanRecord)
        {
            return Forbid();
        }

        try
        {
            var errors = new Dictionary<string, string[]>();
            var candidates = FieldChecks.WholeNumber(errors, Candidates, "candidates", "参考人数");
            var passed = FieldChecks.WholeNumber(errors, Passed, "passed", "合格人数");
            if (errors.Count > 0)
            {
                throw new FieldValidationException(errors);
            }

            await uses.RecordExamAsync(new ExamInput(HeldOn, Title, candidates, passed), LawStudyModule.Actor(User), ct);
            return Redirect("/study/exams");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            Exams = await queries.ExamsAsync(null, ct);
            return Page();
        }
    }
}
