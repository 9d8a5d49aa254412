using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>Roles made for one test: exactly the permissions it names (roles are data, so a test may add one).</summary>
public static class TestRoles
{
    /// <summary>Creates a role holding these permissions (all declared permissions when none are named) and returns its name.</summary>
    public static async Task<string> CreateRoleAsync(this FazhiFactory factory, params string[] permissions)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var granted = permissions.Length > 0
            ? permissions
            : scope.ServiceProvider.GetRequiredService<PermissionCatalog>().All.Select(p => p.Permission).ToArray();
        var role = new AppRole("test-" + Guid.NewGuid().ToString("N")[..10], "测试角色");
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        DatabaseStartup.Check(await roles.CreateAsync(role));
        foreach (var permission in granted)
        {
            db.Add(new RolePermission { RoleId = role.Id, Permission = permission });
        }

        await db.SaveChangesAsync();
        return role.Name!;
    }

    /// <summary>A signed-in cookie client of a new user in the region holding exactly these permissions (all when none).</summary>
    public static async Task<HttpClient> ClientWithPermissionsAsync(this FazhiFactory factory, string region, params string[] permissions)
    {
        var role = await factory.CreateRoleAsync(permissions);
        var login = await factory.CreateUserAsync(region, role);
        return await factory.SignedInClientAsync(login);
    }
}
