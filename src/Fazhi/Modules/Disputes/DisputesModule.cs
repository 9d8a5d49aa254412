using System.Security.Claims;

using Fazhi.Modules.Disputes.Cases;
using Fazhi.Modules.Disputes.Contracts;
using Fazhi.Modules.Disputes.Domain;
using Fazhi.Modules.Disputes.Metrics;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class DisputesModule
{
    public static IServiceCollection AddDisputes(this IServiceCollection services)
    {
        services.AddPermissions(DisputesPermissions.Grants);
        services.AddNavItem(new NavItem("矛盾纠纷排查化解", "/disputes", DisputesPermissions.Read, 40));
        services.AddNavItem(new NavItem("重大风险纠纷上报", "/disputes/escalations", DisputesPermissions.Escalations, 41));
        services.AddNavItem(new NavItem("矛盾纠纷排查轮次", "/disputes/rounds", DisputesPermissions.Read, 42));
        services.AddProcedureDefinition(DisputeProcedure.V1);
        foreach (var metric in DisputeMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<RegisterDispute>();
        services.AddScoped<AdvanceDispute>();
        services.AddScoped<DisputeDetails>();
        services.AddScoped<ListDisputes>();
        services.AddScoped<ScreeningRounds>();
        services.AddScoped<IDisputeHistory, DisputeHistories>();
        services.AddDemoData<Demo.DisputesDemo>();
        services.AddDemoData<Demo.DisputesFollowUpDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapDisputesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/disputes").WithTags("矛盾纠纷排查化解").RequireAuthorization(DisputesPermissions.Read);

        api.MapGet("", async ([AsParameters] DisputeFilter filter, ListDisputes list, CancellationToken ct) =>
            {
                var page = await list.PageAsync(filter, ct);
                return Results.Ok(new { page.Total, page.Page, page.PageSize, page.Pages, Items = page.Items.Select(ListItem) });
            })
            .WithSummary("矛盾纠纷台账（筛选、检索、排序、分页）");
        api.MapGet("/export.xlsx", async ([AsParameters] DisputeFilter filter, ListDisputes list, CancellationToken ct) =>
                Results.File(await list.ExportAsync(filter, ct), Ledgers.XlsxContentType, "矛盾纠纷排查台账.xlsx"))
            .WithSummary("导出矛盾纠纷排查台账（Excel；当事人身份证号、手机号脱敏）");
        api.MapPost("/import", async (HttpRequest request, ListDisputes list, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);

                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await list.ImportAsync(stream, file.FileName, Region(user), ProcedureActor.From(user), ct) });
            })
            .DisableAntiforgery()
            .RequireAuthorization(DisputesPermissions.Handle)
            .WithSummary("从 Excel/CSV 导入纠纷登记（与导出同列；有错误的行全部列出，整个文件不导入）");
        api.MapPost("", async (RegisterDisputeInput body, RegisterDispute register, DisputeDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                var dispute = await register.ExecuteAsync(body, Region(user), actor, ct);
                return Results.Created($"/api/disputes/{dispute.Id}", await details.ExecuteAsync(dispute.Id, actor, ct));
            })
            .RequireAuthorization(DisputesPermissions.Handle)
            .WithSummary("登记矛盾纠纷（重大风险即时上报镇领导）");
        api.MapGet("/{id}", async (Guid id, DisputeDetails details, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await details.ExecuteAsync(id, ProcedureActor.From(user), ct)))
            .WithSummary("纠纷详情（当事人脱敏、办理记录、办理时限、上报记录、可办理环节）");
        api.MapPost("/{id}/actions/{action}", async (Guid id, string action, DisputeActionInput? input, AdvanceDispute advance, DisputeDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                await advance.ExecuteAsync(id, action, input ?? new DisputeActionInput(), actor, ct);
                return Results.Ok(await details.ExecuteAsync(id, actor, ct));
            })
            .WithSummary("办理一个环节（assign 交办/推送属事部门、route 分流、resolve 化解、close 回访办结）；不符合条件时返回409及依据");
        api.MapPost("/{id}/escalate", async (Guid id, DisputeActionInput? input, AdvanceDispute advance, DisputeDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                await advance.EscalateAsync(id, input ?? new DisputeActionInput(), actor, ct);
                return Results.Ok(await details.ExecuteAsync(id, actor, ct));
            })
            .RequireAuthorization(DisputesPermissions.Handle)
            .WithSummary("重大风险上报镇领导");
        api.MapGet("/escalations", async (AppDbContext db, CancellationToken ct) =>
                Results.Ok(await Escalations(db, ct)))
            .RequireAuthorization(DisputesPermissions.Escalations)
            .WithSummary("重大风险纠纷上报（未签收在前）");
        api.MapPost("/escalations/{escalationId}/acknowledge", async (Guid escalationId, AcknowledgeInput? body, AdvanceDispute advance, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await advance.AcknowledgeAsync(escalationId, body?.Instruction, ProcedureActor.From(user), ct);
                return Results.NoContent();
            })
            .RequireAuthorization(DisputesPermissions.Escalations)
            .WithSummary("镇领导签收上报（可附批示）");
        api.MapGet("/rounds", async ([AsParameters] ScreeningRoundFilter filter, ScreeningRounds rounds, CancellationToken ct) =>
            {
                var page = await rounds.PageAsync(filter, ct);
                return Results.Ok(new { page.Total, page.Page, page.PageSize, Items = page.Items.Select(RoundJson) });
            })
            .WithSummary("排查轮次（按年度、层级、排查单位筛选，分页）");
        api.MapGet("/rounds/{roundId}", async (Guid roundId, ScreeningRounds rounds, CancellationToken ct) => Results.Ok(RoundJson(await rounds.GetAsync(roundId, ct))))
            .WithSummary("一轮排查及其排查出的纠纷数");
        api.MapPost("/rounds/{roundId}/end", async (Guid roundId, ScreeningRoundEndInput body, ScreeningRounds rounds, CancellationToken ct) =>
                Results.Ok(RoundJson(await rounds.GetAsync((await rounds.EndAsync(roundId, body, ct)).Id, ct))))
            .RequireAuthorization(DisputesPermissions.Handle)
            .WithSummary("结束一轮排查（结束日期、排查情况）");
        api.MapPost("/rounds", async (ScreeningRoundInput body, ScreeningRounds rounds, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var round = await rounds.CreateAsync(body, Region(user), ProcedureActor.From(user), ct);
                return Results.Created($"/api/disputes/rounds/{round.Id}", new { round.Id });
            })
            .RequireAuthorization(DisputesPermissions.Handle)
            .WithSummary("登记一轮排查（网格、村（社区）、镇综治中心）");
        return endpoints;
    }

    public sealed record AcknowledgeInput(string? Instruction);

    private static object RoundJson(ScreeningRoundRow r) => new
    {
        r.Round.Id,
        Level = Names.Of(r.Round.Level),
        r.Round.Unit,
        r.Round.StartedOn,
        r.Round.EndedOn,
        r.Round.Summary,
        r.Found,
        r.Resolved,
        r.Referred,
        r.Major,
    };

    public sealed record EscalationItem(Guid Id, Guid DisputeId, string Number, string Title, string Risk, DateOnly On, string Reason, string ReportedBy,
        string? AcknowledgedBy, DateTime? AcknowledgedAt, string? Instruction);

    public static async Task<IReadOnlyList<EscalationItem>> Escalations(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.Set<DisputeEscalation>().AsNoTracking()
            .Join(db.Set<Dispute>().AsNoTracking(), e => e.DisputeId, d => d.Id, (e, d) => new { e, d })
            .OrderBy(x => x.e.AcknowledgedAt != null).ThenByDescending(x => x.e.On).ThenBy(x => x.e.Id).Take(500).ToListAsync(ct);
        return rows.Select(x => new EscalationItem(x.e.Id, x.d.Id, x.d.Number, x.d.Title, Names.Of(x.d.Risk), x.e.On, x.e.Reason, x.e.ReportedBy,
            x.e.AcknowledgedBy, x.e.AcknowledgedAt, x.e.Instruction)).ToList();
    }

    public static object ListItem(Dispute d) => new
    {
        d.Id,
        d.Number,
        d.Title,
        Type = Names.Of(d.Type),
        Source = Names.Of(d.Source),
        Risk = Names.Of(d.Risk),
        d.Location,
        d.State,
        StateName = DisputeProcedure.NameOf(d.State),
        d.RegisteredOn,
        d.ResponsibleUnit,
        d.ReferredToDepartment,
        d.DueOn,
        Route = d.Route is { } r ? Names.Of(r) : null,
        d.RouteReference,
        d.ResolvedOn,
        d.ClosedOn,
        d.EscalatedOn,
    };

    private static string Region(ClaimsPrincipal user) => user.FindFirstValue(FazhiClaims.Region) ?? "";
}
