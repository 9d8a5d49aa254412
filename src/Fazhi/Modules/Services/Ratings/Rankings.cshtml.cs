using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Ratings;

/// <summary>Monthly rankings: the city league (whole for a city or supervising user, own row for a town), and the town's windows and departments.</summary>
[Authorize(Policy = ServicesPermissions.Read)]
public sealed class RankingsModel(RatingUseCases ratings) : PageModel
{
    public string Month { get; private set; } = "";

    public CityLeague? League { get; private set; }

    public IReadOnlyList<RankRow> Windows { get; private set; } = [];

    public IReadOnlyList<RankRow> Departments { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    public async Task OnGetAsync(string? month, CancellationToken ct)
    {
        var today = ratings.Today;
        var first = RatingUseCases.ParseMonth(month) ?? new DateOnly(today.Year, today.Month, 1);
        Month = first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var region = User.FindFirst(FazhiClaims.Region)?.Value ?? "";
        try
        {
            League = await ratings.CityLeagueAsync(region, first.Year, first.Month, ct);
        }
        catch (DomainRuleException e)
        {
            Refusal = new PageRefusal(409, e.Message, null);
        }

        if (League is { WholeTable: false })
        {
            Windows = await ratings.RankAsync(region, first.Year, first.Month, false, ct);
            Departments = await ratings.RankAsync(region, first.Year, first.Month, true, ct);
        }
    }
}
