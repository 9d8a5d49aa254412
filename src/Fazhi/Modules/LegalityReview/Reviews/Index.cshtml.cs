using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.LegalityReview.Reviews;

/// <summary>合法性审查台账: filter by status, type, reviewer and overdue; sort; page; export.</summary>
[Authorize(Policy = LegalityReviewPermissions.Read)]
public sealed class ReviewListModel(FindReviews find) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReviewStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReviewDocumentType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reviewer { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int? PageNumber { get; set; }

    public Paged<ReviewRow> Result { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await find.ListAsync(new ReviewFilter(Status, Type, Reviewer, Overdue, Sort, PageNumber), ct);

    /// <summary>The current filters as a query string (for the pager and the export link).</summary>
    public string Query(int? page = null)
    {
        var parts = new List<string>();
        if (Status is { } s)
        {
            parts.Add($"status={s}");
        }

        if (Type is { } t)
        {
            parts.Add($"type={t}");
        }

        if (!string.IsNullOrWhiteSpace(Reviewer))
        {
            parts.Add($"reviewer={Uri.EscapeDataString(Reviewer)}");
        }

        if (Overdue)
        {
            parts.Add("overdue=true");
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
