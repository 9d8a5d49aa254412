using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.LegalityReview.Domain;

/// <summary>What the review's gates look at: the record as it stands plus what the step is about to record.</summary>
public sealed record ReviewGate(
    ReviewDocumentType DocumentType,
    bool OpinionIssued,
    ReviewConclusion? Conclusion,
    bool AllItemsAnswered,
    bool ReviewerAssigned,
    bool ActorIsReviewer,
    bool Decided,
    ReviewConclusion? ProposedConclusion = null,
    int ProposedItems = 0);

/// <summary>
/// 合法性审查程序 (law.md §3): 登记 → 送审 → 材料审核（退回补正则停止计时，重新送审后重新计算）→ 审查 → 出具意见 → 逐条反馈 →
/// 决定 → 归档; before the opinion the submitting unit may 撤回 (the clock stops; the case is closed unreviewed). The review period is a per-region, per-type setting (law.md §3 marks 5/10 WD as [U]), but a clock's length
/// is part of its rule, so there is one definition variant per length; a case keeps the variant it was submitted under.
/// A major decision draft has its own variants, never shorter than 7 WD (《重大行政决策程序暂行条例》第二十六条).
/// </summary>
public static class ReviewProcedure
{
    public const string SubjectType = "legality_review";
    public const string ClockKey = "review";
    public const int MaxDays = 30;
    public const int MajorDecisionMinimumDays = 7;

    public static readonly LegalBasis MajorDecisionPrecedes = new("《重大行政决策程序暂行条例》第二十五条");
    public static readonly LegalBasis MajorDecisionWindow = new("《重大行政决策程序暂行条例》第二十六条");
    public static readonly LegalBasis MajorDecisionAdviser = new("《重大行政决策程序暂行条例》第二十八条");
    public static readonly LegalBasis NormativeDocument = new("国办发〔2018〕37号《关于加强行政规范性文件制定和监督管理工作的通知》");
    public static readonly LegalBasis EnforcementDecision = new("《中华人民共和国行政处罚法》第五十八条");
    public static readonly LegalBasis General = new("中办、国办《关于推行法律顾问制度和公职律师公司律师制度的意见》（2016）及本镇合法性审查规定");

    public const string Registered = "registered";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Reviewing = "reviewing";
    public const string OpinionIssued = "opinion_issued";
    public const string Handled = "handled";
    public const string Decided = "decided";
    public const string Archived = "archived";
    public const string Withdrawn = "withdrawn";

    public const string Submit = "submit";
    public const string Accept = "accept";
    public const string Return = "return";
    public const string Resubmit = "resubmit";
    public const string Assign = "assign";
    public const string Extend = "extend";
    public const string Issue = "issue";
    public const string Answer = "answer";
    public const string Decide = "decide";
    public const string Archive = "archive";
    public const string Withdraw = "withdraw";

    /// <summary>The basis that forbids deciding this type of matter without a review opinion.</summary>
    public static LegalBasis DecisionBasis(ReviewDocumentType type) => type switch
    {
        ReviewDocumentType.MajorDecisionDraft => MajorDecisionPrecedes,
        ReviewDocumentType.NormativeDocumentDraft => NormativeDocument,
        ReviewDocumentType.MajorEnforcementDecision => EnforcementDecision,
        ReviewDocumentType.PartyDocument or ReviewDocumentType.GovernmentDocument or ReviewDocumentType.Contract or ReviewDocumentType.Other => General,
    };

    public static string Key(ReviewDocumentType type, int days) =>
        type == ReviewDocumentType.MajorDecisionDraft ? $"legality_review.major.wd{days:00}" : $"legality_review.wd{days:00}";

    /// <summary>Every variant: general 1–30 WD, major decision drafts 7–30 WD.</summary>
    public static IEnumerable<ProcedureDefinition> All() =>
        Enumerable.Range(1, MaxDays).Select(d => Build(ReviewDocumentType.GovernmentDocument, d))
            .Concat(Enumerable.Range(MajorDecisionMinimumDays, MaxDays - MajorDecisionMinimumDays + 1).Select(d => Build(ReviewDocumentType.MajorDecisionDraft, d)));

    /// <summary>One gate per legal basis, so a refusal cites the article that governs the type of matter being decided.</summary>
    private static List<Gate> DecisionGates()
    {
        LegalBasis[] bases = [MajorDecisionPrecedes, NormativeDocument, EnforcementDecision, General];
        var gates = bases.Select(basis => Gate.For<ReviewGate>(g => DecisionBasis(g.DocumentType) != basis || g.OpinionIssued,
            "未出具合法性审查意见，不得作出决定", basis)).ToList();
        gates.Add(Gate.For<ReviewGate>(g => !g.OpinionIssued || g.AllItemsAnswered, "送审单位尚未逐条反馈审查意见的采纳情况，不得作出决定", General));
        gates.AddRange(bases.Select(basis => Gate.For<ReviewGate>(g => DecisionBasis(g.DocumentType) != basis || g.Conclusion != ReviewConclusion.Unlawful,
            "经审查不合法的，不得提交讨论决定", basis)));
        return gates;
    }

