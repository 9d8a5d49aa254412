using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.FairCompetition.Reviews;

/// <summary>公平竞争审查台账: every measure of the region with its review state, filtered, sorted, paged and exportable.</summary>
[Authorize(Policy = FairCompetitionPermissions.Read)]
public sealed class FairCompetitionIndexModel(ReviewQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public string? Conclusion { get; set; }

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)] public string? Year { get; set; }

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    // Not "page": Razor Pages reserves that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "pageNo")] public int? PageNumber { get; set; }

    public Paged<ReviewRow> Rows { get; private set; } = new([], 1, 50, 0);

    public bool CanRegister => User.HasClaim(FazhiClaims.Permission, FairCompetitionPermissions.Register);

    public static IEnumerable<(string Value, string Name)> Statuses => Enum.GetValues<ReviewStatus>().Select(s => (s.ToString(), ReviewQueries.DisplayName(s)));

    public static IEnumerable<(string Value, string Name)> Conclusions =>
        Enum.GetValues<FairCompetitionConclusion>().Select(c => (c.ToString(), ReviewQueries.ConclusionName(c)));

    public static IEnumerable<(string Value, string Name)> Kinds => Enum.GetValues<MeasureKind>().Select(k => (k.ToString(), ReviewQueries.DisplayName(k)));

    public ReviewFilter Filter => new(Q, Status, Conclusion, Kind, Year, Sort);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Rows = await queries.ListAsync(Filter, PageNumber, null, ct);
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

        return Page();
    }

    /// <summary>The list URL with the current filters and one value changed.</summary>
    public string Link(string? sort = null, int? page = null, string path = "/fair-competition")
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["status"] = Status,
            ["conclusion"] = Conclusion,
            ["kind"] = Kind,
            ["year"] = Year,
            ["sort"] = sort ?? Sort,
            ["pageNo"] = page?.ToString(),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public string SortLink(string key) => Link(Sort == key ? (key.StartsWith('-') ? key[1..] : "-" + key) : key);
}
