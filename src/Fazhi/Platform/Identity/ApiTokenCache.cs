using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Fazhi.Platform.Identity;

/// <summary>
/// Validated API tokens, kept briefly (<c>Fazhi:Security:TokenCacheSeconds</c>, 30 by default, 0 = off) by the token's
/// hash, so an integration calling often costs no token, user, region and permission queries per request. Revoking a
/// token, locking an account or changing role grants in this process forgets every entry at once (<see cref="ForgetAll"/>);
/// another process (a CLI verb, a second web node) is heard when the entry expires.
/// </summary>
public sealed class ApiTokenCache(IMemoryCache cache, IConfiguration configuration, TimeProvider clock) : IDisposable
{
    public const string LifetimeSetting = "Fazhi:Security:TokenCacheSeconds";

    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue(LifetimeSetting, 30)));

    // Cancelled by ForgetAll: every entry expires with the generation it was validated in.
    private CancellationTokenSource _generation = new();

    /// <summary>The generation to pass to <see cref="Remember"/>: taken before the token is checked, so a revocation
    /// during the check also drops what the check found.</summary>
    public CancellationToken Generation => _generation.Token;

    public bool TryGet(string hash, [NotNullWhen(true)] out IReadOnlyList<Claim>? claims)
    {
        if (cache.TryGetValue(Key(hash), out Entry? entry) && entry!.ValidUntil > clock.GetUtcNow())
        {
            claims = entry.Claims;
            return true;
        }

        claims = null;
        return false;
    }

    public void Remember(string hash, IReadOnlyList<Claim> claims, CancellationToken generation)
    {
        if (_lifetime <= TimeSpan.Zero || generation.IsCancellationRequested)
        {
            return;
        }

        // The injected clock decides validity (tests move it); the cache's own expiry only frees the memory.
        using var entry = cache.CreateEntry(Key(hash));
        entry.Value = new Entry(claims, clock.GetUtcNow() + _lifetime);
        entry.AbsoluteExpirationRelativeToNow = _lifetime;
        entry.AddExpirationToken(new CancellationChangeToken(generation));
    }

    /// <summary>Forgets every token: revocations and lockouts are rare, and this needs no map from accounts to tokens.</summary>
    public void ForgetAll()
    {
        using var previous = Interlocked.Exchange(ref _generation, new CancellationTokenSource());
        previous.Cancel();
    }

    public void Dispose() => _generation.Dispose();

    private static string Key(string hash) => "api-token:" + hash;

    private sealed record Entry(IReadOnlyList<Claim> Claims, DateTimeOffset ValidUntil);
}
