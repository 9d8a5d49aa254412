using System.Security.Claims;

using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.NormativeDocuments.Documents;

/// <summary>规范性文件台账: filters, sort, pages, Excel export and import.</summary>
[Authorize(Policy = NormativeDocumentsPermissions.Read)]
public sealed class DocumentsIndexModel(ListDocuments list, ImportDocuments import) : PageModel
{
    public DocumentFilter Filter { get; private set; } = new();

    public Paged<NormativeDocument> Result { get; private set; } = new([], 1, 20, 0);

    public PageRefusal? Refusal { get; private set; }

    public int? Imported { get; private set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, NormativeDocumentsPermissions.Manage);

    public async Task OnGetAsync(string? q, string? status, string? year, string? sort, [FromQuery(Name = "page")] string? pageNumber, string? evaluationDue, int? imported, CancellationToken ct)
    {
        Imported = imported;
        Filter = new DocumentFilter { Q = q, Status = status, Year = year, Sort = sort, Page = pageNumber, EvaluationDue = evaluationDue };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择要导入的 Excel（.xlsx）或 CSV 文件");
            Refusal = new PageRefusal(400, "请选择文件", null);
        }
        else
        {
            try
            {
                await using var stream = file.OpenReadStream();
                var count = await import.ExecuteAsync(stream, file.FileName, User.FindFirstValue(FazhiClaims.Region) ?? "", ProcedureActor.From(User), ct);
                return Redirect($"/normative-documents?imported={count}");
            }
            catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
            {
                Refusal = refusal;
            }
        }

        Response.StatusCode = Refusal!.Status;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The list's query string with one value changed (for sort links and the pager).</summary>
    public string Link(string? sort = null, int? page = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Filter.Q,
            ["status"] = Filter.Status,
            ["year"] = Filter.Year,
            ["evaluationDue"] = Filter.EvaluationDue,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
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
        }
    }
}
