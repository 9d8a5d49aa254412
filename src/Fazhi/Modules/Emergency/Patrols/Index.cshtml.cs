using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Emergency.Patrols;

/// <summary>重点部位安全巡查: list, the patrol form, and the rectification of each open hazard.</summary>
[Authorize(Policy = EmergencyPermissions.Read)]
public sealed class PatrolsIndexModel(RecordPatrols patrols, AppDbContext db, TimeProvider time) : PageModel
{
    public PatrolFilter Filter { get; private set; } = new();

    public Paged<Domain.SafetyPatrol> Result { get; private set; } = new([], 1, 20, 0);

    public PageRefusal? Refusal { get; private set; }

    public int? Imported { get; private set; }

    public DateOnly Today => LegalDate.Today(time);

    [BindProperty] public PatrolInput Input { get; set; } = new();

    [BindProperty] public Guid? PatrolId { get; set; }

    [BindProperty] public DateOnly? RectifiedOn { get; set; }

    [BindProperty] public string? Note { get; set; }

    public bool CanRecord => User.HasClaim(FazhiClaims.Permission, EmergencyPermissions.Patrols);

    public async Task OnGetAsync(string? q, string? siteKind, string? year, string? hazard, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new PatrolFilter { Q = q, SiteKind = siteKind, Year = year, Hazard = hazard, Sort = sort, Page = pageNumber };
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostRecordAsync(CancellationToken ct) => ActAsync(() => patrols.ExecuteAsync(Input, User.Identity?.Name ?? "", ct), ct);

    public Task<IActionResult> OnPostRectifyAsync(CancellationToken ct) =>
        ActAsync(() => patrols.RectifyAsync(PatrolId ?? Guid.Empty, new RectificationInput(RectifiedOn, Note), ct), ct);

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
            Imported = await patrols.ImportAsync(stream, file.FileName, User.Identity?.Name ?? "", ct);
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Response.StatusCode = refusal.Status;
            ModelState.AddModelError("", refusal.Message);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task<IActionResult> ActAsync(Func<Task> act, CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await act();
            return Redirect("/emergency/patrols");
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

    private async Task LoadAsync(CancellationToken ct)
    {
        try
        {
            Result = await patrols.PageAsync(Filter, ct);
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
            ["siteKind"] = Filter.SiteKind,
            ["year"] = Filter.Year,
            ["hazard"] = Filter.Hazard,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