    private static ProcedureDefinition Build(ReviewDocumentType type, int days)
    {
        var major = type == ReviewDocumentType.MajorDecisionDraft;
        var clock = major
            ? new ClockRule(ClockKey, "合法性审查期限（重大行政决策草案）", days, ClockUnit.WorkingDays,
                new($"{MajorDecisionWindow.Citation}（审查时间一般不少于7个工作日）；本镇设定{days}个工作日"))
            : new ClockRule(ClockKey, "合法性审查期限", days, ClockUnit.WorkingDays,
                new($"本镇合法性审查规定按送审类型设定{days}个工作日（无全国统一期限，见 law.md §3）"));
        string[] review = [LegalityReviewPermissions.Review];
        string[] submit = [LegalityReviewPermissions.Submit];
        string[] decide = [LegalityReviewPermissions.Decide];
        return new ProcedureDefinition(Key(type, days), 1, "合法性审查")
        {
            States =
            [
                new(Registered, "已登记"), new(Submitted, "已送审（材料审核）"), new(Returned, "退回补充材料"), new(Reviewing, "审查中"),
                new(OpinionIssued, "已出具审查意见"), new(Handled, "已反馈采纳情况"), new(Decided, "已作出决定"), new(Archived, "已归档"),
                new(Withdrawn, "已撤回"),
            ],
            InitialState = Registered,
            Clocks = [clock with { MaxExtension = MaxDays }],
            Actions =
            [
                new(Submit, "送审", [Registered], Submitted) { Permissions = submit, Clocks = [ClockEffect.Start(ClockKey)] },
                new(Accept, "材料齐全，受理审查", [Submitted], Reviewing) { Permissions = review },
                new(Return, "退回补充材料", [Submitted], Returned) { Permissions = review, Clocks = [ClockEffect.Stop(ClockKey)] },
                new(Resubmit, "补充材料后重新送审", [Returned], Submitted) { Permissions = submit, Clocks = [ClockEffect.Start(ClockKey)] },
                new(Assign, "指定审查人员", [Reviewing], Reviewing) { Permissions = review },
                new(Extend, "延长审查期限", [Reviewing], Reviewing) { Permissions = review, Clocks = [ClockEffect.Extend(ClockKey)] },
                new(Issue, "出具审查意见", [Reviewing], OpinionIssued)
                {
                    Permissions = review,
                    Clocks = [ClockEffect.Stop(ClockKey)],
                    Gates =
                    [
                        Gate.For<ReviewGate>(g => g.ReviewerAssigned, "尚未指定审查人员，不能出具审查意见", major ? MajorDecisionAdviser : General),
                        Gate.For<ReviewGate>(g => !g.ReviewerAssigned || g.ActorIsReviewer, "审查意见应由指定的审查人员签署出具", major ? MajorDecisionAdviser : General),
                        Gate.For<ReviewGate>(g => g.ProposedConclusion is null or ReviewConclusion.Lawful || g.ProposedItems > 0,
                            "审查结论为“修改后合法”或“不合法”的，应逐条列明审查意见", General),
                    ],
                },
                // Offered after the opinion too, so the refusal says why instead of only naming the state.
                new(Withdraw, "撤回送审", [Registered, Submitted, Returned, Reviewing, OpinionIssued, Handled], Withdrawn)
                {
                    Permissions = submit,
                    Clocks = [ClockEffect.Stop(ClockKey)],
                    Gates =
                    [
                        Gate.For<ReviewGate>(g => !g.OpinionIssued,
                            "已出具合法性审查意见的，不能撤回：审查意见应由送审单位逐条反馈采纳情况并存档备查；修改后的草案应重新送审", General),
                    ],
                },
                new(Answer, "逐条反馈采纳情况", [OpinionIssued], Handled) { Permissions = submit },
                new(Decide, "作出决定", [Registered, Submitted, Returned, Reviewing, OpinionIssued, Handled], Decided)
                {
                    Permissions = decide,
                    Gates = DecisionGates(),
                },
                new(Archive, "归档", [Decided, Handled], Archived)
                {
                    Permissions = decide,
                    Gates = [Gate.For<ReviewGate>(g => g.Decided || g.Conclusion == ReviewConclusion.Unlawful, "尚未作出决定，不得归档（经审查不合法、不提请决定的除外）", General)],
                },
            ],
        };
    }
}
