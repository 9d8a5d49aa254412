using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.LawStudy.Sessions;

/// <summary>One study session as recorded (read-only: a session is corrected by the office, not on this page).</summary>
[Authorize(Policy = LawStudyPermissions.Read)]
public sealed class StudyDetailModel(StudyQueries queries) : PageModel
{
    public SessionItem Session { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Session = await queries.DetailsAsync(id, ct);

    /// <summary>Nothing is posted here: another town's record is 404 (as for GET), one's own is 405.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await queries.DetailsAsync(id, ct);
        return StatusCode(StatusCodes.Status405MethodNotAllowed);
    }
}
