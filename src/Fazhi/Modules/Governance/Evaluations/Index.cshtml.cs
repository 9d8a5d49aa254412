using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Governance.Evaluations;

/// <summary>中层干部履职能力评估台账: filters, sort, pages, the Excel export and the ledger import.</summary>
[Authorize(Policy = GovernancePermissions.Read)]
public sealed class EvaluationIndexModel(CadreEvaluations evaluations, IOptions<GovernanceOptions> options) : PageModel
{
    public EvaluationFilter Filter { get; private set; } = new();

    public Paged<EvaluationItem> Result { get; private set; } = new([], 1, 20, 0);

    public int? Imported { get; private set; }

    public IReadOnlyList<string> Grades => options.Value.EffectiveGrades.Select(g => g.Name).Append(options.Value.LowestGrade).ToList();

    public bool CanEvaluate => User.HasClaim(FazhiClaims.Permission, GovernancePermissions.Evaluate);

    public async Task OnGetAsync(string? q, string? year, string? period, string? grade, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new EvaluationFilter { Q = q, Year = year, Period = period, Grade = grade, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanEvaluate)
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
            Imported = await evaluations.ImportAsync(stream, file.FileName, GovernanceModule.Actor(User), ct);
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
            Result = await evaluations.PageAsync(Filter, ct);
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
            ["year"] = Filter.Year,
            ["period"] = Filter.Period,
            ["grade"] = Filter.Grade,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
