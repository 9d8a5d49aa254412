using System.Security.Claims;

using Fazhi.Modules.PowerList.Adjustments;
using Fazhi.Modules.PowerList.Items;
using Fazhi.Modules.PowerList.Metrics;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Publishing;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.PowerList;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class PowerListModule
{
    public static IServiceCollection AddPowerList(this IServiceCollection services)
    {
        services.AddPermissions(PowerListPermissions.Grants);
        services.AddNavItem(new NavItem("权责清单", "/power-list", PowerListPermissions.Read, 59));
        services.AddPortalSection(new PortalSection("权责清单", "/portal/power-list", "各镇街现行权责清单事项（权力类型、实施依据、责任事项、追责情形）及每次调整的新增、取消、变更"));
        services.AddOptions<PowerListOptions>().BindConfiguration("PowerList")
            .Validate(o => o.AdjustWithinWorkingDays is >= 1 and <= 365, "PowerList:AdjustWithinWorkingDays 应为1至365之间的工作日数");
        foreach (var metric in PowerListMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<PowerItems>();
        services.AddScoped<ListAdjustments>();
        services.AddScoped<Portal.PublicPowerList>();
        services.AddDemoData<Demo.PowerListDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapPowerListApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/power-list").WithTags("权责清单").RequireAuthorization(PowerListPermissions.Read);

        api.MapGet("/items", async ([AsParameters] ItemFilter filter, PowerItems items, CancellationToken ct) =>
                TypedResults.Ok(await items.PageAsync(filter, ct)))
            .WithSummary("权责清单（检索编码、名称、依据、实施主体，按权力类型/状态/履职类别筛选、排序、分页；默认只列有效事项）");
        api.MapGet("/items/export.xlsx", async ([AsParameters] ItemFilter filter, PowerItems items, CancellationToken ct) =>
                TypedResults.File(await items.ExportAsync(filter, ct), Ledgers.XlsxContentType, "权责清单.xlsx"))
            .WithSummary("导出权责清单（Excel，与导入同列）");
        api.MapPost("/items/import", async (HttpRequest request, PowerItems items, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await Ledgers.UploadedFileAsync(request, ct);
                await using var stream = file.OpenReadStream();
                return TypedResults.Ok(new ImportResult(await items.ImportAsync(stream, file.FileName, Actor(user), ct)));
            })
            .RequireAuthorization(PowerListPermissions.Adjust)
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入初始权责清单（与导出同列；每项为第1版；有错误的行全部列出，整个文件不导入）");
        api.MapPost("/items", async Task<Created<ItemDetails>> (ItemInput body, PowerItems items, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var item = await items.RecordAsync(body, Actor(user), ct);
                return TypedResults.Created($"/api/power-list/items/{item.Id}", await items.DetailsAsync(item.Id, ct));
            })
            .RequireAuthorization(PowerListPermissions.Adjust)
            .WithSummary("录入初始清单事项（第1版；此后只能通过清单调整变更或取消）");
        api.MapGet("/items/{id}", async (Guid id, PowerItems items, CancellationToken ct) => TypedResults.Ok(await items.DetailsAsync(id, ct)))
            .WithSummary("事项详情及版本历史");
        api.MapGet("/items/{id}/versions", async (Guid id, PowerItems items, CancellationToken ct) => TypedResults.Ok(await items.VersionsAsync(id, ct)))
            .WithSummary("事项的各版本（每版全部字段及与上一版的差异，新版在前）");

        api.MapGet("/adjustments", async ([AsParameters] AdjustmentFilter filter, ListAdjustments adjustments, CancellationToken ct) =>
                TypedResults.Ok(await adjustments.PageAsync(filter, ct)))
            .WithSummary("清单调整（检索调整事项、启动情形，按状态/启动年度筛选、分页；逾期未公布的标红）");
        api.MapPost("/adjustments", async Task<Created<AdjustmentDetails>> (AdjustmentInput body, ListAdjustments adjustments, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var adjustment = await adjustments.RegisterAsync(body, Actor(user), ct);
                return TypedResults.Created($"/api/power-list/adjustments/{adjustment.Id}", await adjustments.DetailsAsync(adjustment.Id, ct));
            })
            .RequireAuthorization(PowerListPermissions.Adjust)
            .WithSummary("登记清单调整（调整事项、启动情形及说明、启动日期；调整时限按工作日计算）");
        api.MapGet("/adjustments/{id}", async (Guid id, ListAdjustments adjustments, CancellationToken ct) => TypedResults.Ok(await adjustments.DetailsAsync(id, ct)))
            .WithSummary("清单调整详情（调整事项及差异、各步骤、下一步骤）");
        api.MapPost("/adjustments/{id}/changes", async (Guid id, ChangeInput body, ListAdjustments adjustments, CancellationToken ct) =>
            {
                await adjustments.AddChangeAsync(id, body, ct);
                return TypedResults.Ok(await adjustments.DetailsAsync(id, ct));
            })
            .RequireAuthorization(PowerListPermissions.Adjust)
            .WithSummary("拟调整事项（新增：全部字段；变更：要变更的字段；取消：编码及理由）；方案提出后不能再增减");
        api.MapPost("/adjustments/{id}/steps", async (Guid id, StepInput body, ListAdjustments adjustments, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await adjustments.TakeStepAsync(id, body, Actor(user), ct);
                return TypedResults.Ok(await adjustments.DetailsAsync(id, ct));
            })
            .RequireAuthorization(PowerListPermissions.Adjust)
            .WithSummary("办理下一步骤：提出（提出单位）→ 审核（编办、司法所，通过与否及意见；不通过退回修改方案）→ 审定（党委政府会议）→ 公布（施行日期不早于公布日期；公布时事项生成新版本）");
        return endpoints;
    }

    internal static string Actor(ClaimsPrincipal user) => user.FindFirstValue(FazhiClaims.DisplayName) ?? user.Identity?.Name ?? "";
}

/// <summary>How many rows an import stored.</summary>
public sealed record ImportResult(int Imported);
