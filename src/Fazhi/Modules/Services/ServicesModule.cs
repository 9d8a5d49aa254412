using System.Security.Claims;
using System.Text.Json;

using Fazhi.Modules.Services.Applications;
using Fazhi.Modules.Services.Catalog;
using Fazhi.Modules.Services.Metrics;
using Fazhi.Modules.Services.Portal;
using Fazhi.Modules.Services.Queue;
using Fazhi.Modules.Services.Ratings;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Publishing;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Services;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class ServicesModule
{
    public static IServiceCollection AddServices(this IServiceCollection services)
    {
        services.AddPermissions(ServicesPermissions.Grants);
        services.AddNavItem(new NavItem("政务服务", "/services", ServicesPermissions.Read, 40));
        services.AddPortalSection(new PortalSection("政务服务事项清单和办事指南", "/portal/services", "政务服务事项的设定依据、法定时限、承诺时限、申请材料和收费"));
        foreach (var metric in ServiceMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddScoped<MatterCatalog>();
        services.AddScoped<ApplicationUseCases>();
        services.AddScoped<QueueUseCases>();
        services.AddScoped<HallSetup>();
        services.AddScoped<TicketLedger>();
        services.AddScoped<RatingUseCases>();
        services.AddScoped<PublicGuides>();
        services.AddDemoData<Demo.ServicesDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapServicesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/services").WithTags("政务服务");
        var read = api.MapGroup("").RequireAuthorization(ServicesPermissions.Read);
        var manage = api.MapGroup("").RequireAuthorization(ServicesPermissions.ManageCatalog);
        var accept = api.MapGroup("").RequireAuthorization(ServicesPermissions.Accept);
        var handle = api.MapGroup("").RequireAuthorization(ServicesPermissions.Read);
        var queue = api.MapGroup("/queue").RequireAuthorization(ServicesPermissions.Queue);
        var rate = api.MapGroup("/ratings").RequireAuthorization(ServicesPermissions.Ratings);

        // 事项清单
        read.MapGet("/matters", async ([AsParameters] MatterFilter filter, MatterCatalog catalog, CancellationToken ct) =>
            {
                var page = await catalog.ListAsync(filter, ct);
                return Results.Ok(new { page.Total, page.Page, page.PageSize, page.Pages, Items = page.Items.Select(MatterView.Of) });
            })
            .WithSummary("政务服务事项清单（筛选、搜索、排序、分页）");
        read.MapGet("/matters/export.xlsx", async ([AsParameters] MatterFilter filter, MatterCatalog catalog, CancellationToken ct) =>
                Results.File(await catalog.ExportAsync(filter, ct), Ledgers.XlsxContentType, "政务服务事项清单.xlsx"))
            .WithSummary("导出事项清单（Excel，与导入同列）");
        read.MapGet("/matters/{id}", async (Guid id, MatterCatalog catalog, CancellationToken ct) => Results.Ok(MatterView.Of(await catalog.GetAsync(id, ct))))
            .WithSummary("事项详情（办事指南）");
        manage.MapPost("/matters", async (Fazhi.Modules.Services.Domain.MatterInput body, MatterCatalog catalog, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var matter = await catalog.AddAsync(Region(user), body, ct);
                return Results.Created($"/api/services/matters/{matter.Id}", MatterView.Of(matter));
            })
            .WithSummary("新增事项（承诺时限不得超过法定时限）");
        manage.MapPut("/matters/{id}", async (Guid id, Fazhi.Modules.Services.Domain.MatterInput body, MatterCatalog catalog, CancellationToken ct) =>
                Results.Ok(MatterView.Of(await catalog.ChangeAsync(id, body, ct))))
            .WithSummary("修改事项");
        manage.MapDelete("/matters/{id}", async (Guid id, MatterCatalog catalog, CancellationToken ct) =>
            {
                await catalog.RemoveAsync(id, ct);
                return Results.NoContent();
            })
            .WithSummary("取消事项（保留记录）");
        manage.MapPost("/matters/import", async (HttpRequest request, MatterCatalog catalog, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await FileOf(request, ct);
                await using var stream = file.OpenReadStream();
                var (added, changed) = await catalog.ImportAsync(Region(user), stream, file.FileName, ct);
                return Results.Ok(new { added, changed });
            })
            .DisableAntiforgery()
            .WithSummary("从 Excel/CSV 导入事项清单（与导出同列；有错误的行全部列出，整个文件不导入）");

        // 窗口、业务类别、设置
        read.MapGet("/windows", async (HallSetup hall, CancellationToken ct) => Results.Ok((await hall.WindowsAsync(ct)).Select(w => new { w.Id, w.Number, w.Name, w.Categories, w.Comprehensive })))
            .WithSummary("服务窗口");
        manage.MapPost("/windows", async (WindowInput body, HallSetup hall, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var w = await hall.SaveWindowAsync(Region(user), body, ct);
                return Results.Ok(new { w.Id, w.Number, w.Name, w.Categories, w.Comprehensive });
            })
            .WithSummary("登记或修改窗口");
        manage.MapPost("/categories", async (CategoryInput body, HallSetup hall, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var c = await hall.AddCategoryAsync(Region(user), body, ct);
                return Results.Ok(new { c.Id, c.Letter, c.Name });
            })
            .WithSummary("新增排队业务类别");
        read.MapGet("/settings", async (string? on, HallSetup hall, ClaimsPrincipal user, CancellationToken ct) =>
            {
                DateOnly? day = null;
                if (!string.IsNullOrWhiteSpace(on))
                {
                    day = Cells.Date(on, out var d) is null ? d : throw new FieldValidationException("on", "日期格式应为 yyyy-MM-dd");
                }

                var s = await hall.SettingsAsync(Region(user), ct, day);
                var history = await hall.HistoryAsync(Region(user), ct);
                return Results.Ok(new
                {
                    s.WaitOvertimeMinutes,
                    s.RectifyWorkingDays,
                    s.BasicCountsAsGood,
                    s.EffectiveFrom,
                    History = history.Select(h => new { h.EffectiveFrom, h.WaitOvertimeMinutes, h.RectifyWorkingDays, h.BasicCountsAsGood }),
                });
            })
            .WithSummary("政务服务设置（等候超时阈值、差评整改期限、好评口径）：on=日期 时为该日施行的设置，另附各版本");
        manage.MapPut("/settings", async (SettingsInput body, HallSetup hall, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var s = await hall.ChangeSettingsAsync(Region(user), body, ct);
                return Results.Ok(new { s.WaitOvertimeMinutes, s.RectifyWorkingDays, s.BasicCountsAsGood, s.EffectiveFrom });
            })
            .WithSummary("修改政务服务设置（effectiveFrom 施行日期，默认今天；此前各月仍按原设置计算）");

        // 办件
        read.MapGet("/applications", async ([AsParameters] ApplicationFilter filter, ApplicationUseCases applications, CancellationToken ct) =>
            {
                var page = await applications.ListAsync(filter, ct);
                var today = applications.Today;
                return Results.Ok(new { page.Total, page.Page, page.PageSize, page.Pages, Items = page.Items.Select(a => ApplicationView.Of(a, today)) });
            })
            .WithSummary("办件台账（筛选、搜索、排序、分页；overdue=1 仅超期未办结）");
        read.MapGet("/applications/export.xlsx", async ([AsParameters] ApplicationFilter filter, ApplicationUseCases applications, CancellationToken ct) =>
                Results.File(await applications.ExportAsync(filter, ct), Ledgers.XlsxContentType, "政务服务办件台账.xlsx"))
            .WithSummary("导出办件台账（Excel）");
        read.MapGet("/applications/{id}", async (Guid id, ApplicationUseCases applications, CancellationToken ct) => Results.Ok(await applications.ViewAsync(id, ct)))
            .WithSummary("办件详情（期限及其计算说明）");
        accept.MapPost("/applications", async (ReceiveInput body, ApplicationUseCases applications, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var a = await applications.ReceiveAsync(Region(user), body, user.Identity?.Name ?? "", ct);
                return Results.Created($"/api/services/applications/{a.Id}", await applications.ViewAsync(a.Id, ct));
            })
            .WithSummary("收件（综合窗口、网上或村级受理）；材料齐全即受理，五个工作日内可一次性告知补正");
        handle.MapPost("/applications/{id}/actions/{action}", async (Guid id, string action, ApplicationActionInput? body, ApplicationUseCases applications, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var needed = action is "extend" or "exclude" or "decide" or "issue_certificate" ? ServicesPermissions.Decide : ServicesPermissions.Accept;
                if (!user.HasClaim(FazhiClaims.Permission, needed))
                {
                    // The record is looked up first, so another town's id stays a 404.
                    await applications.GetAsync(id, ct);
                    return Results.Problem(title: "没有办理该环节的权限", statusCode: StatusCodes.Status403Forbidden);
                }

                await applications.ActAsync(id, action, body ?? new ApplicationActionInput(), ct);
                return Results.Ok(await applications.ViewAsync(id, ct));
            })
            .WithSummary("办理一个环节：notify_correction、accept、accept_with_deficiency、supply_deficiency、reject、extend、exclude、decide、issue_certificate、deliver；不符合法定条件时返回409及法律依据");

        // 排队叫号
        read.MapGet("/queue/categories", async (QueueUseCases q, CancellationToken ct) => Results.Ok((await q.CategoriesAsync(ct)).Select(c => new { c.Letter, c.Name })))
            .WithSummary("排队业务类别");
        read.MapGet("/queue/board", async (QueueUseCases q, ClaimsPrincipal user, CancellationToken ct) => Results.Ok(await q.BoardAsync(Region(user), ct)))
            .WithSummary("大厅叫号屏数据（最近叫号、各类别等候人数）");
        queue.MapPost("/tickets", async (TakeInput body, QueueUseCases q, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await q.TakeAsync(Region(user), body.Category, ct)))
            .WithSummary("取号（按业务类别；当日号码连续不重复）");
        queue.MapPost("/windows/{number:int}/call", async (int number, QueueUseCases q, ClaimsPrincipal user, CancellationToken ct) =>
                await q.CallNextAsync(Region(user), number, ct) is { } t ? Results.Ok(t) : Results.Ok(new { empty = true, message = "当前没有等候的号" }))
            .WithSummary("叫号（转入本窗口的号优先，其次本窗口业务类别中最早取的号）");
        queue.MapPost("/windows/{number:int}/tickets/{id}/recall", async (int number, Guid id, QueueUseCases q, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await q.RecallAsync(Region(user), number, id, ct)))
            .WithSummary("重呼");
        queue.MapPost("/windows/{number:int}/tickets/{id}/skip", async (int number, Guid id, QueueUseCases q, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await q.SkipAsync(Region(user), number, id, ct)))
            .WithSummary("过号");
        queue.MapPost("/windows/{number:int}/tickets/{id}/transfer", async (int number, Guid id, TransferInput body, QueueUseCases q, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await q.TransferAsync(Region(user), number, id, body.ToWindow, ct)))
            .WithSummary("转窗");
        read.MapGet("/tickets", async ([AsParameters] TicketFilter filter, TicketLedger ledger, CancellationToken ct) =>
            {
                var page = await ledger.ListAsync(filter, ct);
                return Results.Ok(new { page.Total, page.Page, page.PageSize, page.Pages, page.Items });
            })
            .WithSummary("排队取号记录（筛选、排序、分页）");
        read.MapGet("/tickets/export.xlsx", async ([AsParameters] TicketFilter filter, TicketLedger ledger, CancellationToken ct) =>
                Results.File(await ledger.ExportAsync(filter, ct), Ledgers.XlsxContentType, "排队取号记录.xlsx"))
            .WithSummary("导出排队取号记录（Excel，与导入同列）");
        queue.MapPost("/tickets/import", async (HttpContext http, TicketLedger ledger, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var file = await FileOf(http.Request, ct);
                await using var stream = file.OpenReadStream();
                if (!http.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.Ordinal))
                {
                    var (importId, rows) = await ledger.ImportAsync(Region(user), stream, file.FileName, user.Identity?.Name ?? "", null, ct);
                    return Results.Ok(new { importId, imported = rows });
                }

                // Progress as server-sent events: "progress" while it works, then "done" or "failed" (with the row errors).
                http.Response.ContentType = "text/event-stream";
                var last = 0;
                var progress = new SyncProgress(p =>
                {
                    if (p.Done == 0 || p.Done - last >= 5000 || p.Done == p.Total)
                    {
                        last = p.Done;
                        Send(http, "progress", p).GetAwaiter().GetResult();
                    }
                });
                try
                {
                    var (importId, rows) = await ledger.ImportAsync(Region(user), stream, file.FileName, user.Identity?.Name ?? "", progress, ct);
                    await Send(http, "done", new { importId, imported = rows });
                }
                catch (LedgerImportException e)
                {
                    await Send(http, "failed", new { title = "导入文件有错误，未导入任何记录", rows = e.RowErrors });
                }
                catch (FieldValidationException e)
                {
                    await Send(http, "failed", new { title = e.Message, errors = e.Errors });
                }

                return Results.Empty;
            })
            .DisableAntiforgery()
            .WithSummary("导入既有排队系统的取号记录（Excel/CSV，与导出同列；先整体校验，有错误的行全部列出且不导入；Accept: text/event-stream 时推送进度）");

        // 好差评
        read.MapGet("/ratings", async ([AsParameters] RatingFilter filter, RatingUseCases ratings, CancellationToken ct) =>
            {
                var page = await ratings.ListAsync(filter, ct);
                var today = ratings.Today;
                return Results.Ok(new { page.Total, page.Page, page.PageSize, page.Pages, Items = page.Items.Select(r => RatingView.Of(r, today)) });
            })
            .WithSummary("好差评记录（bad=1 仅差评）");
        rate.MapPost("", async (RateInput body, RatingUseCases ratings, CancellationToken ct) =>
            {
                var r = await ratings.RateAsync(body, ct);
                return Results.Created($"/api/services/ratings/{r.Id}", RatingView.Of(r, ratings.Today));
            })
            .WithSummary("登记评价（一次服务评价一次，五级）");
        rate.MapPost("/{id}/actions/{action}", async (Guid id, string action, RatingActionInput? body, RatingUseCases ratings, CancellationToken ct) =>
                Results.Ok(RatingView.Of(await ratings.ActAsync(id, action, body ?? new RatingActionInput(), ct), ratings.Today)))
            .WithSummary("差评处理：verify、rectify、call_back；申诉：appeal、decide_appeal");
        read.MapGet("/rankings", async (int year, int month, string? by, RatingUseCases ratings, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await ratings.RankAsync(Region(user), year, month, by == "department", ct)))
            .WithSummary("本镇窗口或部门的月度好评排名（by=window|department）");
        read.MapGet("/rankings/city", async (int year, int month, RatingUseCases ratings, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(await ratings.CityLeagueAsync(Region(user), year, month, ct)))
            .WithSummary("全市镇街月度好差评排名（市、县用户看全表；镇街用户只看本镇名次和得分）");

        api.MapGet("/public/matters", async (string? region, string? q, string? page, PublicGuides guides, CancellationToken ct) =>
                Results.Ok(await guides.ListAsync(region, q, page, ct)))
            .AllowAnonymous()
            .WithMetadata(new PublicAcrossRegionsAttribute())
            .WithTags("政务公开：政务服务")
            .WithSummary("公开的政务服务事项清单（办事指南）");
        return endpoints;
    }

    private static string Region(ClaimsPrincipal user) => user.FindFirstValue(FazhiClaims.Region) ?? "";

    private static Task<IFormFile> FileOf(HttpRequest request, CancellationToken ct) => Ledgers.UploadedFileAsync(request, ct);

    private static async Task Send(HttpContext http, string name, object data)
    {
        await http.Response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(data, JsonSerializerOptions.Web)}\n\n");
        await http.Response.Body.FlushAsync();
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

public sealed record TakeInput(string Category);

public sealed record TransferInput(int ToWindow);
