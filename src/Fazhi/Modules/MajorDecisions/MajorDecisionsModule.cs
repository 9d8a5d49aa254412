using System.Security.Claims;

using Fazhi.Modules.MajorDecisions.Catalog;
using Fazhi.Modules.MajorDecisions.Decisions;
using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Modules.MajorDecisions.Metrics;
using Fazhi.Modules.MajorDecisions.Portal;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Publishing;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.MajorDecisions;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class MajorDecisionsModule
{
    public static IServiceCollection AddMajorDecisions(this IServiceCollection services)
    {
        services.AddPermissions(MajorDecisionsPermissions.Grants);
        services.AddNavItem(new NavItem("重大行政决策", "/major-decisions", MajorDecisionsPermissions.Read, 15));
        services.AddPortalSection(new PortalSection("重大行政决策事项目录", "/portal/major-decisions", "经镇党委同意后公布的年度重大行政决策事项目录及其调整版本"));
        services.AddProcedureDefinition(DecisionProcedure.V1);
        services.AddAttachmentOwner(DecisionProcedure.SubjectType, MajorDecisionsPermissions.Read, async (sp, ownerId, ct) =>
            Guid.TryParse(ownerId, out var id) && await sp.GetRequiredService<AppDbContext>().Set<MajorDecision>().AnyAsync(d => d.Id == id, ct));
        foreach (var metric in MajorDecisionMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<CatalogUseCases>();
        services.AddScoped<ProposeDecision>();
        services.AddScoped<AdvanceDecision>();
        services.AddScoped<DecisionDetails>();
        services.AddScoped<ListDecisions>();
        services.AddScoped<DecisionDossier>();
        services.AddScoped<PublicCatalogs>();
        services.AddDemoData<Demo.MajorDecisionsDraftDemo>();
        services.AddDemoData<Demo.MajorDecisionsDecideDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapMajorDecisionsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/major-decisions").WithTags("重大行政决策");
        var read = api.MapGroup("").RequireAuthorization(MajorDecisionsPermissions.Read);
        var catalog = api.MapGroup("/catalogs").RequireAuthorization(MajorDecisionsPermissions.ManageCatalog);
        var handle = api.MapGroup("/decisions").RequireAuthorization(MajorDecisionsPermissions.Read);

        read.MapGet("/catalogs", async (string? year, string? page, CatalogUseCases catalogs, CancellationToken ct) =>
            {
                var result = await catalogs.ListAsync(year, page, ct);
                return Results.Ok(new
                {
                    result.Total,
                    result.Page,
                    result.PageSize,
                    result.Pages,
                    Items = result.Items.Select(c => new { c.Id, c.Year, c.Version, Status = c.Status.ToString(), StatusName = Names.Of(c.Status), c.PartyApprovedOn, c.PublishedOn, ItemCount = c.Items.Count }),
                });
            })
            .WithSummary("重大行政决策事项目录（各年度各版本）");
        read.MapGet("/catalogs/{catalogId}", async (Guid catalogId, CatalogUseCases catalogs, CancellationToken ct) =>
                Results.Ok(await catalogs.ViewAsync(catalogId, ct)))
            .WithSummary("目录版本详情（事项、党委同意、公布、版本记录）");
        read.MapGet("/catalogs/{catalogId}/export.xlsx", async (Guid catalogId, CatalogUseCases catalogs, CancellationToken ct) =>
            {
                var (bytes, name) = await catalogs.ExportAsync(catalogId, ct);
                return Results.File(bytes, Ledgers.XlsxContentType, name);
            })
            .WithSummary("导出目录（Excel）");
        catalog.MapPost("", async (NewCatalogInput body, CatalogUseCases catalogs, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var created = await catalogs.CreateAsync(body, user.FindFirstValue(FazhiClaims.Region) ?? "", user.Identity?.Name ?? "", ct);
                return Results.Created($"/api/major-decisions/catalogs/{created.Id}", await catalogs.ViewAsync(created.Id, ct));
            })
            .WithSummary("编制年度目录（第1版）");
        catalog.MapPost("/{catalogId}/items", async (Guid catalogId, CatalogItemInput body, CatalogUseCases catalogs, CancellationToken ct) =>
            {
                await catalogs.AddItemAsync(catalogId, body, ct);
                return Results.Ok(await catalogs.ViewAsync(catalogId, ct));
            })
            .WithSummary("增加目录事项（仅编制中的版本）");
        catalog.MapDelete("/{catalogId}/items/{itemId}", async (Guid catalogId, Guid itemId, CatalogUseCases catalogs, CancellationToken ct) =>
            {
                await catalogs.RemoveItemAsync(catalogId, itemId, ct);
                return Results.Ok(await catalogs.ViewAsync(catalogId, ct));
            })
            .WithSummary("删除目录事项（仅编制中的版本）");
        catalog.MapPost("/{catalogId}/import", async (Guid catalogId, HttpRequest request, CatalogUseCases catalogs, CancellationToken ct) =>
            {
                // The catalog is looked up before the body is read, so another town's id is a 404 whatever was posted.
                await catalogs.ViewAsync(catalogId, ct);
                var file = await Ledgers.UploadedFileAsync(request, ct);

                await using var stream = file.OpenReadStream();
                var count = await catalogs.ImportAsync(catalogId, stream, file.FileName, ct);
                return Results.Ok(new { imported = count, catalog = await catalogs.ViewAsync(catalogId, ct) });
            })
            // Integrations post with a bearer token; the auth cookie is SameSite=Strict, so a cross-site post carries no session.
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入目录事项（与导出同列；有错误的行全部列出，整个文件不导入；仅编制中的版本）");
        catalog.MapPost("/{catalogId}/approve", async (Guid catalogId, ApproveCatalogInput body, CatalogUseCases catalogs, CancellationToken ct) =>
            {
                await catalogs.ApproveAsync(catalogId, body, ct);
                return Results.Ok(await catalogs.ViewAsync(catalogId, ct));
            })
            .WithSummary("记录同级党委同意（日期、依据）");
        catalog.MapPost("/{catalogId}/publish", async (Guid catalogId, PublishCatalogInput body, CatalogUseCases catalogs, CancellationToken ct) =>
            {
                await catalogs.PublishAsync(catalogId, body, ct);
                return Results.Ok(await catalogs.ViewAsync(catalogId, ct));
            })
            .WithSummary("向社会公布目录（须经党委同意，条例第三条）");
        catalog.MapPost("/{catalogId}/adjust", async (Guid catalogId, AdjustCatalogInput body, CatalogUseCases catalogs, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var next = await catalogs.AdjustAsync(catalogId, body, user.Identity?.Name ?? "", ct);
                return Results.Created($"/api/major-decisions/catalogs/{next.Id}", await catalogs.ViewAsync(next.Id, ct));
            })
            .WithSummary("调整目录：形成新版本（原版本保留）");

        handle.MapGet("", async ([AsParameters] DecisionFilter filter, ListDecisions list, CancellationToken ct) =>
            {
                var page = await list.PageAsync(filter, ct);
                return Results.Ok(new { page.Total, page.Page, page.PageSize, page.Pages, Items = page.Items.Select(DecisionListItem.Of) });
            })
            .WithSummary("重大行政决策台账（筛选、排序、分页）");
        handle.MapGet("/export.xlsx", async ([AsParameters] DecisionFilter filter, ListDecisions list, CancellationToken ct) =>
                Results.File(await list.ExportAsync(filter, ct), Ledgers.XlsxContentType, "重大行政决策台账.xlsx"))
            .WithSummary("导出重大行政决策台账（Excel）");
        handle.MapPost("", async (ProposeDecisionInput body, ProposeDecision propose, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var decision = await propose.ExecuteAsync(body, ProcedureActor.From(user), ct);
                return Results.Created($"/api/major-decisions/decisions/{decision.Id}", new { decision.Id, decision.State });
            })
            .RequireAuthorization(MajorDecisionsPermissions.Handle)
            .WithSummary("提出决策建议（目录事项）");
        handle.MapGet("/{id}", async (Guid id, DecisionDetails details, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await details.ExecuteAsync(id, ProcedureActor.From(user), ct)))
            .WithSummary("决策详情（应履行程序、办理记录、期限及其计算说明、可办理环节）");
        handle.MapGet("/{id}/dossier.zip", async (Guid id, DecisionDossier dossier, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var (bytes, name) = await dossier.BuildAsync(id, ProcedureActor.From(user), ct);
                return Results.File(bytes, "application/zip", name);
            })
            .WithSummary("下载决策档案（.zip：办理记录、会议纪要、论证意见、评估报告、附件）");
        handle.MapPost("/{id}/actions/{action}", async (Guid id, string action, DecisionActionInput? input, AdvanceDecision advance, DecisionDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                await advance.ExecuteAsync(id, action, input ?? new DecisionActionInput(), actor, ct);
                return Results.Ok(await details.ExecuteAsync(id, actor, ct));
            })
            .WithSummary("办理一个环节（initiate、start_drafting、open_consultation、record_hearing、start_expert_review、record_expert_opinion、start_risk_assessment、record_risk_assessment、submit_fair_competition、submit_legality_review、submit_discussion、record_minutes、report_to_party、publish、archive、implement、evaluate、adjust、suspend、return_to_drafting）；不符合法定条件时返回409及法律依据");

        api.MapGet("/public/catalogs", async (string? region, PublicCatalogs catalogs, CancellationToken ct) =>
                Results.Ok(await catalogs.ListAsync(region, ct)))
            .AllowAnonymous()
            .WithMetadata(new PublicAcrossRegionsAttribute())
            .WithTags("政务公开：重大行政决策")
            .WithSummary("公开的重大行政决策事项目录（各年度及其调整版本）");
        return endpoints;
    }
}
