using Fazhi.Platform.Calendar;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Domain;

/// <summary>
/// What the gates of <see cref="OrdinaryProcedure"/> look at: the case as the step would leave it, its assigned
/// officers' records, the town's 法制审核目录, the working-day calendar, the step date, and the reviewer or hearing
/// presider named by the step.
/// </summary>
public sealed record CaseGateContext(
    EnforcementCase Case,
    IReadOnlyList<Officer> AssignedOfficers,
    IReadOnlyList<LegalReviewCatalogItem> Catalog,
    WorkingDayCalendar Calendar,
    DateOnly On,
    Officer? Reviewer = null,
    Officer? Presider = null,
    PaymentArrangement? Arrangement = null)
{
    public int CertifiedOfficersOn(DateOnly day) => AssignedOfficers.Count(o => o.HasValidCertificateOn(day));

    public IReadOnlyList<string> LegalReviewReasons => Case.LegalReviewReasons(Catalog);

    /// <summary>Review required ⇒ passed, and (when the hearing made it required or came after it) dated on or after the hearing.</summary>
    public bool LegalReviewSatisfied =>
        LegalReviewReasons.Count == 0
        || (Case.LegalReviewPassed == true && (Case.HearingHeldOn is null || Case.LegalReviewedOn >= Case.HearingHeldOn));

    public bool IsInvestigator(Officer? officer) => officer is not null && Case.Officers.Any(o => o.OfficerId == officer.Id);
}

/// <summary>
/// 行政处罚普通程序 (ordinary procedure, law.md §6.1) as a procedure definition: states, actions with their gates citing
/// the articles, and the clocks (90-day decision period, 5 WD statement/hearing-request period, 7 WD service,
/// 7/20 WD publication, 15-day payment).
/// </summary>
public static class OrdinaryProcedure
{
    public const string Key = "enforcement.case";

    public const string Clue = "clue";
    public const string NotFiled = "not_filed";
    public const string Filed = "filed";
    public const string Investigating = "investigating";
    public const string Reported = "reported";
    public const string Noticed = "noticed";
    public const string HearingRequested = "hearing_requested";
    public const string HearingScheduled = "hearing_scheduled";
    public const string DefenceClosed = "defence_closed";
    public const string Decided = "decided";
    public const string Transferred = "transferred";
    public const string Served = "served";
    public const string Published = "published";
    public const string Paid = "paid";
    public const string Closed = "closed";
    public const string SimpleDecided = "simple_decided";
    public const string SimpleFiled = "simple_filed";

    /// <summary>States in which the 90-day decision period runs and may be extended or have periods excluded.</summary>
    public static readonly string[] DecisionPeriodStates = [Filed, Investigating, Reported, Noticed, HearingRequested, HearingScheduled, DefenceClosed];

    /// <summary>States in which the fine is payable (暂缓/分期 may be applied for and instalments paid).</summary>
    public static readonly string[] PayableStates = [Served, Published, SimpleFiled];

    public const string DecisionClock = "decision";
    public const string StatementClock = "statement";
    public const string ServiceClock = "service";
    public const string PublicationPenaltyClock = "publication_penalty";
    public const string PublicationOtherClock = "publication_other";
    public const string PaymentClock = "payment";

    private static readonly string[] Handle = [EnforcementPermissions.Handle];
    private static readonly string[] Decide = [EnforcementPermissions.Decide];
    private static readonly string[] Review = [EnforcementPermissions.Review];

    private static readonly Gate FiledFirst = Gate.For<CaseGateContext>(
        c => c.Case.FiledOn is not null, "案件尚未立案，不得开展调查取证", new LegalBasis(Articles.FilingFirst));

    private static readonly Gate TwoCertifiedOfficers = Gate.For<CaseGateContext>(
        c => c.CertifiedOfficersOn(c.On) >= 2, "调查取证须由两名以上持有效行政执法证的执法人员进行", new LegalBasis(Articles.Officers));

    private static readonly Gate ReviewerQualified = Gate.For<CaseGateContext>(
        c => c.Reviewer is { IsLegalReviewer: true, Active: true }, "审核人须为本机关法制审核人员", new LegalBasis(Articles.ReviewerQualification));

