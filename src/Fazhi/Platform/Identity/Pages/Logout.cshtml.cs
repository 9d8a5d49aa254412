using Fazhi.Platform.Audit;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Identity.Pages;

/// <summary>退出登录 (POST only, with antiforgery).</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn, ISecurityAudit audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(SecurityEvent.SignOut, User.Identity.Name ?? "", User.FindFirst(FazhiClaims.Region)?.Value);
        }

        await signIn.SignOutAsync();
        return Redirect("/login");
    }
}
