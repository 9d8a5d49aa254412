using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PublicConsultation.Portal;

/// <summary>公开征求意见目录 (anonymous): open and closed consultations of every town.</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalConsultationsModel(PortalConsultations consultations) : PageModel
{
    public Paged<PortalConsultationLine> Result { get; private set; } = new([], 1, PortalConsultations.PageSize, 0);

    public string? Phase { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? phase, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Phase = phase;
        try
        {
            Result = await consultations.ListAsync(phase, pageNumber, ct);
        }
        catch (FieldValidationException e)
        {
            Error = string.Join("；", e.Errors.Values.SelectMany(v => v));
            Response.StatusCode = 400;
        }
    }
}
