using System.Security.Claims;

using Fazhi.Modules.Mediation.Cases;
using Fazhi.Modules.Mediation.Committees;
using Fazhi.Modules.Mediation.Contracts;
using Fazhi.Modules.Mediation.Domain;
using Fazhi.Modules.Mediation.Metrics;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Mediation;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class MediationModule
{
    public static IServiceCollection AddMediation(this IServiceCollection services)
    {
        services.AddPermissions(MediationPermissions.Grants);
        services.AddNavItem(new NavItem("人民调解", "/mediation", MediationPermissions.Read, 42));
        services.AddProcedureDefinition(MediationProcedure.V1);
        foreach (var metric in MediationMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<OpenCase>();
        services.AddScoped<AdvanceCase>();
        services.AddScoped<CaseDetails>();
        services.AddScoped<ListCases>();
        services.AddScoped<CommitteeUseCases>();
        services.AddScoped<IMediationCases, MediationCases>();
        services.AddDemoData<Demo.MediationOrganizationsDemo>();
        services.AddDemoData<Demo.MediationDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapMediationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/mediation").WithTags("人民调解").RequireAuthorization(MediationPermissions.Read);

        api.MapGet("/cases", async ([AsParameters] CaseFilter filter, ListCases list, CancellationToken ct) =>
            {
                var page = await list.PageAsync(filter, ct);
                return Results.Ok(new { page.Total, page.Page, page.PageSize, page.Pages, Items = page.Items.Select(ListItem) });
            })
            .WithSummary("人民调解案件台账（筛选、检索、排序、分页）");
        api.MapGet("/cases/export.xlsx", async ([AsParameters] CaseFilter filter, ListCases list, CancellationToken ct) =>
                Results.File(await list.ExportAsync(filter, ct), Ledgers.XlsxContentType, "人民调解案件台账.xlsx"))
            .WithSummary("导出人民调解案件台账（Excel；当事人身份证号、手机号脱敏）");
        api.MapPost("/cases/import", async (HttpRequest request, ListCases list, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);

                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await list.ImportAsync(stream, file.FileName, Region(user), ProcedureActor.From(user), ct) });
            })
            .DisableAntiforgery()
            .RequireAuthorization(MediationPermissions.Handle)
            .WithSummary("从 Excel/CSV 导入调解申请（与导出同列；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/cases", async (OpenCaseInput body, OpenCase open, CaseDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                var created = await open.ExecuteAsync(body, Region(user), actor, ct);
                return Results.Created($"/api/mediation/cases/{created.Id}", await details.ExecuteAsync(created.Id, actor, ct));
            })
            .RequireAuthorization(MediationPermissions.Handle)
            .WithSummary("登记调解案件（当事人申请、主动调解、法院委派、公安移送、12345转办）");
        api.MapGet("/cases/{id}", async (Guid id, CaseDetails details, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await details.ExecuteAsync(id, ProcedureActor.From(user), ct)))
            .WithSummary("调解案件详情（当事人脱敏、来源纠纷及其办理记录、期限及计算说明、调解记录、协议）");
        api.MapGet("/cases/{id}/agreement.docx", async (Guid id, CaseDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var view = await details.ExecuteAsync(id, ProcedureActor.From(user), ct);
                if (view.AgreementForm is null || view.AgreementForm != Names.Of(AgreementForm.Written))
                {
                    throw new DomainRuleException("该案件没有书面调解协议书（口头协议只作记录）", Basis.Agreement);
                }

                return Results.File(AgreementDocx.Build(view), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"人民调解协议书-{view.Number}.docx");
            })
            .WithSummary("人民调解协议书（.docx，含人民调解法第二十九条规定的内容）");
        api.MapPost("/cases/{id}/actions/{action}", async (Guid id, string action, CaseActionInput? input, AdvanceCase advance, CaseDetails details, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var actor = ProcedureActor.From(user);
                await advance.ExecuteAsync(id, action, input ?? new CaseActionInput(), actor, ct);
                return Results.Ok(await details.ExecuteAsync(id, actor, ct));
            })
            .WithSummary("办理一个环节（accept、refuse、assign、start、record_session、agree、fail、apply_confirmation、record_confirmation、monitor、check_performance、archive）；不符合法定条件时返回409及法律依据");

        api.MapGet("/committees", async (AppDbContext db, CancellationToken ct) =>
                Results.Ok(await Committees(db, ct)))
            .WithSummary("人民调解委员会（委员、任期、调解员数）");
        var manage = api.MapGroup("").RequireAuthorization(MediationPermissions.ManageOrganizations);
        manage.MapPost("/committees", async (CommitteeInput body, CommitteeUseCases committees, AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var created = await committees.CreateAsync(body, Region(user), ProcedureActor.From(user), ct);
                return Results.Created($"/api/mediation/committees/{created.Id}", (await Committees(db, ct)).First(c => c.Id == created.Id));
            })
            .WithSummary("登记人民调解委员会（委员三至九人，设主任一人，应有妇女委员：人民调解法第八条）");
        manage.MapPut("/committees/{id}/members", async (Guid id, ChangeMembersInput body, CommitteeUseCases committees, AppDbContext db, CancellationToken ct) =>
            {
                await committees.ChangeMembersAsync(id, body.Members, body.TermStartsOn, ct);
                return Results.Ok((await Committees(db, ct)).First(c => c.Id == id));
            })
            .WithSummary("调整委员或换届（同样适用第八条；新一届任期三年，第九条）");
        manage.MapPost("/mediators", async (MediatorInput body, CommitteeUseCases committees, CancellationToken ct) =>
            {
                var mediator = await committees.AddMediatorAsync(body, ct);
                return Results.Created($"/api/mediation/mediators/{mediator.Id}", new { mediator.Id, mediator.Name });
            })
            .WithSummary("登记人民调解员");
        manage.MapPost("/mediators/{id}/trainings", async (Guid id, TrainingInput body, CommitteeUseCases committees, CancellationToken ct) =>
            {
                var training = await committees.AddTrainingAsync(id, body, ct);
                return Results.Created($"/api/mediation/mediators/{id}/trainings/{training.Id}", new { training.Id });
            })
            .WithSummary("登记调解员培训记录");
        api.MapGet("/mediators", async (AppDbContext db, CancellationToken ct) =>
            {
                var mediators = await db.Set<Mediator>().AsNoTracking().OrderBy(m => m.Name).ThenBy(m => m.Id).Take(2000).ToListAsync(ct);
                var trainings = (await db.Set<MediatorTraining>().AsNoTracking().ToListAsync(ct)).ToLookup(t => t.MediatorId);
                return Results.Ok(mediators.Select(m => new
                {
                    m.Id,
                    m.Name,
                    m.CommitteeId,
                    m.Female,
                    m.AppointedOn,
                    m.FullTime,
                    m.LeftOn,
                    Trainings = trainings[m.Id].OrderBy(t => t.HeldOn).Select(t => new { t.Id, t.Topic, t.HeldOn, t.Hours, t.Organizer }),
                }));
            })
            .WithSummary("人民调解员及其培训记录");
        return endpoints;
    }

    public sealed record ChangeMembersInput(IReadOnlyList<MemberInput>? Members, DateOnly? TermStartsOn);

    public sealed record CommitteeItem(Guid Id, string Name, string Kind, DateOnly EstablishedOn, DateOnly TermStartsOn, DateOnly TermEndsOn, DateOnly? DissolvedOn,
        IReadOnlyList<MemberItem> Members, int Mediators);

    public sealed record MemberItem(string Name, string Position, bool Female);

    public static async Task<IReadOnlyList<CommitteeItem>> Committees(AppDbContext db, CancellationToken ct)
    {
        var committees = await db.Set<Committee>().AsNoTracking().Include(c => c.Members).OrderBy(c => c.Name).ToListAsync(ct);
        var mediators = await db.Set<Mediator>().AsNoTracking().GroupBy(m => m.CommitteeId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return committees.Select(c => new CommitteeItem(c.Id, c.Name, Names.Of(c.Kind), c.EstablishedOn, c.TermStartsOn, c.TermEndsOn, c.DissolvedOn,
            c.Members.OrderBy(m => m.Order).Select(m => new MemberItem(m.Name, m.Position, m.Female)).ToList(),
            mediators.FirstOrDefault(m => m.Key == c.Id)?.Count ?? 0)).ToList();
    }

    public static object ListItem(MediationCase c) => new
    {
        c.Id,
        c.Number,
        Source = Names.Of(c.Source),
        c.ReferredBy,
        c.Matter,
        c.DisputeType,
        c.State,
        StateName = MediationProcedure.NameOf(c.State),
        c.AppliedOn,
        c.AcceptedOn,
        c.AgreedOn,
        c.FailedOn,
        c.RefusedOn,
        AgreementForm = c.AgreementForm is { } f ? Names.Of(f) : null,
        AmountYuan = c.AmountFen / 100m,
        c.DisputeNumber,
        c.ArchivedOn,
    };

    private static string Region(ClaimsPrincipal user) => user.FindFirstValue(FazhiClaims.Region) ?? "";
}
