using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Supervision.Tasks;

/// <summary>督查督办台账: filters, sort, pages, the Excel export and the ledger import (批量交办).</summary>
[Authorize(Policy = SupervisionPermissions.Read)]
public sealed class TasksIndexModel(ListTasks list, AssignTasks assign) : PageModel
{
    public TaskFilter Filter { get; private set; } = new();

    public Paged<TaskListItem> Result { get; private set; } = new([], 1, 20, 0);

    public int? Imported { get; private set; }

    public bool CanAssign => User.HasClaim(FazhiClaims.Permission, SupervisionPermissions.Assign);

    public async Task OnGetAsync(string? q, string? status, string? source, string? year, string? overdue, string? sort,
        [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new TaskFilter { Q = q, Status = status, Source = source, Year = year, Overdue = overdue, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanAssign)
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
            Imported = await assign.ImportAsync(stream, file.FileName, User.Identity?.Name ?? "", ct);
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
            ["status"] = Filter.Status,
            ["source"] = Filter.Source,
            ["year"] = Filter.Year,
            ["overdue"] = Filter.Overdue,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
