using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Audit;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Identity.Pages;

/// <summary>绑定身份验证器: a user whose role requires two-factor enrols a TOTP key before the first full sign-in.</summary>
[AllowAnonymous]
public sealed class TwoFactorSetupModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ISecurityAudit audit) : PageModel
{
    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入动态口令")]
    [RegularExpression(@"^\s*\d{6}\s*$", ErrorMessage = "动态口令为6位数字")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.TwoFactorEnabled)
        {
            return RedirectToPage("Login");
        }

        await users.ResetAuthenticatorKeyAsync(user);
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.TwoFactorEnabled)
        {
            return RedirectToPage("Login");
        }

        await LoadKeyAsync(user);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code.Trim());
        if (!valid)
        {
            await users.AccessFailedAsync(user);
            await audit.RecordAsync(SecurityEvent.SignInFailed, user.UserName!, user.RegionCode, "绑定身份验证器时动态口令错误");
            ModelState.AddModelError(string.Empty, "动态口令不正确，请核对密钥和手机时间");
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(SecurityEvent.TwoFactorEnabled, user.UserName!, user.RegionCode);
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "mfa");
        await audit.RecordAsync(SecurityEvent.SignIn, user.UserName!, user.RegionCode, "密码+动态口令（首次绑定）");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        SharedKey = await users.GetAuthenticatorKeyAsync(user) ?? "";
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString("法治平台")}:{Uri.EscapeDataString(user.UserName!)}?secret={SharedKey}&issuer={Uri.EscapeDataString("法治平台")}&digits=6";
    }
}
