using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Identity.Pages;

/// <summary>
/// 用户管理: accounts of the caller's region subtree. An administrator creates accounts for its own region or regions
/// below it (a county creates its towns' accounts), locks and unlocks them, and resets passwords (shown once).
/// </summary>
[Authorize(PlatformPermissions.UsersManage)]
public sealed class UsersModel(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, ApiTokenCache tokens) : PageModel
{
    public sealed record Row(Guid Id, string Login, string Name, string Region, string Roles, bool Locked, bool TwoFactor);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "请输入登录名")]
    [RegularExpression(@"^[A-Za-z0-9\-._@]{3,50}$", ErrorMessage = "登录名为3至50位字母、数字或 -._@")]
    public string NewLogin { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入姓名")]
    [StringLength(50, ErrorMessage = "姓名不能超过50个字符")]
    public string NewName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入区划代码")]
    public string NewRegion { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请选择角色")]
    public string NewRole { get; set; } = "";

    public IReadOnlyList<AppRole> Roles { get; private set; } = [];

    public Paged<Row> Rows { get; private set; } = new([], 1, 50, 0);

    public string? Notice { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid)
        {
            if (!InScope(NewRegion) || !await db.Set<Region>().AnyAsync(r => r.Code == NewRegion))
            {
                ModelState.AddModelError(nameof(NewRegion), "区划不存在或不在本单位管辖范围内");
            }
            else if (!await db.Roles.AnyAsync(r => r.Name == NewRole))
            {
                ModelState.AddModelError(nameof(NewRole), "角色不存在");
            }
            else
            {
                var password = PasswordPolicy.Generate();
                var user = new AppUser { UserName = NewLogin.Trim(), DisplayName = NewName.Trim(), RegionCode = NewRegion };
                var created = await users.CreateAsync(user, password);
                if (created.Succeeded)
                {
                    DatabaseStartup.Check(await users.AddToRoleAsync(user, NewRole));
                    Notice = $"已创建用户 {user.UserName}，初始密码（只显示这一次）：{password}";
                    ModelState.Clear();
                }
                else
                {
                    foreach (var e in created.Errors)
                    {
                        ModelState.AddModelError(nameof(NewLogin), e.Description);
                    }
                }
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostLockAsync(Guid id, bool locked)
    {
        var user = await FindAsync(id);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        // The account's API tokens stop at once, not when their cache entries expire.
        tokens.ForgetAll();
        Notice = locked ? $"已停用 {user.UserName}" : $"已解锁 {user.UserName}";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(Guid id)
    {
        var user = await FindAsync(id);
        var password = PasswordPolicy.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        DatabaseStartup.Check(await users.ResetPasswordAsync(user, token, password));
        Notice = $"已重置 {user.UserName} 的密码，新密码（只显示这一次）：{password}";
        await LoadAsync();
        return Page();
    }

    private bool InScope(string region) => db.Scope.ReadPrefix is not { } prefix || region.StartsWith(prefix, StringComparison.Ordinal);

    private async Task<AppUser> FindAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        return user is not null && InScope(user.RegionCode) ? user : throw new RecordNotFoundException();
    }

    private async Task LoadAsync()
    {
        Roles = await db.Roles.OrderBy(r => r.Name).ToListAsync();
        var query = db.Users.AsNoTracking().WithinScope(db.Scope);

        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim();
            query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(Role))
        {
            var roleId = Roles.FirstOrDefault(r => r.Name == Role)?.Id;
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        var list = await query.OrderBy(u => u.RegionCode).ThenBy(u => u.UserName).ToPagedAsync(PageNumber, 50);
        var ids = list.Items.Select(u => u.Id).ToList();
        var roleNames = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.DisplayName }).ToListAsync();
        var now = clock.GetUtcNow();
        Rows = list.With(list.Items.Select(u => new Row(u.Id, u.UserName!, u.DisplayName, u.RegionCode,
            string.Join("、", roleNames.Where(r => r.UserId == u.Id).Select(r => r.DisplayName)),
            u.LockoutEnd is { } end && end > now, u.TwoFactorEnabled)).ToList());
    }
}
