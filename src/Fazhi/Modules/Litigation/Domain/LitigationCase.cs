using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

using Fazhi.Platform.Web;

namespace Fazhi.Modules.Litigation.Domain;

/// <summary>裁判结果 (law.md §9): judgments of 行政诉讼法第六十九条至第七十八条 and the two rulings that end a first instance.</summary>
public enum LitigationOutcome
{
    [Display(Name = "判决驳回诉讼请求")] ClaimsDismissed,
    [Display(Name = "判决撤销（部分撤销）")] Revoked,
    [Display(Name = "判决履行法定职责")] OrderedPerformance,
    [Display(Name = "判决给付")] OrderedPayment,
    [Display(Name = "判决确认违法")] ConfirmedIllegal,
    [Display(Name = "判决确认无效")] ConfirmedInvalid,
    [Display(Name = "判决变更")] Altered,
    [Display(Name = "判决赔偿、补偿")] OrderedCompensation,
    [Display(Name = "裁定驳回起诉")] SuitDismissed,
    [Display(Name = "裁定准予撤诉")] Withdrawn,
    [Display(Name = "二审判决驳回上诉、维持原判")] AppealDismissed,
}

public static class LitigationOutcomes
{
    public static bool IsRuling(this LitigationOutcome o) => o is LitigationOutcome.SuitDismissed or LitigationOutcome.Withdrawn;

    /// <summary>败诉 (LIT-2): the court revoked, confirmed illegal or invalid, ordered performance, payment or compensation, or altered.</summary>
    public static bool IsLoss(this LitigationOutcome o) => o is LitigationOutcome.Revoked or LitigationOutcome.OrderedPerformance or LitigationOutcome.OrderedPayment
        or LitigationOutcome.ConfirmedIllegal or LitigationOutcome.ConfirmedInvalid or LitigationOutcome.Altered or LitigationOutcome.OrderedCompensation;
}

/// <summary>出庭负责人的职务 (《规定》第二条).</summary>
public enum LeaderRank
{
    [Display(Name = "正职负责人")] Principal,
    [Display(Name = "副职负责人")] Deputy,
    [Display(Name = "其他参与分管的负责人")] InCharge,
}

/// <summary>负责人不能出庭的正当理由 (《规定》第八条).</summary>
public enum AppearanceExcuse
{
    [Display(Name = "不可抗力")] ForceMajeure,
    [Display(Name = "意外事件")] Accident,
    [Display(Name = "需要履行他人不能代替的公务")] IrreplaceableDuty,
    [Display(Name = "其他正当事由")] OtherJustified,
}

/// <summary>Chinese names of the module's enums (their [Display] names).</summary>
public static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        DisplayNames.Of(value);

    public static string Of<T>(T? value)
        where T : struct, Enum => DisplayNames.Of(value);

    /// <summary>An enum value by its identifier (any case) or its Chinese name; null when the text is empty.</summary>
    public static bool TryParse<T>(string? text, out T? value)
        where T : struct, Enum
    {
        value = DisplayNames.Parse<T>(text);
        return value is not null || string.IsNullOrWhiteSpace(text);
    }
}

/// <summary>
/// 行政诉讼案件 (a suit in which the town is the defendant). The path between states is
/// <see cref="LitigationProcedure"/>; <see cref="State"/> mirrors it.
/// </summary>
public sealed class LitigationCase : IRegionScoped
{
    public const int MaxText = 4000;
    public const int MaxName = 200;

    private LitigationCase()
    {
    }

