using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PowerList.Adjustments;

/// <summary>清单调整: each adjustment with its status and due date (red when overdue), filtered and paged.</summary>
[Authorize(Policy = PowerListPermissions.Read)]
public sealed class AdjustmentIndexModel(ListAdjustments adjustments) : PageModel
{
    public AdjustmentFilter Filter { get; private set; } = new();

    public Paged<AdjustmentView> Result { get; private set; } = new([], 1, 20, 0);

    public bool CanAdjust => User.HasClaim(FazhiClaims.Permission, PowerListPermissions.Adjust);

    public async Task OnGetAsync(string? q, string? status, string? year, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new AdjustmentFilter { Q = q, Status = status, Year = year, Page = pageNumber };
        try
        {
            Result = await adjustments.PageAsync(Filter, ct);
        }
        catch (FieldValidationException e)
        {
            PageErrors.From(e, ModelState);
            Response.StatusCode = 400;
        }
    }

    public string Link(int? page = null) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Filter.Q,
            ["status"] = Filter.Status,
            ["year"] = Filter.Year,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
