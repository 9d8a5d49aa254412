using Fazhi.Modules.PublicConsultation.Comments;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PublicConsultation.Consultations;

/// <summary>
/// One consultation for staff: its window and status, the moderation queue (通过 / 隐藏 / 合并), and the lead unit's
/// grouping and answers (采纳 / 部分采纳 / 不采纳 with reason). The phone is shown only as 已留联系电话.
/// </summary>
[Authorize(Policy = PublicConsultationPermissions.Read)]
public sealed class ConsultationDetailModel(ConsultationQueries queries, PublicConsultations consultations, HandleComments handle,
    ManageConsultations manage, IAuthorizationService authorization) : PageModel
{
    public Consultation Consultation { get; private set; } = null!;

    public ConsultationStatus Status { get; private set; } = null!;

    public Paged<CommentLine> Comments { get; private set; } = new([], 1, 200, 0);

    [BindProperty(SupportsGet = true, Name = "status")] public string? StatusFilter { get; set; }

    /// <summary>Comments a duplicate may be merged into (pending or approved, whatever the list's filter).</summary>
    public IReadOnlyList<CommentLine> MergeTargets { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    public bool MayModerate { get; private set; }

    public bool MayAnswer { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>A post without a step (e.g. a stale form): back to the page, or 404 outside the caller's region.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await queries.FindAsync(id, ct);
        return Redirect($"/consultations/{id}");
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, Guid commentId, string act, string? reason, Guid? targetId, string? groupLabel,
        string? answer, CancellationToken ct)
    {
        ModelState.Clear();
        var policy = act is "group" or "answer" ? PublicConsultationPermissions.Answer : PublicConsultationPermissions.Moderate;
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }

        return await RunAsync(id, () => handle.ApplyAsync(id, commentId, act, new CommentAction(reason, targetId, groupLabel, answer), ct), ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        if (!(await authorization.AuthorizeAsync(User, PublicConsultationPermissions.Answer)).Succeeded)
        {
            return Forbid();
        }

        return await RunAsync(id, () => manage.PublishReportAsync(id, ct), ct);
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> step, CancellationToken ct)
    {
        try
        {
            await step();
            return Redirect($"/consultations/{id}" + (StatusFilter is null ? "" : $"?status={Uri.EscapeDataString(StatusFilter)}"));
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Consultation = await queries.FindAsync(id, ct);
        Status = await consultations.StatusOfAsync(Consultation, ct);
        Comments = await queries.CommentsAsync(id, new CommentFilter(StatusFilter, PageSize: 500), ct);
        MergeTargets = (await queries.AllCommentsAsync(id, new CommentFilter(), ct)).Where(x => x.Status is "Pending" or "Approved").ToList();
        MayModerate = (await authorization.AuthorizeAsync(User, PublicConsultationPermissions.Moderate)).Succeeded;
        MayAnswer = (await authorization.AuthorizeAsync(User, PublicConsultationPermissions.Answer)).Succeeded;
    }
}
