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
            case JsonException:
                return new ProblemDetails { Status = 400, Title = "请求格式错误", Detail = "JSON 格式不正确" };
            default:
                return null;
        }
    }

    private static string ChineseDetail(BadHttpRequestException b) =>
        b.InnerException is JsonException ? "JSON 格式不正确" : "请求参数格式不正确（请检查编号、日期等字段）";
}

public static class ErrorHandlingSetup
{
    public const long MaxRequestBodyBytes = 30 * 1024 * 1024;

    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
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

    /// <summary>Turns bare 4xx status codes (unknown route, 405, 404 from binding) into ProblemDetails for API paths.</summary>
    public static IApplicationBuilder UseApiStatusProblems(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (http.Request.Path.StartsWithSegments("/api") && !http.Response.HasStarted)
            {
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } });
            }
        });
}
