using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Audit;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Identity.Pages;

/// <summary>第二步：TOTP 动态口令 (after a correct password, for users with two-factor enabled).</summary>
[AllowAnonymous]
public sealed class TwoFactorModel(SignInManager<AppUser> signIn, ISecurityAudit audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入动态口令")]
    [RegularExpression(@"^\s*\d{6}\s*$", ErrorMessage = "动态口令为6位数字")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Trim(), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(SecurityEvent.SignIn, user.UserName!, user.RegionCode, "密码+动态口令");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(SecurityEvent.LockedOut, user.UserName!, user.RegionCode, "动态口令连续错误，账户锁定15分钟");
            ModelState.AddModelError(string.Empty, "连续验证失败次数过多，账户已锁定，请15分钟后再试");
            return Page();
        }

        await audit.RecordAsync(SecurityEvent.SignInFailed, user.UserName!, user.RegionCode, "动态口令错误");
        ModelState.AddModelError(string.Empty, "动态口令不正确");
        return Page();
    }
}
