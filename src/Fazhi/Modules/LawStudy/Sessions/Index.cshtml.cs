using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.LawStudy.Sessions;

/// <summary>领导干部学法台账: the year's figures, filters, sort, pages, the Excel export and the ledger import.</summary>
[Authorize(Policy = LawStudyPermissions.Read)]
public sealed class StudyIndexModel(StudyQueries queries, TimeProvider time) : PageModel
{
    public SessionFilter Filter { get; private set; } = new();

    public Paged<SessionItem> Result { get; private set; } = new([], 1, 20, 0);

    public YearSummary? Summary { get; private set; }

    public int? Imported { get; private set; }

    public bool CanRecord => User.HasClaim(FazhiClaims.Permission, LawStudyPermissions.Record);

    public async Task OnGetAsync(string? q, string? kind, string? year, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new SessionFilter { Q = q, Kind = kind, Year = year, Sort = sort, Page = pageNumber };
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
            Imported = await queries.ImportAsync(stream, file.FileName, LawStudyModule.Actor(User), ct);
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
        var year = int.TryParse(Filter.Year, out var y) && y is >= 2000 and <= 2100 ? y : LegalDate.Today(time).Year;
        Summary = await queries.SummaryAsync(year, ct);
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
