using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.AnnualReports.Towns;

/// <summary>下级单位对比 page: report status with late deadlines in red, towns × figures with ranks, the roll-up, the export.</summary>
[Authorize(Policy = AnnualReportsPermissions.Read)]
public sealed class TownsModel(CompareTowns compare) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public TownsView? View { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            View = await compare.ExecuteAsync(User, Year, ct);
        }
        catch (FieldValidationException e)
        {
            Error = string.Join("；", e.Errors.SelectMany(x => x.Value));
            View = await compare.ExecuteAsync(User, null, ct);
        }
    }
}
