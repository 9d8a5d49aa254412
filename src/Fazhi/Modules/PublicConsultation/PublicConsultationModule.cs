using System.Security.Claims;

using Fazhi.Modules.PublicConsultation.Comments;
using Fazhi.Modules.PublicConsultation.Consultations;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Modules.PublicConsultation.Metrics;
using Fazhi.Modules.PublicConsultation.Portal;
using Fazhi.Modules.PublicConsultation.Reports;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Publishing;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.PublicConsultation;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class PublicConsultationModule
{
    public static IServiceCollection AddPublicConsultation(this IServiceCollection services)
    {
        services.AddPermissions(PublicConsultationPermissions.Grants);
        services.AddNavItem(new NavItem("征求意见", "/consultations", PublicConsultationPermissions.Read, 35));
        services.AddPortalSection(new PortalSection("公开征求意见", "/portal/consultations", "决策草案和其他文件草案公开征求意见，欢迎提出意见建议", 20));
        services.AddScoped<PublicConsultations>();
        services.AddScoped<IPublicConsultations>(sp => sp.GetRequiredService<PublicConsultations>());
        services.AddScoped<ManageConsultations>();
        services.AddScoped<ConsultationQueries>();
        services.AddScoped<SubmitComment>();
        services.AddScoped<HandleComments>();
        services.AddScoped<PortalConsultations>();
        services.AddDemoData<Demo.PublicConsultationDemo>();
        foreach (var metric in ConsultationMetrics.All)
        {
            services.AddMetric(metric);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapPublicConsultationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/consultations").WithTags("公开征求意见");
        var read = api.MapGroup("").RequireAuthorization(PublicConsultationPermissions.Read);
        var moderate = api.MapGroup("").RequireAuthorization(PublicConsultationPermissions.Moderate);
        var answer = api.MapGroup("").RequireAuthorization(PublicConsultationPermissions.Answer);

        read.MapGet("", async ([AsParameters] ConsultationFilter filter, ConsultationQueries queries, CancellationToken ct) =>
                Results.Ok(await queries.PageAsync(filter, ct)))
            .WithSummary("征求意见台账（q 检索、phase 阶段、sort 排序、分页）");
        read.MapGet("/export.xlsx", async ([AsParameters] ConsultationFilter filter, ConsultationQueries queries, CancellationToken ct) =>
            {
                var lines = await queries.AllAsync(filter, ct);
                var bytes = await Ledgers.ExportXlsxAsync(ConsultationLedgers.Consultations, lines.Select((l, i) => new ConsultationLedgers.ConsultationRow { Line = l, Number = i + 1 }), ct);
                return Results.File(bytes, Ledgers.XlsxContentType, "征求意见台账.xlsx");
            })
            .WithSummary("导出征求意见台账（Excel）");
        moderate.MapPost("", async (StandaloneDraft draft, ManageConsultations manage, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var id = await manage.OpenStandaloneAsync(draft, user.FindFirstValue(FazhiClaims.Region) ?? "", ct);
                return Results.Created($"/api/consultations/{id}", new { id, portalPath = $"/portal/consultations/{id}" });
            })
            .WithSummary("发起公开征求意见（期限不少于30日；紧急缩短须说明理由，条例第十五条）");
        read.MapGet("/{id}", async (Guid id, ConsultationQueries queries, PublicConsultations consultations, CancellationToken ct) =>
            {
                var c = await queries.FindAsync(id, ct);
                return Results.Ok(new
                {
                    c.Id,
                    c.Title,
                    c.OrganizingUnit,
                    c.SubjectType,
                    c.SubjectId,
                    c.DraftText,
                    c.Explanation,
                    c.OpensOn,
                    c.ClosesOn,
                    Days = Domain.Consultation.WindowDays(c.OpensOn, c.ClosesOn),
                    c.UrgencyReason,
                    c.ReportPublishedOn,
                    Status = await consultations.StatusOfAsync(c, ct),
                });
            })
            .WithSummary("征求意见详情及办理状态");
        read.MapGet("/{id}/comments", async (Guid id, [AsParameters] CommentFilter filter, ConsultationQueries queries, CancellationToken ct) =>
                Results.Ok(await queries.CommentsAsync(id, filter, ct)))
            .WithSummary("收到的公众意见（status、answer、group 筛选，sort 排序，分页；联系电话不显示）");
        read.MapGet("/{id}/comments/export.xlsx", async (Guid id, [AsParameters] CommentFilter filter, ConsultationQueries queries, CancellationToken ct) =>
            {
                var lines = await queries.AllCommentsAsync(id, filter, ct);
                var bytes = await Ledgers.ExportXlsxAsync(ConsultationLedgers.Comments, lines.Select((l, i) => new ConsultationLedgers.CommentRow { Line = l, Number = i + 1 }), ct);
                return Results.File(bytes, Ledgers.XlsxContentType, "公众意见.xlsx");
            })
            .WithSummary("导出公众意见（Excel）");
        read.MapGet("/{id}/report", async (Guid id, ConsultationQueries queries, AppDbContext db, CancellationToken ct) =>
                Results.Ok(await AdoptionReport.BuildAsync(db, await queries.FindAsync(id, ct), ct)))
            .WithSummary("意见采纳情况（按归类列出每条意见及处理情况）");
        read.MapGet("/{id}/report.docx", async (Guid id, ConsultationQueries queries, AppDbContext db, CancellationToken ct) =>
            {
                var report = await AdoptionReport.BuildAsync(db, await queries.FindAsync(id, ct), ct);
                return Results.File(AdoptionReportDocx.Build(report), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "意见采纳情况.docx");
            })
            .WithSummary("意见采纳情况（Word）");
        answer.MapPost("/{id}/publish-report", async (Guid id, ManageConsultations manage, CancellationToken ct) =>
            {
                await manage.PublishReportAsync(id, ct);
                return Results.Ok(new { published = true, portalPath = $"/portal/consultations/{id}" });
            })
            .WithSummary("公布意见采纳情况（仅限单独发起的征求意见；期限届满且全部答复后）");

        foreach (var action in new[] { "approve", "hide", "merge" })
        {
            moderate.MapPost($"/{{id}}/comments/{{commentId}}/{action}", async (Guid id, Guid commentId, CommentAction? body, HandleComments handle, CancellationToken ct) =>
                    Results.Ok(CommentLine.Of(await handle.ApplyAsync(id, commentId, action, body ?? new CommentAction(null, null, null, null), ct))))
                .WithSummary(action switch
                {
                    "approve" => "审核通过（先审后发：通过后在政务公开栏目显示）",
                    "hide" => "隐藏意见（须填写理由 reason）",
                    _ => "将重复意见合并到另一条意见（targetId）",
                });
        }

        foreach (var action in new[] { "group", "answer" })
        {
            answer.MapPost($"/{{id}}/comments/{{commentId}}/{action}", async (Guid id, Guid commentId, CommentAction? body, HandleComments handle, CancellationToken ct) =>
                    Results.Ok(CommentLine.Of(await handle.ApplyAsync(id, commentId, action, body ?? new CommentAction(null, null, null, null), ct))))
                .WithSummary(action == "group"
                    ? "归类（groupLabel）"
                    : "答复采纳情况（answer：Adopted 采纳 / PartlyAdopted 部分采纳 / NotAdopted 不采纳；后两者须说明理由 reason）");
        }

        var portal = api.MapGroup("/public").AllowAnonymous().WithTags("政务公开：征求意见");
        portal.MapGet("", async (string? phase, int? page, PortalConsultations consultations, CancellationToken ct) =>
                Results.Ok(await consultations.ListAsync(phase, page, ct)))
            .WithMetadata(new PublicAcrossRegionsAttribute())
            .WithSummary("公开征求意见目录（征求意见中及已截止）");
        portal.MapGet("/{id}", async (Guid id, PortalConsultations consultations, CancellationToken ct) =>
                Results.Ok(await consultations.DetailAsync(id, ct)))
            .WithMetadata(new PublicAcrossRegionsAttribute())
            .WithSummary("征求意见稿、起草说明、剩余时间、已公开的意见及采纳情况");
        portal.MapPost("/{id}/comments", async (Guid id, CommentInput input, SubmitComment submit, CancellationToken ct) =>
            {
                var comment = await submit.ExecuteAsync(id, input, ct);
                return Results.Accepted($"/portal/consultations/{id}", new { comment.Id, message = "意见已提交，经审核后公开" });
            })
            .WithMetadata(new PublicAcrossRegionsAttribute())
            .RequireRateLimiting(RateLimits.PublicWrite)
            .WithSummary("提交意见（匿名；期限外返回409；先审后发；联系电话加密保存、不公开；同一来源每分钟限5条）");
        return endpoints;
    }
}
