using System.ComponentModel.DataAnnotations;

using Fazhi.Modules.PublicConsultation.Comments;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Fazhi.Modules.PublicConsultation.Portal;

/// <summary>
/// A consultation on the portal (anonymous): the draft and its explanation, the window with a countdown, the comment
/// form (on the whole draft or a selected passage), approved comments, and the 意见采纳情况 once published.
/// Comment posts are rate-limited per client; reads are not.
/// </summary>
[AllowAnonymous]
[PublicAcrossRegions]
[EnableRateLimiting(RateLimits.PublicWrite)]
public sealed class PortalConsultationModel(PortalConsultations consultations, SubmitComment submit) : PageModel
{
    public PortalConsultation Consultation { get; private set; } = null!;

    [BindProperty, Display(Name = "意见内容")] public string? Body { get; set; }

    [BindProperty, Display(Name = "署名（可不填，公开显示）")] public string? DisplayName { get; set; }

    [BindProperty, Display(Name = "联系电话（可不填，不公开）")] public string? Phone { get; set; }

    [BindProperty] public string? Quote { get; set; }

    [BindProperty] public int? QuoteStart { get; set; }

    [BindProperty] public int? QuoteEnd { get; set; }

    public PageRefusal? Refusal { get; private set; }

    public bool Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool submitted, CancellationToken ct)
    {
        Submitted = submitted;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await submit.ExecuteAsync(id, new CommentInput(Body, DisplayName, Phone, Quote, QuoteStart, QuoteEnd), ct);
            return Redirect($"/portal/consultations/{id}?submitted=true#comment-form");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            // The phone is never written back into the page, even on a refused post.
            Phone = null;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    public string Errors(string field) => string.Join("；", ModelState[field]?.Errors.Select(e => e.ErrorMessage) ?? []);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Consultation = await consultations.DetailAsync(id, ct);
            return true;
        }
        catch (RecordNotFoundException)
        {
            return false;
        }
    }
}
