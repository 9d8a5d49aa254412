using Fazhi.Modules.Services.Catalog;
using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Services.Applications;

/// <summary>收件登记 form.</summary>
[Authorize(Policy = ServicesPermissions.Accept)]
public sealed class NewApplicationModel(ApplicationUseCases applications, MatterCatalog catalog, AppDbContext db) : PageModel
{
    [BindProperty]
    public ReceiveInput Input { get; set; } = new();

    public IReadOnlyList<ServiceMatter> Matters { get; private set; } = [];

    public IReadOnlyList<Region> Villages { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    public string? Q { get; private set; }

    public DateOnly Today => applications.Today;

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Q = q;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var application = await applications.ReceiveAsync(User.FindFirst(FazhiClaims.Region)?.Value ?? "", Input, User.Identity?.Name ?? "", ct);
            return Redirect($"/services/applications/{application.Id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Matters = (await catalog.ListAsync(new MatterFilter { Q = Q, PageSize = "200" }, ct)).Items;
        var region = User.FindFirst(FazhiClaims.Region)?.Value ?? "";
        Villages = await db.Set<Region>().AsNoTracking().Where(r => r.ParentCode == region).OrderBy(r => r.Code).ToListAsync(ct);
    }
}
