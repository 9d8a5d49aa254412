using Fazhi.Modules.Disputes.Cases;
using Fazhi.Modules.Disputes.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Pages;

/// <summary>矛盾纠纷排查台账: filters (环节、类型、风险、发生地、年度), search, sort, pages, Excel export and import; parties masked.</summary>
[Authorize(Policy = DisputesPermissions.Read)]
public sealed class DisputesIndexModel(ListDisputes list, Platform.Data.AppDbContext db) : PageModel
{
    public DisputeFilter Filter { get; private set; } = new();

    public Paged<Dispute> Result { get; private set; } = new([], 1, 20, 0);

    public PageRefusal? Refusal { get; private set; }

    /// <summary>The places disputes were registered at (villages, communities, grids), for the 发生地 filter.</summary>
    public IReadOnlyList<string> Places { get; private set; } = [];

    public int? Imported { get; private set; }

    public IReadOnlyList<string> ImportErrors { get; private set; } = [];

    /// <summary>The search text as the page may echo it: a full ID number or phone searched for is never written back.</summary>
    public string? ShownQ => Fazhi.Platform.Validation.Masking.ContainsPersonalNumbers(Filter.Q) ? null : Filter.Q;

    public bool CanHandle => User.HasClaim(FazhiClaims.Permission, DisputesPermissions.Handle);

    public async Task OnGetAsync(string? q, string? state, string? type, string? risk, string? village, string? year, string? round, string? sort,
        [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new DisputeFilter { Q = q, State = state, Type = type, Risk = risk, Village = village, Year = year, Round = round, Sort = sort, Page = pageNumber };
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
        Places = await db.Set<Dispute>().AsNoTracking().Select(d => d.Location).Distinct().OrderBy(l => l).Take(200).ToListAsync(ct);
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
            ["type"] = Filter.Type,
            ["risk"] = Filter.Risk,
            ["village"] = Filter.Village,
            ["year"] = Filter.Year,
            ["round"] = Filter.Round,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
