using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.Disputes.Domain;

/// <summary>纠纷类型.</summary>
public enum DisputeType
{
    [Display(Name = "婚姻家庭纠纷")] MarriageFamily,
    [Display(Name = "邻里纠纷")] Neighbourhood,
    [Display(Name = "合同纠纷")] Contract,
    [Display(Name = "劳动争议")] Labour,
    [Display(Name = "土地山林房屋纠纷")] LandProperty,
    [Display(Name = "物业纠纷")] PropertyManagement,
    [Display(Name = "损害赔偿纠纷")] Damages,
    [Display(Name = "消费纠纷")] Consumer,
    [Display(Name = "其他纠纷")] Other,
}

/// <summary>纠纷来源.</summary>
public enum DisputeSource
{
    [Display(Name = "网格排查")] Grid,
    [Display(Name = "村（社区）排查")] Village,
    [Display(Name = "镇综治中心排查")] Centre,
    [Display(Name = "群众来访")] Visit,
    [Display(Name = "12345热线转办")] Hotline,
    [Display(Name = "部门移交")] Department,
}

/// <summary>风险等级.</summary>
public enum RiskLevel
{
    [Display(Name = "一般")] Ordinary,
    [Display(Name = "较大")] Serious,
    [Display(Name = "重大")] Major,
}

/// <summary>分流途径 (调解 / 信访 / 诉讼引导).</summary>
public enum DisputeRoute
{
    [Display(Name = "人民调解")] Mediation,
    [Display(Name = "信访办理")] Petition,
    [Display(Name = "引导诉讼")] Litigation,
}

/// <summary>排查层级.</summary>
public enum ScreeningLevel
{
    [Display(Name = "网格")] Grid,
    [Display(Name = "村（社区）")] Village,
    [Display(Name = "镇综治中心")] Centre,
}

/// <summary>
/// 矛盾纠纷 (a dispute found by screening or reported): registered with type, parties, risk level and source; assigned to
/// the responsible unit with a deadline (推送属事部门 when that unit is a department); routed to mediation, petition handling
/// or litigation guidance; resolved; closed with a follow-up. <see cref="State"/> mirrors the procedure's state.
/// </summary>
public sealed class Dispute : IRegionScoped
{
    public const int MaxText = 4000;
    public const int MaxShort = 200;

    private Dispute()
    {
    }

