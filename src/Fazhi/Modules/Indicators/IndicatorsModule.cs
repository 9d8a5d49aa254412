using System.Security.Claims;

using Fazhi.Modules.Indicators.Domain;
using Fazhi.Modules.Indicators.Metrics;
using Fazhi.Modules.Indicators.Submissions;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Indicators;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddIndicators(this IServiceCollection services)
    {
        services.AddPermissions(IndicatorsPermissions.Grants);
        services.AddNavItem(new NavItem("部门数据报送", "/indicators", IndicatorsPermissions.Read, 64));
        services.AddOptions<IndicatorsOptions>().BindConfiguration("Indicators");
        services.AddAttachmentOwner(IndicatorSubmission.AttachmentOwner, IndicatorsPermissions.Read, async (sp, ownerId, ct) =>
            Guid.TryParse(ownerId, out var id) && await sp.GetRequiredService<AppDbContext>().Set<IndicatorSubmission>().AnyAsync(s => s.Id == id, ct));
        foreach (var metric in IndicatorMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<SubmissionUseCases>();
        services.AddDemoData<Demo.IndicatorsDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/indicators").WithTags("部门数据报送").RequireAuthorization(IndicatorsPermissions.Read);

        api.MapGet("/year/{year:int}", async (int year, SubmissionUseCases uses, CancellationToken ct) =>
                Results.Ok((await uses.YearAsync(year, ct)).Select(r => new
                {
                    r.Definition.Key,
                    r.Definition.Name,
                    r.Definition.Unit,
                    r.Definition.Department,
                    r.Due,
                    r.Missing,
                    r.Accepted,
                    r.Pending,
                    r.LastReturned,
                })))
            .WithSummary("某年度数据报送目录中各指标的报送、审核和采用情况");
        api.MapGet("/submissions", async (string? year, string? key, string? status, string? page, SubmissionUseCases uses, CancellationToken ct) =>
                Results.Ok(await uses.PageAsync(year, key, status, page, ct)))
            .WithSummary("报送记录（按年度、指标、状态筛选，分页）");
        api.MapGet("/submissions/export.xlsx", async (string? year, string? key, string? status, SubmissionUseCases uses, CancellationToken ct) =>
                Results.File(await uses.ExportAsync(year, key, status, ct), Ledgers.XlsxContentType, "部门数据报送台账.xlsx"))
            .WithSummary("导出部门数据报送台账（Excel，与导入同列）");
        api.MapPost("/submissions/import", async (HttpRequest request, SubmissionUseCases uses, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);

                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await uses.ImportAsync(stream, file.FileName, Actor(user), ct) });
            })
            .RequireAuthorization(IndicatorsPermissions.Submit)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 批量报送（与导出同列；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/submissions", async (SubmitInput body, SubmissionUseCases uses, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var submission = await uses.SubmitAsync(body, Actor(user), ct);
                return Results.Created($"/api/indicators/submissions/{submission.Id}", await uses.DetailsAsync(submission.Id, ct));
            })
            .RequireAuthorization(IndicatorsPermissions.Submit)
            .WithSummary("报送一项年度统计数据（指标、年度、数值、报送单位、数据来源）");
        api.MapGet("/submissions/{id}", async (Guid id, SubmissionUseCases uses, CancellationToken ct) => Results.Ok(await uses.DetailsAsync(id, ct)))
            .WithSummary("报送记录详情");
        api.MapPost("/submissions/{id}/accept", async (Guid id, SubmissionUseCases uses, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await uses.AcceptAsync(id, Actor(user), ct);
                return Results.Ok(await uses.DetailsAsync(id, ct));
            })
            .RequireAuthorization(IndicatorsPermissions.Review)
            .WithSummary("审核采用（采用后计入统计指标；同一指标同一年度此前采用的数据标为已更正）");
        api.MapPost("/submissions/{id}/return", async (Guid id, ReviewInput body, SubmissionUseCases uses, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await uses.ReturnAsync(id, body, Actor(user), ct);
                return Results.Ok(await uses.DetailsAsync(id, ct));
            })
            .RequireAuthorization(IndicatorsPermissions.Review)
            .WithSummary("退回报送数据（写明原因）");
        return endpoints;
    }

    /// <summary>The login name: who submitted and who reviewed must be told apart exactly.</summary>
    internal static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "";
}
