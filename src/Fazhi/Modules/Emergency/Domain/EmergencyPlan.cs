using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Emergency.Domain;

/// <summary>预案类别 (law.md §12 plan system; the seed's "1+34+N": 1 总体, 34 专项和部门, N 基层).</summary>
public enum PlanClass
{
    [Display(Name = "总体应急预案")] Overall,
    [Display(Name = "专项应急预案")] Specialised,
    [Display(Name = "部门应急预案")] Departmental,
    [Display(Name = "基层应急预案（村居、企业）")] Grassroots,
}

/// <summary>预案状态: the one-way part of the lifecycle (law.md §12 steps 1–7); drills, evaluations and revisions recur on a plan in force.</summary>
public enum PlanStatus
{
    [Display(Name = "已立项")] Planned,
    [Display(Name = "编制中")] Drafting,
    [Display(Name = "已征求意见")] Consulted,
    [Display(Name = "已审批")] Approved,
    [Display(Name = "已公布")] Published,
    [Display(Name = "已备案")] Filed,
    [Display(Name = "已培训宣传")] Trained,
    [Display(Name = "已废止")] Withdrawn,
}

/// <summary>预案生命周期中的一步 (the acts a user takes in order).</summary>
public enum PlanStep
{
    [Display(Name = "开始编制")] StartDrafting,
    [Display(Name = "征求意见")] Consult,
    [Display(Name = "审批")] Approve,
    [Display(Name = "公布")] Publish,
    [Display(Name = "备案")] File,
    [Display(Name = "培训宣传")] Train,
    [Display(Name = "废止")] Withdraw,
}

/// <summary>
/// 应急预案 (contingency plan) of a region: its class, owner unit and lifecycle (立项 → 编制（风险评估、应急资源调查） →
/// 征求意见 → 审批 → 公布 → 备案 → 培训宣传), then in force: drilled (<see cref="Drill"/>), evaluated, and revised when a
/// trigger of 办法第二十五条 occurs. Each act carries its legal date, never before the act it follows.
/// </summary>
public sealed class EmergencyPlan : IRegionScoped
{
    private EmergencyPlan()
    {
    }

