using Fazhi.Modules.Litigation.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Litigation.Cases;

/// <summary>行政诉讼案件台账: filters, search, sort, pages and the Excel exports.</summary>
[Authorize(Policy = LitigationPermissions.Read)]
public sealed class SuitsIndexModel(SuitLedger ledger) : PageModel
{
    public SuitFilter Filter { get; private set; } = new();

    public Paged<LitigationCase> Result { get; private set; } = new([], 1, 20, 0);

    public bool CanHandle => User.HasClaim(FazhiClaims.Permission, LitigationPermissions.Handle);

    public async Task OnGetAsync(string? q, string? state, string? year, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new SuitFilter { Q = q, State = state, Year = year, Sort = sort, Page = pageNumber };
        try
        {
            Result = await ledger.PageAsync(Filter, ct);
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
            ["state"] = Filter.State,
            ["year"] = Filter.Year,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