    private static readonly Gate ReviewerHasLegalQualification = Gate.For<CaseGateContext>(
        c => c.Reviewer is null or { HasLegalQualification: true },
        "从事行政处罚决定法制审核的人员应当通过国家统一法律职业资格考试取得法律职业资格，该审核人未登记法律职业资格",
        new LegalBasis(Articles.ReviewerQualification));

    private static readonly Gate ReviewerSeparate = Gate.For<CaseGateContext>(
        c => !c.IsInvestigator(c.Reviewer), "法制审核人员不得审核本人承办的案件", new LegalBasis(Articles.ReviewSeparation));

    private static readonly Gate NoticeServed = Gate.For<CaseGateContext>(
        c => c.Case.NoticeServedOn is not null, "作出行政处罚决定前，须告知拟作出的处罚内容及事实、理由、依据和当事人的陈述、申辩、听证权利", new LegalBasis(Articles.Notice));

    private static readonly Gate DefenceHandled = Gate.For<CaseGateContext>(
        c => c.Case.State == DefenceClosed, "当事人的陈述、申辩期限未届满或者陈述、申辩尚未复核，不得作出决定", new LegalBasis(Articles.Defence));

    private static readonly Gate HearingCompleted = Gate.For<CaseGateContext>(
        c => c.Case.HearingRequestedOn is null || c.Case.HearingHeldOn is not null || c.Case.HearingWaived, "当事人要求听证的，须在听证结束后方可作出决定", new LegalBasis(Articles.HearingScope));

    private static readonly Gate LegalReviewPassed = Gate.For<CaseGateContext>(
        c => c.LegalReviewSatisfied, "未经法制审核或者审核未通过的，不得作出决定", new LegalBasis(Articles.LegalReview));

    private static readonly Gate CollectiveDiscussed = Gate.For<CaseGateContext>(
        c => !c.Case.RequiresCollectiveDiscussion || c.Case.DiscussedOn is not null, "情节复杂或者重大违法行为（含超出裁量基准的处罚），须经行政机关负责人集体讨论决定", new LegalBasis(Articles.CollectiveDiscussion));

    private static readonly Gate NotHeavierThanNotice = Gate.For<CaseGateContext>(
        c => c.Case.FineFen <= (c.Case.NoticedFineFen ?? 0), "决定的罚款不得高于告知的拟罚款数额；确需加重的，应当重新告知", new LegalBasis(Articles.NoHeavierPenalty));

    private static readonly Gate PenaltyProposed = Gate.For<CaseGateContext>(
        c => c.Case.ProposedOutcome == Domain.CaseOutcome.Penalty, "调查终结报告未提出给予行政处罚的意见，无需告知拟处罚", new LegalBasis(Articles.Notice));

    private static readonly Gate HearingRightStated = Gate.For<CaseGateContext>(
        c => !c.Case.HearingEligible || c.Case.HearingRightGranted, "拟作出的处罚属于听证范围，告知书须载明当事人有要求听证的权利", new LegalBasis(Articles.HearingScope));

    private static readonly Gate HearingRightHeld = Gate.For<CaseGateContext>(
        c => c.Case.HearingRightGranted, "告知书未载明听证权利，本案不属于听证范围", new LegalBasis(Articles.HearingScope));

    private static readonly Gate HearingRequestInTime = Gate.For<CaseGateContext>(
        c => c.Case.NoticeServedOn is { } served && c.Case.HearingRequestedOn <= HearingRules.RequestDeadline(c.Calendar, served).Due,
        "当事人应当在告知后五个工作日内提出听证要求，已逾期", new LegalBasis(Articles.HearingRequest));

    private static readonly Gate HearingNoticeEarly = Gate.For<CaseGateContext>(
        c => c.Case.HearingNoticeOn is { } notice && c.Case.HearingDate >= HearingRules.EarliestHearingDate(c.Calendar, notice).Due,
        "应当在举行听证的七个工作日前通知当事人听证的时间、地点", new LegalBasis(Articles.HearingNotice));

    private static readonly Gate PresiderNotInvestigator = Gate.For<CaseGateContext>(
        c => c.Presider is not null && !c.IsInvestigator(c.Presider), "听证须由行政机关指定的非本案调查人员主持", new LegalBasis(Articles.HearingPresider));

