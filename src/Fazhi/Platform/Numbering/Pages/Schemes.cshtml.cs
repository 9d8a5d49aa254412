using System.ComponentModel.DataAnnotations;
using System.Security.Claims;

using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Numbering.Pages;

/// <summary>编号规则: the region's numbering schemes (view and edit) and the numbers issued most recently.</summary>
[Authorize(Policy = PlatformPermissions.NumberingIssue)]
public sealed class NumberingSchemesModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public List<NumberingScheme> Schemes { get; private set; } = [];

    public List<IssuedNumber> Recent { get; private set; } = [];

    /// <summary>Changing a scheme is region configuration, held by whoever may maintain the region (DEBT: a dedicated 编号规则维护 permission).</summary>
    public bool CanEdit => User.HasClaim(FazhiClaims.Permission, PlatformPermissions.RegionsManage);

    public string Preview { get; private set; } = "";

    /// <summary>The current Beijing-time year, for examples.</summary>
    public int Year { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "请填写编号种类")]
    [RegularExpression(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$", ErrorMessage = "编号种类只能使用小写字母、数字、下划线和点，如 enforcement.case")]
    [StringLength(IssueNumber.MaxKindLength, ErrorMessage = "编号种类不能超过{1}个字符")]
    [Display(Name = "编号种类")]
    public string Kind { get; set; } = "";

    [BindProperty]
    [StringLength(30, ErrorMessage = "机关代字不能超过{1}个字符")]
    [Display(Name = "机关代字")]
    public string? Prefix { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "请填写编号格式")]
    [Display(Name = "编号格式")]
    public string Pattern { get; set; } = NumberPattern.Default;

    [BindProperty]
    [StringLength(100, ErrorMessage = "说明不能超过{1}个字符")]
    [Display(Name = "说明")]
    public string? Description { get; set; }

    private string Region => User.FindFirstValue(FazhiClaims.Region) ?? "";

    public async Task OnGetAsync(string? kind, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Schemes.FirstOrDefault(s => s.Kind == kind) is { } chosen)
        {
            Kind = chosen.Kind;
            Prefix = chosen.Prefix;
            Pattern = chosen.Pattern;
            Description = chosen.Description;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (ModelState.IsValid && NumberPattern.Validate(Pattern, Prefix) is { } error)
        {
            ModelState.AddModelError(nameof(Pattern), error);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var scheme = await db.Set<NumberingScheme>().FirstOrDefaultAsync(s => s.RegionCode == Region && s.Kind == Kind, ct);
        if (scheme is null)
        {
            db.Add(new NumberingScheme(Region, Kind, Pattern, Prefix, Description));
        }
        else
        {
            scheme.Change(Pattern, Prefix, Description);
        }

        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { kind = Kind });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Schemes = await db.Set<NumberingScheme>().AsNoTracking().Where(s => s.RegionCode == Region).OrderBy(s => s.Kind).ToListAsync(ct);
        Recent = await db.Set<IssuedNumber>().AsNoTracking().Where(n => n.RegionCode == Region)
            .OrderByDescending(n => n.IssuedAt).Take(50).ToListAsync(ct);
        Year = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
        Preview = NumberPattern.Validate(Pattern, Prefix) is null ? NumberPattern.Format(Pattern, Prefix, Region, Year, 1) : "";
    }

    public static string Example(NumberingScheme s, int year) => NumberPattern.Format(s.Pattern, s.Prefix, s.RegionCode, year, 1);
}
