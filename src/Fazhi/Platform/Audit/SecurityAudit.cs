namespace Fazhi.Platform.Audit;

/// <summary>安全事件 recorded in the audit trail.</summary>
public enum SecurityEvent
{
    SignIn,
    SignInFailed,
    LockedOut,
    SignOut,
    TwoFactorEnabled,
    TokenCreated,
    TokenRevoked,
}

/// <summary>Records sign-ins, failures, lockouts and token events as audit rows (chained like every other row).</summary>
public interface ISecurityAudit
{
    Task RecordAsync(SecurityEvent kind, string login, string? regionCode, string? detail = null, CancellationToken cancellationToken = default);
}
