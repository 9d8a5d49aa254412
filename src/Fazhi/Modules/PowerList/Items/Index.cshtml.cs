using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PowerList.Items;

/// <summary>权责清单: search, filters, sort, pages, the Excel export and the import of the initial list.</summary>
[Authorize(Policy = PowerListPermissions.Read)]
public sealed class PowerItemIndexModel(PowerItems items) : PageModel
{
    public ItemFilter Filter { get; private set; } = new();

    public Paged<ItemView> Result { get; private set; } = new([], 1, 20, 0);

    public int? Imported { get; private set; }

    public bool CanAdjust => User.HasClaim(FazhiClaims.Permission, PowerListPermissions.Adjust);

    public async Task OnGetAsync(string? q, string? type, string? status, string? category, string? sort, [FromQuery(Name = "page")] string? pageNumber,
        CancellationToken ct)
    {
        Filter = new ItemFilter { Q = q, Type = type, Status = status, Category = category, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanAdjust)
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
            Imported = await items.ImportAsync(stream, file.FileName, PowerListModule.Actor(User), ct);
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
            Result = await items.PageAsync(Filter, ct);
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
            ["type"] = Filter.Type,
            ["status"] = Filter.Status,
            ["category"] = Filter.Category,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
