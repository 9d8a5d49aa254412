using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.LegalityReview.Reviews;

public sealed record MilestoneInput(string? Name, DateOnly? DueOn);

/// <summary>The contract part of a submission; the amount is in 元 (two decimals at most).</summary>
public sealed record ContractInput(
    string? Name, string? CounterpartyName, string? CreditCode, decimal? Amount, DateOnly? StartsOn, DateOnly? EndsOn, DateOnly? SignedOn,
    List<MilestoneInput>? Milestones = null);

public sealed record SubmitReviewInput(
    string? Title, ReviewDocumentType? DocumentType, string? SubmittingUnit, bool Complex = false, string? Basis = null, string? Background = null,
    string? Consultation = null, DateOnly? RequestedBy = null, ContractInput? Contract = null);

/// <summary>
/// 送审 (submit a matter for legality review): registers the review, starts its procedure under the region's review
/// period for the type and submits it, which starts the review clock. A contract carries its counterparty, amount,
/// term and milestones into the contract ledger.
/// </summary>
public sealed class SubmitReview(AppDbContext db, ProcedureEngine engine, ReviewTerms terms, ICalendarSource calendars, TimeProvider time)
{
    public async Task<Domain.LegalityReview> ExecuteAsync(SubmitReviewInput input, string region, ProcedureActor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var title = input.Title?.Trim() ?? "";
        var unit = input.SubmittingUnit?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors["title"] = ["请填写送审件名称"];
        }
        else if (title.Length > Domain.LegalityReview.MaxTitle)
        {
            errors["title"] = [$"送审件名称不能超过{Domain.LegalityReview.MaxTitle}个字"];
        }

        if (input.DocumentType is not { } type || !Enum.IsDefined(type))
        {
            errors["documentType"] = ["请选择送审类型"];
            type = ReviewDocumentType.Other;
        }

        if (unit.Length is 0 or > 100)
        {
            errors["submittingUnit"] = ["请填写承办（送审）单位，不超过100个字"];
        }

        foreach (var (field, text) in new[] { ("basis", input.Basis), ("background", input.Background), ("consultation", input.Consultation) })
        {
            if (text?.Length > Domain.LegalityReview.MaxText)
            {
                errors[field] = [$"不能超过{Domain.LegalityReview.MaxText}个字"];
            }
        }

        ContractTerms? contract = null;
        if (type == ReviewDocumentType.Contract)
        {
            contract = ContractTermsOf(input.Contract, unit, errors);
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var review = await RegisterAsync(new SubmissionDetails(title, type, unit, input.Complex, Clean(input.Basis), Clean(input.Background),
            Clean(input.Consultation), input.RequestedBy), region, actor, ct);
        if (contract is not null)
        {
            var row = new GovernmentContract(region, contract, ContractSource.Review, review.Id, actor.Login, time.GetUtcNow().UtcDateTime);
            foreach (var m in input.Contract?.Milestones ?? [])
            {
                if (!string.IsNullOrWhiteSpace(m.Name) || m.DueOn is not null)
                {
                    row.AddMilestone(m.Name ?? "", m.DueOn ?? throw new FieldValidationException("milestones", "请填写履行节点的日期"));
                }
            }

            db.Add(row);
        }

        await db.SaveChangesAsync(ct);
        return review;
    }

    /// <summary>Registers and submits a review in the caller's unit of work (the caller saves).</summary>
    internal async Task<Domain.LegalityReview> RegisterAsync(SubmissionDetails details, string region, ProcedureActor actor, CancellationToken ct)
    {
        var today = LegalDate.Today(time);
        var setting = await terms.ForAsync(region, details.DocumentType, ct);
        var days = setting.DaysFor(details.Complex);
        if (details.RequestedBy is { } wanted)
        {
            await CheckRequestedByAsync(details.DocumentType, wanted, today, ct);
        }

        // A review requested by another module is submitted on that module's step date (the engine refuses a future one).
        var submittedOn = details.SubmittedOn ?? today;
        var review = new Domain.LegalityReview(region, details, days, actor.Login, time.GetUtcNow().UtcDateTime);
        var instance = engine.Start(ReviewProcedure.Key(details.DocumentType, days), ReviewProcedure.SubjectType, review.Id, region, actor, submittedOn);
        await engine.ApplyAsync(instance, ReviewProcedure.Submit, actor, review.Gate(actor.Login), new StepInput { On = submittedOn }, ct);
        review.Began(instance.Id, submittedOn);
        review.MoveTo(instance.State);
        db.Add(review);
        return review;
    }

    /// <summary>A major decision draft must leave the reviewer at least 7 working days (条例第二十六条).</summary>
    private async Task CheckRequestedByAsync(ReviewDocumentType type, DateOnly wanted, DateOnly today, CancellationToken ct)
    {
        if (wanted < today)
        {
            throw new FieldValidationException("requestedBy", "希望取得审查意见的日期不能早于今天");
        }

        if (type != ReviewDocumentType.MajorDecisionDraft)
        {
            return;
        }

        var calendar = await calendars.GetAsync(ct);
        var earliest = calendar.AddWorkingDays(today, ReviewProcedure.MajorDecisionMinimumDays).Due;
        if (wanted < earliest)
        {
            throw new DomainRuleException(
                $"重大行政决策草案的合法性审查时间一般不少于{ReviewProcedure.MajorDecisionMinimumDays}个工作日，最早可要求在{earliest:yyyy-MM-dd}取得审查意见",
                ReviewProcedure.MajorDecisionWindow.Citation);
        }
    }

    private static ContractTerms? ContractTermsOf(ContractInput? c, string unit, Dictionary<string, string[]> errors)
    {
        if (c is null)
        {
            errors["contract"] = ["合同送审应填写合同相对人、金额和履行期限"];
            return null;
        }

        var before = errors.Count;
        if (c.Amount is not { } amount)
        {
            errors["amount"] = ["请填写合同金额（元）"];
            amount = 0;
        }
        else if (decimal.Round(amount, 2) != amount)
        {
            errors["amount"] = ["合同金额最多保留两位小数（分）"];
        }

        if (c.StartsOn is null)
        {
            errors["startsOn"] = ["请填写履行期限的起始日期"];
        }

        if (c.EndsOn is null)
        {
            errors["endsOn"] = ["请填写履行期限的终止日期"];
        }

        if (amount > long.MaxValue / 100m)
        {
            errors["amount"] = ["合同金额过大"];
            amount = 0;
        }

        var terms = new ContractTerms(c.Name?.Trim() ?? "", c.CounterpartyName?.Trim() ?? "", c.CreditCode?.Trim().ToUpperInvariant() ?? "",
            (long)(amount * 100), c.StartsOn ?? default, c.EndsOn ?? c.StartsOn ?? default, unit, c.SignedOn);
        foreach (var (field, messages) in terms.Errors().Where(e => !errors.ContainsKey(e.Key)))
        {
            errors[field] = messages;
        }

        return errors.Count == before ? terms : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
