using System.Security.Claims;

using Fazhi.Platform.Data;

namespace Fazhi.Platform.Identity;

/// <summary>Claim types the platform puts on every signed-in principal (cookie or API token).</summary>
public static class FazhiClaims
{
    public const string Region = "fazhi:region";
    public const string RegionPrefix = "fazhi:region_prefix";
    public const string Permission = "fazhi:perm";
    public const string DisplayName = "fazhi:name";
}

/// <summary>
/// The data scope of a web request, read from the principal: a signed-in user sees its region's subtree and writes its
/// own region; an anonymous request sees no region-owned row at all (the portal publishes through Publishing).
/// </summary>
public sealed class ClaimsRegionScope(IHttpContextAccessor accessor) : IRegionScope
{
    // A prefix no region code can start with: anonymous requests match nothing.
    private const string Nothing = "-";

    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    private bool IsWebRequest => accessor.HttpContext is not null;

    public string? ReadPrefix => !IsWebRequest ? null : User?.FindFirstValue(FazhiClaims.RegionPrefix) ?? Nothing;

    public string? WriteRegion => !IsWebRequest ? null : User?.FindFirstValue(FazhiClaims.Region) ?? Nothing;

    public string Actor => !IsWebRequest ? "system" : User?.Identity?.Name ?? "anonymous";
}
