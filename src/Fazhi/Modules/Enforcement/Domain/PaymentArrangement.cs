using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Enforcement.Domain;

/// <summary>暂缓或者分期缴纳 (行政处罚法第六十六条第二款).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentArrangementKind>))]
public enum PaymentArrangementKind
{
    [Display(Name = "暂缓缴纳")] Deferral = 1,
    [Display(Name = "分期缴纳")] Instalments = 2,
}

/// <summary>One instalment as the schedule fixes it: amount and due date.</summary>
public sealed record InstalmentPlan(DateOnly DueOn, long AmountFen);

/// <summary>
/// 暂缓、分期缴纳罚款: the party's application (确有经济困难) and the agency's approval by its 负责人 with the new due
/// date (暂缓 = one instalment of the whole fine) or the instalment schedule. The case's payment clock is extended to
/// the last due date; 加处罚款 then runs per instalment from the day after its own due date.
/// </summary>
public sealed class PaymentArrangement : IRegionScoped
{
    private PaymentArrangement()
    {
    }

    public PaymentArrangement(EnforcementCase @case, PaymentArrangementKind kind, DateOnly appliedOn, string reason)
    {
        CaseId = @case.Id;
        RegionCode = @case.RegionCode;
        Kind = Enum.IsDefined(kind) ? kind : throw new FieldValidationException("arrangementKind", "请选择暂缓缴纳或分期缴纳");
        AppliedOn = appliedOn;
        Reason = EnforcementAgency.Required(reason, "summary", "请填写当事人申请的理由（确有经济困难的情况）", 2000);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CaseId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public PaymentArrangementKind Kind { get; private set; }

    public DateOnly AppliedOn { get; private set; }

    public string Reason { get; private set; } = "";

    public DateOnly? ApprovedOn { get; private set; }

    public string? ApprovedBy { get; private set; }

    public List<PaymentInstalment> Instalments { get; private set; } = [];

    public bool Approved => ApprovedOn is not null;

    /// <summary>Approves the schedule: amounts add up to the fine, due dates ascend and fall after the original due date.</summary>
    public IReadOnlyList<PaymentInstalment> Approve(DateOnly on, string approvedBy, IReadOnlyList<InstalmentPlan> plan, long fineFen, DateOnly originalDue)
    {
        if (Approved)
        {
            throw new DomainRuleException("暂缓或分期缴纳申请已批准");
        }

        if (plan.Count == 0)
        {
            throw new FieldValidationException("instalments", "请填写批准的缴纳期限或分期计划");
        }

        if (Kind == PaymentArrangementKind.Deferral && plan.Count != 1)
        {
            throw new FieldValidationException("instalments", "暂缓缴纳只有一个新的缴纳期限");
        }

        if (Kind == PaymentArrangementKind.Instalments && plan.Count < 2)
        {
            throw new FieldValidationException("instalments", "分期缴纳至少分两期");
        }

        if (plan.Any(p => p.AmountFen <= 0) || plan.Sum(p => p.AmountFen) != fineFen)
        {
            throw new FieldValidationException("instalments", $"各期金额之和应等于罚款{LateFeeCalculator.Yuan(fineFen)}元");
        }

        for (var i = 0; i < plan.Count; i++)
        {
            if (plan[i].DueOn <= (i == 0 ? originalDue : plan[i - 1].DueOn))
            {
                throw new FieldValidationException("instalments", "各期缴纳期限应晚于原缴纳期限并依次递后");
            }
        }

        ApprovedOn = on;
        ApprovedBy = EnforcementAgency.Required(approvedBy, "approvedBy", "请填写批准的负责人", 50);
        Instalments = plan.Select((p, i) => new PaymentInstalment(this, i + 1, p.DueOn, p.AmountFen)).ToList();
        return Instalments;
    }

    public PaymentInstalment? NextUnpaid => Instalments.OrderBy(i => i.Sequence).FirstOrDefault(i => i.PaidOn is null);

    public DateOnly LastDueOn => Instalments.Max(i => i.DueOn);
}

/// <summary>一期缴款: amount, due date and, once paid, the payment with its 加处罚款.</summary>
public sealed class PaymentInstalment : IRegionScoped
{
    private PaymentInstalment()
    {
    }

    internal PaymentInstalment(PaymentArrangement arrangement, int sequence, DateOnly dueOn, long amountFen)
    {
        ArrangementId = arrangement.Id;
        RegionCode = arrangement.RegionCode;
        Sequence = sequence;
        DueOn = dueOn;
        AmountFen = amountFen;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ArrangementId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Sequence { get; private set; }

    public DateOnly DueOn { get; private set; }

    public long AmountFen { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public long PaidFen { get; private set; }

    public long LateFeeFen { get; private set; }

    internal void Pay(DateOnly on, long paidFen, long lateFeeFen)
    {
        PaidOn = on;
        PaidFen = paidFen;
        LateFeeFen = lateFeeFen;
    }
}
