using System.Security.Claims;

using Fazhi.Modules.Supervision.Contracts;
using Fazhi.Modules.Supervision.Domain;
using Fazhi.Modules.Supervision.Metrics;
using Fazhi.Modules.Supervision.Tasks;
using Fazhi.Modules.Supervision.Teams;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Supervision;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class SupervisionModule
{
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddPermissions(SupervisionPermissions.Grants);
        services.AddNavItem(new NavItem("督查督办", "/supervision", SupervisionPermissions.Read, 60));
        services.AddOptions<SupervisionOptions>().BindConfiguration("Supervision");
        foreach (var metric in SupervisionMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<AssignTasks>();
        services.AddScoped<HandleTask>();
        services.AddScoped<ListTasks>();
        services.AddScoped<RemindTasks>();
        services.AddScoped<IScheduledScan>(sp => sp.GetRequiredService<RemindTasks>());
        services.AddScoped<InspectionUseCases>();
        services.AddScoped<ISupervisedTasks, SupervisedTasks>();
        services.AddDemoData<Demo.SupervisionDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapSupervisionApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/supervision").WithTags("督查督办").RequireAuthorization(SupervisionPermissions.Read);

        api.MapGet("/tasks", async ([AsParameters] TaskFilter filter, ListTasks list, CancellationToken ct) =>
                Results.Ok(await list.PageAsync(filter, ct)))
            .WithSummary("督办事项台账（检索、按状态/来源/年度/超期筛选、排序、分页）");
        api.MapGet("/tasks/export.xlsx", async ([AsParameters] TaskFilter filter, ListTasks list, CancellationToken ct) =>
                Results.File(await list.ExportAsync(filter, ct), Ledgers.XlsxContentType, "督查督办台账.xlsx"))
            .WithSummary("导出督查督办台账（Excel，与导入同列）");
        api.MapPost("/tasks/import", async (HttpRequest request, AssignTasks assign, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);

                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await assign.ImportAsync(stream, file.FileName, user.Identity?.Name ?? "", ct) });
            })
            .RequireAuthorization(SupervisionPermissions.Assign)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 批量交办（与导出同列；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/tasks", async (AssignTaskInput body, AssignTasks assign, ListTasks list, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var task = await assign.ExecuteAsync(body, user.Identity?.Name ?? "", ct);
                return Results.Created($"/api/supervision/tasks/{task.Id}", View(await list.DetailsAsync(task.Id, ct)));
            })
            .RequireAuthorization(SupervisionPermissions.Assign)
            .WithSummary("交办督办事项（承办单位、协办单位、办结时限、办理节点；可向下级区划交办）");
        api.MapGet("/tasks/{id}", async (Guid id, ListTasks list, CancellationToken ct) => Results.Ok(View(await list.DetailsAsync(id, ct))))
            .WithSummary("督办事项详情（节点、进展、催办、通报、催办日）");
        api.MapPost("/tasks/{id}/progress", async (Guid id, TaskActInput body, HandleTask handle, ListTasks list, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await handle.ReportProgressAsync(id, body, user.FindFirstValue(FazhiClaims.DisplayName) ?? user.Identity?.Name ?? "", ct);
                return Results.Ok(View(await list.DetailsAsync(id, ct)));
            })
            .RequireAuthorization(SupervisionPermissions.Handle)
            .WithSummary("报告办理进展（可标记完成的节点）");
        api.MapPost("/tasks/{id}/completion", async (Guid id, TaskActInput body, HandleTask handle, ListTasks list, CancellationToken ct) =>
            {
                await handle.ReportCompletionAsync(id, body, ct);
                return Results.Ok(View(await list.DetailsAsync(id, ct)));
            })
            .RequireAuthorization(SupervisionPermissions.Handle)
            .WithSummary("报告办结");
        api.MapPost("/tasks/{id}/verification", async (Guid id, TaskActInput body, HandleTask handle, ListTasks list, CancellationToken ct) =>
            {
                await handle.VerifyAsync(id, body, ct);
                return Results.Ok(View(await list.DetailsAsync(id, ct)));
            })
            .RequireAuthorization(SupervisionPermissions.Verify)
            .WithSummary("核查办结情况（通过，或退回继续办理；由交办单位核查）");
        api.MapPost("/tasks/{id}/close", async (Guid id, TaskActInput body, HandleTask handle, ListTasks list, CancellationToken ct) =>
            {
                await handle.CloseAsync(id, body, ct);
                return Results.Ok(View(await list.DetailsAsync(id, ct)));
            })
            .RequireAuthorization(SupervisionPermissions.Verify)
            .WithSummary("销号（须经核查）");

        api.MapGet("/teams", async (InspectionUseCases uses, CancellationToken ct) =>
                Results.Ok((await uses.TeamsAsync(ct)).Select(t => new { t.Id, t.Name, t.Leader, t.Members, t.Scope, t.EstablishedOn, t.DissolvedOn })))
            .WithSummary("督导组");
        api.MapPost("/teams", async (TeamInput body, InspectionUseCases uses, CancellationToken ct) =>
            {
                var team = await uses.CreateTeamAsync(body, ct);
                return Results.Created($"/api/supervision/teams/{team.Id}", new { team.Id, team.Name });
            })
            .RequireAuthorization(SupervisionPermissions.Teams)
            .WithSummary("设立督导组");
        api.MapGet("/inspections", async (string? q, string? page, InspectionUseCases uses, CancellationToken ct) =>
            {
                var result = await uses.PageAsync(q, page, ct);
                return Results.Ok(result.With(result.Items.Select(r => Inspection(r.Inspection, r.TeamName)).ToList()));
            })
            .WithSummary("督导检查（计划与记录）");
        api.MapPost("/inspections", async (PlanInspectionInput body, InspectionUseCases uses, CancellationToken ct) =>
            {
                var inspection = await uses.PlanAsync(body, ct);
                return Results.Created($"/api/supervision/inspections/{inspection.Id}", new { inspection.Id });
            })
            .RequireAuthorization(SupervisionPermissions.Teams)
            .WithSummary("安排督导检查（督导组、对象、事项、计划日期）");
        api.MapPost("/inspections/{id}/record", async (Guid id, RecordInspectionInput body, InspectionUseCases uses, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var inspection = await uses.RecordAsync(id, body, user.Identity?.Name ?? "", ct);
                return Results.Ok(new { inspection.Id, inspection.HeldOn, Findings = inspection.Findings.Select(f => new { f.Number, f.Problem, f.TaskId }) });
            })
            .RequireAuthorization(SupervisionPermissions.Teams)
            .WithSummary("记录督导情况；发现的问题逐项转为督办事项");
        return endpoints;
    }

    private static object Inspection(Inspection i, string team) => new
    {
        i.Id,
        Team = team,
        TargetKind = Names.Of(i.TargetKind),
        i.Target,
        i.Subject,
        i.PlannedOn,
        i.HeldOn,
        i.Summary,
    };

    private static object View(TaskDetails d) => new
    {
        Task = TaskListItem.Of(d.Task, d.Task.LastActOn) with { Overdue = d.Overdue },
        Milestones = d.Task.Milestones.OrderBy(m => m.Number).Select(m => new { m.Id, m.Number, m.Title, m.DueOn, m.DoneOn }),
        d.Task.CompletionSummary,
        d.Task.VerificationNote,
        d.Task.OriginKey,
        Reports = d.Reports.Select(r => new { r.ReportedOn, r.Content, r.Reporter, r.MilestoneId }),
        Reminders = d.Reminders.Select(r => new { Kind = r.Kind.ToString(), KindName = Names.Of(r.Kind), r.On, r.Deadline, r.Message }),
        Escalation = d.Escalation is { } e ? new { Kind = e.Kind.ToString(), KindName = Names.Of(e.Kind), e.On, e.Reason } : null,
        ReminderDays = d.Schedule is { } s ? new { s.Before, s.At } : null,
    };
}
