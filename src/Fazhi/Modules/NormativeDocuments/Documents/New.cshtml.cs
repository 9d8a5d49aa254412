using System.ComponentModel.DataAnnotations;
using System.Security.Claims;

using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.NormativeDocuments.Documents;

/// <summary>列入制定计划: the form of a new document.</summary>
[Authorize(Policy = NormativeDocumentsPermissions.Manage)]
public sealed class NewDocumentModel(CreateDocument create) : PageModel
{
    [BindProperty, Display(Name = "文件名称")] public string? Title { get; set; }

    [BindProperty, Display(Name = "起草单位")] public string? DraftingUnit { get; set; }

    [BindProperty, Display(Name = "制定机关")] public string? IssuingAuthority { get; set; }

    [BindProperty, Display(Name = "计划年度")] public int? PlanYear { get; set; }

    [BindProperty, Display(Name = "正文")] public string? BodyText { get; set; }

    [BindProperty, Display(Name = "涉及经营者经济活动（须公平竞争审查）")] public bool AffectsBusiness { get; set; }

    [BindProperty, Display(Name = "涉及群众切身利益或权利义务（须公开征求意见）")] public bool RequiresConsultation { get; set; }

    public PageRefusal? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var document = await create.ExecuteAsync(
                new DocumentDraft(Title, DraftingUnit, IssuingAuthority, BodyText, AffectsBusiness, RequiresConsultation, PlanYear),
                User.FindFirstValue(FazhiClaims.Region) ?? "", ProcedureActor.From(User), ct);
            return Redirect($"/normative-documents/{document.Id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            return Page();
        }
    }
}
