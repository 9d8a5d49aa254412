using Fazhi.Modules.Emergency.Plans;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Emergency.Drills;

/// <summary>应急演练台账 with the record form, the Excel export and the ledger import.</summary>
[Authorize(Policy = EmergencyPermissions.Read)]
public sealed class DrillsIndexModel(ListDrills list, RecordDrills record, ListPlans plans, AppDbContext db) : PageModel
{
    public DrillFilter Filter { get; private set; } = new();

    public Paged<DrillListItem> Result { get; private set; } = new([], 1, 20, 0);

    public IReadOnlyList<(Guid Id, string Title)> Plans { get; private set; } = [];

    public int? Imported { get; private set; }

    public PageRefusal? Refusal { get; private set; }

    [BindProperty(SupportsGet = true, Name = "plan")]
    public Guid? PlanId { get; set; }

    [BindProperty]
    public DrillInput Input { get; set; } = new();

    public bool CanRecord => User.HasClaim(FazhiClaims.Permission, EmergencyPermissions.Drills);

    public async Task OnGetAsync(string? q, string? kind, string? year, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new DrillFilter { Q = q, Kind = kind, Year = year, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await record.ExecuteAsync(Input with { PlanId = Input.PlanId ?? PlanId }, User.Identity?.Name ?? "", ct);
            return Redirect("/emergency/drills");
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

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!CanRecord)
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
            Imported = await record.ImportAsync(stream, file.FileName, User.Identity?.Name ?? "", ct);
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
        Plans = await plans.InForceAsync(ct);
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
            ["kind"] = Filter.Kind,
            ["year"] = Filter.Year,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
