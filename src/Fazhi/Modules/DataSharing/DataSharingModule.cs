using System.Security.Claims;

using Fazhi.Modules.DataSharing.Domain;
using Fazhi.Modules.DataSharing.Metrics;
using Fazhi.Modules.DataSharing.Requests;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.DataSharing;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class DataSharingModule
{
    public static IServiceCollection AddDataSharing(this IServiceCollection services)
    {
        services.AddPermissions(DataSharingPermissions.Grants);
        services.AddNavItem(new NavItem("数据共享", "/sharing", DataSharingPermissions.Read, 90));
        services.AddOptions<DataSharingOptions>().BindConfiguration("DataSharing");
        foreach (var metric in DataSharingMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<SharingUseCases>();
        services.AddScoped<SharingQueries>();
        services.AddDemoData<Demo.DataSharingDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapDataSharingApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/sharing").WithTags("数据共享").RequireAuthorization(DataSharingPermissions.Read);
        api.MapGet("/resources", async (string? q, SharingQueries queries, CancellationToken ct) => Results.Ok(await queries.ResourcesAsync(q, ct)))
            .WithSummary("数据资源目录（本单位在“一网共享”平台挂接的数据资源）");
        api.MapGet("/resources/export.xlsx", async (string? q, SharingQueries queries, CancellationToken ct) =>
                Results.File(await queries.ExportAsync(q, ct), Ledgers.XlsxContentType, "政务数据资源目录.xlsx"))
            .WithSummary("导出数据资源目录（Excel，与导入同列）");
        api.MapPost("/resources/import", async (HttpRequest request, SharingQueries queries, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);
                await using var stream = file.OpenReadStream();
                return Results.Ok(new { imported = await queries.ImportAsync(stream, file.FileName, ct) });
            })
            .RequireAuthorization(DataSharingPermissions.Manage)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入数据资源目录（有错误的行全部列出，整个文件不导入）");
        api.MapPost("/resources", async (ResourceInput body, SharingUseCases uses, CancellationToken ct) =>
            {
                var resource = await uses.RegisterAsync(body, ct);
                return Results.Created($"/api/sharing/resources/{resource.Id}", new { resource.Id, resource.Code, resource.Name });
            })
            .RequireAuthorization(DataSharingPermissions.Manage)
            .WithSummary("登记数据资源（共享类型、开放类型、更新周期、数据项）");
        api.MapGet("/requests", async (string? status, string? page, SharingQueries queries, CancellationToken ct) =>
                Results.Ok(await queries.RequestsAsync(status, page, ct)))
            .WithSummary("共享申请（按状态筛选、分页；含答复期限和是否逾期）");
        api.MapPost("/requests", async (RequestInput body, SharingUseCases uses, SharingQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var request = await uses.SubmitAsync(body, Actor(user), ct);
                return Results.Created($"/api/sharing/requests/{request.Id}", await queries.RequestAsync(request.Id, ct));
            })
            .RequireAuthorization(DataSharingPermissions.Manage)
            .WithSummary("受理共享申请（申请单位、用途、依据、使用期限、收到日期；自动计算答复期限）");
        api.MapGet("/requests/{id:guid}", async (Guid id, SharingQueries queries, CancellationToken ct) => Results.Ok(new
        {
            Request = await queries.RequestAsync(id, ct),
            Reads = await queries.ReadsAsync(id, ct),
        }))
            .WithSummary("共享申请详情及调用记录");
        api.MapPost("/requests/{id:guid}/approve", async (Guid id, DecisionInput body, SharingUseCases uses, SharingQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var (_, secret) = await uses.ApproveAsync(id, body, Actor(user), ct);
                return Results.Ok(new { Request = await queries.RequestAsync(id, ct), Token = secret });
            })
            .RequireAuthorization(DataSharingPermissions.Manage)
            .WithSummary("同意共享：签发仅限该资源、本单位和使用期限的共享令牌（令牌只显示这一次）");
        api.MapPost("/requests/{id:guid}/reject", async (Guid id, DecisionInput body, SharingUseCases uses, SharingQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await uses.RejectAsync(id, body, Actor(user), ct);
                return Results.Ok(await queries.RequestAsync(id, ct));
            })
            .RequireAuthorization(DataSharingPermissions.Manage)
            .WithSummary("不予同意（须说明理由）");
        api.MapPost("/requests/{id:guid}/revoke", async (Guid id, DecisionInput body, SharingUseCases uses, SharingQueries queries, CancellationToken ct) =>
            {
                await uses.RevokeAsync(id, body, ct);
                return Results.Ok(await queries.RequestAsync(id, ct));
            })
            .RequireAuthorization(DataSharingPermissions.Manage)
            .WithSummary("停止共享：令牌立即失效");

        endpoints.MapGet("/api/shared/{resource}", async (string resource, string? year, HttpContext http, SharingUseCases uses, CancellationToken ct) =>
                Results.Ok(await uses.ReadAsync(http, resource, year, ct)))
            .AllowAnonymous()
            .WithTags("数据共享")
            .WithSummary($"使用部门凭共享令牌（请求头 {SharingUseCases.TokenHeader}）读取已获准共享的数据资源；每次调用留痕");
        return endpoints;
    }

    internal static string Actor(ClaimsPrincipal user) => user.FindFirstValue(FazhiClaims.DisplayName) ?? user.Identity?.Name ?? "";
}
