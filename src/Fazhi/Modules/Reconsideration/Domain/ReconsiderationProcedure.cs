using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Reconsideration.Domain;

/// <summary>
/// 行政复议（本镇为被申请人）的办理程序 (law.md §8). Three definitions, one per rule set: the 2017 行政复议法 for
/// applications accepted before 2024-01-01 (reply 10 calendar days, art. 23 read with art. 40), and the 2023 revision
/// from that day (art. 90), 普通程序 (reply 10 working days, art. 48) or 简易程序 (reply 5 working days, art. 54;
/// decision 30 days, art. 62). <see cref="KeyFor"/> picks the set by the acceptance date (law.md §0.2).
/// </summary>
public static class ReconsiderationProcedure
{
    public const string SubjectType = "reconsideration.case";
    public const string Key2017 = "reconsideration.case.2017";
    public const string Key2023 = "reconsideration.case.2023";
    public const string Key2023Simplified = "reconsideration.case.2023.simplified";

    /// <summary>2023 行政复议法第九十条: in force from this day.</summary>
    public static readonly DateOnly Law2023From = new(2024, 1, 1);

    public const string Registered = "registered";
    public const string Accepted = "accepted";
    public const string AwaitingReply = "awaiting_reply";
    public const string UnderReview = "under_review";
    public const string Suspended = "suspended";
    public const string Decided = "decided";
    public const string OpinionPending = "opinion_pending";
    public const string Closed = "closed";

    public const string Accept = "accept";
    public const string ReceiveCopy = "receive_copy";
    public const string Reply = "reply";
    public const string RecordHearing = "record_hearing";
    public const string Suspend = "suspend";
    public const string Resume = "resume";
    public const string Extend = "extend";
    public const string Decide = "decide";
    public const string Terminate = "terminate";
    public const string ReceiveOpinion = "receive_opinion";
    public const string AnswerOpinion = "answer_opinion";
    public const string Comply = "comply";

    public const string ReplyClock = "reply";
    public const string DecisionClock = "decision";
    public const string OpinionClock = "opinion";

    public static readonly IReadOnlyList<ProcedureState> States =
    [
        new(Registered, "已登记"),
        new(Accepted, "已受理"),
        new(AwaitingReply, "待答复"),
        new(UnderReview, "审理中"),
        new(Suspended, "已中止"),
        new(Decided, "已作出复议决定"),
        new(OpinionPending, "意见书待答复"),
        new(Closed, "已结案"),
    ];

    /// <summary>The actions a user takes on the detail page (accept and receive_copy happen when a case is registered).</summary>
    public static readonly IReadOnlyList<string> UserActions = [Reply, RecordHearing, Suspend, Resume, Extend, Decide, Terminate, ReceiveOpinion, AnswerOpinion, Comply];

    public static string NameOf(string state) => States.FirstOrDefault(s => s.Key == state)?.Name ?? state;

    public static ReconsiderationLaw LawFor(DateOnly acceptedOn) => acceptedOn < Law2023From ? ReconsiderationLaw.Law2017 : ReconsiderationLaw.Law2023;

    /// <summary>The definition in force on the acceptance date for the track; 简易程序 did not exist before 2024.</summary>
    public static string KeyFor(DateOnly acceptedOn, ReconsiderationTrack track) => (LawFor(acceptedOn), track) switch
    {
        (ReconsiderationLaw.Law2017, ReconsiderationTrack.Ordinary) => Key2017,
        (ReconsiderationLaw.Law2017, ReconsiderationTrack.Simplified) => throw new DomainRuleException(
            "2024年1月1日前受理的行政复议案件适用2017年行政复议法，该法未规定简易程序", Basis.EffectiveDate2023),
        (ReconsiderationLaw.Law2023, ReconsiderationTrack.Ordinary) => Key2023,
        (ReconsiderationLaw.Law2023, ReconsiderationTrack.Simplified) => Key2023Simplified,
    };

