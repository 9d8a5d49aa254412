using System.Net;
using System.Text.RegularExpressions;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Identity;

public sealed partial class UserAdminTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private static Dictionary<string, string> NewUser(string login, string region) => new()
    {
        ["NewLogin"] = login,
        ["NewName"] = "李四",
        ["NewRegion"] = region,
        ["NewRole"] = Roles.Clerk,
    };

    [Fact]
    public async Task UserAdmin_CreatesAnAccount_WhosePasswordIsShownOnce_AndSignsIn()
    {
        var admin = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.UsersManage);
        var login = "new." + Guid.NewGuid().ToString("N")[..6];
        var response = await FazhiFactory.PostFormAsync(admin, "/admin/users?handler=Create", NewUser(login, "441900199001"), getPath: "/admin/users");
        var html = await response.Content.ReadAsStringAsync();
        var password = System.Net.WebUtility.HtmlDecode(Shown().Match(html).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(password), html);
        await factory.SignedInClientAsync(login, password);
        Assert.DoesNotContain(password, await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdmin_CannotCreateAnAccount_OutsideItsSubtree()
    {
        var admin = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.UsersManage);
        var response = await FazhiFactory.PostFormAsync(admin, "/admin/users?handler=Create", NewUser("intruder." + Guid.NewGuid().ToString("N")[..6], FazhiFactory.TownB), getPath: "/admin/users");
        Assert.Contains("不在本单位管辖范围内", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdmin_LockedAccount_CannotSignIn()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Clerk);
        Guid id;
        await using (var scope = factory.SystemScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == login).Select(u => u.Id).SingleAsync();
        }

        var admin = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.UsersManage);
        await FazhiFactory.PostFormAsync(admin, "/admin/users?handler=Lock", new() { ["id"] = id.ToString(), ["locked"] = "true" }, getPath: "/admin/users");
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignedInClientAsync(login));
    }

    [Fact]
    public async Task UserAdmin_AccountOfAnotherTown_Is404()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownB, Roles.Clerk);
        Guid id;
        await using (var scope = factory.SystemScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == login).Select(u => u.Id).SingleAsync();
        }

        var admin = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.UsersManage);
        var response = await FazhiFactory.PostFormAsync(admin, "/admin/users?handler=Reset", new() { ["id"] = id.ToString() }, getPath: "/admin/users");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.SignedInClientAsync(login);
    }

    [Fact]
    public async Task Roles_AreSharedData_OnlyARootAdministratorChangesThem()
    {
        var townAdmin = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.UsersManage);
        Assert.Contains("仅供查看", await townAdmin.GetStringAsync("/admin/roles"), StringComparison.Ordinal);
        var refused = await FazhiFactory.PostFormAsync(townAdmin, "/admin/roles", [], getPath: "/admin/roles");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        Guid clerkRole;
        await using (var scope = factory.SystemScope())
        {
            clerkRole = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Roles.Where(r => r.Name == Roles.Clerk).Select(r => r.Id).SingleAsync();
        }

        var rootAdmin = await factory.ClientWithPermissionsAsync("440000", PlatformPermissions.UsersManage);
        var page = await rootAdmin.GetStringAsync("/admin/roles");
        var grants = CheckedGrants().Matches(page).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        grants.Add($"{clerkRole}|{PlatformPermissions.MetricsRead}");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = grants.Select(g => new KeyValuePair<string, string>("grants", g)).Append(new("__RequestVerificationToken", token));
        var saved = await rootAdmin.PostAsync("/admin/roles", new FormUrlEncodedContent(form));
        Assert.Contains("已保存", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var check = factory.SystemScope();
        Assert.True(await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<RolePermission>()
            .AnyAsync(p => p.RoleId == clerkRole && p.Permission == PlatformPermissions.MetricsRead));
    }

    [GeneratedRegex(@"（只显示这一次）：(\S+?)<")]
    private static partial Regex Shown();

    [GeneratedRegex("name=\"grants\" value=\"([^\"]+)\" checked=\"checked\"")]
    private static partial Regex CheckedGrants();
}
