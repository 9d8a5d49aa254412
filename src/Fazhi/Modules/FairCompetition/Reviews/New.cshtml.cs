using System.ComponentModel.DataAnnotations;

using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.FairCompetition.Reviews;

/// <summary>登记政策措施: a unit registers a measure for fair competition review directly on the page.</summary>
[Authorize(Policy = FairCompetitionPermissions.Register)]
public sealed class FairCompetitionNewModel(RegisterMeasure register) : PageModel
{
    [BindProperty]
    [Display(Name = "政策措施名称")]
    public string? Title { get; set; }

    [BindProperty]
    [Display(Name = "起草单位")]
    public string? DraftingUnit { get; set; }

    [BindProperty]
    [Display(Name = "类型")]
    public MeasureKind Kind { get; set; } = MeasureKind.Other;

    [BindProperty]
    [Display(Name = "起草日期")]
    public DateOnly? DraftedOn { get; set; }

    [BindProperty]
    [Display(Name = "主要内容")]
    public string? Summary { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var review = await register.ExecuteAsync(new RegisterMeasureInput(Title, DraftingUnit, Kind, DraftedOn, Summary), User, ct);
                return Redirect($"/fair-competition/{review.Id}");
            }
            catch (FieldValidationException e)
            {
                foreach (var (field, messages) in e.Errors)
                {
                    var key = field.Length > 0 ? char.ToUpperInvariant(field[0]) + field[1..] : field;
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(key, message);
                    }
                }
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
