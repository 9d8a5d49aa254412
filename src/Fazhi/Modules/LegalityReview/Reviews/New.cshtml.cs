using System.ComponentModel.DataAnnotations;
using System.Security.Claims;

using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.LegalityReview.Reviews;

/// <summary>送审: the submission form (contract fields when the type is 政府合同).</summary>
[Authorize(Policy = LegalityReviewPermissions.Submit)]
public sealed class NewReviewModel(SubmitReview submit) : PageModel
{
    [BindProperty, Display(Name = "送审件名称")]
    public string? Title { get; set; }

    [BindProperty, Display(Name = "送审类型")]
    public ReviewDocumentType? DocumentType { get; set; }

    [BindProperty, Display(Name = "送审单位")]
    public string? SubmittingUnit { get; set; }

    [BindProperty, Display(Name = "复杂事项")]
    public bool Complex { get; set; }

    [BindProperty, Display(Name = "制定依据")]
    public string? Basis { get; set; }

    [BindProperty, Display(Name = "起草说明、背景")]
    public string? Background { get; set; }

    [BindProperty, Display(Name = "征求意见情况")]
    public string? Consultation { get; set; }

    [BindProperty, Display(Name = "希望取得审查意见的日期")]
    public DateOnly? RequestedBy { get; set; }

    [BindProperty, Display(Name = "合同名称")]
    public string? ContractName { get; set; }

    [BindProperty, Display(Name = "合同相对人")]
    public string? CounterpartyName { get; set; }

    [BindProperty, Display(Name = "统一社会信用代码")]
    public string? CreditCode { get; set; }

    [BindProperty, Display(Name = "合同金额（元）")]
    public decimal? Amount { get; set; }

    [BindProperty, Display(Name = "履行起始日期")]
    public DateOnly? StartsOn { get; set; }

    [BindProperty, Display(Name = "履行终止日期")]
    public DateOnly? EndsOn { get; set; }

    [BindProperty, Display(Name = "签订日期")]
    public DateOnly? SignedOn { get; set; }

    [BindProperty, Display(Name = "履行节点")]
    public string? MilestoneName { get; set; }

    [BindProperty, Display(Name = "节点日期")]
    public DateOnly? MilestoneDueOn { get; set; }

    public string? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var contract = DocumentType == ReviewDocumentType.Contract
            ? new ContractInput(ContractName ?? Title, CounterpartyName, CreditCode, Amount, StartsOn, EndsOn, SignedOn,
                string.IsNullOrWhiteSpace(MilestoneName) ? null : [new MilestoneInput(MilestoneName, MilestoneDueOn)])
            : null;
        try
        {
            var review = await submit.ExecuteAsync(
                new SubmitReviewInput(Title, DocumentType, SubmittingUnit, Complex, Basis, Background, Consultation, RequestedBy, contract),
                User.FindFirstValue(FazhiClaims.Region) ?? "", ProcedureActor.From(User), ct);
            return Redirect($"/legality-review/{review.Id}");
        }
        catch (FieldValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(FormField(field), message);
                }
            }

            return Page();
        }
        catch (DomainRuleException e)
        {
            Refusal = e.LegalBasis is null ? e.Message : $"{e.Message}（依据：{e.LegalBasis}）";
            return Page();
        }
    }

    private static string FormField(string field) => field switch
    {
        "contractName" => nameof(ContractName),
        "milestones" => nameof(MilestoneName),
        _ => char.ToUpperInvariant(field[0]) + field[1..],
    };
}
