using System.Security.Claims;

using Fazhi.Modules.LawStudy.Metrics;
using Fazhi.Modules.LawStudy.Sessions;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.LawStudy;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class LawStudyModule
{
    public static IServiceCollection AddLawStudy(this IServiceCollection services)
    {
        services.AddPermissions(LawStudyPermissions.Grants);
        services.AddNavItem(new NavItem("领导干部学法", "/study", LawStudyPermissions.Read, 62));
        services.AddOptions<LawStudyOptions>().BindConfiguration("LawStudy");
        foreach (var metric in LawStudyMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<StudyUseCases>();
        services.AddScoped<StudyQueries>();
        services.AddDemoData<Demo.LawStudyDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapLawStudyApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/study").WithTags("领导干部学法").RequireAuthorization(LawStudyPermissions.Read);

        api.MapGet("/sessions", async ([AsParameters] SessionFilter filter, StudyQueries queries, CancellationToken ct) =>
                Results.Ok(await queries.PageAsync(filter, ct)))
            .WithSummary("学法活动台账（检索主题、主讲人、法规政策，按形式/年度筛选、排序、分页）");
        api.MapGet("/sessions/export.xlsx", async ([AsParameters] SessionFilter filter, StudyQueries queries, CancellationToken ct) =>
                Results.File(await queries.ExportAsync(filter, ct), Ledgers.XlsxContentType, "领导干部学法台账.xlsx"))
            .WithSummary("导出领导干部学法台账（Excel，与导入同列）");
        api.MapPost("/sessions/import", async (HttpRequest request, StudyQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);

                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await queries.ImportAsync(stream, file.FileName, Actor(user), ct) });
            })
            .RequireAuthorization(LawStudyPermissions.Record)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入学法活动（与导出同列；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/sessions", async (SessionInput body, StudyUseCases uses, StudyQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var session = await uses.RecordSessionAsync(body, Actor(user), ct);
                return Results.Created($"/api/study/sessions/{session.Id}", await queries.DetailsAsync(session.Id, ct));
            })
            .RequireAuthorization(LawStudyPermissions.Record)
            .WithSummary("登记学法活动（形式、日期、主题、到会情况、学习的法规政策；旁听庭审写明法院和案号）");
        api.MapGet("/sessions/{id}", async (Guid id, StudyQueries queries, CancellationToken ct) => Results.Ok(await queries.DetailsAsync(id, ct)))
            .WithSummary("学法活动详情");
        api.MapGet("/plans", async (StudyQueries queries, CancellationToken ct) =>
                Results.Ok((await queries.PlansAsync(ct)).Select(p => new
                {
                    p.Plan.Id,
                    p.Plan.Year,
                    p.Plan.Title,
                    p.Plan.AdoptedOn,
                    Items = p.Items.Select(i => new { i.Item.Id, i.Item.Number, i.Item.Month, i.Item.Topic, i.Done, i.Due, Sessions = i.Sessions.Select(s => new { s.Id, s.HeldOn }) }),
                })))
            .WithSummary("专题学习安排及各事项落实情况");
        api.MapPost("/plans", async (PlanInput body, StudyUseCases uses, CancellationToken ct) =>
            {
                var plan = await uses.AdoptPlanAsync(body, ct);
                return Results.Created($"/api/study/plans/{plan.Id}", new { plan.Id, plan.Year, plan.Title, plan.AdoptedOn, Items = plan.Items.Select(i => new { i.Id, i.Number, i.Month, i.Topic }) });
            })
            .RequireAuthorization(LawStudyPermissions.Record)
            .WithSummary("制定年度专题学习安排（每年一份，按月列出学习主题）");
        api.MapGet("/exams", async (string? page, StudyQueries queries, CancellationToken ct) => Results.Ok(await queries.ExamsAsync(page, ct)))
            .WithSummary("学法考试台账");
        api.MapPost("/exams", async (ExamInput body, StudyUseCases uses, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var exam = await uses.RecordExamAsync(body, Actor(user), ct);
                return Results.Created($"/api/study/exams/{exam.Id}", new { exam.Id, exam.HeldOn, exam.Title, exam.Candidates, exam.Passed });
            })
            .RequireAuthorization(LawStudyPermissions.Record)
            .WithSummary("登记学法考试（参考人数、合格人数）");
        return endpoints;
    }

    internal static string Actor(ClaimsPrincipal user) => user.FindFirstValue(FazhiClaims.DisplayName) ?? user.Identity?.Name ?? "";
}
