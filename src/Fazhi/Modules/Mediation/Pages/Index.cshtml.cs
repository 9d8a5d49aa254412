using Fazhi.Modules.Mediation.Cases;
using Fazhi.Modules.Mediation.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Mediation.Pages;

/// <summary>人民调解案件台账: filters (环节、来源、年度), search, sort, pages, Excel export and import; parties masked.</summary>
[Authorize(Policy = MediationPermissions.Read)]
public sealed class MediationIndexModel(ListCases list) : PageModel
{
    public CaseFilter Filter { get; private set; } = new();

    public Paged<MediationCase> Result { get; private set; } = new([], 1, 20, 0);

    public PageRefusal? Refusal { get; private set; }

    public int? Imported { get; private set; }

    public IReadOnlyList<string> ImportErrors { get; private set; } = [];

    public string? ShownQ => Fazhi.Platform.Validation.Masking.ContainsPersonalNumbers(Filter.Q) ? null : Filter.Q;

    public bool CanHandle => User.HasClaim(FazhiClaims.Permission, MediationPermissions.Handle);

    public async Task OnGetAsync(string? q, string? state, string? source, string? year, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new CaseFilter { Q = q, State = state, Source = source, Year = year, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanHandle)
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
            Imported = await list.ImportAsync(stream, file.FileName, User.FindFirst(FazhiClaims.Region)?.Value ?? "", Platform.Procedures.ProcedureActor.From(User), ct);
        }
        catch (Platform.Spreadsheets.LedgerImportException e)
        {
            ImportErrors = e.Errors.SelectMany(x => x.Value).ToList();
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
        try
        {
            Result = await list.PageAsync(Filter, ct);
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
            ["q"] = ShownQ,
            ["state"] = Filter.State,
            ["source"] = Filter.Source,
            ["year"] = Filter.Year,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
