using System.Text.Json;

using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Platform.Web;

/// <summary>
/// Every API error is RFC 7807 ProblemDetails in Chinese. Bad input is a 4xx: malformed JSON, ids and dates are 400,
/// oversized bodies 413, refused steps 409 with the legal basis; only a real fault is 500.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        var context = httpContext;
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
            return false;
        }

        context.Response.StatusCode = problem.Status ?? 400;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails? Map(Exception exception)
    {
        switch (exception)
        {
            case FieldValidationException v:
                return new ValidationProblemDetails(v.Errors) { Status = 400, Title = v.Message };
            case DomainRuleException r:
                var refused = new ProblemDetails { Status = r.StatusCode, Title = "操作不允许", Detail = r.Message };
                if (r.LegalBasis is not null)
                {
                    refused.Extensions["legalBasis"] = r.LegalBasis;
                }

                return refused;
            case RecordNotFoundException or RegionWriteDeniedException:
                return new ProblemDetails { Status = 404, Title = "记录不存在" };
            case CalendarYearMissingException c:
                return new ProblemDetails { Status = 422, Title = "日历数据缺失", Detail = c.Message };
            case BadHttpRequestException { StatusCode: 413 }:
                return new ProblemDetails { Status = 413, Title = "请求内容过大" };
            case BadHttpRequestException b:
                return new ProblemDetails { Status = b.StatusCode, Title = "请求格式错误", Detail = ChineseDetail(b) };
            case InvalidDataException d when d.Message.Contains("limit", StringComparison.OrdinalIgnoreCase):
                return new ProblemDetails { Status = 413, Title = "请求内容过大" };
            case Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException:
                return new ProblemDetails { Status = 409, Title = "记录已被他人修改", Detail = "记录已被他人修改，请刷新后重试" };
            case Microsoft.EntityFrameworkCore.DbUpdateException u when IsConstraintViolation(u.InnerException):
                return new ProblemDetails { Status = 409, Title = "数据冲突", Detail = "该记录与已有数据冲突（可能重复提交或已被他人处理），请刷新后重试" };
            case JsonException:
                return new ProblemDetails { Status = 400, Title = "请求格式错误", Detail = "JSON 格式不正确" };
            default:
                return null;
        }
    }

    // Unique or foreign-key violations are races between two users (a double submit, two steps at once), not faults.
    private static bool IsConstraintViolation(Exception? inner) => inner switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        Npgsql.PostgresException pg => pg.SqlState is "23505" or "23503" or "40001",
        _ => false,
    };

    private static string ChineseDetail(BadHttpRequestException b) =>
        b.InnerException is JsonException ? "JSON 格式不正确" : "请求参数格式不正确（请检查编号、日期等字段）";
}

public static class ErrorHandlingSetup
{
    public const long MaxRequestBodyBytes = 30 * 1024 * 1024;

    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        // The problem-details service asks its writers in registration order: registered before AddProblemDetails' JSON
        // writer, a browser on a page gets the Chinese HTML page.
        services.AddSingleton<IProblemDetailsWriter, HtmlProblemPage>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Title ??= c.ProblemDetails.Status switch
            {
                404 => "记录不存在",
                401 => "未登录或登录已过期",
                403 => "没有权限",
                405 => "不支持的请求方式",
                413 => "请求内容过大",
                _ => "请求有误",
            };
            c.ProblemDetails.Extensions.Remove("traceId");
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxRequestBodyBytes);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return services;
    }

    /// <summary>
    /// A declared body over the platform's limit is answered 413 before any binding reads it (Kestrel also stops
    /// undeclared ones at the same size). Per-endpoint limits, such as the attachments' own, are smaller.
    /// </summary>
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxRequestBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = 413, Title = "请求内容过大", Detail = $"请求内容不能超过{MaxRequestBodyBytes / 1024 / 1024} MB" },
                });
                return;
            }

            await next();
        });

    /// <summary>
    /// Turns bare 4xx status codes (unknown route, 405, 404 from binding or a page's NotFound()) into ProblemDetails for
    /// API paths and into the Chinese error page for browsers.
    /// </summary>
    public static IApplicationBuilder UseApiStatusProblems(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if ((http.Request.Path.StartsWithSegments("/api") || HtmlProblemPage.WantsPage(http)) && !http.Response.HasStarted)
            {
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } });
            }
        });
}
