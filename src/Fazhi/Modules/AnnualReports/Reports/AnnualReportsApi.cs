using System.Security.Claims;

using Fazhi.Modules.AnnualReports.Checks;
using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Export;
using Fazhi.Modules.AnnualReports.Figures;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.AnnualReports.Reports;

public sealed record CreateReportRequest(int? Year);

public sealed record EditHeadingRequest(string? Title, string? Addressee);

public sealed record EditSectionRequest(string? Heading, string? Text);

public sealed record StepRequest(string? Note);

public sealed record AcceptIssueRequest(string? Reason);

public sealed record SettingsRequest(string? Addressee, string? CopyTo, int? SubmitMonth, int? SubmitDay, int? PublishMonth, int? PublishDay);

public sealed record SectionView(Guid Id, string Key, int Level, string Number, string Heading, string Text, string Rendered, bool Required, string? Guidance);

public sealed record ActionView(string Key, string Name);

public sealed record ReportView(
    Guid Id, string RegionCode, string RegionName, int Year, string Status, string StatusName, string Title, string RenderedTitle, string Addressee,
    int TemplateVersion, IReadOnlyList<SectionView> Sections, IReadOnlyList<ConsistencyIssue> Issues, IReadOnlyList<ReportDeadline> Deadlines,
    IReadOnlyList<ActionView> Actions, IReadOnlyList<StepView> Steps, IReadOnlyDictionary<string, ReportFigure> Figures, bool PdfAvailable)
{
    /// <summary>When the submitted figures were stored (null before submission): the report prints them, not today's.</summary>
    public DateTime? SnapshotTakenAt { get; init; }

    /// <summary>Figures that today's records compute differently from the submitted ones.</summary>
    public IReadOnlyList<FigureChange> ChangedSinceSubmission { get; init; } = [];
}

/// <summary>The JSON API of the module (same actions as the pages).</summary>
public static class AnnualReportsApi
{
    public static IEndpointRouteBuilder MapAnnualReportsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/annual-reports").WithTags("法治政府建设年度报告").RequireAuthorization(AnnualReportsPermissions.Read);

        api.MapGet("", async (int? year, ListReports list, CancellationToken ct) => Results.Ok(await list.ExecuteAsync(year, ct)));

        api.MapPost("", async (CreateReportRequest request, CreateReport create, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var report = await create.ExecuteAsync(user, request.Year, ct);
            return Results.Created($"/api/annual-reports/{report.Id}", new { id = report.Id, report.Year, report.RegionCode });
        }).RequireAuthorization(AnnualReportsPermissions.Edit);

