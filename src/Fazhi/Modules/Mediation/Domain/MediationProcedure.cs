using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Mediation.Domain;

/// <summary>What the gates look at: the case, the step's date and the input of an agreement or failure.</summary>
public sealed record MediationGateContext(MediationCase Case, DateOnly On, DateOnly? ConfirmationDue)
{
    public AgreementForm? Form { get; init; }

    /// <summary>各方当事人签名、盖章或者按指印，调解员签名并加盖人民调解委员会印章 (第二十九条).</summary>
    public bool PartiesSigned { get; init; }

    public bool MediatorSigned { get; init; }

    public bool Sealed { get; init; }

    public bool RoutesExplained { get; init; }

    /// <summary>双方当事人共同申请 (第三十三条).</summary>
    public bool JointApplication { get; init; }

    public bool WrittenAgreementComplete => Form != AgreementForm.Written || (PartiesSigned && MediatorSigned && Sealed);

    public bool WithinConfirmationWindow => ConfirmationDue is { } due && On <= due;
}

/// <summary>
/// 人民调解程序 (law.md §10, 人民调解法): 申请/主动调解/委派移送 → 受理 → 指定调解员 → 调解（调解记录）→ 达成协议（书面/口头）或
/// 调解不成 → 司法确认（可选，30日内共同申请）→ 履行监督 → 归档. A party's express refusal ends the case before it starts.
/// </summary>
public static class MediationProcedure
{
    public const string Key = "mediation.case";
    public const string SubjectType = "mediation.case";

    public const string Applied = "applied";
    public const string Accepted = "accepted";
    public const string Assigned = "assigned";
    public const string Mediating = "mediating";
    public const string Agreed = "agreed";
    public const string Failed = "failed";
    public const string Refused = "refused";
    public const string JudicialConfirmation = "judicial_confirmation";
    public const string Monitoring = "performance_monitored";
    public const string Archived = "archived";

    public const string Accept = "accept";
    public const string Refuse = "refuse";
    public const string Assign = "assign";
    public const string Start = "start";
    public const string RecordSession = "record_session";
    public const string Agree = "agree";
    public const string Fail = "fail";
    public const string ApplyConfirmation = "apply_confirmation";
    public const string RecordConfirmation = "record_confirmation";
    public const string Monitor = "monitor";
    public const string CheckPerformance = "check_performance";
    public const string Archive = "archive";

    public const string ConcludeClock = "conclude";
    public const string ConfirmationClock = "judicial_confirmation";

    public static readonly IReadOnlyList<ProcedureState> States =
    [
        new(Applied, "申请（待受理）"),
        new(Accepted, "已受理"),
        new(Assigned, "已指定调解员"),
        new(Mediating, "调解中"),
        new(Agreed, "已达成调解协议"),
        new(Failed, "调解不成（已终止）"),
        new(Refused, "当事人拒绝调解（不予调解）"),
        new(JudicialConfirmation, "申请司法确认中"),
        new(Monitoring, "履行监督"),
        new(Archived, "已归档"),
    ];

    public static string NameOf(string state) => States.FirstOrDefault(s => s.Key == state)?.Name ?? state;

    public static readonly ProcedureDefinition V1 = Create();

    private static ProcedureDefinition Create()
    {
        string[] handle = [MediationPermissions.Handle];
        static ProcedureAction Step(string key, string name, string[] from, string to, string[] who) => new(key, name, from, to) { Permissions = who };

        var written = Gate.For<MediationGateContext>(c => c.WrittenAgreementComplete,
            "书面调解协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效：尚未全部签名盖章", new LegalBasis(Basis.Agreement));
        var routes = Gate.For<MediationGateContext>(c => c.RoutesExplained,
            "调解不成的，应当终止调解，并依据有关法律、法规的规定，告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利：尚未告知", new LegalBasis(Basis.Failure));
        var window = Gate.For<MediationGateContext>(c => c.WithinConfirmationWindow,
            "双方当事人应当自调解协议生效之日起三十日内共同向人民法院申请司法确认：已超过三十日", new LegalBasis(Basis.JudicialConfirmation));
        var joint = Gate.For<MediationGateContext>(c => c.JointApplication,
            "司法确认须由双方当事人共同向人民法院申请", new LegalBasis(Basis.JudicialConfirmation));
        var performanceRecorded = Gate.For<MediationGateContext>(c => c.Case.State != Monitoring || c.Case.Performance is not null,
            "人民调解委员会应当对调解协议的履行情况进行监督：尚未记录履行情况，不能归档", new LegalBasis(Basis.Performance));

        return new ProcedureDefinition(Key, 1, "人民调解")
        {
            States = States,
            InitialState = Applied,
            Actions =
            [
                Step(Accept, "受理", [Applied], Accepted, handle) with { Clocks = [ClockEffect.Start(ConcludeClock)] },
                Step(Refuse, "当事人明确拒绝调解（不予调解）", [Applied, Accepted, Assigned], Refused, handle) with { Clocks = [ClockEffect.Stop(ConcludeClock)] },
                Step(Assign, "指定调解员", [Accepted], Assigned, handle),
                Step(Start, "开始调解", [Assigned], Mediating, handle),
                Step(RecordSession, "记录调解情况", [Mediating], Mediating, handle),
                Step(Agree, "达成调解协议", [Mediating], Agreed, handle) with
                {
                    Gates = [written],
                    Clocks = [ClockEffect.Stop(ConcludeClock), ClockEffect.Start(ConfirmationClock)],
                },
                Step(Fail, "调解不成，终止调解", [Mediating], Failed, handle) with { Gates = [routes], Clocks = [ClockEffect.Stop(ConcludeClock)] },
                Step(ApplyConfirmation, "当事人共同申请司法确认", [Agreed], JudicialConfirmation, handle) with
                {
                    Gates = [joint, window],
                    Clocks = [ClockEffect.Stop(ConfirmationClock)],
                },
                Step(RecordConfirmation, "记录司法确认结果", [JudicialConfirmation], Monitoring, handle),
                Step(Monitor, "转入履行监督（不申请司法确认）", [Agreed], Monitoring, handle) with { Clocks = [ClockEffect.Stop(ConfirmationClock)] },
                Step(CheckPerformance, "记录协议履行情况", [Monitoring], Monitoring, handle),
                Step(Archive, "立卷归档", [Monitoring, Failed, Refused], Archived, handle) with { Gates = [performanceRecorded] },
            ],
            Clocks =
            [
                new ClockRule(ConcludeClock, "调解期限（一般在一个月内调结）", 1, ClockUnit.Months, new LegalBasis(Basis.SoftClock)),
                new ClockRule(ConfirmationClock, "申请司法确认期限（协议生效之日起三十日内）", 30, ClockUnit.CalendarDays, new LegalBasis(Basis.JudicialConfirmation)),
            ],
        };
    }
}
