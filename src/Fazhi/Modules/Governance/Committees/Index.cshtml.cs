using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Governance.Committees;

/// <summary>会议台账: filters, sort, pages, the Excel export and the ledger import.</summary>
[Authorize(Policy = GovernancePermissions.Read)]
public sealed class MeetingIndexModel(CommitteeQueries queries) : PageModel
{
    public MeetingFilter Filter { get; private set; } = new();

    public Paged<MeetingItem> Result { get; private set; } = new([], 1, 20, 0);

    public int? Imported { get; private set; }

    public bool CanRecord => User.HasClaim(FazhiClaims.Permission, GovernancePermissions.Record);

    public async Task OnGetAsync(string? q, string? kind, string? year, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new MeetingFilter { Q = q, Kind = kind, Year = year, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        try
        {
            if (file is null || file.Length == 0)
            {
                throw new FieldValidationException("file", "请选择要导入的 Excel（.xlsx）或 CSV 文件");
            }

            await using var stream = file.OpenReadStream();
            Imported = await queries.ImportAsync(stream, file.FileName, GovernanceModule.Actor(User), ct);
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Response.StatusCode = refusal.Status;
            ModelState.AddModelError("", refusal.Message);
        }

        await LoadAsync(ct);
        return Page();
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
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