    public Dispute(string regionCode, string number, string title, string facts, DisputeType type, DisputeSource source, RiskLevel risk,
        string location, Guid? screeningRoundId, DateOnly registeredOn, string createdBy, DateTime createdAt)
    {
        RegionCode = regionCode;
        Number = number;
        Title = title;
        Facts = facts;
        Type = type;
        Source = source;
        Risk = risk;
        Location = location;
        ScreeningRoundId = screeningRoundId;
        RegisteredOn = registeredOn;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        State = DisputeProcedure.Registered;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>纠纷登记编号.</summary>
    public string Number { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>纠纷简要情况.</summary>
    public string Facts { get; private set; } = "";

    public DisputeType Type { get; private set; }

    public DisputeSource Source { get; private set; }

    public RiskLevel Risk { get; private set; }

    /// <summary>发生地（村、社区、网格）.</summary>
    public string Location { get; private set; } = "";

    public Guid? ScreeningRoundId { get; private set; }

    public string State { get; private set; } = "";

    public Guid? ProcedureInstanceId { get; private set; }

    public DateOnly RegisteredOn { get; private set; }

    /// <summary>责任单位.</summary>
    public string? ResponsibleUnit { get; private set; }

    /// <summary>推送属事部门: the responsible unit is the department the matter belongs to.</summary>
    public bool ReferredToDepartment { get; private set; }

    public DateOnly? AssignedOn { get; private set; }

    /// <summary>办理时限 (the date the responsible unit must report by).</summary>
    public DateOnly? DueOn { get; private set; }

    public DisputeRoute? Route { get; private set; }

    /// <summary>分流后的案号或编号 (调解案号, 信访件编号, 诉讼引导记录), as text.</summary>
    public string? RouteReference { get; private set; }

    public DateOnly? RoutedOn { get; private set; }

    /// <summary>转入人民调解后的调解案件.</summary>
    public Guid? MediationCaseId { get; private set; }

    public DateOnly? ResolvedOn { get; private set; }

    public string? Resolution { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>回访情况.</summary>
    public string? FollowUp { get; private set; }

    public DateOnly? EscalatedOn { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public List<DisputeParty> Parties { get; private set; } = [];

    public void AttachProcedure(Guid instanceId) => ProcedureInstanceId = instanceId;

    public void MoveTo(string state) => State = state;

    public void Assign(DateOnly on, string unit, bool department, DateOnly dueOn)
    {
        AssignedOn = on;
        ResponsibleUnit = unit;
        ReferredToDepartment = department;
        DueOn = dueOn;
    }

    public void Routed(DateOnly on, DisputeRoute route, string? reference, Guid? mediationCaseId)
    {
        RoutedOn = on;
        Route = route;
        RouteReference = reference;
        MediationCaseId = mediationCaseId;
    }

    public void Resolve(DateOnly on, string resolution)
    {
        ResolvedOn = on;
        Resolution = resolution;
    }

    public void Close(DateOnly on, string followUp)
    {
        ClosedOn = on;
        FollowUp = followUp;
    }

    public void Escalated(DateOnly on) => EscalatedOn ??= on;

    public void RaiseRisk(RiskLevel risk) => Risk = risk;
}

/// <summary>
/// 纠纷当事人. The ID number and phone are stored only as SM4 ciphertext (Platform/Crypto) next to their masked forms, so
/// lists, exports, the API and the audit trail never carry them in clear.
/// </summary>
public sealed class DisputeParty : IRegionScoped
{
    private DisputeParty()
    {
    }

    public DisputeParty(Dispute dispute, int order, string name, string role, string? idNumberCipher, string? idNumberMasked, string? phoneCipher, string? phoneMasked)
    {
        DisputeId = dispute.Id;
        RegionCode = dispute.RegionCode;
        Order = order;
        Name = name;
        Role = role;
        IdNumberCipher = idNumberCipher;
        IdNumberMasked = idNumberMasked;
        PhoneCipher = phoneCipher;
        PhoneMasked = phoneMasked;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid DisputeId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>一方当事人 / 另一方当事人 / 第三人.</summary>
    public string Role { get; private set; } = "";

    public string? IdNumberCipher { get; private set; }

    public string? IdNumberMasked { get; private set; }

    public string? PhoneCipher { get; private set; }

    public string? PhoneMasked { get; private set; }
}

/// <summary>排查轮次 (one periodic screening round by a grid, a village or the 综治中心, 平安建设条例第十五条).</summary>
public sealed class ScreeningRound : IRegionScoped
{
    private ScreeningRound()
    {
    }

    public ScreeningRound(string regionCode, ScreeningLevel level, string unit, DateOnly startedOn, DateOnly? endedOn, string? summary, string createdBy)
    {
        RegionCode = regionCode;
        Level = level;
        Unit = unit;
        StartedOn = startedOn;
        EndedOn = endedOn;
        Summary = summary;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public ScreeningLevel Level { get; private set; }

    /// <summary>排查单位 (网格名称、村（社区）名称或镇综治中心).</summary>
    public string Unit { get; private set; } = "";

    public DateOnly StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string? Summary { get; private set; }

    public string CreatedBy { get; private set; } = "";

    /// <summary>结束排查: the round's end date and what it found; a round ends once.</summary>
    public void End(DateOnly on, string? summary)
    {
        if (EndedOn is not null)
        {
            throw new InvalidOperationException("排查轮次已结束");
        }

        if (on < StartedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(on), "排查结束日期不能早于开始日期");
        }

        EndedOn = on;
        Summary = summary ?? Summary;
    }
}

/// <summary>
/// 重大风险上报: a major-risk dispute reported to the town leaders at once; the leaders see it on their list until one of
/// them signs for it (签收). An ordinary audited record, not a silent flag.
/// </summary>
public sealed class DisputeEscalation : IRegionScoped
{
    private DisputeEscalation()
    {
    }

    public DisputeEscalation(Dispute dispute, DateOnly on, string reason, string reportedBy, DateTime at)
    {
        DisputeId = dispute.Id;
        RegionCode = dispute.RegionCode;
        On = on;
        Reason = reason;
        ReportedBy = reportedBy;
        At = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid DisputeId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly On { get; private set; }

    public string Reason { get; private set; } = "";

    public string ReportedBy { get; private set; } = "";

    public DateTime At { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }

    /// <summary>领导批示.</summary>
    public string? Instruction { get; private set; }

    public void Acknowledge(string by, DateTime at, string? instruction)
    {
        AcknowledgedBy = by;
        AcknowledgedAt = at;
        Instruction = instruction;
    }
}
