using System.Security.Claims;

using Fazhi.Modules.WorkPlans.Contracts;
using Fazhi.Modules.WorkPlans.Domain;
using Fazhi.Modules.WorkPlans.Metrics;
using Fazhi.Modules.WorkPlans.Plans;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.WorkPlans;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class WorkPlansModule
{
    public static IServiceCollection AddWorkPlans(this IServiceCollection services)
    {
        services.AddPermissions(WorkPlansPermissions.Grants);
        services.AddNavItem(new NavItem("工作方案", "/plans", WorkPlansPermissions.Read, 58));
        foreach (var metric in WorkPlanMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<PlanUseCases>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<IWorkPlans, WorkPlansContract>();
        services.AddDemoData<Demo.WorkPlansDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapWorkPlansApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/plans").WithTags("工作方案").RequireAuthorization(WorkPlansPermissions.Read);

        api.MapGet("/", async ([AsParameters] PlanFilter filter, PlanQueries queries, CancellationToken ct) => Results.Ok(await queries.PageAsync(filter, ct)))
            .WithSummary("工作方案台账（检索名称、印发机关、发文字号，按类别/年度/状态筛选、排序、分页）");
        api.MapGet("/export.xlsx", async ([AsParameters] PlanFilter filter, PlanQueries queries, CancellationToken ct) =>
                Results.File(await queries.ExportPlansAsync(filter, ct), Ledgers.XlsxContentType, "工作方案台账.xlsx"))
            .WithSummary("导出工作方案台账（Excel）");
        api.MapPost("/", async (PlanInput body, PlanUseCases uses, PlanQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var plan = await uses.CreateAsync(body, Actor(user), ct);
                return Results.Created($"/api/plans/{plan.Id}", await queries.DetailsAsync(plan.Id, ct));
            })
            .RequireAuthorization(WorkPlansPermissions.Manage)
            .WithSummary("制定工作方案（实施方案、年度工作要点、专项工作方案），先为起草状态");
        api.MapGet("/{id:guid}", async (Guid id, PlanQueries queries, CancellationToken ct) => Results.Ok(await queries.DetailsAsync(id, ct)))
            .WithSummary("工作方案详情：任务分解及各任务的督办状态");
        api.MapPost("/{id:guid}/tasks", async (Guid id, PlanTaskInput body, PlanUseCases uses, PlanQueries queries, CancellationToken ct) =>
            {
                await uses.AddTaskAsync(id, body, ct);
                return Results.Ok(await queries.DetailsAsync(id, ct));
            })
            .RequireAuthorization(WorkPlansPermissions.Manage)
            .WithSummary("在起草中的方案末尾增加一项任务（重点板块、任务内容、牵头单位、配合单位、节点安排、完成时限）");
        api.MapGet("/{id:guid}/tasks/export.xlsx", async (Guid id, PlanQueries queries, CancellationToken ct) =>
                Results.File(await queries.ExportTasksAsync(id, ct), Ledgers.XlsxContentType, "工作任务分解表.xlsx"))
            .WithSummary("导出任务分解表（施工图，Excel，与导入同列）");
        api.MapPost("/{id:guid}/tasks/import", async (Guid id, HttpRequest request, PlanUseCases uses, PlanQueries queries, CancellationToken ct) =>
            {
                await queries.DetailsAsync(id, ct); // another town's plan is 404 before anything is read
                var file = await Ledgers.UploadedFileAsync(request, ct);
                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await uses.ImportTasksAsync(id, stream, file.FileName, ct) });
            })
            .RequireAuthorization(WorkPlansPermissions.Manage)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入任务分解，整体替换起草中方案的任务（有错误的行全部列出，整个文件不导入）");
        api.MapPost("/{id:guid}/issue", async (Guid id, IssueInput body, PlanUseCases uses, PlanQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await uses.IssueAsync(id, body, Actor(user), ct);
                return Results.Ok(await queries.DetailsAsync(id, ct));
            })
            .RequireAuthorization(WorkPlansPermissions.Manage)
            .WithSummary("印发方案：任务分解定稿，各项任务交督查督办（按牵头单位、节点和完成时限督办）");
        return endpoints;
    }

    internal static string Actor(ClaimsPrincipal user) => user.FindFirstValue(FazhiClaims.DisplayName) ?? user.Identity?.Name ?? "";
}
