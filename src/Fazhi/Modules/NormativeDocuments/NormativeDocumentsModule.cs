using System.Security.Claims;

using Fazhi.Modules.NormativeDocuments.Cleanups;
using Fazhi.Modules.NormativeDocuments.Documents;
using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Modules.NormativeDocuments.Metrics;
using Fazhi.Modules.NormativeDocuments.Portal;
using Fazhi.Modules.NormativeDocuments.Validity;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Publishing;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.Extensions.Options;

namespace Fazhi.Modules.NormativeDocuments;

/// <summary>Request body of <c>POST /api/normative-documents/cleanups</c>.</summary>
public sealed record NewCleanupRequest(string? Name, string? Reason);

/// <summary>Request body of <c>POST /api/normative-documents/cleanups/{campaignId}/items</c>.</summary>
public sealed record CleanupConclusionRequest(Guid? DocumentId, string? Conclusion, string? Note);

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class NormativeDocumentsModule
{
    public static IServiceCollection AddNormativeDocuments(this IServiceCollection services)
    {
        services.AddOptions<NormativeDocumentOptions>().BindConfiguration("NormativeDocuments");
        services.AddNormativeDocumentsPermissions();
        services.AddNavItem(new NavItem("规范性文件", "/normative-documents", NormativeDocumentsPermissions.Read, 20));
        services.AddPortalSection(new PortalSection("行政规范性文件", "/portal/normative-documents", "现行有效及已失效的镇级行政规范性文件目录"));
        // DEBT: a changed period in configuration changes version 1 in place; it should register a new definition version.
        services.AddSingleton(sp => NormativeDocumentProcedure.Create(sp.GetRequiredService<IOptions<NormativeDocumentOptions>>().Value).Validated());
        services.AddScoped<CreateDocument>();
        services.AddScoped<AdvanceDocument>();
        services.AddScoped<ListDocuments>();
        services.AddScoped<DocumentDetails>();
        services.AddScoped<LegalityOpinionAnswers>();
        services.AddScoped<ImportDocuments>();
        services.AddScoped<CreateCleanup>();
        services.AddScoped<ManageCleanup>();
        services.AddScoped<PublicDocuments>();
        services.AddScoped<CheckValidityPeriods>();
        services.AddHostedService<ValidityCheckWorker>();
        // Two halves around the reviews the other modules' generators take (see Demo/).
        services.AddDemoData<Demo.NormativeDocumentsDraftDemo>();
        services.AddDemoData<Demo.NormativeDocumentsIssueDemo>();
        foreach (var metric in NormativeDocumentMetrics.All)
        {
            services.AddMetric(metric);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapNormativeDocumentsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/normative-documents").WithTags("行政规范性文件");
        var read = api.MapGroup("").RequireAuthorization(NormativeDocumentsPermissions.Read);
        var manage = api.MapGroup("").RequireAuthorization(NormativeDocumentsPermissions.Manage);
        var cleanup = api.MapGroup("/cleanups").RequireAuthorization(NormativeDocumentsPermissions.Cleanup);

        read.MapGet("", async ([AsParameters] DocumentFilter filter, ListDocuments list, CancellationToken ct) =>
            {
                var page = await list.PageAsync(filter, ct);
                return Results.Ok(new { page.Total, page.Page, page.PageSize, page.Pages, Items = page.Items.Select(DocumentListItem.Of) });
            })
            .WithSummary("规范性文件台账（筛选、排序、分页）");
        read.MapGet("/export.xlsx", async ([AsParameters] DocumentFilter filter, ListDocuments list, CancellationToken ct) =>
                await ExportAsync(list, filter, ct))
            .WithSummary("导出规范性文件台账（Excel，与导入同列）");
        read.MapGet("/{id}", async (Guid id, DocumentDetails details, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await details.ExecuteAsync(id, ProcedureActor.From(user), ct)))
            .WithSummary("规范性文件详情（办理记录、期限及其计算说明、可办理环节）");

        read.MapGet("/{id}/legality-opinion", async (Guid id, LegalityOpinionAnswers opinion, CancellationToken ct) =>
                Results.Ok(await opinion.GetAsync(id, ct)))
            .WithSummary("本文件的合法性审核意见及逐条采纳情况");

        manage.MapPost("/{id}/legality-opinion/answers", async (Guid id, OpinionAnswersRequest? body, LegalityOpinionAnswers opinion, CancellationToken ct) =>
                Results.Ok(await opinion.AnswerAsync(id, body, ct)))
            .WithSummary("起草单位逐条反馈合法性审核意见的采纳情况（采纳 / 不采纳并说明理由）；全部反馈前不得集体审议决定");
        manage.MapPost("", async (DocumentDraft draft, CreateDocument create, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var document = await create.ExecuteAsync(draft, user.FindFirstValue(FazhiClaims.Region) ?? "", ProcedureActor.From(user), ct);
                return Results.Created($"/api/normative-documents/{document.Id}", new { document.Id, Status = document.Status.ToString() });
            })
            .WithSummary("列入制定计划（新建规范性文件）");
        manage.MapPost("/{id}/actions/{action}", async (Guid id, string action, DocumentActionInput? input, AdvanceDocument advance, DocumentDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                await advance.ExecuteAsync(id, action, input ?? new DocumentActionInput(), actor, ct);
                return Results.Ok(await details.ExecuteAsync(id, actor, ct));
            })
            .WithSummary("办理一个环节（start_drafting、open_consultation、close_consultation、submit_fair_competition、submit_legality_review、submit_deliberation、return_to_drafting、deliberate、register、publish、file、evaluate、amend、repeal、declare_invalid）；不符合法定条件时返回409及法律依据");
        manage.MapPost("/import", async (IFormFile file, ImportDocuments import, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var count = await import.ExecuteAsync(stream, file.FileName, user.FindFirstValue(FazhiClaims.Region) ?? "", ProcedureActor.From(user), ct);
                return Results.Ok(new { imported = count, message = $"已导入{count}件规范性文件" });
            })
            // Integrations post with a bearer token; the auth cookie is SameSite=Strict, so a cross-site post carries no session.
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入规范性文件台账（与导出同列；有错误的行全部列出，整个文件不导入）");

        cleanup.MapGet("", async (Fazhi.Platform.Data.AppDbContext db, CancellationToken ct) =>
                Results.Ok(await CleanupList.ListAsync(db, ct)))
            .WithSummary("规范性文件清理列表");
        cleanup.MapPost("", async (NewCleanupRequest body, CreateCleanup create, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var campaign = await create.ExecuteAsync(body.Name, body.Reason, user.FindFirstValue(FazhiClaims.Region) ?? "", ProcedureActor.From(user), ct);
                return Results.Created($"/api/normative-documents/cleanups/{campaign.Id}", new { campaign.Id });
            })
            .WithSummary("开展规范性文件清理");
        cleanup.MapGet("/{campaignId}", async (Guid campaignId, ManageCleanup manageCleanup, CancellationToken ct) =>
                Results.Ok(await manageCleanup.ViewAsync(campaignId, ct)))
            .WithSummary("清理详情（各文件的清理结论）");
        cleanup.MapGet("/{campaignId}/export.xlsx", async (Guid campaignId, ManageCleanup manageCleanup, CancellationToken ct) =>
            {
                var view = await manageCleanup.ViewAsync(campaignId, ct);
                var bytes = await Ledgers.ExportXlsxAsync(CleanupList.Layout, view.Items.Select((item, i) => new CleanupList.Row(i + 1, item)), ct);
                return Results.File(bytes, Ledgers.XlsxContentType, $"{view.Name}.xlsx");
            })
            .WithSummary("导出清理结论（Excel）");
        cleanup.MapPost("/{campaignId}/items", async (Guid campaignId, CleanupConclusionRequest body, ManageCleanup manageCleanup, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await manageCleanup.RecordAsync(campaignId, body.DocumentId, body.Conclusion, body.Note, ProcedureActor.From(user), ct);
                return Results.Ok(await manageCleanup.ViewAsync(campaignId, ct));
            })
            .WithSummary("记录一件文件的清理结论（继续有效 ContinueInForce / 修改 Amend / 废止 Repeal / 宣布失效 DeclareInvalid）");
        cleanup.MapPost("/{campaignId}/publish", async (Guid campaignId, ManageCleanup manageCleanup, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await manageCleanup.PublishAsync(campaignId, ProcedureActor.From(user), ct);
                return Results.Ok(await manageCleanup.ViewAsync(campaignId, ct));
            })
            .WithSummary("公布清理结果（废止、宣布失效的文件随之失效）");

        var portal = api.MapGroup("/public").AllowAnonymous().WithTags("政务公开：规范性文件");
        portal.MapGet("", async (string? q, string? status, string? region, string? page, PublicDocuments documents, CancellationToken ct) =>
                Results.Ok(await documents.ListAsync(q, status, region, page, ct)))
            .WithMetadata(new PublicAcrossRegionsAttribute())
            .WithSummary("规范性文件公开目录（含已失效文件，个人信息已脱敏）");
        portal.MapGet("/{id}", async (Guid id, PublicDocuments documents, CancellationToken ct) =>
                Results.Ok(await documents.DetailAsync(id, ct)))
            .WithMetadata(new PublicAcrossRegionsAttribute())
            .WithSummary("公开的规范性文件全文");
        portal.MapGet("/cleanups/{campaignId}", async (Guid campaignId, PublicDocuments documents, CancellationToken ct) =>
                Results.Ok(await documents.CleanupAsync(campaignId, ct)))
            .WithMetadata(new PublicAcrossRegionsAttribute())
            .WithSummary("公布的清理结果（继续有效、修改、废止、宣布失效目录）");
        return endpoints;
    }

    public static async Task<IResult> ExportAsync(ListDocuments list, DocumentFilter filter, CancellationToken ct)
    {
        var documents = await list.AllAsync(filter, ct);
        var bytes = await Ledgers.ExportXlsxAsync(DocumentLedger.Layout, documents.Select((d, i) => DocumentLedgerRow.Of(d, i + 1)), ct);
        return Results.File(bytes, Ledgers.XlsxContentType, "规范性文件台账.xlsx");
    }
}