    public LitigationCase(string regionCode, SuitInput input, DateOnly servedOn, string createdBy, DateTime createdAt)
    {
        RegionCode = regionCode;
        CourtCaseNumber = input.CourtCaseNumber?.Trim() ?? "";
        Court = input.Court!.Trim();
        Plaintiff = input.Plaintiff!.Trim();
        ChallengedAct = input.ChallengedAct!.Trim();
        ChallengedCaseNumber = string.IsNullOrWhiteSpace(input.ChallengedCaseNumber) ? null : input.ChallengedCaseNumber.Trim();
        FiledOn = input.FiledOn;
        ServedOn = servedOn;
        MandatoryAppearance = input.MandatoryAppearance;
        Instance = 1;
        State = LitigationProcedure.Registered;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>法院案号, e.g. (2022)粤1971行初123号.</summary>
    public string CourtCaseNumber { get; private set; } = "";

    public string Court { get; private set; } = "";

    public string Plaintiff { get; private set; } = "";

    /// <summary>被诉行政行为.</summary>
    public string ChallengedAct { get; private set; } = "";

    /// <summary>关联的行政执法案件案号 (text).</summary>
    public string? ChallengedCaseNumber { get; private set; }

    /// <summary>法院立案日期.</summary>
    public DateOnly? FiledOn { get; private set; }

    /// <summary>收到起诉状副本之日: the defence clock counts from it.</summary>
    public DateOnly ServedOn { get; private set; }

    /// <summary>涉及重大公共利益、社会高度关注或者可能引发群体性事件: the 负责人 must appear (《规定》第四条).</summary>
    public bool MandatoryAppearance { get; private set; }

    /// <summary>1 一审, 2 二审.</summary>
    public int Instance { get; private set; }

    public Guid? ProcedureInstanceId { get; private set; }

    public string State { get; private set; } = "";

    public DateOnly? DefenceDueOn { get; private set; }

    public DateOnly? DefendedOn { get; private set; }

    /// <summary>逾期提供证据: treated as having no evidence (行政诉讼法第三十四条).</summary>
    public bool? EvidenceLate { get; private set; }

    public LitigationOutcome? FirstInstanceOutcome { get; private set; }

    /// <summary>一审审结日期 (判决或裁定): the case counts as 审结 in that year.</summary>
    public DateOnly? FirstInstanceOn { get; private set; }

    public DateOnly? AppealedOn { get; private set; }

    public LitigationOutcome? AppealOutcome { get; private set; }

    public DateOnly? AppealDecidedOn { get; private set; }

    /// <summary>The effective outcome: the second instance's when there is one, otherwise the first's.</summary>
    public LitigationOutcome? Outcome { get; private set; }

    public DateOnly? EffectiveOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ComplianceNote { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public void AttachProcedure(Guid instanceId) => ProcedureInstanceId = instanceId;

    public void MoveTo(string state) => State = state;

    public void RecordDefence(DateOnly on, DateOnly due)
    {
        DefendedOn = on;
        DefenceDueOn = due;
        EvidenceLate = on > due;
    }

    public void RecordFirstInstance(LitigationOutcome outcome, DateOnly on)
    {
        FirstInstanceOutcome = outcome;
        FirstInstanceOn = on;
        Outcome = outcome;
    }

    public void RecordAppeal(DateOnly on)
    {
        AppealedOn = on;
        Instance = 2;
    }

    public void RecordAppealDecision(LitigationOutcome outcome, DateOnly on)
    {
        AppealOutcome = outcome;
        AppealDecidedOn = on;
        EffectiveOn = on;
        // 驳回上诉、维持原判 keeps the first instance's outcome as the effective one.
        if (outcome != LitigationOutcome.AppealDismissed)
        {
            Outcome = outcome;
        }
    }

    public void RecordEffective(DateOnly on) => EffectiveOn = on;

    public void Close(DateOnly on, string? note)
    {
        ClosedOn = on;
        ComplianceNote = note;
    }
}

/// <summary>
/// 开庭及出庭应诉记录: who appeared for the town — the 负责人 (正职、副职或分管负责人) or a delegated officer with the
/// accepted excuse — and whether the 负责人 spoke. The records behind 负责人出庭应诉率 (LIT-4/5/6).
/// </summary>
public sealed class LitigationHearing : IRegionScoped
{
    private LitigationHearing()
    {
    }

    public LitigationHearing(LitigationCase c, DateOnly heldOn, HearingInput input)
    {
        CaseId = c.Id;
        RegionCode = c.RegionCode;
        HeldOn = heldOn;
        Instance = c.Instance;
        LeaderAppeared = input.LeaderAppeared;
        LeaderName = input.LeaderAppeared ? input.LeaderName : null;
        LeaderRank = input.LeaderAppeared ? input.Rank : null;
        LeaderSpoke = input.LeaderAppeared && input.LeaderSpoke;
        DelegateName = input.DelegateName;
        Excuse = input.LeaderAppeared ? null : input.Excuse;
        ExcuseNote = input.ExcuseNote;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CaseId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public int Instance { get; private set; }

    public bool LeaderAppeared { get; private set; }

    public string? LeaderName { get; private set; }

    public LeaderRank? LeaderRank { get; private set; }

    /// <summary>负责人当庭发言（出声）.</summary>
    public bool LeaderSpoke { get; private set; }

    /// <summary>委托出庭的工作人员 (also when the 负责人 appeared with others).</summary>
    public string? DelegateName { get; private set; }

    public AppearanceExcuse? Excuse { get; private set; }

    public string? ExcuseNote { get; private set; }
}

/// <summary>The parsed appearance facts of a hearing.</summary>
public sealed record HearingInput(bool LeaderAppeared, string? LeaderName, LeaderRank? Rank, bool LeaderSpoke, string? DelegateName, AppearanceExcuse? Excuse, string? ExcuseNote);

/// <summary>登记行政诉讼案件的输入 (page form, API body and ledger row).</summary>
public sealed record SuitInput
{
    public string? CourtCaseNumber { get; init; }

    public string? Court { get; init; }

    public string? Plaintiff { get; init; }

    public string? ChallengedAct { get; init; }

    public string? ChallengedCaseNumber { get; init; }

    public DateOnly? FiledOn { get; init; }

    public DateOnly? ServedOn { get; init; }

    public bool MandatoryAppearance { get; init; }
}

/// <summary>The input of one step.</summary>
public sealed record SuitActionInput
{
    public DateOnly? On { get; init; }

    public string? Note { get; init; }

    /// <summary>For judge / record_appeal_decision: an outcome name (see <see cref="LitigationOutcome"/>), or its Chinese name.</summary>
    public string? Outcome { get; init; }

    public bool LeaderAppeared { get; init; }

    public string? LeaderName { get; init; }

    /// <summary>principal | deputy | incharge.</summary>
    public string? LeaderRank { get; init; }

    public bool LeaderSpoke { get; init; }

    public string? DelegateName { get; init; }

    /// <summary>forcemajeure | accident | irreplaceableduty | otherjustified.</summary>
    public string? Excuse { get; init; }

    public string? ExcuseNote { get; init; }
}
