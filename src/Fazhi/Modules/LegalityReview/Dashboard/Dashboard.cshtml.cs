using System.Security.Claims;

using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Reviews;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.LegalityReview.Dashboard;

/// <summary>合法性审查看板: workload, overdue reviews, the year's figures, expiring contracts, and the region's review periods.</summary>
[Authorize(Policy = LegalityReviewPermissions.Read)]
public sealed class ReviewDashboardModel(ReviewDashboard dashboard, ReviewTerms terms) : PageModel
{
    public DashboardView View { get; private set; } = null!;

    public IReadOnlyList<ReviewTermView> Terms { get; private set; } = [];

    public string? Error { get; private set; }

    public bool CanSet => User.HasClaim(FazhiClaims.Permission, LegalityReviewPermissions.Settings);

    [BindProperty]
    public ReviewDocumentType? DocumentType { get; set; }

    [BindProperty]
    public int? StandardDays { get; set; }

    [BindProperty]
    public int? ComplexDays { get; set; }

    [BindProperty]
    public int? MaxExtensionDays { get; set; }

    private string Region => User.FindFirstValue(FazhiClaims.Region) ?? "";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        if (!CanSet)
        {
            return Forbid();
        }

        try
        {
            await terms.ChangeAsync(Region, new ChangeReviewTermInput(DocumentType, StandardDays, ComplexDays, MaxExtensionDays), ct);
            return Redirect("/legality-review/dashboard");
        }
        catch (FieldValidationException e)
        {
            Error = string.Join("；", e.Errors.SelectMany(kv => kv.Value));
        }
        catch (DomainRuleException e)
        {
            Error = e.LegalBasis is null ? e.Message : $"{e.Message}（依据：{e.LegalBasis}）";
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        View = await dashboard.BuildAsync(Region, User.FindFirstValue(FazhiClaims.RegionPrefix) ?? Region, ct);
        Terms = await terms.AllAsync(Region, ct);
    }
}
