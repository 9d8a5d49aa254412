using System.ComponentModel.DataAnnotations;
using System.Security.Claims;

using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PublicConsultation.Consultations;

/// <summary>发起公开征求意见 for a draft of any kind (subject type "standalone").</summary>
[Authorize(Policy = PublicConsultationPermissions.Moderate)]
public sealed class NewConsultationModel(ManageConsultations manage, ConsultationQueries queries) : PageModel
{
    [BindProperty, Display(Name = "标题")] public string? Title { get; set; }

    [BindProperty, Display(Name = "组织单位（承办单位）")] public string? OrganizingUnit { get; set; }

    [BindProperty, Display(Name = "征求意见稿")] public string? DraftText { get; set; }

    [BindProperty, Display(Name = "起草说明")] public string? Explanation { get; set; }

    [BindProperty, Display(Name = "开始日期")] public DateOnly? OpensOn { get; set; }

    [BindProperty, Display(Name = "截止日期")] public DateOnly? ClosesOn { get; set; }

    [BindProperty, Display(Name = "缩短期限的理由（期限少于30日时必填）")] public string? UrgencyReason { get; set; }

    public PageRefusal? Refusal { get; private set; }

    public void OnGet()
    {
        OpensOn = queries.Today;
        ClosesOn = queries.Today.AddDays(Domain.Consultation.MinimumDays);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var bindingErrors = ModelState.Where(e => e.Value?.Errors.Count > 0).ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray());
        ModelState.Clear();
        try
        {
            if (bindingErrors.Count > 0)
            {
                throw new Platform.Web.FieldValidationException(bindingErrors);
            }

            var id = await manage.OpenStandaloneAsync(new StandaloneDraft(Title, DraftText, Explanation, OrganizingUnit, OpensOn, ClosesOn, UrgencyReason),
                User.FindFirstValue(FazhiClaims.Region) ?? "", ct);
            return Redirect($"/consultations/{id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            return Page();
        }
    }

    public string Errors(string field) => string.Join("；", ModelState[field]?.Errors.Select(e => e.ErrorMessage) ?? []);
}
