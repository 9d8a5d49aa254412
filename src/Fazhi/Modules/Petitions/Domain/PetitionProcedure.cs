using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Petitions.Domain;

/// <summary>What the gates look at: the petition, the date of the step and, for a 复查/复核 request, the window's last day.</summary>
public sealed record PetitionGateContext(Petition Petition, DateOnly On, DateOnly? WindowDue = null)
{
    public bool Classified => Petition.Category is not null;

    /// <summary>申诉求决类 not residual: goes to 诉讼、仲裁、复议 or the competent body (条例第三十一条).</summary>
    public bool BelongsToStatutoryChannel => Petition.Category == PetitionCategory.Grievance && !Petition.Residual;

    public bool WithinWindow => WindowDue is { } due && On <= due;
}

/// <summary>
/// 信访事项办理程序 (law.md §11): 登记 → 受理告知 (15日) → 分类 → 办理 (60日, 经批准延长不超过30日) → 处理意见书 →
/// 复查 (30日内申请、30日内答复) → 复核 (30日内申请、30日内答复, 听证时间不计入) → 终结. 申诉求决类 not residual goes to
/// the statutory channel; after 复核 the same matter is not accepted again.
/// </summary>
public static class PetitionProcedure
{
    public const string Key = "petitions.petition";
    public const string SubjectType = "petitions.petition";

    public const string Received = "received";
    public const string Registered = "registered";
    public const string Accepted = "accepted";
    public const string Routed = "routed";
    public const string Declined = "declined";
    public const string Answered = "answered";
    public const string Reviewing = "reviewing";
    public const string Reviewed = "reviewed";
    public const string Rechecking = "rechecking";
    public const string Final = "final";

    public const string Register = "register";
    public const string Accept = "accept";
    public const string Route = "route";
    public const string Decline = "decline";
    public const string Extend = "extend";
    public const string AnswerAction = "answer";
    public const string RequestReview = "request_review";
    public const string AnswerReview = "answer_review";
    public const string RequestRecheck = "request_recheck";
    public const string ExcludeHearing = "exclude_hearing";
    public const string AnswerRecheck = "answer_recheck";

    public const string AcknowledgeClock = "acknowledge";
    public const string HandleClock = "handle";
    public const string ReviewRequestClock = "review_request";
    public const string ReviewClock = "review";
    public const string RecheckRequestClock = "recheck_request";
    public const string RecheckClock = "recheck";

    public static readonly IReadOnlyList<ProcedureState> States =
    [
        new(Received, "收到"),
        new(Registered, "已登记（待受理告知）"),
        new(Accepted, "已受理，办理中"),
        new(Routed, "已告知通过法定途径办理"),
        new(Declined, "不予受理"),
        new(Answered, "已出具处理意见书"),
        new(Reviewing, "复查中"),
        new(Reviewed, "已出具复查意见"),
        new(Rechecking, "复核中"),
        new(Final, "复核终结"),
    ];

    public static string NameOf(string state) => States.FirstOrDefault(s => s.Key == state)?.Name ?? state;

    public static readonly ProcedureDefinition V1 = Create();

