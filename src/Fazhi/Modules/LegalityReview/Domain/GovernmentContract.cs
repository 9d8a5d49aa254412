using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.LegalityReview.Domain;

/// <summary>合同来源: submitted for review on the platform, or taken over from an Excel ledger.</summary>
public enum ContractSource
{
    [Display(Name = "送审")] Review,
    [Display(Name = "台账导入")] Imported,
}

/// <summary>What a contract says, as entered on a form, through the API or from a ledger row.</summary>
public sealed record ContractTerms(
    string Name,
    string CounterpartyName,
    string CreditCode,
    long AmountFen,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string SubmittingUnit,
    DateOnly? SignedOn = null)
{
    /// <summary>Chinese errors per field; empty when the terms are acceptable.</summary>
    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors["contractName"] = ["请填写合同名称"];
        }

        if (string.IsNullOrWhiteSpace(CounterpartyName))
        {
            errors["counterpartyName"] = ["请填写合同相对人名称"];
        }

        if (Identifiers.CheckUnifiedSocialCreditCode(CreditCode) is { } code)
        {
            errors["creditCode"] = [code];
        }

        if (AmountFen < 0)
        {
            errors["amount"] = ["合同金额不能为负数"];
        }

        if (EndsOn < StartsOn)
        {
            errors["endsOn"] = ["履行期限的终止日期不能早于起始日期"];
        }

        return errors;
    }

    public ContractTerms Checked()
    {
        var errors = Errors();
        return errors.Count == 0 ? this : throw new FieldValidationException(errors);
    }
}

/// <summary>
/// 政府合同 (a government / economic contract, 合同台账 row): counterparty (名称、统一社会信用代码), amount in 分, term,
/// performance milestones; linked to its legality review when it was submitted on the platform.
/// </summary>
public sealed class GovernmentContract : IRegionScoped
{
    private GovernmentContract()
    {
    }

    public GovernmentContract(string regionCode, ContractTerms terms, ContractSource source, Guid? reviewId, string createdBy, DateTime at)
    {
        terms.Checked();
        RegionCode = regionCode;
        Name = terms.Name.Trim();
        CounterpartyName = terms.CounterpartyName.Trim();
        CreditCode = terms.CreditCode.Trim();
        AmountFen = terms.AmountFen;
        StartsOn = terms.StartsOn;
        EndsOn = terms.EndsOn;
        SignedOn = terms.SignedOn;
        SubmittingUnit = terms.SubmittingUnit.Trim();
        Source = source;
        ReviewId = reviewId;
        CreatedBy = createdBy;
        CreatedAt = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid? ReviewId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>合同相对人名称.</summary>
    public string CounterpartyName { get; private set; } = "";

    /// <summary>相对人统一社会信用代码 (GB 32100-2015, checked).</summary>
    public string CreditCode { get; private set; } = "";

    /// <summary>合同金额 in 分.</summary>
    public long AmountFen { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public DateOnly? SignedOn { get; private set; }

    public string SubmittingUnit { get; private set; } = "";

    public ContractSource Source { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public List<ContractMilestone> Milestones { get; private set; } = [];

    public ContractMilestone AddMilestone(string name, DateOnly dueOn)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new FieldValidationException("name", "请填写履行节点名称");
        }

        var milestone = new ContractMilestone(this, name.Trim(), dueOn);
        Milestones.Add(milestone);
        return milestone;
    }
}

/// <summary>履行节点 (a performance milestone of a contract): what is due when, and when it was done.</summary>
public sealed class ContractMilestone : IRegionScoped
{
    private ContractMilestone()
    {
    }

    internal ContractMilestone(GovernmentContract contract, string name, DateOnly dueOn)
    {
        ContractId = contract.Id;
        RegionCode = contract.RegionCode;
        Name = name;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ContractId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public void Complete(DateOnly on)
    {
        if (DoneOn is not null)
        {
            throw new DomainRuleException($"履行节点“{Name}”已于{DoneOn:yyyy-MM-dd}完成");
        }

        DoneOn = on;
    }
}

/// <summary>
/// 审查期限设置 (the region's review period for one type of matter, law.md §3 [U]: about 5 WD standard, 10 WD complex);
/// a major decision draft is never below 7 WD (《重大行政决策程序暂行条例》第二十六条). Absent a row, the defaults apply.
/// </summary>
public sealed class ReviewTermSetting : IRegionScoped
{
    public const int DefaultStandardDays = 5;
    public const int DefaultComplexDays = 10;
    public const int DefaultMaxExtensionDays = 5;

    private ReviewTermSetting()
    {
    }

    public ReviewTermSetting(string regionCode, Contracts.ReviewDocumentType type)
    {
        RegionCode = regionCode;
        DocumentType = type;
        var floor = Minimum(type);
        StandardDays = Math.Max(DefaultStandardDays, floor);
        ComplexDays = Math.Max(DefaultComplexDays, floor);
        MaxExtensionDays = DefaultMaxExtensionDays;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Contracts.ReviewDocumentType DocumentType { get; private set; }

    public int StandardDays { get; private set; }

    public int ComplexDays { get; private set; }

    /// <summary>累计延长上限 (working days).</summary>
    public int MaxExtensionDays { get; private set; }

    public int DaysFor(bool complex) => Math.Max(complex ? ComplexDays : StandardDays, Minimum(DocumentType));

    public static int Minimum(Contracts.ReviewDocumentType type) =>
        type == Contracts.ReviewDocumentType.MajorDecisionDraft ? ReviewProcedure.MajorDecisionMinimumDays : 1;

    public void Change(int standardDays, int complexDays, int maxExtensionDays)
    {
        var floor = Minimum(DocumentType);
        if (standardDays < floor || complexDays < floor)
        {
            throw new DomainRuleException(
                $"重大行政决策草案的合法性审查时间一般不少于{floor}个工作日，期限不能设为少于{floor}个工作日",
                ReviewProcedure.MajorDecisionWindow.Citation);
        }

        var errors = new Dictionary<string, string[]>();
        if (standardDays is < 1 or > ReviewProcedure.MaxDays)
        {
            errors["standardDays"] = [$"一般事项审查期限应为1至{ReviewProcedure.MaxDays}个工作日"];
        }

        if (complexDays < standardDays || complexDays > ReviewProcedure.MaxDays)
        {
            errors["complexDays"] = [$"复杂事项审查期限应不少于一般事项期限，且不超过{ReviewProcedure.MaxDays}个工作日"];
        }

        if (maxExtensionDays is < 0 or > ReviewProcedure.MaxDays)
        {
            errors["maxExtensionDays"] = [$"延长上限应为0至{ReviewProcedure.MaxDays}个工作日"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        StandardDays = standardDays;
        ComplexDays = complexDays;
        MaxExtensionDays = maxExtensionDays;
    }
}
