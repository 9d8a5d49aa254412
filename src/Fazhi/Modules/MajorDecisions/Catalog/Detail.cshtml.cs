using Fazhi.Modules.MajorDecisions.Decisions;
using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.MajorDecisions.Catalog;

/// <summary>目录版本页: items (editable while 编制中), 党委同意, 公布, 调整, and the version history of the year.</summary>
[Authorize(Policy = MajorDecisionsPermissions.Read)]
public sealed class CatalogDetailModel(CatalogUseCases catalogs, AppDbContext db) : PageModel
{
    public CatalogView View { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, MajorDecisionsPermissions.ManageCatalog);

    [BindProperty]
    public CatalogItemInput Item { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>A post naming no operation: 404 when the catalog is not visible, else 400.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? BadRequest() : NotFound();

    public Task<IActionResult> OnPostAddItemAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => catalogs.AddItemAsync(id, Item, ct), ct);

    public Task<IActionResult> OnPostImportAsync(Guid id, IFormFile? file, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            if (file is null || file.Length == 0)
            {
                throw new FieldValidationException("file", "请选择要导入的 Excel（.xlsx）或 CSV 文件");
            }

            await using var stream = file.OpenReadStream();
            await catalogs.ImportAsync(id, stream, file.FileName, ct);
        }, ct);

    public Task<IActionResult> OnPostRemoveItemAsync(Guid id, Guid itemId, CancellationToken ct) =>
        RunAsync(id, () => catalogs.RemoveItemAsync(id, itemId, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, DateOnly? on, string? approval, CancellationToken ct) =>
        RunAsync(id, () => catalogs.ApproveAsync(id, new ApproveCatalogInput(on, approval), ct), ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, DateOnly? on, string? url, CancellationToken ct) =>
        RunAsync(id, () => catalogs.PublishAsync(id, new PublishCatalogInput(on, url), ct), ct);

    public async Task<IActionResult> OnPostAdjustAsync(Guid id, string? reason, CancellationToken ct)
    {
        Guid? next = null;
        var result = await RunAsync(id, async () => next = (await catalogs.AdjustAsync(id, new AdjustCatalogInput(reason), User.Identity?.Name ?? "", ct)).Id, ct);
        return next is { } created ? Redirect($"/major-decisions/catalogs/{created}") : result;
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> action, CancellationToken ct)
    {
        ModelState.Clear();
        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            await action();
            return Redirect($"/major-decisions/catalogs/{id}");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            View = await catalogs.ViewAsync(id, ct);
            return true;
        }
        catch (RecordNotFoundException)
        {
            return false;
        }
    }
}
