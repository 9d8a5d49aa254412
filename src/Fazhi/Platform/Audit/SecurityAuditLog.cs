using Fazhi.Platform.Data;

namespace Fazhi.Platform.Audit;

/// <summary>Writes a security event as an audit row; the audit interceptor gives it its place in the chain.</summary>
public sealed class SecurityAuditLog(AppDbContext db, TimeProvider clock) : ISecurityAudit
{
    public async Task RecordAsync(SecurityEvent kind, string login, string? regionCode, string? detail = null, CancellationToken cancellationToken = default)
    {
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = login,
            RegionCode = regionCode ?? "",
            Action = kind.ToString(),
            Entity = "Security",
            EntityId = login,
            After = detail is null ? null : System.Text.Json.JsonSerializer.Serialize(new { detail }),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
