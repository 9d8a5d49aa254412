using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Ratings;

/// <summary>好差评 list with the bad-rating steps (核实、整改、回访) and appeals.</summary>
[Authorize(Policy = ServicesPermissions.Read)]
public sealed class RatingsIndexModel(RatingUseCases ratings, Fazhi.Platform.Data.AppDbContext db) : PageModel
{
    public RatingFilter Filter { get; private set; } = new();

    public Paged<ServiceRating> Result { get; private set; } = new([], 1, 20, 0);

    public PageRefusal? Refusal { get; private set; }

    public DateOnly Today => ratings.Today;

    public bool CanHandle => User.HasClaim(FazhiClaims.Permission, ServicesPermissions.Ratings);

    public async Task OnGetAsync(string? month, string? department, string? bad, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new RatingFilter { Month = month, Department = department, Bad = bad, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? command, string? note, CancellationToken ct)
    {
        try
        {
            await ratings.GetAsync(id, ct);
            if (!CanHandle)
            {
                return Forbid();
            }

            var (action, input) = command switch
            {
                "verify_true" => ("verify", new RatingActionInput { Result = Verification.Substantiated }),
                "verify_false" => ("verify", new RatingActionInput { Result = Verification.Unsubstantiated }),
                "uphold" => ("decide_appeal", new RatingActionInput { Outcome = AppealOutcome.Upheld }),
                "withdraw" => ("decide_appeal", new RatingActionInput { Outcome = AppealOutcome.Withdrawn }),
                _ => (command ?? "", new RatingActionInput()),
            };
            input.Note = note;
            await ratings.ActAsync(id, action, input, ct);
            return Redirect("/services/ratings");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            db.ChangeTracker.Clear();
            Response.StatusCode = refusal.Status;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        try
        {
            Result = await ratings.ListAsync(Filter, ct);
        }
        catch (FieldValidationException e)
        {
            Refusal = PageErrors.From(e, ModelState);
            Response.StatusCode = 400;
        }
    }

    public string Link(string? sort = null, int? page = null) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["month"] = Filter.Month,
            ["department"] = Filter.Department,
            ["bad"] = Filter.Bad,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
