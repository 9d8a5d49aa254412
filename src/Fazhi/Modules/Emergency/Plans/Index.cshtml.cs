using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Emergency.Plans;

/// <summary>应急预案台账: filters, sort, pages, the Excel export and the ledger import.</summary>
[Authorize(Policy = EmergencyPermissions.Read)]
public sealed class PlansIndexModel(ListPlans list, RegisterPlans register) : PageModel
{
    public PlanFilter Filter { get; private set; } = new();

    public Paged<PlanListItem> Result { get; private set; } = new([], 1, 20, 0);

    public int? Imported { get; private set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, EmergencyPermissions.Plans);

    public async Task OnGetAsync(string? q, string? @class, string? status, string? overdue, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new PlanFilter { Q = q, Class = @class, Status = status, Overdue = overdue, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanManage)
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
            Imported = await register.ImportAsync(stream, file.FileName, User.Identity?.Name ?? "", ct);
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
            ["q"] = Filter.Q,
            ["class"] = Filter.Class,
            ["status"] = Filter.Status,
            ["overdue"] = Filter.Overdue,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