    private static readonly Gate DefencePeriodOver = Gate.For<CaseGateContext>(
        c => c.Case.NoticeServedOn is { } served
             && (c.On > HearingRules.RequestDeadline(c.Calendar, served).Due || (c.Case.DefenceRecordedOn is not null && !c.Case.HearingRightGranted)),
        "陈述、申辩及听证申请期限尚未届满，当事人也未明确放弃权利", new LegalBasis(Articles.Defence));

    private static readonly Gate ReviewBeforeDiscussion = Gate.For<CaseGateContext>(
        c => c.LegalReviewSatisfied, "需法制审核的案件，应先经法制审核再提交集体讨论", new LegalBasis(Articles.ReviewBeforeDiscussion));

    private static readonly Gate HasFine = Gate.For<CaseGateContext>(c => c.Case.FineFen > 0, "本决定无罚款，请使用“送达”", new LegalBasis(Articles.Payment));

    private static readonly Gate HasNoFine = Gate.For<CaseGateContext>(c => c.Case.FineFen == 0, "本决定有罚款，请使用“送达（含缴款期限）”", new LegalBasis(Articles.Payment));

    private static readonly Gate SimpleWithinLimits = Gate.For<CaseGateContext>(
        c => c.Case.WithinSimpleLimits,
        "简易程序仅适用于违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的行政处罚；超出的应当适用普通程序",
        new LegalBasis(Articles.SimpleProcedure));

    private static readonly Gate SimpleCertificateShown = Gate.For<CaseGateContext>(
        c => c.Case.CertificateShown, "执法人员当场作出行政处罚决定的，应当向当事人出示执法证件", new LegalBasis(Articles.SimpleCertificate));

    private static readonly Gate EducationRecorded = Gate.For<CaseGateContext>(
        c => c.Case.Outcome != Domain.CaseOutcome.NoPenalty || (c.Case.EducationOn is not null && c.Case.EducationSummary is not null),
        "依法不予行政处罚的，应当对当事人进行教育，请记录教育的时间和内容", new LegalBasis(Articles.Education));

    private static readonly Gate DeferralApplied = Gate.For<CaseGateContext>(
        c => c.Arrangement is not null, "当事人未提出暂缓或者分期缴纳罚款的申请", new LegalBasis(Articles.Deferral));

    private static readonly Gate NotYetPaid = Gate.For<CaseGateContext>(
        c => c.Case.FineFen > 0 && c.Case.PaidOn is null, "罚款已缴纳或本决定无罚款，无需暂缓或分期缴纳", new LegalBasis(Articles.Deferral));

    private static readonly Gate PublishedBeforeClosing = Gate.For<CaseGateContext>(
        c => c.Case.Outcome == Domain.CaseOutcome.Transfer || c.Case.Simplified || c.Case.PublishedOn is not null, "执法决定信息尚未公示", new LegalBasis(Articles.PublicationPenalty));

    private static readonly Gate PaidBeforeClosing = Gate.For<CaseGateContext>(
        c => c.Case.FineFen == 0 || c.Case.PaidOn is not null, "罚款尚未缴纳，不能结案（逾期不缴纳的依法加处罚款并申请强制执行）", new LegalBasis(Articles.Payment));

