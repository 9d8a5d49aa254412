using System.Globalization;
using System.Threading.RateLimiting;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Fazhi.Platform.Web;

/// <summary>
/// 访问频率限制 (security.md AVL-01, INP-17): named policies modules attach to anonymous write endpoints and pages
/// (<c>.RequireRateLimiting(RateLimits.PublicWrite)</c> or <c>[EnableRateLimiting(RateLimits.PublicWrite)]</c>).
/// Rejections are 429 ProblemDetails in Chinese with Retry-After (the middleware's default would be 503).
/// </summary>
public static class RateLimits
{
    /// <summary>
    /// Writes by the public (e.g. a comment on a draft): per client IP, <c>RateLimiting:PublicWrite:PermitLimit</c>
    /// (default 5) per <c>RateLimiting:PublicWrite:WindowSeconds</c> (default 60). Reads (GET/HEAD) pass unlimited so
    /// the same page can show the form.
    /// </summary>
    public const string PublicWrite = "public-write";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PublicWrite:PermitLimit", 5);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:PublicWrite:WindowSeconds", 60));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicWrite, context =>
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    // The connection's address, not X-Forwarded-For: a spoofed header must not open a fresh partition.
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true }));
            o.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : (int)window.TotalSeconds;
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "提交过于频繁",
                        Detail = $"提交过于频繁，请{seconds}秒后再试",
                    },
                });
            };
        });
        return services;
    }
}
