using Fazhi.Modules.MajorDecisions.Domain;

namespace Fazhi.Modules.MajorDecisions.Decisions;

/// <summary>What a step may carry besides its date and note; each action reads the fields it needs.</summary>
public sealed record DecisionActionInput
{
    /// <summary>办理日期 (default today); for the minutes the meeting date.</summary>
    public DateOnly? On { get; init; }

    public string? Note { get; init; }

    /// <summary>决策启动: 承办单位 (default the catalog item's).</summary>
    public string? LeadUnit { get; init; }

    /// <summary>拟订草案 / 征求意见: 决策草案 and 起草说明.</summary>
    public string? DraftText { get; init; }

    public string? Explanation { get; init; }

    /// <summary>公开征求意见: window (≥30 calendar days unless an urgency reason is given).</summary>
    public DateOnly? ConsultationOpensOn { get; init; }

    public DateOnly? ConsultationClosesOn { get; init; }

    public string? UrgencyReason { get; init; }

    /// <summary>听证: 公布参加人名单日期, 材料送达日期, 听证日期, 地点, 笔录签字.</summary>
    public DateOnly? ParticipantsPublishedOn { get; init; }

    public DateOnly? MaterialsDeliveredOn { get; init; }

    public DateOnly? HearingOn { get; init; }

    public string? HearingPlace { get; init; }

    public string? HearingSummary { get; init; }

    public bool RecordSigned { get; init; }

    /// <summary>专家论证意见.</summary>
    public string? Expert { get; init; }

    public string? ExpertAffiliation { get; init; }

    public string? ExpertOpinion { get; init; }

    public bool ExpertSigned { get; init; }

    public bool ExpertNoDirectInterest { get; init; }

    /// <summary>风险评估报告.</summary>
    public string? Assessor { get; init; }

    public string? RiskPoints { get; init; }

    public string? Mitigations { get; init; }

    public string? ContingencyPlan { get; init; }

    public string? RiskLevel { get; init; }

    /// <summary>提请集体讨论: 探索性改革决策事项 with its 法律风险 stated (条例第二十五条).</summary>
    public bool ExploratoryReform { get; init; }

    public string? LegalRiskStatement { get; init; }

    /// <summary>会议纪要.</summary>
    public string? MeetingType { get; init; }

    public MeetingOutcome? Outcome { get; init; }

    public string? ChiefReasons { get; init; }

    /// <summary>与会人员 in speaking order (API).</summary>
    public IReadOnlyList<AttendeeInput>? Attendees { get; init; }

    /// <summary>与会人员 as the page's text: one line each, “姓名，职务，同意/不同意/弃权，发言要点”, the 行政首长 marked “（行政首长）”.</summary>
    public string? AttendeesText { get; init; }

    /// <summary>报告党委: 请示报告的方式和结果.</summary>
    public string? PartyReport { get; init; }

    /// <summary>公布: 途径 and 网址.</summary>
    public string? PublicationChannel { get; init; }

    public string? PublicationUrl { get; init; }

    /// <summary>决策后评估: 评估单位 and 结论.</summary>
    public string? Evaluator { get; init; }

    public string? EvaluationConclusion { get; init; }
}
