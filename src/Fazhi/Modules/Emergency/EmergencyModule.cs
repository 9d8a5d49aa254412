using System.Security.Claims;

using Fazhi.Modules.Emergency.Domain;
using Fazhi.Modules.Emergency.Drills;
using Fazhi.Modules.Emergency.Metrics;
using Fazhi.Modules.Emergency.Patrols;
using Fazhi.Modules.Emergency.Plans;
using Fazhi.Modules.Emergency.Supplies;
using Fazhi.Modules.Emergency.Teams;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Emergency;

/// <summary>撤销 of a team: its date.</summary>
public sealed record TeamDissolution(DateOnly? On);

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class EmergencyModule
{
    public static IServiceCollection AddEmergency(this IServiceCollection services)
    {
        services.AddPermissions(EmergencyPermissions.Grants);
        services.AddNavItem(new NavItem("突发事件应急", "/emergency", EmergencyPermissions.Read, 65));
        services.AddOptions<EmergencyOptions>().BindConfiguration("Emergency");
        var count = EmergencyMetrics.All(new EmergencyOptions()).Count;
        for (var i = 0; i < count; i++)
        {
            var index = i;
            services.AddSingleton(sp => EmergencyMetrics.All(sp.GetRequiredService<IOptions<EmergencyOptions>>().Value)[index]);
        }

        services.AddScoped<RegisterPlans>();
        services.AddScoped<HandlePlan>();
        services.AddScoped<ListPlans>();
        services.AddScoped<RecordDrills>();
        services.AddScoped<ListDrills>();
        services.AddScoped<StockSupplies>();
        services.AddScoped<RecordPatrols>();
        services.AddScoped<OrganizeTeams>();
        services.AddDemoData<Demo.EmergencyDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapEmergencyApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/emergency").WithTags("突发事件应急").RequireAuthorization(EmergencyPermissions.Read);

        api.MapGet("/plans", async ([AsParameters] PlanFilter filter, ListPlans list, CancellationToken ct) => Results.Ok(await list.PageAsync(filter, ct)))
            .WithSummary("应急预案台账（检索、按类别/状态/超期筛选、排序、分页）");
        api.MapGet("/plans/export.xlsx", async ([AsParameters] PlanFilter filter, ListPlans list, CancellationToken ct) =>
                Results.File(await list.ExportAsync(filter, ct), Ledgers.XlsxContentType, "应急预案台账.xlsx"))
            .WithSummary("导出应急预案台账（Excel，与导入同列）");
        api.MapPost("/plans/import", async (HttpRequest request, RegisterPlans register, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(new { imported = await register.ImportAsync(await FileAsync(request, ct), FileName(request), user.Identity?.Name ?? "", ct) }))
            .RequireAuthorization(EmergencyPermissions.Plans)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入应急预案（与导出同列；各环节日期按顺序办理；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/plans", async (PlanInput body, RegisterPlans register, ListPlans list, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var plan = await register.ExecuteAsync(body, user.Identity?.Name ?? "", ct);
                return Results.Created($"/api/emergency/plans/{plan.Id}", View(await list.DetailsAsync(plan.Id, ct)));
            })
            .RequireAuthorization(EmergencyPermissions.Plans)
            .WithSummary("应急预案立项（名称、类别、编制单位、立项日期）");
        api.MapGet("/plans/{id}", async (Guid id, ListPlans list, CancellationToken ct) => Results.Ok(View(await list.DetailsAsync(id, ct))))
            .WithSummary("应急预案详情（生命周期、演练期限、评估期限、修订期限、演练、修订情形、评估、修订）");
        api.MapPost("/plans/{id}/actions/{step}", async (Guid id, string step, PlanActInput body, HandlePlan handle, ListPlans list, CancellationToken ct) =>
            {
                await handle.TakeAsync(id, step, body, ct);
                return Results.Ok(View(await list.DetailsAsync(id, ct)));
            })
            .RequireAuthorization(EmergencyPermissions.Plans)
            .WithSummary("办理预案环节：draft 开始编制（text 风险评估，second 应急资源调查）、consult 征求意见、approve 审批（text 审批机关）、publish 公布（text 文号）、file 备案（text 备案机关）、train 培训宣传、withdraw 废止（text 理由）");
        api.MapPost("/plans/{id}/surveys", async (Guid id, PlanActInput body, HandlePlan handle, ListPlans list, CancellationToken ct) =>
            {
                await handle.RecordSurveysAsync(id, body, ct);
                return Results.Ok(View(await list.DetailsAsync(id, ct)));
            })
            .RequireAuthorization(EmergencyPermissions.Plans)
            .WithSummary("补记风险评估（text）和应急资源调查（second）");
        api.MapPost("/plans/{id}/evaluations", async (Guid id, PlanActInput body, HandlePlan handle, ListPlans list, CancellationToken ct) =>
            {
                await handle.EvaluateAsync(id, body, ct);
                return Results.Ok(View(await list.DetailsAsync(id, ct)));
            })
            .RequireAuthorization(EmergencyPermissions.Plans)
            .WithSummary("记录预案评估（text 评估结论，revisionNeeded 是否需修订）");
        api.MapPost("/plans/{id}/triggers", async (Guid id, PlanActInput body, HandlePlan handle, ListPlans list, CancellationToken ct) =>
            {
                await handle.RecordTriggerAsync(id, body, ct);
                return Results.Ok(View(await list.DetailsAsync(id, ct)));
            })
            .RequireAuthorization(EmergencyPermissions.Plans)
            .WithSummary("记录应当修订的情形（kind 情形，text 情况说明），开始计算修订期限");
        api.MapPost("/plans/{id}/revisions", async (Guid id, PlanActInput body, HandlePlan handle, ListPlans list, CancellationToken ct) =>
            {
                await handle.ReviseAsync(id, body, ct);
                return Results.Ok(View(await list.DetailsAsync(id, ct)));
            })
            .RequireAuthorization(EmergencyPermissions.Plans)
            .WithSummary("修订预案（text 修订说明，second 印发文号）");

        api.MapGet("/drills", async ([AsParameters] DrillFilter filter, ListDrills list, CancellationToken ct) => Results.Ok(await list.PageAsync(filter, ct)))
            .WithSummary("应急演练台账（检索、按方式/年度筛选、排序、分页）");
        api.MapGet("/drills/export.xlsx", async ([AsParameters] DrillFilter filter, ListDrills list, CancellationToken ct) =>
                Results.File(await list.ExportAsync(filter, ct), Ledgers.XlsxContentType, "应急演练台账.xlsx"))
            .WithSummary("导出应急演练台账（Excel，与导入同列）");
        api.MapPost("/drills/import", async (HttpRequest request, RecordDrills record, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(new { imported = await record.ImportAsync(await FileAsync(request, ct), FileName(request), user.Identity?.Name ?? "", ct) }))
            .RequireAuthorization(EmergencyPermissions.Drills)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入应急演练（与导出同列；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/drills", async (DrillInput body, RecordDrills record, ListDrills list, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var drill = await record.ExecuteAsync(body, user.Identity?.Name ?? "", ct);
                return Results.Created($"/api/emergency/drills/{drill.Id}", await list.DetailsAsync(drill.Id, ct));
            })
            .RequireAuthorization(EmergencyPermissions.Drills)
            .WithSummary("记录应急演练（预案、日期、方式、参演人数、发现的问题）");
        api.MapGet("/drills/{id}", async (Guid id, ListDrills list, CancellationToken ct) => Results.Ok(await list.DetailsAsync(id, ct)))
            .WithSummary("应急演练详情");

        api.MapGet("/supplies", async (StockSupplies supplies, CancellationToken ct) => Results.Ok(await supplies.OverviewAsync(ct)))
            .WithSummary("应急物资储备与标准对照（保障人数、缺口）");
        api.MapGet("/supplies/export.xlsx", async (StockSupplies supplies, CancellationToken ct) =>
                Results.File(await supplies.ExportAsync(ct), Ledgers.XlsxContentType, "应急物资台账.xlsx"))
            .WithSummary("导出应急物资台账（Excel，与导入同列）");
        api.MapPost("/supplies/import", async (HttpRequest request, StockSupplies supplies, CancellationToken ct) =>
                Results.Ok(new { imported = await supplies.ImportAsync(await FileAsync(request, ct), FileName(request), ct) }))
            .RequireAuthorization(EmergencyPermissions.Supplies)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入应急物资（与导出同列；有错误的行全部列出，整个文件不导入）");
        api.MapPut("/supplies/standard", async (SupplyStandardInput body, StockSupplies supplies, CancellationToken ct) =>
            {
                var standard = await supplies.SetStandardAsync(body, ct);
                return Results.Ok(new { standard.Persons, standard.SetOn, standard.Basis });
            })
            .RequireAuthorization(EmergencyPermissions.Supplies)
            .WithSummary("设定本区划物资储备保障人数标准");
        api.MapPost("/supplies", async (SupplyItemInput body, StockSupplies supplies, CancellationToken ct) =>
            {
                var item = await supplies.RegisterAsync(body, ct);
                return Results.Created($"/api/emergency/supplies/{item.Id}", new { item.Id, item.Name, item.Quantity });
            })
            .RequireAuthorization(EmergencyPermissions.Supplies)
            .WithSummary("登记应急物资（名称、单位、每单位保障人数、现有数量）");
        api.MapGet("/supplies/{id}", async (Guid id, StockSupplies supplies, CancellationToken ct) =>
            {
                var (item, counts, standard) = await supplies.DetailsAsync(id, ct);
                return Results.Ok(new { Item = StockSupplies.Line(item, standard), Standard = standard, Counts = counts.Select(c => new { c.On, c.Quantity, c.Note }) });
            })
            .WithSummary("应急物资详情与盘点记录");
        api.MapPost("/supplies/{id}/counts", async (Guid id, SupplyCountInput body, StockSupplies supplies, CancellationToken ct) =>
            {
                var count = await supplies.CountAsync(id, body, ct);
                return Results.Ok(new { count.On, count.Quantity, count.Note });
            })
            .RequireAuthorization(EmergencyPermissions.Supplies)
            .WithSummary("盘点应急物资（日期、现有数量、说明）");

        api.MapGet("/patrols", async ([AsParameters] PatrolFilter filter, RecordPatrols patrols, CancellationToken ct) =>
            {
                var page = await patrols.PageAsync(filter, ct);
                return Results.Ok(page.With(page.Items.Select(Patrol).ToList()));
            })
            .WithSummary("重点部位安全巡查（检索、按类别/年度/隐患筛选、排序、分页）");
        api.MapGet("/patrols/export.xlsx", async ([AsParameters] PatrolFilter filter, RecordPatrols patrols, CancellationToken ct) =>
                Results.File(await patrols.ExportAsync(filter, ct), Ledgers.XlsxContentType, "安全巡查台账.xlsx"))
            .WithSummary("导出安全巡查台账（Excel，与导入同列）");
        api.MapPost("/patrols/import", async (HttpRequest request, RecordPatrols patrols, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(new { imported = await patrols.ImportAsync(await FileAsync(request, ct), FileName(request), user.Identity?.Name ?? "", ct) }))
            .RequireAuthorization(EmergencyPermissions.Patrols)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入安全巡查（与导出同列；填了整改完成日期的一并记录整改；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/patrols", async (PatrolInput body, RecordPatrols patrols, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var patrol = await patrols.ExecuteAsync(body, user.Identity?.Name ?? "", ct);
                return Results.Created($"/api/emergency/patrols/{patrol.Id}", Patrol(patrol));
            })
            .RequireAuthorization(EmergencyPermissions.Patrols)
            .WithSummary("记录安全巡查（部位、日期、人员、发现的隐患、整改期限）");
        api.MapGet("/patrols/{id}", async (Guid id, RecordPatrols patrols, CancellationToken ct) => Results.Ok(Patrol(await patrols.DetailsAsync(id, ct))))
            .WithSummary("安全巡查详情");
        api.MapPost("/patrols/{id}/rectification", async (Guid id, RectificationInput body, RecordPatrols patrols, CancellationToken ct) =>
            {
                await patrols.RectifyAsync(id, body, ct);
                return Results.Ok(Patrol(await patrols.DetailsAsync(id, ct)));
            })
            .RequireAuthorization(EmergencyPermissions.Patrols)
            .WithSummary("记录隐患整改完成");
        api.MapGet("/teams", async (OrganizeTeams teams, CancellationToken ct) => Results.Ok((await teams.ListAsync(ct)).Select(Team)))
            .WithSummary("应急组织和队伍（应急委员会、指挥部、救援队伍）");
        api.MapPost("/teams", async (TeamInput body, OrganizeTeams teams, CancellationToken ct) =>
            {
                var team = await teams.EstablishAsync(body, ct);
                return Results.Created($"/api/emergency/teams/{team.Id}", Team(team));
            })
            .RequireAuthorization(EmergencyPermissions.Plans)
            .WithSummary("设立应急组织或队伍（名称、类别、负责人职务、人数、成立日期）");
        api.MapPost("/teams/{id}/dissolution", async (Guid id, TeamDissolution body, OrganizeTeams teams, CancellationToken ct) =>
            {
                await teams.DissolveAsync(id, body.On, ct);
                return Results.NoContent();
            })
            .RequireAuthorization(EmergencyPermissions.Plans)
            .WithSummary("撤销应急组织或队伍");
        return endpoints;
    }

    private static object Team(EmergencyTeam t) => new
    {
        t.Id,
        t.Name,
        Kind = t.Kind.ToString(),
        KindName = Names.Of(t.Kind),
        t.Head,
        t.Members,
        t.Duties,
        t.EstablishedOn,
        t.DissolvedOn,
    };

    private static async Task<Stream> FileAsync(HttpRequest request, CancellationToken ct)
    {
        var file = await Ledgers.UploadedFileAsync(request, ct);

        var copy = new MemoryStream();
        await file.CopyToAsync(copy, ct);
        copy.Position = 0;
        return copy;
    }

    private static string FileName(HttpRequest request) => request.Form.Files["file"]?.FileName ?? "";

    private static object Patrol(SafetyPatrol p) => new
    {
        p.Id,
        p.Site,
        SiteKind = p.SiteKind.ToString(),
        SiteKindName = Names.Of(p.SiteKind),
        p.PatrolledOn,
        p.Inspectors,
        p.Findings,
        p.RectifyBy,
        p.RectifiedOn,
        p.RectificationNote,
    };

    internal static object View(PlanDetails d) => new
    {
        Plan = d.Item,
        d.Plan.RiskAssessment,
        d.Plan.ResourceSurvey,
        d.Plan.DraftingOn,
        d.Plan.ConsultedOn,
        d.Plan.ApprovedOn,
        d.Plan.ApprovedBy,
        d.Plan.FiledOn,
        d.Plan.FiledWith,
        d.Plan.TrainedOn,
        d.Plan.LastEvaluatedOn,
        d.Plan.LastRevisedOn,
        d.Plan.WithdrawnOn,
        NextStep = d.Plan.NextStep is { } next ? Names.Of(next) : null,
        Clocks = d.Clocks.Select(c => new { c.Name, c.DueOn, c.Explanation, c.Basis, Overdue = c.OverdueOn(d.Today) }),
        Drills = d.Drills.Select(x => new { x.Id, x.Title, x.HeldOn, Kind = Names.Of(x.Kind), x.Participants, x.Findings }),
        Triggers = d.Triggers.Select(t => new { t.On, Kind = t.Kind.ToString(), KindName = Names.Of(t.Kind), t.Description, t.AnsweredOn }),
        Evaluations = d.Evaluations.Select(e => new { e.On, e.Conclusion, e.RevisionNeeded }),
        Revisions = d.Revisions.Select(r => new { r.On, r.Version, r.Summary, r.DocumentNumber }),
    };
}
