using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Regions.Pages;

/// <summary>行政区划树 and CSV import.</summary>
[Authorize(PlatformPermissions.RegionsRead)]
public sealed class RegionsModel(RegionTree tree, ImportRegions import, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<RegionNode> Forest { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (!(await authorization.AuthorizeAsync(User, PlatformPermissions.RegionsManage)).Succeeded)
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "请选择要导入的 CSV 文件");
        }
        else
        {
            try
            {
                using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
                Message = "导入完成：" + ImportRegions.Describe(await import.ExecuteAsync(reader, HttpContext.RequestAborted));
            }
            catch (FieldValidationException e)
            {
                foreach (var (field, messages) in e.Errors)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(field, message);
                    }
                }
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Forest = await tree.ForestAsync(HttpContext.RequestAborted);
        CanManage = (await authorization.AuthorizeAsync(User, PlatformPermissions.RegionsManage)).Succeeded;
    }
}
