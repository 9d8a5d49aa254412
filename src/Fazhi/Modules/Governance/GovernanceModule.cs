using System.Security.Claims;

using Fazhi.Modules.Governance.Committees;
using Fazhi.Modules.Governance.Evaluations;
using Fazhi.Modules.Governance.Metrics;
using Fazhi.Modules.Governance.Reports;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Governance;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class GovernanceModule
{
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddPermissions(GovernancePermissions.Grants);
        services.AddNavItem(new NavItem("依法治镇委员会", "/governance", GovernancePermissions.Read, 58));
        services.AddOptions<GovernanceOptions>().BindConfiguration("Governance");
        foreach (var metric in GovernanceMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<CommitteeUseCases>();
        services.AddScoped<CommitteeQueries>();
        services.AddScoped<LawReports>();
        services.AddScoped<CadreEvaluations>();
        services.AddDemoData<Demo.GovernanceDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapGovernanceApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/governance").WithTags("依法治镇委员会").RequireAuthorization(GovernancePermissions.Read);

        api.MapGet("/bodies", async (CommitteeQueries queries, CancellationToken ct) => Results.Ok(await queries.BodiesAsync(ct)))
            .WithSummary("议事机构（委员会、委员会办公室、协调小组）及其成员");
        api.MapPost("/bodies", async (BodyInput body, CommitteeUseCases uses, CommitteeQueries queries, CancellationToken ct) =>
            {
                var created = await uses.CreateBodyAsync(body, ct);
                return Results.Created($"/api/governance/bodies/{created.Id}", await queries.BodyAsync(created.Id, ct));
            })
            .RequireAuthorization(GovernancePermissions.Record)
            .WithSummary("设立议事机构（类别、名称、成立日期、启用本系统前已召开的会议次数）");
        api.MapGet("/bodies/{id}", async (Guid id, CommitteeQueries queries, CancellationToken ct) => Results.Ok(await queries.BodyAsync(id, ct)))
            .WithSummary("议事机构详情及成员");
        api.MapPost("/bodies/{id}/members", async (Guid id, MemberInput body, CommitteeUseCases uses, CommitteeQueries queries, CancellationToken ct) =>
            {
                await uses.AppointAsync(id, body, ct);
                return Results.Ok(await queries.BodyAsync(id, ct));
            })
            .RequireAuthorization(GovernancePermissions.Record)
            .WithSummary("增补议事机构成员（姓名、本职职务、主任/副主任/委员/成员、任职起止日期）");

        api.MapGet("/meetings", async ([AsParameters] MeetingFilter filter, CommitteeQueries queries, CancellationToken ct) => Results.Ok(await queries.PageAsync(filter, ct)))
            .WithSummary("会议台账（检索议事机构、主持人、议题、议定事项，按类别/年度筛选、排序、分页）");
        api.MapGet("/meetings/export.xlsx", async ([AsParameters] MeetingFilter filter, CommitteeQueries queries, CancellationToken ct) =>
                Results.File(await queries.ExportAsync(filter, ct), Ledgers.XlsxContentType, "依法治镇委员会会议台账.xlsx"))
            .WithSummary("导出会议台账（Excel，与导入同列）");
        api.MapPost("/meetings/import", async (HttpRequest request, CommitteeQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);
                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await queries.ImportAsync(stream, file.FileName, Actor(user), ct) });
            })
            .RequireAuthorization(GovernancePermissions.Record)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入会议（与导出同列；议定事项在会议详情中补录；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/meetings", async (MeetingInput body, CommitteeUseCases uses, CommitteeQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var meeting = await uses.RecordMeetingAsync(body, Actor(user), ct);
                return Results.Created($"/api/governance/meetings/{meeting.Id}", await queries.DetailsAsync(meeting.Id, ct));
            })
            .RequireAuthorization(GovernancePermissions.Record)
            .WithSummary("登记会议（议事机构、日期、地点、主持人、出席人数、议题、纪要、议定事项；每项议定事项同时交办督查督办）");
        api.MapGet("/meetings/{id}", async (Guid id, CommitteeQueries queries, CancellationToken ct) => Results.Ok(await queries.DetailsAsync(id, ct)))
            .WithSummary("会议详情（第N次会议、议题、议定事项及其督办状态）");
        api.MapPost("/meetings/{id}/decisions", async (Guid id, DecisionInput body, CommitteeUseCases uses, CommitteeQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await uses.AddDecisionAsync(id, body, Actor(user), ct);
                return Results.Ok(await queries.DetailsAsync(id, ct));
            })
            .RequireAuthorization(GovernancePermissions.Record)
            .WithSummary("补录会议议定事项（同时交办督查督办）");

        api.MapGet("/law-reports", async ([AsParameters] LawReportFilter filter, LawReports reports, CancellationToken ct) => Results.Ok(await reports.PageAsync(filter, ct)))
            .WithSummary("领导干部述法台账（检索述法人、职务、内容，按年度/形式筛选、排序、分页）");
        api.MapGet("/law-reports/export.xlsx", async ([AsParameters] LawReportFilter filter, LawReports reports, CancellationToken ct) =>
                Results.File(await reports.ExportAsync(filter, ct), Ledgers.XlsxContentType, "领导干部述法台账.xlsx"))
            .WithSummary("导出述法台账（Excel，与导入同列）");
        api.MapPost("/law-reports/import", async (HttpRequest request, LawReports reports, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);
                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await reports.ImportAsync(stream, file.FileName, Actor(user), ct) });
            })
            .RequireAuthorization(GovernancePermissions.Record)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入述法（与导出同列；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/law-reports", async (LawReportInput body, LawReports reports, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var report = await reports.RecordAsync(body, Actor(user), ct);
                return Results.Created($"/api/governance/law-reports/{report.Id}", LawReports.Item(report));
            })
            .RequireAuthorization(GovernancePermissions.Record)
            .WithSummary("登记述法（述法人、职务、年度、日期、形式、是否纳入第一责任人职责、内容摘要、评议等次或得分）");
        api.MapGet("/law-reports/{id}", async (Guid id, LawReports reports, CancellationToken ct) => Results.Ok(await reports.DetailsAsync(id, ct)))
            .WithSummary("述法详情");

        api.MapGet("/evaluation-schemes", async (CadreEvaluations evaluations, CancellationToken ct) => Results.Ok(await evaluations.SchemesAsync(ct)))
            .WithSummary("中层干部履职能力评估标准（评估指标及权重）");
        api.MapPost("/evaluation-schemes", async (SchemeInput body, CadreEvaluations evaluations, CancellationToken ct) =>
            {
                var scheme = await evaluations.AdoptSchemeAsync(body, ct);
                return Results.Created($"/api/governance/evaluation-schemes/{scheme.Id}", (await evaluations.SchemesAsync(ct)).First(s => s.Id == scheme.Id));
            })
            .RequireAuthorization(GovernancePermissions.Evaluate)
            .WithSummary("制定评估标准（评估指标及权重，权重合计100）");
        api.MapGet("/evaluations", async ([AsParameters] EvaluationFilter filter, CadreEvaluations evaluations, CancellationToken ct) => Results.Ok(await evaluations.PageAsync(filter, ct)))
            .WithSummary("中层干部履职能力评估台账（检索部门、姓名、职务，按年度/周期/等次筛选、排序、分页）");
        api.MapGet("/evaluations/export.xlsx", async ([AsParameters] EvaluationFilter filter, CadreEvaluations evaluations, CancellationToken ct) =>
                Results.File(await evaluations.ExportAsync(filter, ct), Ledgers.XlsxContentType, "中层干部履职能力评估台账.xlsx"))
            .WithSummary("导出评估台账（Excel，与导入同列）");
        api.MapPost("/evaluations/import", async (HttpRequest request, CadreEvaluations evaluations, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);
                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await evaluations.ImportAsync(stream, file.FileName, Actor(user), ct) });
            })
            .RequireAuthorization(GovernancePermissions.Evaluate)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入评估结果（与导出同列；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/evaluations", async (EvaluationInput body, CadreEvaluations evaluations, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var evaluation = await evaluations.RecordAsync(body, Actor(user), ct);
                return Results.Created($"/api/governance/evaluations/{evaluation.Id}", CadreEvaluations.Item(evaluation));
            })
            .RequireAuthorization(GovernancePermissions.Evaluate)
            .WithSummary("登记履职能力评估（周期、部门、姓名、职务、各项得分；总分和等次由系统计算；跟进措施）");
        api.MapGet("/evaluations/{id}", async (Guid id, CadreEvaluations evaluations, CancellationToken ct) => Results.Ok(await evaluations.DetailsAsync(id, ct)))
            .WithSummary("评估详情");
        return endpoints;
    }

    internal static string Actor(ClaimsPrincipal user) => user.FindFirstValue(FazhiClaims.DisplayName) ?? user.Identity?.Name ?? "";
}