    public static readonly ProcedureDefinition V1 = new(Key, 1, "行政处罚普通程序")
    {
        States =
        [
            new(Clue, "线索登记"), new(NotFiled, "不予立案"), new(Filed, "已立案"), new(Investigating, "调查取证"),
            new(Reported, "调查终结"), new(Noticed, "已告知"), new(HearingRequested, "已申请听证"), new(HearingScheduled, "已通知听证"),
            new(DefenceClosed, "陈述申辩已处理"), new(Decided, "已作出决定"), new(Transferred, "已移送司法机关"), new(Served, "已送达"),
            new(Published, "已公示"), new(Paid, "已缴纳"), new(Closed, "已结案"),
            new(SimpleDecided, "当场处罚（简易程序）"), new(SimpleFiled, "已报备案（简易程序）"),
        ],
        InitialState = Clue,
        Clocks =
        [
            new ClockRule(DecisionClock, "办案期限（自立案之日起九十日内作出决定）", 90, ClockUnit.CalendarDays, new(Articles.DecisionPeriod))
            {
                WarningWorkingDays = 10,
                // 第六十条 sets no extension: sector rules do (law.md §6.2 ENF‑T1 [U]). The default is 市场监管's 30 days; a
                // deployment sets Fazhi:Procedures:enforcement.case:decision:MaxExtension for its sector.
                MaxExtension = 30,
                ExtensionBasis = new(Articles.DecisionPeriodExtension),
            },
            new ClockRule(StatementClock, "陈述、申辩及听证申请期限", HearingRules.RequestWorkingDays, ClockUnit.WorkingDays, new(Articles.HearingRequest)) { WarningWorkingDays = 1 },
            new ClockRule(ServiceClock, "决定书送达期限（当事人不在场）", 7, ClockUnit.WorkingDays, new(Articles.Service)),
            new ClockRule(PublicationPenaltyClock, "行政处罚决定公示期限", 7, ClockUnit.WorkingDays, new(Articles.PublicationPenalty)),
            new ClockRule(PublicationOtherClock, "执法决定信息公示期限", 20, ClockUnit.WorkingDays, new(Articles.PublicationOther)),
            new ClockRule(PaymentClock, "罚款缴纳期限（收到决定书之日起十五日内）", 15, ClockUnit.CalendarDays, new(Articles.Payment))
            {
                // 第六十六条第二款 sets no cap on 暂缓/分期 (law.md §7 [U] for local caps); two years bounds a mistyped date.
                MaxExtension = 730,
            },
        ],
        Actions =
        [
            new("file", "立案", [Clue], Filed) { Permissions = Decide, Clocks = [ClockEffect.Start(DecisionClock)] },
            new("decline", "不予立案", [Clue], NotFiled) { Permissions = Decide },
            new("investigate", "开始调查取证", [Clue, Filed], Investigating) { Permissions = Handle, Gates = [FiledFirst, TwoCertifiedOfficers] },
            new("record_evidence", "调查取证", [Investigating], Investigating) { Permissions = Handle, Gates = [TwoCertifiedOfficers] },
            new("report", "调查终结报告", [Investigating], Reported) { Permissions = Handle },
            new("return_investigation", "补充调查", [Reported], Investigating) { Permissions = [.. Handle, .. Review, .. Decide] },
            new("legal_review", "法制审核", [Reported], Reported) { Permissions = Review, Gates = [ReviewerQualified, ReviewerHasLegalQualification, ReviewerSeparate] },
            new("legal_review_after_defence", "法制审核", [DefenceClosed], DefenceClosed) { Permissions = Review, Gates = [ReviewerQualified, ReviewerHasLegalQualification, ReviewerSeparate] },
            new("notify", "告知（陈述、申辩、听证权利）", [Reported], Noticed) { Permissions = Handle, Gates = [PenaltyProposed, HearingRightStated], Clocks = [ClockEffect.Start(StatementClock)] },
            new("record_defence", "陈述申辩及复核", [Noticed], Noticed) { Permissions = Handle },
            new("waive_rights", "当事人明确放弃陈述申辩和听证", [Noticed], DefenceClosed) { Permissions = Handle, Clocks = [ClockEffect.Stop(StatementClock)] },
            new("close_defence", "陈述申辩期满", [Noticed], DefenceClosed) { Permissions = Handle, Gates = [DefencePeriodOver], Clocks = [ClockEffect.Stop(StatementClock)] },
            new("request_hearing", "当事人申请听证", [Noticed], HearingRequested) { Permissions = Handle, Gates = [HearingRightHeld, HearingRequestInTime], Clocks = [ClockEffect.Stop(StatementClock)] },
            new("schedule_hearing", "听证通知", [HearingRequested], HearingScheduled) { Permissions = Handle, Gates = [HearingNoticeEarly, PresiderNotInvestigator] },
            new("hold_hearing", "举行听证", [HearingScheduled], DefenceClosed) { Permissions = Handle },
            new("hearing_waived", "视为放弃听证", [HearingScheduled], DefenceClosed) { Permissions = Handle },
            new("collective_discussion", "负责人集体讨论", [DefenceClosed], DefenceClosed) { Permissions = Decide, Gates = [ReviewBeforeDiscussion] },
            new("collective_discussion_before_notice", "负责人集体讨论", [Reported], Reported) { Permissions = Decide, Gates = [ReviewBeforeDiscussion] },
            new("decide_penalty", "作出行政处罚决定", [Reported, Noticed, HearingRequested, HearingScheduled, DefenceClosed], Decided)
            {
                Permissions = Decide,
                Gates = [NoticeServed, DefenceHandled, HearingCompleted, LegalReviewPassed, CollectiveDiscussed, NotHeavierThanNotice],
                Clocks = [ClockEffect.Stop(DecisionClock), ClockEffect.Start(ServiceClock), ClockEffect.Start(PublicationPenaltyClock)],
            },
            new("decide_other", "作出不予行政处罚决定", [Reported, DefenceClosed], Decided)
            {
                Permissions = Decide,
                Gates = [LegalReviewPassed, CollectiveDiscussed, EducationRecorded],
                Clocks = [ClockEffect.Stop(DecisionClock), ClockEffect.Start(ServiceClock), ClockEffect.Start(PublicationOtherClock)],
            },
            new("transfer", "移送司法机关", [Filed, Investigating, Reported], Transferred) { Permissions = Decide, Clocks = [ClockEffect.Stop(DecisionClock)] },
            new("serve", "送达决定书", [Decided], Served) { Permissions = Handle, Gates = [HasNoFine], Clocks = [ClockEffect.Stop(ServiceClock)] },
            new("serve_with_fine", "送达决定书（起算缴款期限）", [Decided], Served) { Permissions = Handle, Gates = [HasFine], Clocks = [ClockEffect.Stop(ServiceClock), ClockEffect.Start(PaymentClock)] },
            new("publish", "公示执法决定", [Served, Paid], Published) { Permissions = Handle, Clocks = [ClockEffect.Stop(PublicationPenaltyClock), ClockEffect.Stop(PublicationOtherClock)] },
            new("record_payment", "缴纳罚款", [Served, Published, SimpleFiled], Paid) { Permissions = Handle, Gates = [HasFine], Clocks = [ClockEffect.Stop(PaymentClock)] },
            new("close", "结案", [Published, Paid, Transferred, SimpleFiled], Closed) { Permissions = Decide, Gates = [PublishedBeforeClosing, PaidBeforeClosing] },
            new("decide_simple", "当场作出行政处罚决定（简易程序）", [Clue], SimpleDecided)
            {
                Permissions = Handle,
                Gates = [TwoCertifiedOfficers, SimpleWithinLimits, SimpleCertificateShown],
            },
            new("decide_simple_fine", "当场作出罚款决定（简易程序，起算缴款期限）", [Clue], SimpleDecided)
            {
                Permissions = Handle,
                Gates = [TwoCertifiedOfficers, SimpleWithinLimits, SimpleCertificateShown],
                Clocks = [ClockEffect.Start(PaymentClock)],
            },
            new("file_simple", "报所属行政机关备案", [SimpleDecided], SimpleFiled) { Permissions = Handle },
            new("record_judicial_outcome", "登记司法机关处理结果", [Transferred], Transferred) { Permissions = Handle },
            new("record_judicial_outcome.closed", "登记司法机关处理结果", [Closed], Closed) { Permissions = Handle },
            .. PerState("extend_decision", "延长办案期限（经负责人批准）", DecisionPeriodStates, Decide, [], ClockEffect.Extend(DecisionClock)),
            .. PerState("exclude_decision", "办案期限扣除不计入的期间（听证、公告、检测、鉴定等）", DecisionPeriodStates, Handle, [], ClockEffect.Exclude(DecisionClock)),
            .. PerState("apply_deferral", "当事人申请暂缓或分期缴纳", PayableStates, Handle, [NotYetPaid], null),
            .. PerState("approve_deferral", "批准暂缓或分期缴纳（负责人）", PayableStates, Decide, [NotYetPaid, DeferralApplied], ClockEffect.Extend(PaymentClock)),
            .. PerState("record_instalment", "缴纳一期罚款", PayableStates, Handle, [HasFine], null),
        ],
    };

    /// <summary>A step that leaves the state as it is, offered in each of <paramref name="states"/> (engine key "name.state").</summary>
    private static IEnumerable<ProcedureAction> PerState(string key, string name, string[] states, string[] permissions, Gate[] gates, ClockEffect? effect) =>
        states.Select(s => new ProcedureAction($"{key}.{s}", name, [s], s) { Permissions = permissions, Gates = gates, Clocks = effect is null ? [] : [effect] });
}
