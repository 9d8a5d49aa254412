namespace Fazhi.Platform.Identity;

/// <summary>接口令牌 (API token) for an integration: hashed at rest, scoped to a region and permissions, revocable.</summary>
public sealed class ApiToken : Data.IRegionTagged
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    /// <summary>The region the token acts in (the owner's region).</summary>
    public string RegionCode { get; set; } = "";

    /// <summary>Space-separated permissions granted; a subset of what the owner holds.</summary>
    public string Scopes { get; set; } = "";

    /// <summary>First characters of the token, so an operator can tell tokens apart without the secret.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the whole token, hex; the token itself is never stored.</summary>
    public string Hash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
