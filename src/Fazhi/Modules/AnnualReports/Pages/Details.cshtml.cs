using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Export;
using Fazhi.Modules.AnnualReports.Reports;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.AnnualReports.Pages;

/// <summary>年度报告: editable sections, the rendered preview with linked figures, checks, deadlines, workflow and downloads.</summary>
[Authorize(Policy = AnnualReportsPermissions.Read)]
public sealed class AnnualReportDetailsModel(FindReport find, RenderReport render, ReportDetails details, EditReport edit, TakeReportStep step, DraftPlanSection draftPlan, AcceptIssue accept)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public ReportView View { get; private set; } = null!;

    public string PreviewHtml { get; private set; } = "";

    public string? Error { get; private set; }

    public bool Editable => View.Status == nameof(AnnualReportStatus.Draft) && User.HasClaim(FazhiClaims.Permission, AnnualReportsPermissions.Edit);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSectionAsync(string sectionId, string? heading, string? text, CancellationToken ct) =>
        await RunAsync(() => edit.SectionAsync(Id, sectionId, heading, text ?? "", ct), ct);

    public async Task<IActionResult> OnPostHeadingAsync(string? title, string? addressee, CancellationToken ct) =>
        await RunAsync(() => edit.HeadingAsync(Id, title, addressee, ct), ct);

    public async Task<IActionResult> OnPostDraftPlanAsync(CancellationToken ct) =>
        await RunAsync(() => draftPlan.ExecuteAsync(Id, ct), ct);

    public bool MayAccept => User.HasClaim(FazhiClaims.Permission, AnnualReportsPermissions.Review)
        && View.Status is nameof(AnnualReportStatus.Draft) or nameof(AnnualReportStatus.Reviewed);

    public async Task<IActionResult> OnPostAcceptAsync(string fingerprint, string? reason, CancellationToken ct)
    {
        if (!User.HasClaim(FazhiClaims.Permission, AnnualReportsPermissions.Review))
        {
            return Forbid();
        }

        return await RunAsync(() => accept.ExecuteAsync(Id, fingerprint, reason, User, ct), ct);
    }

    public async Task<IActionResult> OnPostStepAsync(string action, string? note, CancellationToken ct) =>
        await RunAsync(() => step.ExecuteAsync(Id, action, User, note, ct), ct);

    /// <summary>A post without a handler changes nothing: it shows the report (or 404 for one outside the user's subtree).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await find.ExecuteAsync(Id, ct);
        return Redirect($"/annual-reports/{Id}");
    }

    private async Task<IActionResult> RunAsync(Func<Task> change, CancellationToken ct)
    {
        if (!User.HasClaim(FazhiClaims.Permission, AnnualReportsPermissions.Read))
        {
            return Forbid();
        }

        await find.ExecuteAsync(Id, ct);
        try
        {
            await change();
            return Redirect($"/annual-reports/{Id}");
        }
        catch (DomainRuleException e)
        {
            Error = e.Message + (e.LegalBasis is null ? "" : $"（依据：{e.LegalBasis}）");
        }
        catch (FieldValidationException e)
        {
            Error = AnnualReportsIndexModel.Message(e);
        }

        HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var report = await find.ExecuteAsync(Id, ct);
        var rendered = await render.ExecuteAsync(report, ct);
        View = await details.ViewAsync(rendered, User, ct);
        PreviewHtml = ReportHtml.Fragment(rendered);
    }
}
