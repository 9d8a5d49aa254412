using System.Security.Claims;

using Fazhi.Modules.Petitions.Cases;
using Fazhi.Modules.Petitions.Domain;
using Fazhi.Modules.Petitions.Metrics;
using Fazhi.Modules.Petitions.Reception;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Publishing;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Petitions;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class PetitionsModule
{
    public static IServiceCollection AddPetitions(this IServiceCollection services)
    {
        services.AddPermissions(PetitionsPermissions.Grants);
        services.AddNavItem(new NavItem("信访", "/petitions", PetitionsPermissions.Read, 60));
        services.AddPortalSection(new PortalSection("领导接访日安排", "/portal/petitions/reception", "镇党政领导定期接待群众来访的日期、时间和地点"));
        services.AddProcedureDefinition(PetitionProcedure.V1);
        foreach (var metric in PetitionMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<RegisterPetition>();
        services.AddScoped<AdvancePetition>();
        services.AddScoped<PetitionDetails>();
        services.AddScoped<ListPetitions>();
        services.AddScoped<RevealPersonalData>();
        services.AddScoped<RatePetition>();
        services.AddScoped<AssignBaoAn>();
        services.AddScoped<PetitionCampaigns>();
        services.AddScoped<OpinionDocx>();
        services.AddScoped<ReceptionUseCases>();
        services.AddScoped<PublicReceptionSchedule>();
        services.AddDemoData<Demo.PetitionsDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapPetitionsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/petitions").WithTags("信访");
        var read = api.MapGroup("").RequireAuthorization(PetitionsPermissions.Read);

        read.MapGet("", async ([AsParameters] PetitionFilter filter, ListPetitions list, CancellationToken ct) =>
                Results.Ok(await list.PageAsync(filter, ct)))
            .WithSummary("信访事项台账（筛选、检索、排序、分页；个人信息脱敏）");
        read.MapGet("/export.xlsx", async ([AsParameters] PetitionFilter filter, ListPetitions list, CancellationToken ct) =>
                Results.File(await list.ExportAsync(filter, ct), Ledgers.XlsxContentType, "信访事项台账.xlsx"))
            .WithSummary("导出信访事项台账（Excel；个人信息脱敏）");
        read.MapPost("/import", async (HttpRequest request, ListPetitions list, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);

                await using var stream = file.OpenReadStream();
                var created = await list.ImportAsync(stream, file.FileName, Region(user), ProcedureActor.From(user), ct);
                return Results.Ok(new { imported = created.Count, repeats = created.Count(p => p.IsRepeat) });
            })
            .RequireAuthorization(PetitionsPermissions.Handle)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入登记信访事项（与导出同列；有错误的行全部列出，整个文件不导入）");
        read.MapPost("", async (RegisterPetitionInput body, RegisterPetition register, PetitionDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                var petition = await register.ExecuteAsync(body, Region(user), actor, ct);
                return Results.Created($"/api/petitions/{petition.Id}", await details.ExecuteAsync(petition.Id, actor, ct));
            })
            .RequireAuthorization(PetitionsPermissions.Handle)
            .WithSummary("登记信访事项（重复信访在登记时标注）");
        read.MapGet("/{id}", async (Guid id, PetitionDetails details, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await details.ExecuteAsync(id, ProcedureActor.From(user), ct)))
            .WithSummary("信访事项详情（办理记录、期限及其计算说明；个人信息脱敏）");
        read.MapPost("/{id}/actions/{action}", async (Guid id, string action, PetitionActionInput? input, AdvancePetition advance, PetitionDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                await advance.ExecuteAsync(id, action, input ?? new PetitionActionInput(), actor, ct);
                return Results.Ok(await details.ExecuteAsync(id, actor, ct));
            })
            .WithSummary("办理一个环节（accept、route、decline、extend、answer、request_review、answer_review、request_recheck、exclude_hearing、answer_recheck）；不符合法定条件时返回409及法律依据");
        read.MapPost("/{id}/reveal", async (Guid id, RevealInput input, RevealPersonalData reveal, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(new { field = input.Field, value = await reveal.ExecuteAsync(id, input, ProcedureActor.From(user), ct) }))
            .WithSummary("查看信访人完整身份证号或电话（需专门权限，每次查看记入审计）");
        read.MapPost("/{id}/rating", async (Guid id, RateInput input, RatePetition rate, PetitionDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await rate.ExecuteAsync(id, input, ct);
                return Results.Ok(await details.ExecuteAsync(id, ProcedureActor.From(user), ct));
            })
            .RequireAuthorization(PetitionsPermissions.Handle)
            .WithSummary("记录信访人满意度评价（办结后，满意、基本满意、不满意）");
        read.MapPost("/{id}/bao-an", async (Guid id, BaoAnInput input, AssignBaoAn assign, PetitionDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await assign.AssignAsync(id, input, ct);
                return Results.Ok(await details.ExecuteAsync(id, ProcedureActor.From(user), ct));
            })
            .RequireAuthorization(PetitionsPermissions.Approve)
            .WithSummary("确定包案领导（一人一策一专班）");
        read.MapPost("/{id}/bao-an/resolve", async (Guid id, BaoAnResolveInput? input, AssignBaoAn assign, PetitionDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await assign.ResolveAsync(id, input?.On, ct);
                return Results.Ok(await details.ExecuteAsync(id, ProcedureActor.From(user), ct));
            })
            .RequireAuthorization(PetitionsPermissions.Handle)
            .WithSummary("记录包案事项已化解");
        read.MapGet("/{id}/opinion.docx", async (Guid id, OpinionDocx docx, CancellationToken ct) =>
            {
                var (bytes, name) = await docx.BuildAsync(id, ct);
                return Results.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
            })
            .WithSummary("下载信访处理意见书（.docx，GB/T 9704 格式）");

        read.MapGet("/campaigns", async (PetitionCampaigns campaigns, CancellationToken ct) =>
                Results.Ok((await campaigns.ListAsync(ct)).Select(c => new { c.Campaign.Id, c.Campaign.Name, c.Campaign.StartsOn, c.Campaign.EndsOn, c.Items, c.Concluded })))
            .WithSummary("专项攻坚批次（如百日攻坚）及其事项数、办结数");
        read.MapPost("/campaigns", async (CampaignInput input, PetitionCampaigns campaigns, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var c = await campaigns.CreateAsync(input, Region(user), user.Identity?.Name ?? "", ct);
                return Results.Created($"/api/petitions/campaigns/{c.Id}", new { c.Id, c.Name, c.StartsOn, c.EndsOn });
            })
            .RequireAuthorization(PetitionsPermissions.Handle)
            .WithSummary("建立专项攻坚批次");
        read.MapPost("/campaigns/{campaignId}/items/{petitionId}", async (Guid campaignId, Guid petitionId, BaoAnResolveInput? input, PetitionCampaigns campaigns, CancellationToken ct) =>
            {
                var p = await campaigns.AddAsync(campaignId, petitionId, input?.On, ct);
                return Results.Ok(new { p.Id, p.CampaignId, p.CampaignAddedOn });
            })
            .RequireAuthorization(PetitionsPermissions.Handle)
            .WithSummary("将信访事项列入专项攻坚批次");

        read.MapGet("/reception/days", async (int? year, ReceptionUseCases reception, TimeProvider time, CancellationToken ct) =>
                Results.Ok(await reception.DaysAsync(year ?? LegalDate.Today(time).Year, ct)))
            .WithSummary("领导接访日安排");
        read.MapPost("/reception/days", async (ReceptionDayInput input, ReceptionUseCases reception, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await reception.ScheduleAsync(input, Region(user), user.Identity?.Name ?? "", ct)))
            .RequireAuthorization(PetitionsPermissions.Reception)
            .WithSummary("安排领导接访日（将在门户公布）");
        read.MapGet("/reception/visits", async (int? year, ReceptionUseCases reception, TimeProvider time, CancellationToken ct) =>
                Results.Ok(await reception.VisitsAsync(year ?? LegalDate.Today(time).Year, ct)))
            .WithSummary("领导接访记录（来访群众姓名脱敏）");
        read.MapPost("/reception/visits", async (ReceptionVisitInput input, ReceptionUseCases reception, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(ReceptionUseCases.Line(await reception.RecordAsync(input, Region(user), user.Identity?.Name ?? "", ct))))
            .RequireAuthorization(PetitionsPermissions.Reception)
            .WithSummary("记录领导接访（接访领导、来访群众人次、反映事项）");

        api.MapGet("/public/reception", async (string? region, PublicReceptionSchedule schedule, CancellationToken ct) =>
                Results.Ok(await schedule.ListAsync(region, ct)))
            .AllowAnonymous()
            .WithMetadata(new PublicAcrossRegionsAttribute())
            .WithTags("政务公开：信访")
            .WithSummary("公开的领导接访日安排（不含任何来访人信息）");
        return endpoints;
    }

    private static string Region(ClaimsPrincipal user) => user.FindFirstValue(FazhiClaims.Region) ?? "";
}

/// <summary>A date-only body (化解日期, 列入日期).</summary>
public sealed record BaoAnResolveInput(DateOnly? On);
