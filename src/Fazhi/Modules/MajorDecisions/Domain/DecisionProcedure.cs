using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.MajorDecisions.Domain;

/// <summary>What the gates look at: the decision, its records and the other modules' answers.</summary>
public sealed record DecisionGateContext(
    MajorDecision Decision,
    ConsultationStatus? Consultation,
    IReadOnlyList<ExpertOpinion> Experts,
    RiskAssessment? Risk,
    IReadOnlyList<DecisionHearing> Hearings,
    LegalityOpinionStatus? Legality,
    FairCompetitionStatus? FairCompetition,
    DecisionMeeting? Meeting,
    bool ExploratoryReform = false,
    string? LegalRiskStatement = null)
{
    public bool PublicParticipationDone => !Decision.RequiresPublicParticipation || Consultation is { Done: true };

    /// <summary>听取意见 (条例第十四条): a finished consultation, a valid hearing, or the recorded statutory reason for neither.</summary>
    public bool PublicOpinionHeard =>
        Consultation is { Done: true } || Hearings.Any(h => h.Valid) || !string.IsNullOrWhiteSpace(Decision.ParticipationExemption);

    public bool ExpertReviewDone => !Decision.RequiresExpertReview || (Experts.Count > 0 && Experts.All(e => e.Valid));

    public bool RiskAssessmentDone => !Decision.RequiresRiskAssessment || Risk is not null;

    public bool HearingDone => !Decision.RequiresHearing || Hearings.Any(h => h.Valid);

    public bool LegalityPassed => Legality is { OpinionIssued: true, Withdrawn: false } && Legality.Conclusion != ReviewConclusion.Unlawful;

    public bool ExploratoryWithRisk => ExploratoryReform && !string.IsNullOrWhiteSpace(LegalRiskStatement);
}

/// <summary>
/// 重大行政决策程序 (law.md §2): 决策启动 → 承办 → 公众参与 → 专家论证 → 风险评估 → 公平竞争审查 → 合法性审查 → 集体讨论决定 →
/// 报告党委 → 公布 → 归档 → 执行 → 决策后评估 → 调整 / 停止执行. Steps the catalog item does not require may be skipped;
/// the hard preconditions are gates citing the 条例's articles.
/// </summary>
public static class DecisionProcedure
{
    public const string Key = "major_decisions.decision";
    public const string SubjectType = "major_decisions.decision";

    public const string Proposed = "proposed";
    public const string Initiated = "initiated";
    public const string Drafting = "drafting";
    public const string PublicParticipation = "public_participation";
    public const string ExpertReview = "expert_review";
    public const string RiskAssessment = "risk_assessment";
    public const string FairCompetitionReview = "fair_competition_review";
    public const string LegalityReview = "legality_review";
    public const string CollectiveDecision = "collective_decision";
    public const string PartyReport = "party_report";
    public const string Published = "published";
    public const string Archived = "archived";
    public const string Implementing = "implementing";
    public const string PostEvaluation = "post_evaluation";
    public const string Adjusted = "adjusted";
    public const string Suspended = "suspended";

    public const string Initiate = "initiate";
    public const string StartDrafting = "start_drafting";
    public const string OpenConsultation = "open_consultation";
    public const string RecordHearing = "record_hearing";
    public const string StartExpertReview = "start_expert_review";
    public const string RecordExpertOpinion = "record_expert_opinion";
    public const string StartRiskAssessment = "start_risk_assessment";
    public const string RecordRiskAssessment = "record_risk_assessment";
    public const string SubmitFairCompetition = "submit_fair_competition";
    public const string SubmitLegalityReview = "submit_legality_review";
    public const string SubmitDiscussion = "submit_discussion";
    public const string RecordMinutes = "record_minutes";
    public const string ReportToParty = "report_to_party";
    public const string Publish = "publish";
    public const string Archive = "archive";
    public const string Implement = "implement";
    public const string Evaluate = "evaluate";
    public const string Adjust = "adjust";
    public const string Suspend = "suspend";
    public const string ReturnToDrafting = "return_to_drafting";
    public const string RecordParticipationExemption = "record_participation_exemption";

