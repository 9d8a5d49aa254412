using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Enforcement.Lenience.Pages;

/// <summary>减免责清单 versions and the form for a new version (items one per line).</summary>
[Authorize(Policy = EnforcementPermissions.Read)]
public sealed class LenientListsModel(LenientLists lists) : PageModel
{
    private static readonly Dictionary<string, LenientTreatment> Treatments = Enum.GetValues<LenientTreatment>().ToDictionary(t => Cases.ReadCases.Name(t));

    public IReadOnlyList<LenientListView> Lists { get; private set; } = [];

    public string? Error { get; private set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, EnforcementPermissions.ManageLibraries);

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateOnly? EffectiveOn { get; set; }

    [BindProperty]
    public string? ItemsText { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Lists = await lists.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            var items = Cases.Pages.CaseActionForm.Lines(ItemsText).Select(line =>
            {
                var parts = line.Split(['|', '｜'], StringSplitOptions.TrimEntries);
                return parts.Length == 4 && Treatments.TryGetValue(parts[2], out var treatment)
                    ? new LenientItemInput(parts[0], parts[1], treatment, parts[3])
                    : throw new FieldValidationException("items", $"“{line}”格式有误：每行填写 违法行为｜适用情形｜处理方式｜法律依据，处理方式为不予处罚、从轻处罚、减轻处罚或免予行政强制");
            }).ToList();
            await lists.CreateAsync(new LenientListInput(Title, EffectiveOn, items), User, ct);
            return Redirect("/enforcement/lenient-lists");
        }
        catch (FieldValidationException ex)
        {
            Error = string.Join("；", ex.Errors.SelectMany(e => e.Value));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (DomainRuleException ex) when (ex.StatusCode == StatusCodes.Status409Conflict)
        {
            Error = $"{ex.Message}（依据：{ex.LegalBasis}）";
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        Lists = await lists.ListAsync(ct);
        return Page();
    }
}
