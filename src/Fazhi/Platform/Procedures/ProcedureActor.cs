using System.Security.Claims;

using Fazhi.Platform.Identity;

namespace Fazhi.Platform.Procedures;

/// <summary>办理人 (who takes a step): login, name, and what the engine checks an action against.</summary>
public sealed record ProcedureActor(string Login, string DisplayName, IReadOnlySet<string> Permissions, IReadOnlySet<string> Roles)
{
    /// <summary>The scheduled scan and other platform jobs: may take any action, recorded as "system".</summary>
    public static readonly ProcedureActor System = new("system", "系统", new HashSet<string>(), new HashSet<string>());

    public bool IsSystem => ReferenceEquals(this, System);

    public static ProcedureActor From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "anonymous",
        user.FindFirstValue(FazhiClaims.DisplayName) ?? user.Identity?.Name ?? "",
        user.FindAll(FazhiClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));

    public bool MayTake(ProcedureAction action) =>
        IsSystem || action.Permissions.Any(Permissions.Contains) || action.Roles.Any(Roles.Contains);
}
