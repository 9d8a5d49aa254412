using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fazhi.Platform.Audit;

/// <summary>Registration of the audit trail: the interceptor, the security-event log and the verify endpoint.</summary>
public static class AuditSetup
{
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services
            .AddScoped<IInterceptor, AuditInterceptor>()
            .AddScoped<ISecurityAudit, SecurityAuditLog>();

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit/verify", async (AppDbContext db, CancellationToken ct) =>
            {
                var result = await AuditChain.VerifyAsync(db, ct);
                return result.Ok
                    ? Results.Ok(new { ok = true, rows = result.Rows })
                    : Results.Ok(new { ok = false, rows = result.Rows, firstBadRow = result.FirstBadSequence, detail = result.Detail });
            })
            .RequireAuthorization(PlatformPermissions.AuditRead)
            .WithTags("审计");
        return endpoints;
    }
}