        api.MapGet("/overview", async (int? year, ListReports list, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
            Results.Ok(await list.OverviewAsync(user.FindFirstValue(FazhiClaims.Region) ?? "", year ?? LegalDate.Today(clock).Year - 1, ct)));

        api.MapGet("/towns", async (int? year, Towns.CompareTowns compare, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await compare.ExecuteAsync(user, year, ct)));

        api.MapGet("/towns/export.xlsx", async (int? year, Towns.CompareTowns compare, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            var view = await compare.ExecuteAsync(user, year, ct);
            http.Response.Headers.ContentDisposition = Platform.Spreadsheets.Ledgers.ContentDisposition($"{view.RegionName}{view.Year}年度下级单位指标对比.xlsx");
            return Results.File(await Towns.CompareTowns.ExportAsync(view, ct), Platform.Spreadsheets.Ledgers.XlsxContentType);
        });

        api.MapGet("/settings", async (ReportSettings settings, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(SettingsView(await settings.GetAsync(user.FindFirstValue(FazhiClaims.Region) ?? "", ct))));

        api.MapPut("/settings", async (SettingsRequest r, ReportSettings settings, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(SettingsView(await settings.ChangeAsync(user.FindFirstValue(FazhiClaims.Region) ?? "", r.Addressee, r.CopyTo, r.SubmitMonth, r.SubmitDay, r.PublishMonth, r.PublishDay, ct))))
            .RequireAuthorization(AnnualReportsPermissions.Settings);

        api.MapGet("/{id}", async (string id, ReportDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await details.ExecuteAsync(id, user, ct)));

        api.MapPut("/{id}", async (string id, EditHeadingRequest r, EditReport edit, ReportDetails details, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await edit.HeadingAsync(id, r.Title, r.Addressee, ct);
            return Results.Ok(await details.ExecuteAsync(id, user, ct));
        }).RequireAuthorization(AnnualReportsPermissions.Edit);

        api.MapPut("/{id}/sections/{sectionId}", async (string id, string sectionId, EditSectionRequest r, EditReport edit, ReportDetails details, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await edit.SectionAsync(id, sectionId, r.Heading, r.Text, ct);
            return Results.Ok(await details.ExecuteAsync(id, user, ct));
        }).RequireAuthorization(AnnualReportsPermissions.Edit);

        api.MapPost("/{id}/sections/plan/draft", async (string id, DraftPlanSection draft, ReportDetails details, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await draft.ExecuteAsync(id, ct);
            return Results.Ok(await details.ExecuteAsync(id, user, ct));
        }).RequireAuthorization(AnnualReportsPermissions.Edit)
            .WithSummary("按下一年度全面依法治镇工作要点起草“主要安排”一节（替换本节正文）");

        api.MapGet("/{id}/checks", async (string id, FindReport find, RenderReport render, CancellationToken ct) =>
            Results.Ok((await render.ExecuteAsync(await find.ExecuteAsync(id, ct), ct)).Issues));

        api.MapPost("/{id}/issues/{fingerprint}/accept", async (string id, string fingerprint, AcceptIssueRequest? r, AcceptIssue accept, ReportDetails details, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await accept.ExecuteAsync(id, fingerprint, r?.Reason, user, ct);
            return Results.Ok(await details.ExecuteAsync(id, user, ct));
        }).RequireAuthorization(AnnualReportsPermissions.Review)
            .WithSummary("确认一致性检查提示（写明理由，留痕）；实质性矛盾不能确认");

        api.MapPost("/{id}/actions/{action}", async (string id, string action, StepRequest? r, TakeReportStep step, ReportDetails details, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await step.ExecuteAsync(id, action, user, r?.Note, ct);
            return Results.Ok(await details.ExecuteAsync(id, user, ct));
        });

        api.MapGet("/{id}/export.docx", async (string id, FindReport find, RenderReport render, CancellationToken ct) =>
        {
            var rendered = await render.ExecuteAsync(await find.ExecuteAsync(id, ct), ct);
            return Results.File(ReportDocx.Build(rendered), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName(rendered, "docx"));
        });

        api.MapGet("/{id}/export.html", async (string id, FindReport find, RenderReport render, CancellationToken ct) =>
        {
            var rendered = await render.ExecuteAsync(await find.ExecuteAsync(id, ct), ct);
            return Results.Content(ReportHtml.Document(rendered), "text/html; charset=utf-8");
        });

        api.MapGet("/{id}/export.pdf", async (string id, FindReport find, RenderReport render, CancellationToken ct) =>
        {
            var rendered = await render.ExecuteAsync(await find.ExecuteAsync(id, ct), ct);
            if (!ReportPdf.Available)
            {
                throw new DomainRuleException("服务器未安装 LibreOffice，暂不能生成 PDF；请下载 .docx 或 HTML", statusCode: StatusCodes.Status501NotImplemented);
            }

            return Results.File(await ReportPdf.ConvertAsync(ReportDocx.Build(rendered), ct), "application/pdf", FileName(rendered, "pdf"));
        });

        return endpoints;
    }

    public static string FileName(RenderedReport report, string extension) => $"{report.RegionName}{report.Report.Year}年法治政府建设年度报告.{extension}";

    private static object SettingsView(AnnualReportSetting s) => new
    {
        s.RegionCode,
        s.Addressee,
        s.CopyTo,
        s.SubmitMonth,
        s.SubmitDay,
        s.PublishMonth,
        s.PublishDay,
    };
}

/// <summary>The report with its rendered text, checks, deadlines, the user's available steps and the timeline.</summary>
public sealed class ReportDetails(AppDbContext db, FindReport find, RenderReport render, TakeReportStep steps, TimeProvider clock)
{
    public async Task<ReportView> ExecuteAsync(string id, ClaimsPrincipal user, CancellationToken ct)
    {
        var report = await find.ExecuteAsync(id, ct);
        var rendered = await render.ExecuteAsync(report, ct);
        return await ViewAsync(rendered, user, ct);
    }

    public async Task<ReportView> ViewAsync(RenderedReport rendered, ClaimsPrincipal user, CancellationToken ct)
    {
        var report = rendered.Report;
        var setting = await db.Set<AnnualReportSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.RegionCode == report.RegionCode, ct);
        var (actions, history) = await steps.OptionsAsync(report, user, ct);
        return new ReportView(
            report.Id, report.RegionCode, rendered.RegionName, report.Year, report.Status.ToString(), ListReports.StatusName(report.Status),
            report.Title, Narrative.Plain(rendered.Title), report.Addressee, report.TemplateVersion,
            rendered.Sections.Select(s => new SectionView(s.Id, s.Key, s.Level, s.Number, s.RawHeading, s.RawText,
                string.Join("\n", s.Paragraphs.Select(Narrative.Plain)), s.Required, s.Guidance)).ToList(),
            rendered.Issues,
            ReportDeadlines.For(report, setting, LegalDate.Today(clock)),
            actions.Select(a => new ActionView(a.Key, a.Name)).ToList(),
            history.Select(s => new StepView(s.Sequence, s.ActionKey, s.ActionName, s.FromState, s.ToState, s.Actor, s.ActorName, s.At, s.On, s.Note)).ToList(),
            rendered.Figures,
            ReportPdf.Available)
        {
            SnapshotTakenAt = rendered.SnapshotTakenAt,
            ChangedSinceSubmission = await render.ChangesSinceSubmissionAsync(rendered, ct),
        };
    }
}
