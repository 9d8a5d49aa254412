using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Petitions.Cases;

/// <summary>信访事项台账: filters, search, sort, pages and the Excel export; personal data masked.</summary>
[Authorize(Policy = PetitionsPermissions.Read)]
public sealed class PetitionsIndexModel(ListPetitions list) : PageModel
{
    public PetitionFilter Filter { get; private set; } = new();

    public Paged<PetitionListItem> Result { get; private set; } = new([], 1, 20, 0);

    /// <summary>The search text as the page may echo it: a full ID number or phone searched for is never written back into the page or its links.</summary>
    public string? ShownQ => Fazhi.Platform.Validation.Masking.ContainsPersonalNumbers(Filter.Q) ? null : Filter.Q;

    public bool CanHandle => User.HasClaim(FazhiClaims.Permission, PetitionsPermissions.Handle);

    public async Task OnGetAsync(string? q, string? state, string? channel, string? year, string? flag, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new PetitionFilter { Q = q, State = state, Channel = channel, Year = year, Flag = flag, Sort = sort, Page = pageNumber };
        try
        {
            Result = await list.PageAsync(Filter, ct);
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
            ["q"] = ShownQ,
            ["state"] = Filter.State,
            ["channel"] = Filter.Channel,
            ["year"] = Filter.Year,
            ["flag"] = Filter.Flag,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
