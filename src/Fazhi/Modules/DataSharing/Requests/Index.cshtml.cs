using Fazhi.Modules.DataSharing.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.DataSharing.Requests;

/// <summary>数据共享: the catalogue (search, export, import, register) and the requests (filter by status, pages, receive).</summary>
[Authorize(Policy = DataSharingPermissions.Read)]
public sealed class SharingIndexModel(SharingQueries queries, SharingUseCases uses, AppDbContext db) : PageModel
{
    public IReadOnlyList<ResourceItem> Resources { get; private set; } = [];

    public Paged<RequestItem> Requests { get; private set; } = new([], 1, 20, 0);

    public string? Q { get; private set; }

    public string? Status { get; private set; }

    public PageRefusal? Refusal { get; private set; }

    public int? Imported { get; private set; }

    [BindProperty] public ResourceForm Resource { get; set; } = new();

    [BindProperty] public RequestInput Application { get; set; } = new();

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, DataSharingPermissions.Manage);

    public async Task OnGetAsync(string? q, string? status, [FromQuery(Name = "page")] string? page, CancellationToken ct)
    {
        (Q, Status) = (q, status);
        await LoadAsync(page, ct);
    }

    public Task<IActionResult> OnPostResourceAsync(CancellationToken ct) =>
        ActAsync(async () =>
        {
            await uses.RegisterAsync(Resource.Input(), ct);
            return "/sharing";
        }, ct);

    public Task<IActionResult> OnPostRequestAsync(CancellationToken ct) =>
        ActAsync(async () => $"/sharing/requests/{(await uses.SubmitAsync(Application, DataSharingModule.Actor(User), ct)).Id}", ct);

    public Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct) =>
        ActAsync(async () =>
        {
            if (file is null || file.Length == 0)
            {
                throw new FieldValidationException("file", "请选择要导入的 Excel（.xlsx）或 CSV 文件");
            }

            await using var stream = file.OpenReadStream();
            Imported = await queries.ImportAsync(stream, file.FileName, ct);
            return null;
        }, ct);

    /// <summary>Runs a change; redirects where it says, or shows the page again (with the refusal, or the import's count).</summary>
    private async Task<IActionResult> ActAsync(Func<Task<string?>> act, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            if (await act() is { } target)
            {
                return Redirect(target);
            }
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
        }

        await LoadAsync(null, ct);
        return Page();
    }

    private async Task LoadAsync(string? page, CancellationToken ct)
    {
        Resources = await queries.ResourcesAsync(Q, ct);
        try
        {
            Requests = await queries.RequestsAsync(Status, page, ct);
        }
        catch (FieldValidationException e)
        {
            PageErrors.From(e, ModelState);
            Response.StatusCode = 400;
        }
    }
}

/// <summary>The register form (数据项 one per line).</summary>
public sealed class ResourceForm
{
    public string? Name { get; set; }

    public string? Summary { get; set; }

    public string? Provider { get; set; }

    public string? ShareType { get; set; }

    public string? ShareCondition { get; set; }

    public string? OpenType { get; set; }

    public string? UpdateCycle { get; set; }

    public string? Items { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    public ResourceInput Input() => new()
    {
        Name = Name,
        Summary = Summary,
        Provider = Provider,
        ShareType = ShareType,
        ShareCondition = ShareCondition,
        OpenType = OpenType,
        UpdateCycle = UpdateCycle,
        Items = (Items ?? "").Split(['\n', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        RegisteredOn = RegisteredOn,
    };
}
