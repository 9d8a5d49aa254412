using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.NormativeDocuments.Domain;

/// <summary>What the gates of the procedure look at: the document, the step's date and the other modules' answers.</summary>
public sealed record DocumentGateContext(
    NormativeDocument Document,
    DateOnly On,
    LegalityOpinionStatus? Legality,
    FairCompetitionStatus? FairCompetition,
    DateOnly? ConsultationDueOn);

/// <summary>
/// 规范性文件制定程序 (law.md §4): plan → draft → 公开征求意见 → 公平竞争审查 → 合法性审核 (hard gate) → 集体审议 →
/// 统一登记、统一编号、统一印发 → 公布 → 备案 → 有效 → 实施后评估 → 失效 / 修改 / 废止 / 宣布失效.
/// </summary>
public static class NormativeDocumentProcedure
{
    public const string Key = "normative_documents.document";
    public const string SubjectType = "normative_documents.document";

    public const string StartDrafting = "start_drafting";
    public const string OpenConsultation = "open_consultation";
    public const string CloseConsultation = "close_consultation";
    public const string SubmitFairCompetition = "submit_fair_competition";
    public const string SubmitLegalityReview = "submit_legality_review";
    public const string SubmitDeliberation = "submit_deliberation";
    public const string ReturnToDrafting = "return_to_drafting";
    public const string Deliberate = "deliberate";
    public const string Register = "register";
    public const string Publish = "publish";
    public const string File = "file";
    public const string Evaluate = "evaluate";
    public const string Expire = "expire";
    public const string Amend = "amend";
    public const string Repeal = "repeal";
    public const string DeclareInvalid = "declare_invalid";
    public const string Import = "import";

    public const string ConsultationClock = "consultation";
    public const string LegalityClock = "legality_review";
    public const string FilingClock = "filing";

    /// <summary>《公平竞争审查条例》 in force from this day; before it 国发〔2016〕34号 governed (law.md §0.2).</summary>
    public static readonly DateOnly FairCompetitionRegulationInForce = new(2024, 8, 1);

    public const string LegalityBasis = "国办发〔2018〕37号《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（未经合法性审核或者经审核不合法的，不得提交集体审议）";
    public const string ConsultationBasis = "国办发〔2018〕37号《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（严格制发程序：公开征求意见）";
    public const string FairCompetitionBeforeDeliberationBasis = "《广东省优化营商环境条例》第四十七条（未经公平竞争审查的，不得提交审议）";
    public const string FairCompetitionBasis = "《公平竞争审查条例》第十八条（未经公平竞争审查或者经审查违反规定的，不得出台）";
    public const string FairCompetitionBasisBefore2024 = "国发〔2016〕34号《国务院关于在市场体系建设中建立公平竞争审查制度的意见》（没有进行公平竞争审查的，不得出台）";

    /// <summary>Document statuses whose documents were published (the public list shows exactly these).</summary>
    public static readonly IReadOnlyList<NormativeDocumentStatus> PublishedStatuses =
    [
        NormativeDocumentStatus.Published, NormativeDocumentStatus.InForce, NormativeDocumentStatus.Expired,
        NormativeDocumentStatus.Amended, NormativeDocumentStatus.Repealed, NormativeDocumentStatus.DeclaredInvalid,
    ];

    public static readonly IReadOnlyList<NormativeDocumentStatus> ValidStatuses = [NormativeDocumentStatus.Published, NormativeDocumentStatus.InForce];

    /// <summary>The import actions: a ledger row enters the procedure directly in its recorded status.</summary>
    public static string ImportAction(NormativeDocumentStatus status) => status switch
    {
        NormativeDocumentStatus.InForce => Import,
        _ => $"{Import}_{State(status)}",
    };

    public static string State(NormativeDocumentStatus status) => status.ToString();