    public static readonly ProcedureDefinition V2017 = Build(Key2017, "行政复议（2017年行政复议法）",
        new ClockRule(ReplyClock, "书面答复并提交证据、依据", 10, ClockUnit.CalendarDays, new LegalBasis(Basis.Reply2017)),
        new ClockRule(DecisionClock, "作出行政复议决定", 60, ClockUnit.CalendarDays, new LegalBasis(Basis.Decision2017)) { MaxExtension = 30 },
        new ClockRule(OpinionClock, "答复行政复议意见书", 60, ClockUnit.CalendarDays, new LegalBasis(Basis.Opinion2017)),
        Basis.Suspension2017, hearingBasis: null);

    public static readonly ProcedureDefinition V2023 = Build(Key2023, "行政复议（2023年行政复议法·普通程序）",
        new ClockRule(ReplyClock, "书面答复并提交证据、依据", 10, ClockUnit.WorkingDays, new LegalBasis(Basis.Reply2023)),
        new ClockRule(DecisionClock, "作出行政复议决定", 60, ClockUnit.CalendarDays, new LegalBasis(Basis.Decision2023)) { MaxExtension = 30 },
        new ClockRule(OpinionClock, "答复行政复议意见书", 60, ClockUnit.CalendarDays, new LegalBasis(Basis.Opinion2023)),
        Basis.Suspension2023, Basis.Hearing2023);

    public static readonly ProcedureDefinition V2023Simplified = Build(Key2023Simplified, "行政复议（2023年行政复议法·简易程序）",
        new ClockRule(ReplyClock, "书面答复并提交证据、依据", 5, ClockUnit.WorkingDays, new LegalBasis(Basis.ReplySimplified)) { WarningWorkingDays = 2 },
        new ClockRule(DecisionClock, "作出行政复议决定", 30, ClockUnit.CalendarDays, new LegalBasis(Basis.DecisionSimplified)),
        new ClockRule(OpinionClock, "答复行政复议意见书", 60, ClockUnit.CalendarDays, new LegalBasis(Basis.Opinion2023)),
        Basis.Suspension2023, Basis.Hearing2023);

    public static readonly IReadOnlyList<ProcedureDefinition> All = [V2017, V2023, V2023Simplified];

    private static ProcedureDefinition Build(string key, string name, ClockRule reply, ClockRule decision, ClockRule opinion, string suspensionBasis, string? hearingBasis)
    {
        string[] handle = [ReconsiderationPermissions.Handle];
        var hearingGates = hearingBasis is null
            ? []
            : new[]
            {
                Gate.For<ReconsiderationContext>(c => c.Hearing is not { LeaderAttended: false } h || (h.HasDelegate && h.HasReason),
                    "被申请人的负责人未参加听证的，应当说明理由并委托相应的工作人员参加", new LegalBasis(hearingBasis)),
            };
        return new ProcedureDefinition(key, 1, name)
        {
            States = States,
            InitialState = Registered,
            Clocks = [reply, decision, opinion],
            Actions =
            [
                new(Accept, "复议机关受理", [Registered], Accepted) { Permissions = handle, Clocks = [ClockEffect.Start(DecisionClock)] },
                new(ReceiveCopy, "收到申请书副本（答复通知）", [Accepted], AwaitingReply) { Permissions = handle, Clocks = [ClockEffect.Start(ReplyClock)] },
                new(Reply, "提出书面答复并提交证据、依据", [AwaitingReply], UnderReview) { Permissions = handle, Clocks = [ClockEffect.Stop(ReplyClock)] },
                new(RecordHearing, "记录听证（听取意见）", [UnderReview], UnderReview) { Permissions = handle, Gates = hearingGates },
                new(Suspend, "行政复议中止", [UnderReview], Suspended)
                {
                    Permissions = handle,
                    Gates = [Gate.For<ReconsiderationContext>(c => c.HasNote, "中止须载明中止的原因（复议机关的中止通知）", new LegalBasis(suspensionBasis))],
                    Clocks = [ClockEffect.Suspend(DecisionClock)],
                },
                new(Resume, "恢复审理", [Suspended], UnderReview) { Permissions = handle, Clocks = [ClockEffect.Resume(DecisionClock)] },
                new(Extend, "延长审理期限（复议机关批准）", [UnderReview], UnderReview) { Permissions = handle, Clocks = [ClockEffect.Extend(DecisionClock)] },
                new(Decide, "收到行政复议决定", [UnderReview], Decided)
                {
                    Permissions = handle,
                    Gates = [Gate.For<ReconsiderationContext>(c => c.Outcome is { } o && !o.IsTermination(), "请选择复议决定的结果（维持、驳回、撤销、变更、确认违法、确认无效或责令履行）", new LegalBasis(decision.Basis.Citation))],
                    Clocks = [ClockEffect.Stop(DecisionClock)],
                },
                new(Terminate, "行政复议终止（撤回申请或和解）", [AwaitingReply, UnderReview, Suspended], Decided)
                {
                    Permissions = handle,
                    Gates = [Gate.For<ReconsiderationContext>(c => c.Outcome is { } o && o.IsTermination(), "终止须注明是申请人撤回申请还是当事人和解", new LegalBasis(Basis.Termination(key)))],
                    Clocks = [ClockEffect.Stop(DecisionClock), ClockEffect.Stop(ReplyClock)],
                },
                new(ReceiveOpinion, "收到行政复议意见书", [Decided], OpinionPending) { Permissions = handle, Clocks = [ClockEffect.Start(OpinionClock)] },
                new(AnswerOpinion, "报送纠正情况（答复意见书）", [OpinionPending], Decided)
                {
                    Permissions = handle,
                    Gates = [Gate.For<ReconsiderationContext>(c => c.HasNote, "请写明纠正相关违法或者不当行政行为的情况", new LegalBasis(opinion.Basis.Citation))],
                    Clocks = [ClockEffect.Stop(OpinionClock)],
                },
                new(Comply, "履行复议决定并结案", [Decided], Closed)
                {
                    Permissions = handle,
                    Gates = [Gate.For<ReconsiderationContext>(c => !c.NeedsPerformance || c.HasNote, "复议决定撤销、变更、确认违法、确认无效或责令履行的，须写明履行情况", new LegalBasis(Basis.Performance(key)))],
                },
            ],
        };
    }
}

