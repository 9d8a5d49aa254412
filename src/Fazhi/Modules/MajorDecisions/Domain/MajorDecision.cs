using Fazhi.Platform.Data;

namespace Fazhi.Modules.MajorDecisions.Domain;

/// <summary>
/// 重大行政决策 (one decision matter from proposal to post-evaluation). The path between states is the procedure
/// <see cref="DecisionProcedure"/>; this aggregate keeps what its catalog item requires (a snapshot taken when it was
/// proposed) and the facts each step produced. <see cref="State"/> mirrors the procedure's state.
/// </summary>
public sealed class MajorDecision : IRegionScoped
{
    public const int MaxText = 20_000;

    private MajorDecision()
    {
    }

    public MajorDecision(CatalogItem item, int catalogYear, string proposer, string createdBy, DateTime createdAt, DateOnly proposedOn)
    {
        RegionCode = item.RegionCode;
        CatalogItemId = item.Id;
        CatalogItemKey = item.ItemKey;
        CatalogYear = catalogYear;
        Title = item.Title;
        LeadUnit = item.LeadUnit;
        Proposer = proposer.Trim();
        RequiresPublicParticipation = item.RequiresPublicParticipation;
        RequiresExpertReview = item.RequiresExpertReview;
        RequiresRiskAssessment = item.RequiresRiskAssessment;
        RequiresHearing = item.RequiresHearing;
        AffectsBusiness = item.AffectsBusiness;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        ProposedOn = proposedOn;
        State = DecisionProcedure.Proposed;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid CatalogItemId { get; private set; }

    public Guid CatalogItemKey { get; private set; }

    public int CatalogYear { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>决策承办单位.</summary>
    public string LeadUnit { get; private set; } = "";

    /// <summary>决策建议提出者 (领导、部门、人大代表、政协委员、公众).</summary>
    public string Proposer { get; private set; } = "";

    public bool RequiresPublicParticipation { get; private set; }

    public bool RequiresExpertReview { get; private set; }

    public bool RequiresRiskAssessment { get; private set; }

    public bool RequiresHearing { get; private set; }

    public bool AffectsBusiness { get; private set; }

    public string State { get; private set; } = "";

    public Guid? ProcedureInstanceId { get; private set; }

    /// <summary>决策草案.</summary>
    public string DraftText { get; private set; } = "";

    /// <summary>起草说明.</summary>
    public string Explanation { get; private set; } = "";

    public DateOnly ProposedOn { get; private set; }

    public DateOnly? InitiatedOn { get; private set; }

    public Guid? ConsultationId { get; private set; }

    public Guid? FairCompetitionReviewId { get; private set; }

    public Guid? LegalityReviewId { get; private set; }

    public DateOnly? LegalitySubmittedOn { get; private set; }

    /// <summary>探索性改革决策事项 submitted with its legal risk stated (条例第二十五条).</summary>
    /// <summary>
    /// 不听取公众意见的法定理由 (条例第十四条: 依法不予公开的决策事项除外): recorded instead of a consultation or a hearing,
    /// shown in the dossier.
    /// </summary>
    public string? ParticipationExemption { get; private set; }

    public DateOnly? ParticipationExemptedOn { get; private set; }

    public void RecordParticipationExemption(DateOnly on, string reason)
    {
        ParticipationExemption = reason.Trim();
        ParticipationExemptedOn = on;
    }

    public bool ExploratoryReform { get; private set; }

    public string? LegalRiskStatement { get; private set; }

    public DateOnly? SubmittedForDiscussionOn { get; private set; }

    /// <summary>集体讨论决定的日期 (通过).</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>集体讨论前是否已出具合法性审查意见 (MAD-4).</summary>
    public bool LegalityOpinionBeforeMeeting { get; private set; }

    public DateOnly? PartyReportedOn { get; private set; }

    /// <summary>向党委请示报告的方式和结果.</summary>
    public string? PartyReport { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public string? PublicationChannel { get; private set; }

    public string? PublicationUrl { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }

    public DateOnly? ImplementationStartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    /// <summary>调整或停止执行的理由.</summary>
    public string? EndReason { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public void AttachProcedure(Guid instanceId) => ProcedureInstanceId = instanceId;

    public void MoveTo(string state) => State = state;

    public void Initiate(DateOnly on, string leadUnit)
    {
        InitiatedOn = on;
        LeadUnit = leadUnit.Trim();
    }

    public void Draft(string? text, string? explanation)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            DraftText = text.Trim();
        }

        if (!string.IsNullOrWhiteSpace(explanation))
        {
            Explanation = explanation.Trim();
        }
    }

    public void ConsultationOpened(Guid id) => ConsultationId = id;

    public void FairCompetitionRegistered(Guid id) => FairCompetitionReviewId = id;

    public void SentToLegalityReview(Guid id, DateOnly on)
    {
        LegalityReviewId = id;
        LegalitySubmittedOn = on;
    }

    public void SubmittedForDiscussion(DateOnly on, bool opinionIssued, bool exploratory, string? riskStatement)
    {
        SubmittedForDiscussionOn = on;
        LegalityOpinionBeforeMeeting = opinionIssued;
        ExploratoryReform = exploratory;
        LegalRiskStatement = exploratory ? riskStatement?.Trim() : null;
    }

    public void Decided(DateOnly on) => DecidedOn = on;

    public void ReportedToParty(DateOnly on, string report)
    {
        PartyReportedOn = on;
        PartyReport = report.Trim();
    }

    public void Publish(DateOnly on, string channel, string? url)
    {
        PublishedOn = on;
        PublicationChannel = channel.Trim();
        PublicationUrl = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
    }

    public void Archive(DateOnly on) => ArchivedOn = on;

    public void Implement(DateOnly on) => ImplementationStartedOn = on;

    public void End(DateOnly on, string reason)
    {
        EndedOn = on;
        EndReason = reason.Trim();
    }

    /// <summary>Back to drafting: what the discussion or review decided against is no longer pending.</summary>
    public void ReturnedToDrafting()
    {
        SubmittedForDiscussionOn = null;
        DecidedOn = null;
    }
}

/// <summary>专家论证意见: one expert's written opinion, independent and signed (条例第十九条至第二十一条).</summary>
public sealed class ExpertOpinion : IRegionScoped
{
    private ExpertOpinion()
    {
    }

    public ExpertOpinion(MajorDecision decision, string expert, string affiliation, string opinion, DateOnly givenOn, bool signedOrSealed, bool noDirectInterest, string recordedBy)
    {
        DecisionId = decision.Id;
        RegionCode = decision.RegionCode;
        Expert = expert.Trim();
        Affiliation = affiliation.Trim();
        Opinion = opinion.Trim();
        GivenOn = givenOn;
        SignedOrSealed = signedOrSealed;
        NoDirectInterest = noDirectInterest;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid DecisionId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Expert { get; private set; } = "";

    public string Affiliation { get; private set; } = "";

    public string Opinion { get; private set; } = "";

    public DateOnly GivenOn { get; private set; }

    /// <summary>书面意见已由专家签字或者盖章.</summary>
    public bool SignedOrSealed { get; private set; }

    /// <summary>专家声明与决策事项无直接利害关系.</summary>
    public bool NoDirectInterest { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public bool Valid => SignedOrSealed && NoDirectInterest;
}

/// <summary>风险评估报告 (条例第二十二条至第二十四条; 《广东省平安建设条例》第十四条 社会风险评估前置).</summary>
public sealed class RiskAssessment : IRegionScoped
{
    private RiskAssessment()
    {
    }

    public RiskAssessment(MajorDecision decision, string assessor, string riskPoints, string mitigations, string contingencyPlan, string riskLevel, DateOnly reportedOn)
    {
        DecisionId = decision.Id;
        RegionCode = decision.RegionCode;
        Assessor = assessor.Trim();
        RiskPoints = riskPoints.Trim();
        Mitigations = mitigations.Trim();
        ContingencyPlan = contingencyPlan.Trim();
        RiskLevel = riskLevel.Trim();
        ReportedOn = reportedOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid DecisionId { get; private set; }

    public string RegionCode { get; private set; } = "";

    /// <summary>评估单位 (承办单位, a designated unit or an outside body).</summary>
    public string Assessor { get; private set; } = "";

    public string RiskPoints { get; private set; } = "";

    public string Mitigations { get; private set; } = "";

    public string ContingencyPlan { get; private set; } = "";

    /// <summary>风险等级: 低 / 中 / 高.</summary>
    public string RiskLevel { get; private set; } = "";

    public DateOnly ReportedOn { get; private set; }
}

/// <summary>听证会 (条例第十六条、第十七条): materials to participants at least 7 days before; participants sign the record.</summary>
public sealed class DecisionHearing : IRegionScoped
{
    public const int MinNoticeDays = 7;

    private DecisionHearing()
    {
    }

    public DecisionHearing(MajorDecision decision, DateOnly participantsPublishedOn, DateOnly materialsDeliveredOn, DateOnly heldOn, string place, string summary, bool recordSigned)
    {
        DecisionId = decision.Id;
        RegionCode = decision.RegionCode;
        ParticipantsPublishedOn = participantsPublishedOn;
        MaterialsDeliveredOn = materialsDeliveredOn;
        HeldOn = heldOn;
        Place = place.Trim();
        Summary = summary.Trim();
        RecordSigned = recordSigned;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid DecisionId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly ParticipantsPublishedOn { get; private set; }

    public DateOnly MaterialsDeliveredOn { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Place { get; private set; } = "";

    public string Summary { get; private set; } = "";

    /// <summary>听证笔录经听证参加人确认签字.</summary>
    public bool RecordSigned { get; private set; }

    /// <summary>Calendar days from delivery of the materials to the hearing (the delivery day not counted).</summary>
    public int NoticeDays => HeldOn.DayNumber - MaterialsDeliveredOn.DayNumber;

    public bool Valid => NoticeDays >= MinNoticeDays && RecordSigned && ParticipantsPublishedOn < HeldOn;
}

/// <summary>决策后评估 (条例第三十六条).</summary>
public sealed class PostEvaluation : IRegionScoped
{
    private PostEvaluation()
    {
    }

    public PostEvaluation(MajorDecision decision, DateOnly evaluatedOn, string evaluator, string conclusion, string recordedBy)
    {
        DecisionId = decision.Id;
        RegionCode = decision.RegionCode;
        EvaluatedOn = evaluatedOn;
        Evaluator = evaluator.Trim();
        Conclusion = conclusion.Trim();
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid DecisionId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly EvaluatedOn { get; private set; }

    public string Evaluator { get; private set; } = "";

    public string Conclusion { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";
}
