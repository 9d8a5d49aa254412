using System.Security.Claims;

using Fazhi.Modules.MajorDecisions.Decisions;
using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.MajorDecisions.Catalog;

/// <summary>决策事项目录: every year's versions, filter by year, page; a new year's catalog.</summary>
[Authorize(Policy = MajorDecisionsPermissions.Read)]
public sealed class CatalogsIndexModel(CatalogUseCases catalogs) : PageModel
{
    public Paged<DecisionCatalog> Result { get; private set; } = new([], 1, 20, 0);

    public string? Year { get; private set; }

    public PageRefusal? Refusal { get; private set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, MajorDecisionsPermissions.ManageCatalog);

    public async Task OnGetAsync(string? year, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Year = year;
        try
        {
            Result = await catalogs.ListAsync(year, pageNumber, ct);
        }
        catch (FieldValidationException e)
        {
            Refusal = PageErrors.From(e, ModelState);
            Response.StatusCode = 400;
        }
    }

    public async Task<IActionResult> OnPostAsync(int? newYear, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            var catalog = await catalogs.CreateAsync(new NewCatalogInput(newYear), User.FindFirstValue(FazhiClaims.Region) ?? "", User.Identity?.Name ?? "", ct);
            return Redirect($"/major-decisions/catalogs/{catalog.Id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            Result = await catalogs.ListAsync(null, null, ct);
            return Page();
        }
    }
}
