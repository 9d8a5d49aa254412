using System.Security.Claims;

using Fazhi.Platform.Identity;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.LegalityReview.ContractLedger;

/// <summary>合同台账 page: filters, paging, export and import (every bad row listed; nothing stored unless all rows are good).</summary>
[Authorize(Policy = LegalityReviewPermissions.Read)]
public sealed class ContractLedgerModel(ContractLedgerQueries ledger, ImportContracts import) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ExpiringWithin { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Expired { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public Paged<ContractRow> Result { get; private set; } = new([], 1, 50, 0);

    public List<string> ImportErrors { get; private set; } = [];

    public string? ImportMessage { get; private set; }

    public bool CanImport => User.HasClaim(FazhiClaims.Permission, LegalityReviewPermissions.Contracts);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanImport)
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            ImportErrors.Add("请选择要导入的 Excel（.xlsx）或 CSV 文件");
        }
        else
        {
            try
            {
                await using var stream = file.OpenReadStream();
                var result = await import.ExecuteAsync(stream, file.FileName, User.FindFirstValue(FazhiClaims.Region) ?? "", User.Identity?.Name ?? "", ct);
                ImportMessage = $"已导入{result.Imported}份合同。";
            }
            catch (LedgerImportException e)
            {
                ImportMessage = e.Message;
                ImportErrors.AddRange(e.RowErrors.Select(r => $"第{r.Row}行“{r.Column}”：{r.Reason}"));
            }
            catch (FieldValidationException e)
            {
                ImportErrors.AddRange(e.Errors.SelectMany(kv => kv.Value));
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Result = await ledger.ListAsync(new ContractFilter(Q, Unit, ExpiringWithin, Expired, Sort, PageNumber), ct);

    public string Query(int? page = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            parts.Add($"q={Uri.EscapeDataString(Q)}");
        }

        if (!string.IsNullOrWhiteSpace(Unit))
        {
            parts.Add($"unit={Uri.EscapeDataString(Unit)}");
        }

        if (ExpiringWithin is { } days)
        {
            parts.Add($"expiringWithin={days}");
        }

        if (Expired)
        {
            parts.Add("expired=true");
        }

        if (!string.IsNullOrWhiteSpace(Sort))
        {
            parts.Add($"sort={Uri.EscapeDataString(Sort)}");
        }

        if (page is { } p)
        {
            parts.Add($"page={p}");
        }

        return string.Join("&", parts);
    }
}
