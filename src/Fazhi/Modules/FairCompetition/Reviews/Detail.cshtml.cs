using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.FairCompetition.Reviews;

/// <summary>One item of the checklist form (unanswered items are left without a verdict and skipped).</summary>
public sealed class AnswerForm
{
    public string StandardCode { get; set; } = "";

    public ChecklistVerdict? Verdict { get; set; }

    public string? Note { get; set; }

    public string? ExceptionGround { get; set; }

    public string? ExceptionJustification { get; set; }

    public string? TerminationCondition { get; set; }

    public bool NoLessRestrictiveAlternative { get; set; }
}

/// <summary>
/// 审查详情: the measure, the identification, the checklist form with exceptions, the written conclusion, revision,
/// issuance and the timeline. Every step goes through the same use case as the API; a refusal is shown with its article.
/// </summary>
[Authorize(Policy = FairCompetitionPermissions.Read)]
public sealed class FairCompetitionDetailModel(ReviewWorkspace work, ReviewQueries queries) : PageModel
{
    public ReviewDetail Review { get; private set; } = null!;

    /// <summary>The refusal of the last step (409), with the article it rests on.</summary>
    public string? Refusal { get; private set; }

    public string? RefusalBasis { get; private set; }

    [BindProperty] public bool? AffectsBusiness { get; set; }

    [BindProperty] public string? Reason { get; set; }

    [BindProperty] public List<AnswerForm> Answers { get; set; } = [];

    [BindProperty] public string? Text { get; set; }

    [BindProperty] public string? Consultation { get; set; }

    [BindProperty] public string? Note { get; set; }

    [BindProperty] public string? Reference { get; set; }

    [BindProperty] public DateOnly? On { get; set; }

    public bool Offers(string action) => Review.OfferedActions.Contains(action);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        Guid.TryParse(id, out var guid) ? await ShowAsync(guid, ct) : BadRequest();

    /// <summary>A form posted without a handler changes nothing: back to the record (404 when it is not the caller's).</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct) =>
        await RunAsync(id, _ => Task.CompletedTask, ct);

    public Task<IActionResult> OnPostDetermineAsync(string id, [FromServices] DetermineImpact step, CancellationToken ct) =>
        RunAsync(id, guid => step.ExecuteAsync(guid, new DetermineInput(AffectsBusiness, Reason, On), User, ct), ct);

    public Task<IActionResult> OnPostAnswersAsync(string id, [FromServices] AnswerChecklist step, CancellationToken ct) =>
        RunAsync(id, guid => step.ExecuteAsync(guid, new AnswersInput(
            Answers.Where(a => a.Verdict is not null)
                .Select(a => new AnswerInput(a.StandardCode, a.Verdict!.Value, a.Note, a.ExceptionGround, a.ExceptionJustification, a.TerminationCondition,
                    a.NoLessRestrictiveAlternative))
                .ToList(), On), User, ct), ct);

    public Task<IActionResult> OnPostConcludeAsync(string id, [FromServices] ConcludeReview step, CancellationToken ct) =>
        RunAsync(id, guid => step.ExecuteAsync(guid, new ConcludeInput(Text, Consultation, On), User, ct), ct);

    public Task<IActionResult> OnPostReviseAsync(string id, [FromServices] ReviseMeasure step, CancellationToken ct) =>
        RunAsync(id, guid => step.ExecuteAsync(guid, new ReviseInput(Note, On), User, ct), ct);

    public Task<IActionResult> OnPostIssueAsync(string id, [FromServices] RecordIssue step, CancellationToken ct) =>
        RunAsync(id, guid => step.ExecuteAsync(guid, new IssueInput(On, Reference), User, ct), ct);

    private async Task<IActionResult> RunAsync(string id, Func<Guid, Task> step, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var guid))
        {
            return BadRequest();
        }

        try
        {
            // Load first: another region's record is a 404 whatever was posted.
            await work.LoadAsync(guid, ct);
            if (!ModelState.IsValid)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await RenderAsync(guid, ct);
            }

            await step(guid);
            return Redirect($"/fair-competition/{guid}");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (RegionWriteDeniedException)
        {
            return NotFound();
        }
        catch (FieldValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (DomainRuleException e) when (e.StatusCode == StatusCodes.Status403Forbidden)
        {
            return Forbid();
        }
        catch (DomainRuleException e)
        {
            Refusal = e.Message;
            RefusalBasis = e.LegalBasis;
            Response.StatusCode = e.StatusCode;
        }

        work.Db.ChangeTracker.Clear();
        return await RenderAsync(guid, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        try
        {
            return await RenderAsync(id, ct);
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> RenderAsync(Guid id, CancellationToken ct)
    {
        Review = await queries.DetailAsync(await work.LoadAsync(id, ct), ProcedureActor.From(User), ct);
        return Page();
    }

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd") ?? "—";

    public static string Instant(DateTime? at) => at is { } t ? new DateTimeOffset(t, TimeSpan.Zero).ToOffset(LegalDate.ChinaOffset).ToString("yyyy-MM-dd HH:mm") : "—";
}