/// <summary>What the gates of a reconsideration step look at.</summary>
public sealed record ReconsiderationContext(ReconsiderationCase Case, ReconsiderationOutcome? Outcome, HearingFacts? Hearing, bool HasNote)
{
    public bool NeedsPerformance => Case.Outcome is { } o && o.IsCorrection();
}

/// <summary>The attendance facts of a hearing being recorded.</summary>
public sealed record HearingFacts(bool LeaderAttended, bool HasDelegate, bool HasReason);

/// <summary>法律依据 of the module's rules.</summary>
public static class Basis
{
    public const string Reply2017 = "《行政复议法》（2017年修正）第二十三条、第四十条";
    public const string Decision2017 = "《行政复议法》（2017年修正）第三十一条";
    public const string Opinion2017 = "《行政复议法实施条例》第五十七条";
    public const string Suspension2017 = "《行政复议法实施条例》第四十一条";
    public const string Termination2017 = "《行政复议法》（2017年修正）第二十五条、《行政复议法实施条例》第四十二条";
    public const string Performance2017 = "《行政复议法》（2017年修正）第三十二条";
    public const string Reply2023 = "《行政复议法》（2023年修订）第四十八条、第八十八条";
    public const string ReplySimplified = "《行政复议法》（2023年修订）第五十四条";
    public const string Decision2023 = "《行政复议法》（2023年修订）第六十二条";
    public const string DecisionSimplified = "《行政复议法》（2023年修订）第六十二条第二款";
    public const string Hearing2023 = "《行政复议法》（2023年修订）第五十一条";
    public const string Suspension2023 = "《行政复议法》（2023年修订）第三十九条";
    public const string Termination2023 = "《行政复议法》（2023年修订）第四十一条、第七十四条";
    public const string Opinion2023 = "《行政复议法》（2023年修订）第七十六条";
    public const string Performance2023 = "《行政复议法》（2023年修订）第七十七条";
    public const string EffectiveDate2023 = "《行政复议法》（2023年修订）第五十三条、第九十条";

    public static string Termination(string key) => key == ReconsiderationProcedure.Key2017 ? Termination2017 : Termination2023;

    public static string Performance(string key) => key == ReconsiderationProcedure.Key2017 ? Performance2017 : Performance2023;
}
