using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Inspections.Pages;

/// <summary>检查记录: filter, sort, page, export, import and a new record.</summary>
[Authorize(Policy = EnforcementPermissions.Read)]
public sealed class InspectionsModel(Inspections use, Platform.Data.AppDbContext db) : PageModel
{
    public Paged<InspectionView> Result { get; private set; } = new([], 1, 50, 0);

    public IReadOnlyList<Officer> Officers { get; private set; } = [];

    public string? Q { get; private set; }

    public InspectionCategory? Category { get; private set; }

    public InspectionResult? ResultFilter { get; private set; }

    public int? Year { get; private set; }

    public string? Sort { get; private set; }

    public string? Refusal { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public InspectionForm Form { get; set; } = new();

    public string QueryString => string.Join("&", new[] { ("q", Q), ("category", Category?.ToString()), ("result", ResultFilter?.ToString()), ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("sort", Sort) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    public async Task OnGetAsync(string? q, InspectionCategory? category, InspectionResult? result, int? year, string? sort, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        (Q, Category, ResultFilter, Year, Sort) = (q, category, result, year, sort);
        await LoadAsync(pageNumber, ct);
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await use.AddAsync(new InspectionInput(null, Form.InspectedOn, Form.EntityName, Form.EntityCode, Form.Category, Form.OfficerIds, Form.Result, Form.Findings), User, ct);
        return "已登记检查记录";
    }, ct);

    public Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct) => TryAsync(async () =>
    {
        if (file is null || file.Length == 0)
        {
            throw new FieldValidationException("file", "请选择要导入的 Excel 文件");
        }

        await using var stream = file.OpenReadStream();
        return $"已导入{await use.ImportAsync(stream, file.FileName, User, ct)}条检查记录";
    }, ct);

    private async Task<IActionResult> TryAsync(Func<Task<string>> action, CancellationToken ct)
    {
        try
        {
            Message = await action();
            return Redirect("/enforcement/inspections");
        }
        catch (DomainRuleException e) when (e.StatusCode == StatusCodes.Status409Conflict)
        {
            Refusal = e.LegalBasis is null ? e.Message : $"{e.Message}（依据：{e.LegalBasis}）";
            Response.StatusCode = 409;
        }
        catch (FieldValidationException e)
        {
            Refusal = e is LedgerImportException import ? string.Join("；", import.RowErrors.Select(r => $"第{r.Row}行“{r.Column}”：{r.Reason}")) : string.Join("；", e.Errors.Values.SelectMany(v => v));
            Response.StatusCode = 400;
        }

        db.ChangeTracker.Clear();
        await LoadAsync(1, ct);
        return Page();
    }

    private async Task LoadAsync(int? page, CancellationToken ct)
    {
        Result = await use.ListAsync(new Inspections.Filter(Category, ResultFilter, Year, Q, null, Sort, page, 50), ct);
        Officers = await db.Set<Officer>().AsNoTracking().Where(o => o.Active).OrderBy(o => o.Name).ToListAsync(ct);
    }
}

public sealed class InspectionForm
{
    public DateOnly? InspectedOn { get; set; }
    public string? EntityName { get; set; }
    public string? EntityCode { get; set; }
    public InspectionCategory? Category { get; set; }
    public List<Guid> OfficerIds { get; set; } = [];
    public InspectionResult? Result { get; set; }
    public string? Findings { get; set; }
}
