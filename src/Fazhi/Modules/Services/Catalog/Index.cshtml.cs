using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Catalog;

/// <summary>事项清单: filters, search, sort, pages, export and import.</summary>
[Authorize(Policy = ServicesPermissions.Read)]
public sealed class MattersIndexModel(MatterCatalog catalog) : PageModel
{
    public MatterFilter Filter { get; private set; } = new();

    public Paged<ServiceMatter> Result { get; private set; } = new([], 1, 20, 0);

    public IReadOnlyList<string> Departments { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    public string? Imported { get; private set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, ServicesPermissions.ManageCatalog);

    public async Task OnGetAsync(string? q, string? department, string? type, string? village, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new MatterFilter { Q = q, Department = department, Type = type, Village = village, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            if (file is not { Length: > 0 })
            {
                throw new FieldValidationException("file", "请选择要导入的 Excel 或 CSV 文件");
            }

            await using var stream = file.OpenReadStream();
            var (added, changed) = await catalog.ImportAsync(User.FindFirst(FazhiClaims.Region)?.Value ?? "", stream, file.FileName, ct);
            Imported = $"已导入：新增{added}项，修改{changed}项";
        }
        catch (LedgerImportException e)
        {
            Refusal = new PageRefusal(400, "导入文件有错误，未导入任何事项：" + string.Join("；", e.RowErrors.Take(200).Select(r => $"第{r.Row}行“{r.Column}”{r.Reason}")), null);
            Response.StatusCode = 400;
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Departments = await catalog.DepartmentsAsync(ct);
        try
        {
            Result = await catalog.ListAsync(Filter, ct);
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
            ["department"] = Filter.Department,
            ["type"] = Filter.Type,
            ["village"] = Filter.Village,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