    private static ProcedureDefinition Create()
    {
        string[] handle = [PetitionsPermissions.Handle];
        string[] approve = [PetitionsPermissions.Approve];
        static ProcedureAction Step(string key, string name, string[] from, string to, string[] who) => new(key, name, from, to) { Permissions = who };

        var classified = Gate.For<PetitionGateContext>(c => c.Classified,
            "受理前应当区分建议意见类、检举控告类、申诉求决类信访事项", new LegalBasis(Basis.Classification));
        var notStatutory = Gate.For<PetitionGateContext>(c => !c.BelongsToStatutoryChannel,
            "申诉求决类事项应当导入诉讼、仲裁、行政复议等法定途径或者由有权机关依法履职处理，不在信访渠道受理（仅第三十一条第六项情形按信访程序办理）",
            new LegalBasis(Basis.StatutoryChannel));
        var notFinal = Gate.For<PetitionGateContext>(c => !c.Petition.PriorFinal,
            "同一信访人就同一事实和理由提出的信访事项已经复核终结，不再受理",
            new LegalBasis(Basis.NotAcceptedAgain));
        var statutory = Gate.For<PetitionGateContext>(c => c.BelongsToStatutoryChannel,
            "只有不属于第三十一条第六项情形的申诉求决类事项才导入法定途径", new LegalBasis(Basis.StatutoryChannel));
        var reviewWindow = Gate.For<PetitionGateContext>(c => c.WithinWindow,
            "信访人应当自收到书面答复之日起30日内请求复查，已超过期限", new LegalBasis(Basis.Review));
        var recheckWindow = Gate.For<PetitionGateContext>(c => c.WithinWindow,
            "信访人应当自收到复查意见之日起30日内请求复核，已超过期限", new LegalBasis(Basis.Recheck));

        return new ProcedureDefinition(Key, 1, "信访事项办理")
        {
            States = States,
            InitialState = Received,
            Actions =
            [
                Step(Register, "登记", [Received], Registered, handle) with { Clocks = [ClockEffect.Start(AcknowledgeClock)] },
                Step(Accept, "受理并书面告知", [Registered], Accepted, handle) with
                {
                    Gates = [classified, notStatutory, notFinal],
                    Clocks = [ClockEffect.Stop(AcknowledgeClock), ClockEffect.Start(HandleClock)],
                },
                Step(Route, "告知通过法定途径办理", [Registered], Routed, handle) with
                {
                    Gates = [classified, statutory],
                    Clocks = [ClockEffect.Stop(AcknowledgeClock)],
                },
                Step(Decline, "不予受理并告知", [Registered], Declined, handle) with { Clocks = [ClockEffect.Stop(AcknowledgeClock)] },
                Step(Extend, "批准延长办理期限", [Accepted], Accepted, approve) with { Clocks = [ClockEffect.Extend(HandleClock)] },
                Step(AnswerAction, "出具信访处理意见书", [Accepted], Answered, handle) with
                {
                    Clocks = [ClockEffect.Stop(HandleClock), ClockEffect.Start(ReviewRequestClock)],
                },
                Step(RequestReview, "信访人请求复查", [Answered], Reviewing, handle) with
                {
                    Gates = [reviewWindow],
                    Clocks = [ClockEffect.Stop(ReviewRequestClock), ClockEffect.Start(ReviewClock)],
                },
                Step(AnswerReview, "出具复查意见", [Reviewing], Reviewed, handle) with
                {
                    Clocks = [ClockEffect.Stop(ReviewClock), ClockEffect.Start(RecheckRequestClock)],
                },
                Step(RequestRecheck, "信访人请求复核", [Reviewed], Rechecking, handle) with
                {
                    Gates = [recheckWindow],
                    Clocks = [ClockEffect.Stop(RecheckRequestClock), ClockEffect.Start(RecheckClock)],
                },
                Step(ExcludeHearing, "复核听证（听证时间不计入期限）", [Rechecking], Rechecking, handle) with { Clocks = [ClockEffect.Exclude(RecheckClock)] },
                Step(AnswerRecheck, "出具复核意见", [Rechecking], Final, handle) with { Clocks = [ClockEffect.Stop(RecheckClock)] },
            ],
            Clocks =
            [
                new ClockRule(AcknowledgeClock, "受理告知期限", 15, ClockUnit.CalendarDays, new LegalBasis(Basis.Acknowledge)),
                new ClockRule(HandleClock, "办理期限", 60, ClockUnit.CalendarDays, new LegalBasis(Basis.Handling)) { MaxExtension = 30 },
                new ClockRule(ReviewRequestClock, "请求复查期限", 30, ClockUnit.CalendarDays, new LegalBasis(Basis.Review)) { WarningWorkingDays = 0 },
                new ClockRule(ReviewClock, "复查答复期限", 30, ClockUnit.CalendarDays, new LegalBasis(Basis.Review)),
                new ClockRule(RecheckRequestClock, "请求复核期限", 30, ClockUnit.CalendarDays, new LegalBasis(Basis.Recheck)) { WarningWorkingDays = 0 },
                new ClockRule(RecheckClock, "复核答复期限", 30, ClockUnit.CalendarDays, new LegalBasis(Basis.Recheck)),
            ],
        };
    }
}
