using System.Security.Cryptography;

using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Identity;

/// <summary>签发接口令牌: creates a token for a user with a subset of the user's permissions; returns the secret once.</summary>
public sealed class IssueApiToken(AppDbContext db, TimeProvider clock, ISecurityAudit audit, ApiTokenCache cache)
{
    public async Task<(ApiToken Token, string Secret)> ExecuteAsync(string login, IReadOnlyCollection<string> scopes, CancellationToken ct = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == login, ct)
            ?? throw new FieldValidationException("login", $"用户“{login}”不存在");
        var held = (await IdentitySetup.PlatformClaimsAsync(db, user))
            .Where(c => c.Type == FazhiClaims.Permission).Select(c => c.Value).ToHashSet();
        var granted = scopes.Count == 0 || scopes.Contains("*") ? held.ToList() : scopes.ToList();
        var missing = granted.Where(s => !held.Contains(s)).ToList();
        if (missing.Count > 0)
        {
            throw new FieldValidationException("scope", $"用户不具备以下权限，不能授予令牌：{string.Join("、", missing)}");
        }

        var secret = TokenSecrets.New("fz_");
        var token = new ApiToken
        {
            UserId = user.Id,
            RegionCode = user.RegionCode,
            Scopes = string.Join(' ', granted.Order(StringComparer.Ordinal)),
            Prefix = secret[..8],
            Hash = IdentitySetup.HashToken(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(token);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(SecurityEvent.TokenCreated, login, user.RegionCode, $"令牌 {token.Prefix}… 权限：{token.Scopes}", ct);
        return (token, secret);
    }

    public async Task RevokeAsync(Guid tokenId, string actor, CancellationToken ct = default)
    {
        var token = await db.Set<ApiToken>().WithinScope(db.Scope).FirstOrDefaultAsync(t => t.Id == tokenId, ct)
            ?? throw new RecordNotFoundException();
        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        cache.ForgetAll();
        await audit.RecordAsync(SecurityEvent.TokenRevoked, actor, token.RegionCode, $"令牌 {token.Prefix}…", ct);
    }
}
