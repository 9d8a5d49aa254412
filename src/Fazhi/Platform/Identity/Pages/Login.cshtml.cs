using System.ComponentModel.DataAnnotations;
using System.Security.Claims;

using Fazhi.Platform.Audit;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Identity.Pages;

/// <summary>登录: password check with lockout (5 failures → 15 minutes), then TOTP for roles that require it.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ISecurityAudit audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入登录名")]
    [Display(Name = "登录名")]
    public string Login { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入密码")]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByNameAsync(Login.Trim());
        if (user is null)
        {
            await audit.RecordAsync(SecurityEvent.SignInFailed, Login.Trim(), null, "登录名不存在");
            return Fail("登录名或密码不正确");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(SecurityEvent.LockedOut, user.UserName!, user.RegionCode, "连续登录失败，账户锁定15分钟");
            return Fail("连续登录失败次数过多，账户已锁定，请15分钟后再试");
        }

        if (!result.Succeeded)
        {
            await audit.RecordAsync(SecurityEvent.SignInFailed, user.UserName!, user.RegionCode, "密码不正确");
            return Fail("登录名或密码不正确");
        }

        if (user.TwoFactorEnabled || await RequiresTwoFactorAsync(user))
        {
            // Password is right; the second factor decides. Identity's two-factor cookie carries the user id meanwhile.
            var pending = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
            pending.AddClaim(new Claim(ClaimTypes.Name, user.Id.ToString()));
            await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            var next = user.TwoFactorEnabled ? "/login/2fa" : "/login/2fa-setup";
            return LocalRedirect($"{next}?returnUrl={Uri.EscapeDataString(SafeReturnUrl())}");
        }

        await signIn.SignInAsync(user, isPersistent: false);
        await audit.RecordAsync(SecurityEvent.SignIn, user.UserName!, user.RegionCode);
        return LocalRedirect(SafeReturnUrl());
    }

    private async Task<bool> RequiresTwoFactorAsync(AppUser user)
    {
        var db = HttpContext.RequestServices.GetRequiredService<Data.AppDbContext>();
        var roleIds = db.UserRoles.Where(ur => ur.UserId == user.Id).Select(ur => ur.RoleId);
        return await db.Roles.AnyAsync(r => roleIds.Contains(r.Id) && r.RequiresTwoFactor);
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    private PageResult Fail(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }
}
