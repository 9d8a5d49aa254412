using Fazhi.Modules.Disputes.Cases;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Disputes.Rounds;

/// <summary>排查轮次: the periodic screening rounds (网格、村（社区）、镇综治中心) with what each found; a new round registered here.</summary>
[Authorize(Policy = DisputesPermissions.Read)]
public sealed class RoundsIndexModel(ScreeningRounds rounds, AppDbContext db) : PageModel
{
    public ScreeningRoundFilter Filter { get; private set; } = new();

    public Paged<ScreeningRoundRow> Result { get; private set; } = new([], 1, 20, 0);

    [BindProperty]
    public ScreeningRoundInput Input { get; set; } = new(null, null, null, null, null);

    public PageRefusal? Refusal { get; private set; }

    public bool CanHandle => User.HasClaim(FazhiClaims.Permission, DisputesPermissions.Handle);

    public async Task OnGetAsync(string? q, string? level, string? year, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new ScreeningRoundFilter { Q = q, Level = level, Year = year, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanHandle)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            var round = await rounds.CreateAsync(Input, User.FindFirst(FazhiClaims.Region)?.Value ?? "", ProcedureActor.From(User), ct);
            return Redirect($"/disputes/rounds/{round.Id}");
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
            Result = await rounds.PageAsync(Filter, ct);
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
            ["q"] = Filter.Q,
            ["level"] = Filter.Level,
            ["year"] = Filter.Year,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
