using Fazhi.Modules.PublicConsultation.Consultations;
using Fazhi.Platform.Data;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PublicConsultation.Reports;

/// <summary>意见采纳情况 for staff (before and after publication), with the .docx download.</summary>
[Authorize(Policy = PublicConsultationPermissions.Read)]
public sealed class AdoptionReportModel(ConsultationQueries queries, AppDbContext db) : PageModel
{
    public AdoptionReport Report { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Report = await AdoptionReport.BuildAsync(db, await queries.FindAsync(id, ct), ct);

    /// <summary>The report takes no posts: back to it, or 404 outside the caller's region.</summary>
    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await queries.FindAsync(id, ct);
        return Redirect($"/consultations/{id}/report");
    }
}
