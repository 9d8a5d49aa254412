using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Identity;

public sealed class AccountSecurityTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private async Task<HttpResponseMessage> TryLoginAsync(HttpClient client, string login, string password) =>
        await FazhiFactory.PostFormAsync(client, "/login", new() { ["Login"] = login, ["Password"] = password });

    [Fact]
    public async Task Lockout_FiveFailedLogins_LockTheAccountForFifteenMinutes()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Clerk);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 4; i++)
        {
            var failed = await TryLoginAsync(client, login, "Wrong-Password-9");
            Assert.Contains("登录名或密码不正确", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fifth = await TryLoginAsync(client, login, "Wrong-Password-9");
        Assert.Contains("账户已锁定", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Even the right password is refused while locked.
        var right = await TryLoginAsync(client, login, FazhiFactory.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账户已锁定", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = factory.SystemScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(login);
        var remaining = user!.LockoutEnd!.Value - DateTimeOffset.UtcNow;
        Assert.InRange(remaining.TotalMinutes, 14, 15.1);
    }

    [Fact]
    public async Task Lockout_IsRecordedInTheAuditTrail()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Clerk);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < IdentitySetup.MaxFailedAttempts; i++)
        {
            await TryLoginAsync(client, login, "Wrong-Password-9");
        }

        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.Set<Fazhi.Platform.Audit.AuditEntry>().AnyAsync(a => a.Actor == login && a.Action == "LockedOut"));
    }

    [Fact]
    public async Task Session_EndsAfterThirtyIdleMinutes()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Clerk);
        var client = await factory.SignedInClientAsync(login);
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        factory.Clock.Advance(IdentitySetup.IdleTimeout + TimeSpan.FromMinutes(1));
        var idle = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.Contains("/login", idle.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFactor_IsRequired_ForAdministratorRoles()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Admin);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await TryLoginAsync(client, login, FazhiFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login/2fa-setup", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        // The password alone gives no session.
        var workbench = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, workbench.StatusCode);
        Assert.Contains("/login", workbench.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoFactor_WrongCode_DoesNotSignIn()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Admin);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await TryLoginAsync(client, login, FazhiFactory.Password);
        var response = await FazhiFactory.PostFormAsync(client, "/login/2fa-setup", new() { ["Code"] = "000000" });
        Assert.Contains("动态口令不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("short-Pw1!")]
    [InlineData("alllowercaseletters")]
    [InlineData("ALLUPPER12345")]
    public async Task Password_ShorterThan12_OrFewerThan3Classes_IsRefused(string password)
    {
        await using var scope = factory.SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.CreateAsync(new AppUser { UserName = "pw" + Guid.NewGuid().ToString("N")[..8], RegionCode = FazhiFactory.TownA }, password);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description.Contains("密码", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiToken_IsHashedAtRest_AndShownOnce()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var secret = await factory.CreateTokenAsync(login, PlatformPermissions.RegionsRead);
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var prefix = secret[..8];
        var stored = await db.Set<ApiToken>().SingleAsync(t => t.Prefix == prefix);
        Assert.NotEqual(secret, stored.Hash);
        Assert.DoesNotContain(secret, stored.Hash, StringComparison.Ordinal);
        Assert.Equal(64, stored.Hash.Length);
    }

    [Fact]
    public async Task ApiToken_IsScopedToItsPermissions()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(login, PlatformPermissions.RegionsRead));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions/tree")).StatusCode);
        // The user may read metrics, the token may not.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/metrics")).StatusCode);
    }

    [Fact]
    public async Task ApiToken_CannotGrantMoreThanTheUserHolds()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Clerk);
        var error = await Assert.ThrowsAsync<Fazhi.Platform.Web.FieldValidationException>(() => factory.CreateTokenAsync(login, PlatformPermissions.UsersManage));
        Assert.Contains("不具备", error.Errors["scope"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiToken_Revoked_IsRefused()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var secret = await factory.CreateTokenAsync(login, PlatformPermissions.RegionsRead);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions/tree")).StatusCode);

        var admin = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.TokensManage);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/tokens");
        var id = list.EnumerateArray().Single(t => t.GetProperty("prefix").GetString() == secret[..8]).GetProperty("id").GetGuid();
        var revoke = await admin.PostAsync($"/api/tokens/{id}/revoke", null);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/regions/tree")).StatusCode);
    }

    [Fact]
    public async Task ApiToken_OfAnotherTown_CannotBeRevoked()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownB, Roles.LegalOffice);
        var secret = await factory.CreateTokenAsync(login, PlatformPermissions.RegionsRead);
        Guid id;
        await using (var scope = factory.SystemScope())
        {
            var prefix = secret[..8];
            id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ApiToken>().Where(t => t.Prefix == prefix).Select(t => t.Id).SingleAsync();
        }

        var adminOfA = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.TokensManage);
        Assert.Equal(HttpStatusCode.NotFound, (await adminOfA.PostAsync($"/api/tokens/{id}/revoke", null)).StatusCode);
    }
}
