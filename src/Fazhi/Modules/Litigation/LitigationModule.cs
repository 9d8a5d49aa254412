using System.Security.Claims;

using Fazhi.Modules.Litigation.Cases;
using Fazhi.Modules.Litigation.Domain;
using Fazhi.Modules.Litigation.Metrics;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Litigation.Domain.LitigationProcedure;

namespace Fazhi.Modules.Litigation;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class LitigationModule
{
    public static IServiceCollection AddLitigation(this IServiceCollection services)
    {
        services.AddPermissions(LitigationPermissions.Grants);
        services.AddNavItem(new NavItem("行政诉讼", "/litigation", LitigationPermissions.Read, 51));
        services.AddProcedureDefinition(P.V1);
        services.AddAttachmentOwner(P.SubjectType, LitigationPermissions.Read, async (sp, ownerId, ct) =>
            Guid.TryParse(ownerId, out var id) && await sp.GetRequiredService<AppDbContext>().Set<LitigationCase>().AnyAsync(c => c.Id == id, ct));
        foreach (var metric in LitigationMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<RegisterSuit>();
        services.AddScoped<AdvanceSuit>();
        services.AddScoped<SuitDetails>();
        services.AddScoped<SuitLedger>();
        services.AddDemoData<Demo.LitigationDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapLitigationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/litigation/cases").WithTags("行政诉讼").RequireAuthorization(LitigationPermissions.Read);
        api.MapGet("", async ([AsParameters] SuitFilter filter, SuitLedger ledger, CancellationToken ct) =>
            {
                var page = await ledger.PageAsync(filter, ct);
                return Results.Ok(new { page.Total, page.Page, page.PageSize, page.Pages, Items = page.Items.Select((c, i) => new { c.Id, c.State, Row = SuitLedgerRow.Of((page.Page - 1) * page.PageSize + i + 1, c) }) });
            })
            .WithSummary("行政诉讼案件台账（筛选、检索、排序、分页）");
        api.MapGet("/export.xlsx", async ([AsParameters] SuitFilter filter, SuitLedger ledger, CancellationToken ct) =>
                Results.File(await ledger.ExportAsync(filter, ct), Ledgers.XlsxContentType, "行政诉讼案件台账.xlsx"))
            .WithSummary("导出案件台账（Excel）");
        api.MapGet("/hearings/export.xlsx", async ([AsParameters] SuitFilter filter, SuitLedger ledger, CancellationToken ct) =>
                Results.File(await ledger.ExportHearingsAsync(filter, ct), Ledgers.XlsxContentType, "行政诉讼出庭应诉台账.xlsx"))
            .WithSummary("导出出庭应诉台账（Excel）");
        api.MapPost("/import", async (HttpRequest request, SuitLedger ledger, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await using var stream = await FileAsync(request, ct);
                return Results.Ok(new { imported = await ledger.ImportAsync(stream, request.Form.Files["file"]!.FileName, user.FindFirstValue(FazhiClaims.Region) ?? "", ProcedureActor.From(user), ct) });
            })
            .RequireAuthorization(LitigationPermissions.Handle)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入案件台账（与导出同列；逐行按同样的程序规则办理，有错误的行全部列出，整个文件不导入）");
        api.MapPost("/hearings/import", async (HttpRequest request, SuitLedger ledger, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await using var stream = await FileAsync(request, ct);
                return Results.Ok(new { imported = await ledger.ImportHearingsAsync(stream, request.Form.Files["file"]!.FileName, ProcedureActor.From(user), ct) });
            })
            .RequireAuthorization(LitigationPermissions.Handle)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入出庭应诉台账（按案号对应案件；负责人未出庭的须有委托人员和理由）");
        api.MapPost("", async (SuitInput body, RegisterSuit register, SuitDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                var c = await register.ExecuteAsync(body, user.FindFirstValue(FazhiClaims.Region) ?? "", actor, ct);
                return Results.Created($"/api/litigation/cases/{c.Id}", await details.ExecuteAsync(c.Id, actor, ct));
            })
            .RequireAuthorization(LitigationPermissions.Handle)
            .WithSummary("登记行政诉讼案件（收到起诉状副本，答辩期限开始计算）");
        api.MapGet("/{id:guid}", async (Guid id, SuitDetails details, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await details.ExecuteAsync(id, ProcedureActor.From(user), ct)))
            .WithSummary("案件详情（期限及其计算说明、办理记录、开庭与出庭情况、法院文书附件、可办理环节）");
        api.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, SuitActionInput? input, AdvanceSuit advance, SuitDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                await advance.ExecuteAsync(id, action, input ?? new SuitActionInput(), actor, ct);
                return Results.Ok(await details.ExecuteAsync(id, actor, ct));
            })
            .RequireAuthorization(LitigationPermissions.Handle)
            .WithSummary("办理一个环节（defend、hearing、judge、appeal、become_effective、record_appeal_decision、comply）；不符合法定条件时返回409及法律依据");
        return endpoints;
    }

    private static async Task<Stream> FileAsync(HttpRequest request, CancellationToken ct)
    {
        return (await Ledgers.UploadedFileAsync(request, ct)).OpenReadStream();
    }
}