    public EmergencyPlan(string regionCode, string title, PlanClass planClass, string ownerUnit, DateOnly plannedOn, string createdBy, DateTime createdAt)
    {
        RegionCode = regionCode;
        Title = title;
        Class = planClass;
        OwnerUnit = ownerUnit;
        PlannedOn = plannedOn;
        LastActOn = plannedOn;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Status = PlanStatus.Planned;
        Version = 1;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public PlanClass Class { get; private set; }

    /// <summary>编制单位 (the unit that owns and maintains the plan).</summary>
    public string OwnerUnit { get; private set; } = "";

    public PlanStatus Status { get; private set; }

    /// <summary>版本: 1 when first published, +1 per revision.</summary>
    public int Version { get; private set; }

    public DateOnly PlannedOn { get; private set; }

    public DateOnly? DraftingOn { get; private set; }

    /// <summary>风险评估 (summary), required before consultation.</summary>
    public string? RiskAssessment { get; private set; }

    /// <summary>应急资源调查 (summary), required before consultation.</summary>
    public string? ResourceSurvey { get; private set; }

    public DateOnly? ConsultedOn { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    /// <summary>审批机关或会议, e.g. 镇党政联席会议.</summary>
    public string? ApprovedBy { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>印发文号.</summary>
    public string? DocumentNumber { get; private set; }

    public DateOnly? FiledOn { get; private set; }

    /// <summary>备案机关, e.g. 东莞市应急管理局.</summary>
    public string? FiledWith { get; private set; }

    public DateOnly? TrainedOn { get; private set; }

    public DateOnly? LastDrilledOn { get; private set; }

    public DateOnly? LastEvaluatedOn { get; private set; }

    public DateOnly? LastRevisedOn { get; private set; }

    /// <summary>修订期限: set by a revision trigger (or an evaluation that calls for revision), cleared by the revision.</summary>
    public DateOnly? RevisionDueOn { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The legal date of the latest act on the plan: a later act may not be dated before it.</summary>
    public DateOnly LastActOn { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>In force on a day: published on or before it and not withdrawn by then.</summary>
    public bool InForceOn(DateOnly day) => PublishedOn is { } published && published <= day && (WithdrawnOn is null || WithdrawnOn > day);

    public bool InForce => PublishedOn is not null && Status != PlanStatus.Withdrawn;

    /// <summary>The next step of the lifecycle from the current status (null once trained or withdrawn).</summary>
    public PlanStep? NextStep => Status switch
    {
        PlanStatus.Planned => PlanStep.StartDrafting,
        PlanStatus.Drafting => PlanStep.Consult,
        PlanStatus.Consulted => PlanStep.Approve,
        PlanStatus.Approved => PlanStep.Publish,
        PlanStatus.Published => PlanStep.File,
        PlanStatus.Filed => PlanStep.Train,
        PlanStatus.Trained or PlanStatus.Withdrawn => null,
    };

    /// <summary>
    /// Takes a lifecycle step. <paramref name="text"/> is the step's fact: 风险评估 (drafting), 意见摘要 (consultation),
    /// 审批机关 (approval), 文号 (publication), 备案机关 (filing), 培训内容 (training), 废止理由; <paramref name="second"/> is
    /// the 应急资源调查 of the drafting step.
    /// </summary>
    public void Take(PlanStep step, DateOnly on, string? text, string? second = null)
    {
        if (step == PlanStep.Withdraw)
        {
            Withdraw(on, text);
            return;
        }

        if (Status == PlanStatus.Withdrawn)
        {
            throw new DomainRuleException("预案已废止，不能再办理", EmergencyBasis.Making(on));
        }

        if (NextStep != step)
        {
            throw new DomainRuleException(Refusal(step), EmergencyBasis.Making(on));
        }

        Dated(on);
        switch (step)
        {
            case PlanStep.StartDrafting:
                DraftingOn = on;
                RiskAssessment = Blank(text);
                ResourceSurvey = Blank(second);
                Status = PlanStatus.Drafting;
                break;
            case PlanStep.Consult:
                if (RiskAssessment is null || ResourceSurvey is null)
                {
                    throw new DomainRuleException("编制预案应当开展风险评估和应急资源调查，两项均记录后方可征求意见", EmergencyBasis.Making(on));
                }

                ConsultedOn = on;
                Note = Blank(text) ?? Note;
                Status = PlanStatus.Consulted;
                break;
            case PlanStep.Approve:
                ApprovedOn = on;
                ApprovedBy = Required(text, "approvedBy", "审批机关或会议");
                Status = PlanStatus.Approved;
                break;
            case PlanStep.Publish:
                PublishedOn = on;
                DocumentNumber = Required(text, "documentNumber", "印发文号");
                Status = PlanStatus.Published;
                break;
            case PlanStep.File:
                FiledOn = on;
                FiledWith = Required(text, "filedWith", "备案机关");
                Status = PlanStatus.Filed;
                break;
            case PlanStep.Train:
                TrainedOn = on;
                Status = PlanStatus.Trained;
                break;
            case PlanStep.Withdraw:
            default:
                throw new InvalidOperationException(step.ToString());
        }
    }

    /// <summary>Adds risk assessment and resource survey to a plan in drafting (they may come after the start).</summary>
    public void RecordSurveys(string? riskAssessment, string? resourceSurvey)
    {
        if (Status != PlanStatus.Drafting)
        {
            throw new DomainRuleException("只有编制中的预案可以补记风险评估和应急资源调查", EmergencyBasis.Making(LastActOn));
        }

        RiskAssessment = Blank(riskAssessment) ?? RiskAssessment;
        ResourceSurvey = Blank(resourceSurvey) ?? ResourceSurvey;
    }

    /// <summary>A drill of this plan (the plan must be in force on the day).</summary>
    internal void Drilled(DateOnly on)
    {
        if (!InForceOn(on))
        {
            throw new DomainRuleException(PublishedOn is { } p
                ? $"演练日期应在预案公布（{p:yyyy-MM-dd}）之后、废止之前"
                : "预案公布后方可组织演练", EmergencyBasis.Drills(on));
        }

        if (LastDrilledOn is null || on > LastDrilledOn)
        {
            LastDrilledOn = on;
        }
    }

    public PlanEvaluation Evaluate(DateOnly on, string conclusion, bool revisionNeeded, int revisionAfterMonths)
    {
        InForceFor(on, "评估", EmergencyBasis.Evaluation(on));
        Dated(on);
        LastEvaluatedOn = on;
        if (revisionNeeded)
        {
            DueForRevision(on.AddMonths(revisionAfterMonths));
        }

        return new PlanEvaluation(this, on, conclusion, revisionNeeded);
    }

    public RevisionTrigger RecordTrigger(DateOnly on, TriggerKind kind, string description, int revisionAfterMonths)
    {
        InForceFor(on, "记录修订情形", EmergencyBasis.Revision(on));
        Dated(on);
        DueForRevision(on.AddMonths(revisionAfterMonths));
        return new RevisionTrigger(this, on, kind, description);
    }

    /// <summary>修订: a new version in force from <paramref name="on"/>; the open triggers are answered by it.</summary>
    public PlanRevision Revise(DateOnly on, string summary, string? documentNumber, IEnumerable<RevisionTrigger> openTriggers)
    {
        InForceFor(on, "修订", EmergencyBasis.Revision(on));
        Dated(on);
        foreach (var trigger in openTriggers)
        {
            trigger.Answer(on);
        }

        Version++;
        LastRevisedOn = on;
        RevisionDueOn = null;
        DocumentNumber = Blank(documentNumber) ?? DocumentNumber;
        return new PlanRevision(this, on, Version, summary, Blank(documentNumber));
    }

    private void Withdraw(DateOnly on, string? reason)
    {
        if (Status == PlanStatus.Withdrawn)
        {
            throw new DomainRuleException("预案已废止", EmergencyBasis.Making(on));
        }

        Dated(on);
        WithdrawnOn = on;
        Note = Required(reason, "text", "废止理由");
        Status = PlanStatus.Withdrawn;
    }

    private void InForceFor(DateOnly on, string act, string basis)
    {
        if (PublishedOn is null)
        {
            throw new DomainRuleException($"预案公布后方可{act}", basis);
        }

        if (Status == PlanStatus.Withdrawn)
        {
            throw new DomainRuleException($"预案已废止，不能{act}", basis);
        }
    }

    private void DueForRevision(DateOnly due)
    {
        if (RevisionDueOn is null || due < RevisionDueOn)
        {
            RevisionDueOn = due;
        }
    }

    private string Refusal(PlanStep step) => (step, Status) switch
    {
        (PlanStep.Consult, PlanStatus.Planned) => "预案尚未开始编制（开展风险评估和应急资源调查），不能征求意见",
        (PlanStep.Approve, PlanStatus.Planned or PlanStatus.Drafting) => "预案草案应当先征求有关部门、单位和专家的意见，方可审批",
        (PlanStep.Publish, < PlanStatus.Approved) => "预案经审批后方可公布",
        (PlanStep.File, < PlanStatus.Published) => "预案公布后方可备案",
        (PlanStep.Train, < PlanStatus.Filed) => "预案备案后方可组织培训宣传",
        _ => $"预案{Names.Of(Status)}，不能{Names.Of(step)}",
    };

    private void Dated(DateOnly on)
    {
        if (on < LastActOn)
        {
            throw new FieldValidationException("on", $"办理日期不能早于{LastActOn:yyyy-MM-dd}（立项或上一次办理的日期）");
        }

        LastActOn = on;
    }

    private static string Required(string? value, string field, string label) =>
        Blank(value) is { Length: <= 200 } text ? text : throw new FieldValidationException(field, $"请填写{label}（200字以内）");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>修订情形 (办法第二十五条).</summary>
public enum TriggerKind
{
    [Display(Name = "法律法规或上位预案变化")] LawOrSuperiorPlanChanged,
    [Display(Name = "应急指挥机构及其职责调整")] CommandChanged,
    [Display(Name = "面临的风险发生重大变化")] RiskChanged,
    [Display(Name = "重要应急资源发生重大变化")] ResourcesChanged,
    [Display(Name = "其他重要信息发生变化")] OtherInformationChanged,
    [Display(Name = "突发事件应对或演练中发现问题")] LessonsLearned,
}

/// <summary>修订情形记录: a trigger of 办法第二十五条 on a plan in force, answered by the next revision.</summary>
public sealed class RevisionTrigger : IRegionScoped
{
    private RevisionTrigger()
    {
    }

    internal RevisionTrigger(EmergencyPlan plan, DateOnly on, TriggerKind kind, string description)
    {
        PlanId = plan.Id;
        RegionCode = plan.RegionCode;
        On = on;
        Kind = kind;
        Description = description;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PlanId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly On { get; private set; }

    public TriggerKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>The revision that answered it.</summary>
    public DateOnly? AnsweredOn { get; private set; }

    internal void Answer(DateOnly on) => AnsweredOn ??= on;
}

/// <summary>预案评估 (办法第二十四条): conclusion and whether the plan must be revised.</summary>
public sealed class PlanEvaluation : IRegionScoped
{
    private PlanEvaluation()
    {
    }

    internal PlanEvaluation(EmergencyPlan plan, DateOnly on, string conclusion, bool revisionNeeded)
    {
        PlanId = plan.Id;
        RegionCode = plan.RegionCode;
        On = on;
        Conclusion = conclusion;
        RevisionNeeded = revisionNeeded;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PlanId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly On { get; private set; }

    public string Conclusion { get; private set; } = "";

    public bool RevisionNeeded { get; private set; }
}

/// <summary>预案修订: the new version, its date, what changed and the 文号 it was reissued under.</summary>
public sealed class PlanRevision : IRegionScoped
{
    private PlanRevision()
    {
    }

    internal PlanRevision(EmergencyPlan plan, DateOnly on, int version, string summary, string? documentNumber)
    {
        PlanId = plan.Id;
        RegionCode = plan.RegionCode;
        On = on;
        Version = version;
        Summary = summary;
        DocumentNumber = documentNumber;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PlanId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly On { get; private set; }

    public int Version { get; private set; }

    public string Summary { get; private set; } = "";

    public string? DocumentNumber { get; private set; }
}