    public static ProcedureDefinition Create(NormativeDocumentOptions options)
    {
        string[] manage = [NormativeDocumentsPermissions.Manage];
        string[] valid = [State(NormativeDocumentStatus.Published), State(NormativeDocumentStatus.InForce)];
        ProcedureAction Step(string key, string name, NormativeDocumentStatus[] from, NormativeDocumentStatus to) =>
            new(key, name, from.Select(State).ToList(), State(to)) { Permissions = manage };

        var opinionIssued = Gate.For<DocumentGateContext>(c => c.Legality is { OpinionIssued: true },
            "未经合法性审核（合法性审核意见尚未出具）的规范性文件，不得提交集体审议", new LegalBasis(LegalityBasis));
        var opinionNotUnlawful = Gate.For<DocumentGateContext>(c => c.Legality is not { OpinionIssued: true, Conclusion: ReviewConclusion.Unlawful },
            "经合法性审核不合法的规范性文件，不得提交集体审议", new LegalBasis(LegalityBasis));
        var fairCompetitionConcluded = Gate.For<DocumentGateContext>(c => !c.Document.AffectsBusiness || c.FairCompetition is { Concluded: true },
            "涉及经营者经济活动的规范性文件，未经公平竞争审查的，不得提交审议", new LegalBasis(FairCompetitionBeforeDeliberationBasis));
        var consultationHeld = Gate.For<DocumentGateContext>(c => !c.Document.RequiresConsultation || c.Document.ConsultationEndedOn is not null,
            "涉及群众切身利益或者权利义务的规范性文件，应当先向社会公开征求意见", new LegalBasis(ConsultationBasis));
        var consultationPeriodMet = Gate.For<DocumentGateContext>(c => c.ConsultationDueOn is not { } due || c.On >= due,
            $"公开征求意见的时间不得少于{options.ConsultationDays}日，期限届满前不得结束征求意见", new LegalBasis(ConsultationBasis));

        // The same rule under the instrument in force on the step's date (law.md §0.2): only the failing one is cited.
        const string mayNotIssue = "涉及经营者经济活动的规范性文件未经公平竞争审查，或者经审查违反审查标准的，不得登记印发";
        var mayBeIssued = Gate.For<DocumentGateContext>(c => c.On < FairCompetitionRegulationInForce || MayBeIssued(c),
            mayNotIssue, new LegalBasis(FairCompetitionBasis));
        var mayBeIssuedBefore2024 = Gate.For<DocumentGateContext>(c => c.On >= FairCompetitionRegulationInForce || MayBeIssued(c),
            mayNotIssue, new LegalBasis(FairCompetitionBasisBefore2024));

        var drafting = new[] { NormativeDocumentStatus.Drafting };
        var validFrom = new[] { NormativeDocumentStatus.Published, NormativeDocumentStatus.InForce };
        var actions = new List<ProcedureAction>
        {
            Step(StartDrafting, "开始起草", [NormativeDocumentStatus.Planned], NormativeDocumentStatus.Drafting),
            Step(OpenConsultation, "公开征求意见", drafting, NormativeDocumentStatus.PublicConsultation) with
            {
                Clocks = [ClockEffect.Start(ConsultationClock)],
            },
            Step(CloseConsultation, "结束征求意见", [NormativeDocumentStatus.PublicConsultation], NormativeDocumentStatus.Drafting) with
            {
                Gates = [consultationPeriodMet],
                Clocks = [ClockEffect.Stop(ConsultationClock)],
            },
            Step(SubmitFairCompetition, "送公平竞争审查", drafting, NormativeDocumentStatus.FairCompetitionReview),
            Step(SubmitLegalityReview, "送合法性审核", [NormativeDocumentStatus.Drafting, NormativeDocumentStatus.FairCompetitionReview], NormativeDocumentStatus.LegalityReview) with
            {
                Gates = [consultationHeld],
                Clocks = [ClockEffect.Start(LegalityClock)],
            },
            Step(SubmitDeliberation, "提请集体审议", [NormativeDocumentStatus.LegalityReview], NormativeDocumentStatus.AwaitingDeliberation) with
            {
                Gates = [opinionIssued, opinionNotUnlawful, fairCompetitionConcluded],
                Clocks = [ClockEffect.Stop(LegalityClock)],
            },
            Step(ReturnToDrafting, "退回修改", [NormativeDocumentStatus.LegalityReview, NormativeDocumentStatus.AwaitingDeliberation, NormativeDocumentStatus.FairCompetitionReview], NormativeDocumentStatus.Drafting) with
            {
                Clocks = [ClockEffect.Stop(LegalityClock)],
            },
            Step(Deliberate, "集体审议通过", [NormativeDocumentStatus.AwaitingDeliberation], NormativeDocumentStatus.Approved),
            Step(Register, "统一登记、统一编号、统一印发", [NormativeDocumentStatus.Approved], NormativeDocumentStatus.Registered) with
            {
                Gates = [mayBeIssued, mayBeIssuedBefore2024],
            },
            Step(Publish, "向社会公布", [NormativeDocumentStatus.Registered], NormativeDocumentStatus.Published) with
            {
                Clocks = [ClockEffect.Start(FilingClock)],
            },
            Step(File, "报送备案", [NormativeDocumentStatus.Published], NormativeDocumentStatus.InForce) with
            {
                Clocks = [ClockEffect.Stop(FilingClock)],
            },
            Step(Evaluate, "实施后评估", [NormativeDocumentStatus.InForce], NormativeDocumentStatus.InForce),
            new(Expire, "有效期届满失效", valid, State(NormativeDocumentStatus.Expired)) { Roles = [Roles.Admin], Clocks = [ClockEffect.Stop(FilingClock)] },
            Step(Amend, "修改（由新文件替代）", validFrom, NormativeDocumentStatus.Amended) with { Clocks = [ClockEffect.Stop(FilingClock)] },
            Step(Repeal, "废止", validFrom, NormativeDocumentStatus.Repealed) with { Clocks = [ClockEffect.Stop(FilingClock)] },
            Step(DeclareInvalid, "宣布失效", validFrom, NormativeDocumentStatus.DeclaredInvalid) with { Clocks = [ClockEffect.Stop(FilingClock)] },
        };

        foreach (var status in new[] { NormativeDocumentStatus.InForce, NormativeDocumentStatus.Expired, NormativeDocumentStatus.Amended, NormativeDocumentStatus.Repealed, NormativeDocumentStatus.DeclaredInvalid })
        {
            actions.Add(Step(ImportAction(status), "台账导入", [NormativeDocumentStatus.Planned], status));
        }

        return new ProcedureDefinition(Key, 1, "行政规范性文件制定与管理")
        {
            States = Enum.GetValues<NormativeDocumentStatus>().Select(s => new ProcedureState(State(s), Names.Of(s))).ToList(),
            InitialState = State(NormativeDocumentStatus.Planned),
            Actions = actions,
            Clocks =
            [
                new ClockRule(ConsultationClock, "公开征求意见期限", options.ConsultationDays, ClockUnit.CalendarDays, new LegalBasis(ConsultationBasis + "；期限按地方规定配置")),
                new ClockRule(LegalityClock, "合法性审核期限", options.LegalityReviewWorkingDays, ClockUnit.WorkingDays,
                    new LegalBasis("国办发〔2018〕115号《关于全面推行行政规范性文件合法性审核机制的指导意见》（审核时间一般不少于5个工作日、最长不超过15个工作日，按地方规定配置）")),
                new ClockRule(FilingClock, "报送备案期限", options.FilingDays, ClockUnit.CalendarDays,
                    new LegalBasis("《广东省行政规范性文件管理规定》（粤府令第277号）；《东莞市行政规范性文件管理办法》（公布后报送备案，期限按地方规定配置）")),
            ],
        };
    }

    private static bool MayBeIssued(DocumentGateContext c) => !c.Document.AffectsBusiness || c.FairCompetition is { MayBeIssued: true };
}
