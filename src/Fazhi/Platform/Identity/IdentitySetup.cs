using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;

using Fazhi.Platform.Data;
using Fazhi.Platform.Regions;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Platform.Identity;

/// <summary>People sign in with a cookie; systems with an API token. Both yield the same claims: region, prefix, permissions.</summary>
public static class IdentitySetup
{
    public const string SmartScheme = "Fazhi";
    public const string TokenScheme = "ApiToken";
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddFazhiIdentity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicy>()
            .AddClaimsPrincipalFactory<FazhiClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "fazhi.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/denied";
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });
        // Each request re-checks the security stamp often, so a revoked user or role loses access promptly.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenScheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(TokenScheme, null);

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddAuthorization();
        services.AddMemoryCache();
        services.AddSingleton<ApiTokenCache>();
        services.AddScoped<IssueApiToken>();
        services.AddSingleton<PermissionCatalog>();
        services.AddPermissions(
            new(PlatformPermissions.RegionsRead, "查看行政区划", Roles.LegalOffice, Roles.Leader, Roles.Supervisor, Roles.Clerk),
            new(PlatformPermissions.RegionsManage, "维护行政区划"),
            new(PlatformPermissions.UsersManage, "管理用户与角色"),
            new(PlatformPermissions.AuditRead, "查看审计记录", Roles.Supervisor),
            new(PlatformPermissions.CalendarManage, "维护工作日历"),
            new(PlatformPermissions.MetricsRead, "查看统计指标", Roles.LegalOffice, Roles.Leader, Roles.Supervisor, Roles.LegalAdviser),
            new(PlatformPermissions.ProceduresRead, "查看程序与期限", Roles.LegalOffice, Roles.Leader, Roles.Supervisor, Roles.LegalAdviser, Roles.Enforcement, Roles.ServiceCenter, Roles.Petitions, Roles.Emergency, Roles.Clerk),
            new(PlatformPermissions.AttachmentsWrite, "上传附件", Roles.LegalOffice, Roles.LegalAdviser, Roles.Enforcement, Roles.ServiceCenter, Roles.Petitions, Roles.Emergency, Roles.Clerk),
            new(PlatformPermissions.NumberingIssue, "取号", Roles.LegalOffice, Roles.Enforcement, Roles.ServiceCenter),
            new(PlatformPermissions.TokensManage, "管理接口令牌"));
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder endpoints)
    {
        var tokens = endpoints.MapGroup("/api/tokens").WithTags("接口令牌").RequireAuthorization(PlatformPermissions.TokensManage);
        tokens.MapGet("/", async (AppDbContext db, CancellationToken ct) =>
        {
            var rows = await db.Set<ApiToken>().AsNoTracking().WithinScope(db.Scope).OrderByDescending(t => t.CreatedAt)
                .Select(t => new { t.Id, t.UserId, t.RegionCode, t.Prefix, t.Scopes, t.CreatedAt, t.RevokedAt })
                .ToListAsync(ct);
            return Results.Ok(rows);
        });
        tokens.MapPost("/{id}/revoke", async (Guid id, IssueApiToken tokens, HttpContext http, CancellationToken ct) =>
        {
            await tokens.RevokeAsync(id, http.User.Identity?.Name ?? "", ct);
            return Results.NoContent();
        });
        return endpoints;
    }

    private static Task ApiAware(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    internal static string HashToken(string token) => TokenSecrets.Hash(token);

    /// <summary>The claims every principal carries, from the user's region and its roles' permissions.</summary>
    internal static async Task<List<Claim>> PlatformClaimsAsync(AppDbContext db, AppUser user, IEnumerable<string>? onlyPermissions = null)
    {
        var region = await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == user.RegionCode);
        var prefix = region?.SubtreePrefix ?? user.RegionCode;
        var roleIds = db.UserRoles.Where(ur => ur.UserId == user.Id).Select(ur => ur.RoleId);
        var permissions = await db.Set<RolePermission>().Where(p => roleIds.Contains(p.RoleId)).Select(p => p.Permission).Distinct().ToListAsync();
        if (onlyPermissions is not null)
        {
            permissions = permissions.Intersect(onlyPermissions).ToList();
        }

        var claims = new List<Claim>
        {
            new(FazhiClaims.Region, user.RegionCode),
            new(FazhiClaims.RegionPrefix, prefix),
            new(FazhiClaims.DisplayName, user.DisplayName),
        };
        claims.AddRange(permissions.Select(p => new Claim(FazhiClaims.Permission, p)));
        return claims;
    }
}

/// <summary>Adds region and permission claims to the cookie principal.</summary>
public sealed class FazhiClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(await IdentitySetup.PlatformClaimsAsync(db, user));
        return identity;
    }
}

/// <summary>A policy per permission: a policy name that is a permission constant requires that permission claim.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var existing = await base.GetPolicyAsync(policyName);
        if (existing is not null || !policyName.Contains('.', StringComparison.Ordinal))
        {
            return existing;
        }

        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(FazhiClaims.Permission, policyName).Build();
    }
}

/// <summary>
/// Authenticates `Authorization: Bearer fz_…` against the hashed tokens; revoked tokens and locked users fail. A token that
/// passed is remembered briefly (<see cref="ApiTokenCache"/>), so the next requests skip the queries.
/// </summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDbContext db, TimeProvider clock, ApiTokenCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = IdentitySetup.HashToken(header["Bearer ".Length..].Trim());
        if (!cache.TryGet(hash, out var claims))
        {
            var generation = cache.Generation;
            claims = await ValidateAsync(hash);
            if (claims is null)
            {
                return AuthenticateResult.Fail("令牌无效或已吊销");
            }

            cache.Remember(hash, claims, generation);
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    private async Task<List<Claim>?> ValidateAsync(string hash)
    {
        var token = await db.Set<ApiToken>().FirstOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null);
        var user = token is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == token.UserId);
        if (token is null || user is null || (user.LockoutEnd is { } end && end > clock.GetUtcNow()))
        {
            return null;
        }

        var claims = await IdentitySetup.PlatformClaimsAsync(db, user, token.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // The token acts in the region it was issued for, which is the owner's region.
        claims.RemoveAll(c => c.Type == FazhiClaims.Region);
        claims.Add(new Claim(FazhiClaims.Region, token.RegionCode));
        claims.Add(new Claim(ClaimTypes.Name, user.UserName ?? ""));
        claims.Add(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        // Roles too, as on the cookie principal: procedure actions may be granted by role.
        var roleNames = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
        claims.AddRange(roleNames.Select(r => new Claim(ClaimTypes.Role, r)));
        return claims;
    }
}

/// <summary>Identity's messages in Chinese.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"登录名“{userName}”已被使用" };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "登录名只能包含字母、数字和 -._@" };

    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码长度至少为{length}位" };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "密码不正确" };

    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = "该账户未启用锁定" };
}
