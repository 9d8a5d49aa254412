using Fazhi.Platform.Data;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Identity.Pages;

/// <summary>角色与权限: roles are data; an administrator grants and withdraws the permissions the code declares.</summary>
[Authorize(PlatformPermissions.UsersManage)]
public sealed class RolesModel(AppDbContext db, PermissionCatalog catalog, ApiTokenCache tokens) : PageModel
{
    public IReadOnlyList<AppRole> Roles { get; private set; } = [];

    public IReadOnlyList<PermissionGrant> Permissions => catalog.All;

    public HashSet<string> Granted { get; private set; } = [];

    public string? Notice { get; private set; }

    /// <summary>Roles are shared by every region, so only an administrator of a root region (the deployment's top) may change them.</summary>
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string[] grants)
    {
        await LoadAsync();
        if (!CanEdit)
        {
            return Forbid();
        }

        var known = catalog.All.Select(p => p.Permission).ToHashSet();
        var roles = await db.Roles.ToDictionaryAsync(r => r.Id);
        var wanted = grants
            .Select(g => g.Split('|', 2))
            .Where(p => p.Length == 2 && Guid.TryParse(p[0], out var id) && roles.ContainsKey(id) && known.Contains(p[1]))
            .Select(p => (RoleId: Guid.Parse(p[0]), Permission: p[1]))
            .ToHashSet();
        var admin = roles.Values.FirstOrDefault(r => r.Name == Identity.Roles.Admin);
        if (admin is not null && !wanted.Contains((admin.Id, PlatformPermissions.UsersManage)))
        {
            // The administrator role keeps user management, or nobody could undo a mistake here.
            wanted.Add((admin.Id, PlatformPermissions.UsersManage));
        }

        var existing = await db.Set<RolePermission>().ToListAsync();
        db.RemoveRange(existing.Where(e => known.Contains(e.Permission) && !wanted.Contains((e.RoleId, e.Permission))));
        foreach (var (roleId, permission) in wanted.Where(w => !existing.Any(e => e.RoleId == w.RoleId && e.Permission == w.Permission)))
        {
            db.Add(new RolePermission { RoleId = roleId, Permission = permission });
        }

        await db.SaveChangesAsync();
        // API tokens carry their owners' permissions: drop the remembered ones so the change holds for the next call.
        tokens.ForgetAll();
        Notice = "已保存。用户重新登录（或一分钟内自动刷新）后生效。";
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var region = User.FindFirst(FazhiClaims.Region)?.Value;
        CanEdit = await db.Set<Regions.Region>().AnyAsync(r => r.Code == region && r.ParentCode == null);
        Roles = await db.Roles.OrderBy(r => r.Name).ToListAsync();
        Granted = (await db.Set<RolePermission>().ToListAsync()).Select(p => $"{p.RoleId}|{p.Permission}").ToHashSet();
    }
}
