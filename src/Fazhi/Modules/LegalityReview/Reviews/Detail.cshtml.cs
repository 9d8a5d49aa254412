using System.Security.Claims;

using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LegalityReview.Reviews;

/// <summary>One answer on the 反馈 form.</summary>
public sealed class AnswerForm
{
    public int Number { get; set; }

    public ItemResponse? Response { get; set; }

    public string? Reason { get; set; }
}

/// <summary>审查件: material, opinion, timeline, the review clock with how its date was computed, and the step forms the user may use now.</summary>
/// <remarks>
/// The antiforgery token is checked in the handler, after the record is found: another town's record must answer 404
/// whatever else is wrong with the request, as the API does (the check itself is not weakened, only ordered).
/// </remarks>
[Authorize(Policy = LegalityReviewPermissions.Read)]
[IgnoreAntiforgeryToken]
public sealed class ReviewDetailModel(FindReviews find, TakeReviewStep step, AppDbContext db, IAntiforgery antiforgery) : PageModel
{
    public ReviewDetail Review { get; private set; } = null!;

    public List<TakeReviewStep.ReviewerOption> Reviewers { get; private set; } = [];

    public List<Attachment> Materials { get; private set; } = [];

    public string? Error { get; private set; }

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Reviewer { get; set; }

    [BindProperty]
    public int? Days { get; set; }

    [BindProperty]
    public ReviewConclusion? Conclusion { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    /// <summary>审查意见条目, one per line.</summary>
    [BindProperty]
    public string? ItemsText { get; set; }

    [BindProperty]
    public string? AdviserName { get; set; }

    [BindProperty]
    public List<AnswerForm> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (ModelState.GetFieldValidationState("id") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            return BadRequest();
        }

        if (!await db.Set<Domain.LegalityReview>().AnyAsync(r => r.Id == id, ct))
        {
            return NotFound();
        }

        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        var input = new ReviewStepInput
        {
            Note = Note,
            Reviewer = Reviewer,
            Days = Days,
            Conclusion = Conclusion,
            Summary = Summary,
            AdviserName = AdviserName,
            Items = ItemsText?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
            Answers = Answers.Select(a => new ItemAnswerInput(a.Number, a.Response, a.Reason)).ToList(),
        };
        try
        {
            await step.ExecuteAsync(id, Action ?? "", input, User, ct);
            return Redirect($"/legality-review/{id}");
        }
        catch (FieldValidationException e)
        {
            Error = string.Join("；", e.Errors.SelectMany(kv => kv.Value));
        }
        catch (DomainRuleException e)
        {
            Error = e.LegalBasis is null ? e.Message : $"{e.Message}（依据：{e.LegalBasis}）";
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Review = await find.DetailAsync(id, User, ct);
        if (Review.AvailableActions.Any(a => a.Key == ReviewProcedure.Assign))
        {
            Reviewers = await TakeReviewStep.Reviewers(db, User.FindFirstValue(FazhiClaims.Region) ?? "").ToListAsync(ct);
        }

        var owner = id.ToString();
        Materials = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.OwnerType == LegalityReviewModule.AttachmentOwner && a.OwnerId == owner).OrderBy(a => a.FileName).ToListAsync(ct);
    }

    public bool Can(string action) => Review.AvailableActions.Any(a => a.Key == action);
}
