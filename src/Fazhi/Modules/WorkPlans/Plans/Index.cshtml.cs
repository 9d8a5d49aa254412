using Fazhi.Modules.WorkPlans.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.WorkPlans.Plans;

/// <summary>工作方案台账: filters, sort, pages, the Excel export, and the form that starts a new plan as a draft.</summary>
[Authorize(Policy = WorkPlansPermissions.Read)]
public sealed class PlansIndexModel(PlanQueries queries, PlanUseCases uses, AppDbContext db) : PageModel
{
    public PlanFilter Filter { get; private set; } = new();

    public Paged<PlanItem> Result { get; private set; } = new([], 1, 20, 0);

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public PlanForm Form { get; set; } = new();

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, WorkPlansPermissions.Manage);

    public async Task OnGetAsync(string? q, string? kind, string? year, string? status, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new PlanFilter { Q = q, Kind = kind, Year = year, Status = status, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            var plan = await uses.CreateAsync(Form.Input(), WorkPlansModule.Actor(User), ct);
            return Redirect($"/plans/{plan.Id}");
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
        try
        {
            Result = await queries.PageAsync(Filter, ct);
        }
        catch (FieldValidationException e)
        {
            PageErrors.From(e, ModelState);
            Response.StatusCode = 400;
        }
    }

    public string Link(string? sort = null, int? page = null) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Filter.Q,
            ["kind"] = Filter.Kind,
            ["year"] = Filter.Year,
            ["status"] = Filter.Status,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}

/// <summary>The new-plan form as posted (years as text, so a bad one is a Chinese field error).</summary>
public sealed class PlanForm
{
    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? FirstYear { get; set; }

    public string? LastYear { get; set; }

    public string? IssuingBody { get; set; }

    public PlanInput Input()
    {
        var errors = new Dictionary<string, string[]>();
        var first = FieldChecks.WholeNumber(errors, FirstYear, "firstYear", "起始年度");
        var last = string.IsNullOrWhiteSpace(LastYear) ? first : FieldChecks.WholeNumber(errors, LastYear, "lastYear", "截止年度");
        FieldChecks.ThrowIfAny(errors);
        return new PlanInput { Kind = Kind, Title = Title, FirstYear = first, LastYear = last, IssuingBody = IssuingBody };
    }
}
