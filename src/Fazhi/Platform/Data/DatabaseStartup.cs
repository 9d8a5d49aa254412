using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Data;

/// <summary>On start: migrate, then make sure roles, permissions and (on an empty database) the demo region tree and accounts exist.</summary>
public static class DatabaseStartup
{
    public const string DemoTown = "441900199";

    /// <summary>Setting that turns off demo records on an empty database (the tests' own databases use it).</summary>
    public const string GenerateDemoSetting = "Fazhi:Demo:GenerateOnEmptyDatabase";

    public static async Task PrepareDatabaseAsync(this IHost app, TextWriter? console = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await EnsureRolesAndPermissionsAsync(db, sp.GetRequiredService<PermissionCatalog>());
        if (!await db.Set<Region>().AnyAsync())
        {
            await SeedDemoRegionsAsync(db);
        }

        if (!await db.Users.AnyAsync())
        {
            await SeedDemoAccountsAsync(sp.GetRequiredService<UserManager<AppUser>>(), console ?? Console.Out);
            // An empty database becomes the demo town, records and all (a real deployment imports its regions first).
            if (sp.GetRequiredService<IConfiguration>().GetValue(GenerateDemoSetting, true))
            {
                await sp.GetRequiredService<Demo.GenerateDemo>().RunAsync(console ?? Console.Out);
            }
        }
    }

    public static async Task EnsureRolesAndPermissionsAsync(AppDbContext db, PermissionCatalog catalog)
    {
        var roles = await db.Roles.ToListAsync();
        foreach (var (name, displayName, twoFactor) in Roles.Defaults)
        {
            if (roles.All(r => r.Name != name))
            {
                var role = new AppRole(name, displayName) { RequiresTwoFactor = twoFactor };
                db.Roles.Add(role);
                roles.Add(role);
            }
        }

        var known = (await db.Set<KnownPermission>().Select(k => k.Permission).ToListAsync()).ToHashSet();
        foreach (var grant in catalog.All.Where(g => !known.Contains(g.Permission)))
        {
            foreach (var role in roles.Where(r => r.Name == Roles.Admin || grant.DefaultRoles.Contains(r.Name)))
            {
                db.Add(new RolePermission { RoleId = role.Id, Permission = grant.Permission });
            }

            db.Add(new KnownPermission { Permission = grant.Permission });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>广东省 › 东莞市 › 演示镇 (with villages) and two more demo towns in the same city.</summary>
    public static async Task SeedDemoRegionsAsync(AppDbContext db)
    {
        db.AddRange(
            new Region("440000", "广东省", RegionLevel.Province, null),
            new Region("441900", "东莞市", RegionLevel.City, "440000"),
            new Region(DemoTown, "演示镇", RegionLevel.Town, "441900"),
            new Region("441900199001", "演示镇东村村民委员会", RegionLevel.Village, DemoTown),
            new Region("441900199002", "演示镇西村村民委员会", RegionLevel.Village, DemoTown),
            new Region("441900199003", "演示镇中心社区居民委员会", RegionLevel.Village, DemoTown),
            new Region("441900198", "东湖镇", RegionLevel.Town, "441900"),
            new Region("441900198001", "东湖镇新塘村村民委员会", RegionLevel.Village, "441900198"),
            new Region("441900197", "西岭镇", RegionLevel.Town, "441900"),
            new Region("441900197001", "西岭镇桥头社区居民委员会", RegionLevel.Village, "441900197"));
        await db.SaveChangesAsync();
    }

    private static async Task SeedDemoAccountsAsync(UserManager<AppUser> users, TextWriter console)
    {
        await console.WriteLineAsync("已创建演示账户（密码只显示这一次，请妥善保存）：");
        foreach (var (role, displayName, _) in Roles.Defaults)
        {
            // The administrator runs the whole deployment, so it sits at the root of the tree; the rest work in the demo town.
            var region = role switch
            {
                Roles.Admin => "440000",
                Roles.Supervisor => "441900",
                _ => DemoTown,
            };
            var login = role == Roles.Admin ? "admin" : $"demo.{role.Replace('_', '-')}";
            var password = PasswordPolicy.Generate();
            var user = new AppUser { UserName = login, RegionCode = region, DisplayName = displayName };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, role));
            await console.WriteLineAsync($"  {displayName,-12} 登录名 {login,-22} 密码 {password}");
        }
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}
