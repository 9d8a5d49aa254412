using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Litigation.Domain;

/// <summary>
/// 行政诉讼（本镇为被告）的应诉程序 (law.md §9): the complaint is served, the defence with the evidence and the
/// normative basis is due within 15 days (行政诉讼法第六十七条; late evidence counts as none, 第三十四条), hearings
/// record who appeared for the town (负责人出庭应诉), the judgment or ruling opens the appeal window (15 / 10 days,
/// 第八十五条), and an effective decision is performed.
/// </summary>
public static class LitigationProcedure
{
    public const string Key = "litigation.case";
    public const string SubjectType = "litigation.case";

    public const string Registered = "registered";
    public const string Served = "served";
    public const string Defended = "defended";
    public const string Judged = "judged";
    public const string Appealed = "appealed";
    public const string Effective = "effective";
    public const string Closed = "closed";

    public const string Serve = "serve";
    public const string Defend = "defend";
    public const string RecordHearing = "record_hearing";
    public const string RecordAppealHearing = "record_appeal_hearing";
    public const string RecordJudgment = "record_judgment";
    public const string RecordRuling = "record_ruling";
    public const string Appeal = "appeal";
    public const string BecomeEffective = "become_effective";
    public const string RecordAppealDecision = "record_appeal_decision";
    public const string Comply = "comply";

    /// <summary>Page and API verbs: "hearing" and "judge" pick the engine action by the case's instance and the outcome.</summary>
    public const string Hearing = "hearing";
    public const string Judge = "judge";

    public const string DefenceClock = "defence";
    public const string AppealJudgmentClock = "appeal_judgment";
    public const string AppealRulingClock = "appeal_ruling";

    public static readonly IReadOnlyList<ProcedureState> States =
    [
        new(Registered, "已登记"),
        new(Served, "待答辩"),
        new(Defended, "一审审理中"),
        new(Judged, "一审已裁判（上诉期内）"),
        new(Appealed, "二审审理中"),
        new(Effective, "裁判已生效"),
        new(Closed, "已结案"),
    ];

    public static string NameOf(string state) => States.FirstOrDefault(s => s.Key == state)?.Name ?? state;

    public static readonly ProcedureDefinition V1 = Build();

    private static ProcedureDefinition Build()
    {
        string[] handle = [LitigationPermissions.Handle];
        var appearance = Gate.For<LitigationContext>(c => c.Hearing is not { LeaderAppeared: false } h || (h.HasDelegate && h.HasExcuse),
            "行政机关负责人不能出庭的，应当说明理由（不可抗力、意外事件、需要履行他人不能代替的公务等正当事由）并委托相应的工作人员出庭", new LegalBasis(Basis.Appearance));
        var rank = Gate.For<LitigationContext>(c => c.Hearing is not { LeaderAppeared: true } h || h.HasRank,
            "出庭的负责人应为正职、副职或者其他参与分管的负责人，请选择其职务", new LegalBasis(Basis.Leader));
        return new ProcedureDefinition(Key, 1, "行政诉讼应诉")
        {
            States = States,
            InitialState = Registered,
            Clocks =
            [
                new ClockRule(DefenceClock, "提交答辩状、证据和规范性文件依据", 15, ClockUnit.CalendarDays, new LegalBasis(Basis.Defence)) { WarningWorkingDays = 5 },
                new ClockRule(AppealJudgmentClock, "不服判决的上诉期限", 15, ClockUnit.CalendarDays, new LegalBasis(Basis.AppealWindow)),
                new ClockRule(AppealRulingClock, "不服裁定的上诉期限", 10, ClockUnit.CalendarDays, new LegalBasis(Basis.AppealWindow)),
            ],
            Actions =
            [
                new(Serve, "收到起诉状副本", [Registered], Served) { Permissions = handle, Clocks = [ClockEffect.Start(DefenceClock)] },
                new(Defend, "提交答辩状、证据和依据", [Served], Defended) { Permissions = handle, Clocks = [ClockEffect.Stop(DefenceClock)] },
                new(RecordHearing, "记录开庭（出庭应诉情况）", [Defended], Defended) { Permissions = handle, Gates = [appearance, rank] },
                new(RecordAppealHearing, "记录二审开庭（出庭应诉情况）", [Appealed], Appealed) { Permissions = handle, Gates = [appearance, rank] },
                new(RecordJudgment, "收到一审判决", [Defended], Judged)
                {
                    Permissions = handle,
                    Gates = [Gate.For<LitigationContext>(c => c.Outcome is { } o && !o.IsRuling(), "请选择判决结果", new LegalBasis(Basis.Judgments))],
                    Clocks = [ClockEffect.Start(AppealJudgmentClock)],
                },
                new(RecordRuling, "收到一审裁定", [Defended], Judged)
                {
                    Permissions = handle,
                    Gates = [Gate.For<LitigationContext>(c => c.Outcome is { } o && o.IsRuling(), "请选择裁定结果", new LegalBasis(Basis.AppealWindow))],
                    Clocks = [ClockEffect.Start(AppealRulingClock)],
                },
                new(Appeal, "提起或收到上诉", [Judged], Appealed)
                {
                    Permissions = handle,
                    Clocks = [ClockEffect.Stop(AppealJudgmentClock), ClockEffect.Stop(AppealRulingClock)],
                },
                new(BecomeEffective, "上诉期满未上诉，裁判生效", [Judged], Effective)
                {
                    Permissions = handle,
                    Gates = [Gate.For<LitigationContext>(c => !c.WithinAppealWindow, "上诉期限届满前，一审裁判尚未发生法律效力", new LegalBasis(Basis.AppealWindow))],
                    Clocks = [ClockEffect.Stop(AppealJudgmentClock), ClockEffect.Stop(AppealRulingClock)],
                },
                new(RecordAppealDecision, "收到二审判决或裁定（终审）", [Appealed], Effective)
                {
                    Permissions = handle,
                    Gates = [Gate.For<LitigationContext>(c => c.Outcome is not null, "请选择二审裁判结果", new LegalBasis(Basis.AppealDecision))],
                },
                new(Comply, "履行生效裁判并结案", [Effective], Closed)
                {
                    Permissions = handle,
                    Gates = [Gate.For<LitigationContext>(c => !c.NeedsPerformance || c.HasNote, "败诉的，须写明履行生效裁判的情况", new LegalBasis(Basis.Performance))],
                },
            ],
        };
    }
}

/// <summary>What the gates of a litigation step look at.</summary>
public sealed record LitigationContext(LitigationCase Case, LitigationOutcome? Outcome, AppearanceFacts? Hearing, bool WithinAppealWindow, bool HasNote)
{
    public bool NeedsPerformance => Case.Outcome is { } o && o.IsLoss();
}

/// <summary>Who appeared for the town at a hearing being recorded.</summary>
public sealed record AppearanceFacts(bool LeaderAppeared, bool HasRank, bool HasDelegate, bool HasExcuse);

/// <summary>法律依据 of the module's rules.</summary>
public static class Basis
{
    public const string Defence = "《行政诉讼法》第六十七条、第三十四条";
    public const string LateEvidence = "《行政诉讼法》第三十四条第二款";
    public const string Appearance = "《行政诉讼法》第三条第三款、《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》第八条、第九条";
    public const string Leader = "《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》第二条";
    public const string Judgments = "《行政诉讼法》第六十九条至第七十八条";
    public const string AppealWindow = "《行政诉讼法》第八十五条";
    public const string AppealDecision = "《行政诉讼法》第八十九条";
    public const string Performance = "《行政诉讼法》第九十四条、第九十六条";
}
