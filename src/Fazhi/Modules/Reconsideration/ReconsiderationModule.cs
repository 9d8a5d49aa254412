using System.Security.Claims;

using Fazhi.Modules.Reconsideration.Cases;
using Fazhi.Modules.Reconsideration.Domain;
using Fazhi.Modules.Reconsideration.Metrics;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Reconsideration.Domain.ReconsiderationProcedure;

namespace Fazhi.Modules.Reconsideration;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class ReconsiderationModule
{
    public static IServiceCollection AddReconsideration(this IServiceCollection services)
    {
        services.AddPermissions(ReconsiderationPermissions.Grants);
        services.AddNavItem(new NavItem("行政复议", "/reconsideration", ReconsiderationPermissions.Read, 50));
        foreach (var definition in P.All)
        {
            services.AddProcedureDefinition(definition);
        }

        services.AddAttachmentOwner(P.SubjectType, ReconsiderationPermissions.Read, async (sp, ownerId, ct) =>
            Guid.TryParse(ownerId, out var id) && await sp.GetRequiredService<AppDbContext>().Set<ReconsiderationCase>().AnyAsync(c => c.Id == id, ct));
        foreach (var metric in ReconsiderationMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<RegisterCase>();
        services.AddScoped<AdvanceCase>();
        services.AddScoped<CaseDetails>();
        services.AddScoped<CaseLedger>();
        services.AddDemoData<Demo.ReconsiderationDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapReconsiderationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/reconsideration/cases").WithTags("行政复议").RequireAuthorization(ReconsiderationPermissions.Read);
        api.MapGet("", async ([AsParameters] CaseFilter filter, CaseLedger ledger, CancellationToken ct) =>
            {
                var page = await ledger.PageAsync(filter, ct);
                return Results.Ok(new { page.Total, page.Page, page.PageSize, page.Pages, Items = page.Items.Select((c, i) => new { c.Id, c.State, Row = CaseLedgerRow.Of((page.Page - 1) * page.PageSize + i + 1, c) }) });
            })
            .WithSummary("被申请行政复议案件台账（筛选、检索、排序、分页）");
        api.MapGet("/export.xlsx", async ([AsParameters] CaseFilter filter, CaseLedger ledger, CancellationToken ct) =>
                Results.File(await ledger.ExportAsync(filter, ct), Ledgers.XlsxContentType, "被申请行政复议案件台账.xlsx"))
            .WithSummary("导出台账（Excel）");
        api.MapPost("/import", async (HttpRequest request, CaseLedger ledger, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);

                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await ledger.ImportAsync(stream, file.FileName, user.FindFirstValue(FazhiClaims.Region) ?? "", ProcedureActor.From(user), ct) });
            })
            .RequireAuthorization(ReconsiderationPermissions.Handle)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入台账（与导出同列；逐行按同样的程序规则办理，有错误的行全部列出，整个文件不导入）");
        api.MapPost("", async (RegisterInput body, RegisterCase register, CaseDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                var c = await register.ExecuteAsync(body, user.FindFirstValue(FazhiClaims.Region) ?? "", actor, ct);
                return Results.Created($"/api/reconsideration/cases/{c.Id}", await details.ExecuteAsync(c.Id, actor, ct));
            })
            .RequireAuthorization(ReconsiderationPermissions.Handle)
            .WithSummary("登记被申请行政复议案件（受理日期决定适用的行政复议法版本）");
        api.MapGet("/{id:guid}", async (Guid id, CaseDetails details, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await details.ExecuteAsync(id, ProcedureActor.From(user), ct)))
            .WithSummary("案件详情（期限及其计算说明、办理记录、听证、附件、可办理环节）");
        api.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, CaseActionInput? input, AdvanceCase advance, CaseDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                await advance.ExecuteAsync(id, action, input ?? new CaseActionInput(), actor, ct);
                return Results.Ok(await details.ExecuteAsync(id, actor, ct));
            })
            .RequireAuthorization(ReconsiderationPermissions.Handle)
            .WithSummary("办理一个环节（reply、record_hearing、suspend、resume、extend、decide、terminate、receive_opinion、answer_opinion、comply）；不符合法定条件时返回409及法律依据");
        return endpoints;
    }
}