    public const string LegalityClock = "legality_review";

    public static readonly IReadOnlyList<ProcedureState> States =
    [
        new(Proposed, "决策建议"),
        new(Initiated, "决策启动（已确定承办单位）"),
        new(Drafting, "拟订决策草案"),
        new(PublicParticipation, "公众参与"),
        new(ExpertReview, "专家论证"),
        new(RiskAssessment, "风险评估"),
        new(FairCompetitionReview, "公平竞争审查"),
        new(LegalityReview, "合法性审查"),
        new(CollectiveDecision, "集体讨论决定"),
        new(PartyReport, "已向党委请示报告"),
        new(Published, "已公布"),
        new(Archived, "已归档"),
        new(Implementing, "执行中"),
        new(PostEvaluation, "决策后评估"),
        new(Adjusted, "已调整"),
        new(Suspended, "停止（暂停）执行"),
    ];

    /// <summary>States before the collective decision in which the lead unit prepares the draft.</summary>
    public static readonly string[] Preparing = [Drafting, PublicParticipation, ExpertReview, RiskAssessment, FairCompetitionReview];

    public static string NameOf(string state) => States.FirstOrDefault(s => s.Key == state)?.Name ?? state;

    public static readonly ProcedureDefinition V1 = Create();

    private static ProcedureDefinition Create()
    {
        string[] handle = [MajorDecisionsPermissions.Handle];
        string[] decide = [MajorDecisionsPermissions.Decide];
        static ProcedureAction Step(string key, string name, string[] from, string to, string[] who) => new(key, name, from, to) { Permissions = who };

        var procedures = new[]
        {
            Gate.For<DecisionGateContext>(c => c.PublicOpinionHeard,
                "决策承办单位应当充分听取社会公众意见：尚未公开征求意见或者举行听证，也未载明依法不予公开等不听取意见的理由", new LegalBasis(Basis.PublicOpinion)),
            Gate.For<DecisionGateContext>(c => c.PublicParticipationDone,
                "目录要求公众参与：公开征求意见尚未结束或仍有意见未研究答复", new LegalBasis(Basis.ProceduresDone)),
            Gate.For<DecisionGateContext>(c => c.ExpertReviewDone,
                "目录要求专家论证：尚无与决策事项无直接利害关系的专家签字（盖章）的书面论证意见", new LegalBasis(Basis.ProceduresDone)),
            Gate.For<DecisionGateContext>(c => c.RiskAssessmentDone,
                "目录要求风险评估：尚未形成风险评估报告", new LegalBasis(Basis.ProceduresDone)),
            Gate.For<DecisionGateContext>(c => c.HearingDone,
                "目录要求听证：尚未依法举行听证（听证材料至少提前7日送达、听证笔录经参加人签字）", new LegalBasis(Basis.ProceduresDone)),
        };
        var package = procedures.Select(g => Gate.For<DecisionGateContext>(g.IsMet, g.RefusalMessage, new LegalBasis(Basis.Package))).ToList();
        var legality = Gate.For<DecisionGateContext>(c => c.LegalityPassed || c.ExploratoryWithRisk,
            "决策草案未经合法性审查（审查意见尚未出具）或者经审查不合法，不得提交集体讨论", new LegalBasis(Basis.Legality));
        var adviser = Gate.For<DecisionGateContext>(c => c.ExploratoryWithRisk || !c.LegalityPassed || c.Legality!.AdviserSignOff,
            "合法性审查意见仅由工作人员签署，没有法律顾问或者公职律师参与，不能作为提交集体讨论的依据", new LegalBasis(Basis.AdviserParticipation));
        var fairCompetition = Gate.For<DecisionGateContext>(c => !c.Decision.AffectsBusiness || c.FairCompetition is { MayBeIssued: true },
            "决策草案涉及市场主体经济活动，尚无公平竞争审查结论（或者结论为违反审查标准）", new LegalBasis(Basis.FairCompetition));
        var approved = Gate.For<DecisionGateContext>(c => c.Meeting is { Outcome: MeetingOutcome.Approved },
            "尚无集体讨论通过的会议纪要", new LegalBasis(Basis.Meeting));
        var partyReported = Gate.For<DecisionGateContext>(c => c.Decision.PartyReportedOn is not null,
            "重大行政决策出台前应当向同级党委请示报告，尚未报告的不得公布", new LegalBasis(Basis.PartyReport));

        string[] preparing = Preparing;
        return new ProcedureDefinition(Key, 1, "重大行政决策")
        {
            States = States,
            InitialState = Proposed,
            Actions =
            [
                Step(Initiate, "决策启动（确定承办单位）", [Proposed], Initiated, decide),
                Step(StartDrafting, "拟订决策草案", [Initiated], Drafting, handle),
                Step(OpenConsultation, "公开征求意见", [Drafting], PublicParticipation, handle),
                Step(RecordHearing, "记录听证会", [Drafting, PublicParticipation], PublicParticipation, handle),
                Step(RecordParticipationExemption, "载明不听取公众意见的理由（依法不予公开）", [Drafting], Drafting, handle),
                Step(StartExpertReview, "组织专家论证", [Drafting, PublicParticipation], ExpertReview, handle),
                Step(RecordExpertOpinion, "记录专家论证意见", [ExpertReview], ExpertReview, handle),
                Step(StartRiskAssessment, "开展风险评估", [Drafting, PublicParticipation, ExpertReview], RiskAssessment, handle),
                Step(RecordRiskAssessment, "形成风险评估报告", [RiskAssessment], RiskAssessment, handle),
                Step(SubmitFairCompetition, "送公平竞争审查", preparing[..^1], FairCompetitionReview, handle),
                Step(SubmitLegalityReview, "送合法性审查", preparing, LegalityReview, handle) with
                {
                    Gates = procedures,
                    Clocks = [ClockEffect.Start(LegalityClock)],
                },
                Step(SubmitDiscussion, "提请集体讨论", [.. preparing, LegalityReview], CollectiveDecision, handle) with
                {
                    Gates = [.. package, legality, adviser, fairCompetition],
                    Clocks = [ClockEffect.Stop(LegalityClock)],
                },
                Step(RecordMinutes, "集体讨论决定（会议纪要）", [CollectiveDecision], CollectiveDecision, decide),
                Step(ReportToParty, "向党委请示报告", [CollectiveDecision], PartyReport, decide) with { Gates = [approved] },
                Step(Publish, "公布决策", [CollectiveDecision, PartyReport], Published, decide) with { Gates = [approved, partyReported] },
                Step(Archive, "决策档案归档", [Published], Archived, handle),
                Step(Implement, "组织执行", [Archived], Implementing, handle),
                Step(Evaluate, "决策后评估", [Implementing, PostEvaluation], PostEvaluation, handle),
                Step(Adjust, "决策调整", [Implementing, PostEvaluation], Adjusted, decide),
                Step(Suspend, "停止（暂停）执行", [Published, Archived, Implementing, PostEvaluation], Suspended, decide),
                Step(ReturnToDrafting, "退回修改草案", [.. preparing[1..], LegalityReview, CollectiveDecision], Drafting, handle) with
                {
                    Clocks = [ClockEffect.Stop(LegalityClock)],
                },
            ],
            Clocks =
            [
                new ClockRule(LegalityClock, "合法性审查时间（保障审查不少于7个工作日）", 7, ClockUnit.WorkingDays, new LegalBasis(Basis.LegalityWindow)),
            ],
        };
    }
}
