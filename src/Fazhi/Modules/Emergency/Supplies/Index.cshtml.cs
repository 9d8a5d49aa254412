using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Emergency.Supplies;

/// <summary>应急物资储备: the standard, each item's coverage and shortfall, and the forms to register and count.</summary>
[Authorize(Policy = EmergencyPermissions.Read)]
public sealed class SuppliesIndexModel(StockSupplies stock, AppDbContext db) : PageModel
{
    public SupplyOverview View { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public int? Persons { get; set; }

    [BindProperty] public DateOnly? SetOn { get; set; }

    [BindProperty] public string? Basis { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Unit { get; set; }

    [BindProperty] public decimal? PersonsPerUnit { get; set; }

    [BindProperty] public string? Location { get; set; }

    [BindProperty] public DateOnly? On { get; set; }

    [BindProperty] public int? Quantity { get; set; }

    [BindProperty] public string? Note { get; set; }

    [BindProperty] public Guid? ItemId { get; set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, EmergencyPermissions.Supplies);

    public async Task OnGetAsync(CancellationToken ct) => View = await stock.OverviewAsync(ct);

    public Task<IActionResult> OnPostStandardAsync(CancellationToken ct) =>
        ActAsync(() => stock.SetStandardAsync(new SupplyStandardInput(Persons, SetOn, Basis), ct), ct);

    public Task<IActionResult> OnPostItemAsync(CancellationToken ct) =>
        ActAsync(() => stock.RegisterAsync(new SupplyItemInput(Name, Unit, PersonsPerUnit, Location, On, Quantity), ct), ct);

    public Task<IActionResult> OnPostCountAsync(CancellationToken ct) =>
        ActAsync(() => stock.CountAsync(ItemId ?? Guid.Empty, new SupplyCountInput(On, Quantity, Note), ct), ct);

    public Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct) =>
        ActAsync(async () =>
        {
            if (file is null || file.Length == 0)
            {
                throw new FieldValidationException("file", "请选择要导入的 Excel（.xlsx）或 CSV 文件");
            }

            await using var stream = file.OpenReadStream();
            await stock.ImportAsync(stream, file.FileName, ct);
        }, ct);

    private async Task<IActionResult> ActAsync(Func<Task> act, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await act();
            return Redirect("/emergency/supplies");
        }
        catch (Exception e) when (e is RecordNotFoundException or RegionWriteDeniedException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
        }

        View = await stock.OverviewAsync(ct);
        return Page();
    }
}
