using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.FairCompetition.Domain;

/// <summary>
/// 审查依据体系 (the legal regime a review runs under): which standard set, which articles each gate cites and which
/// exception grounds may be invoked. A measure keeps the regime its date selected (law.md §0.2).
/// </summary>
public sealed record ReviewRegime(
    string SetKey,
    string ProcedureKey,
    string Name,
    LegalBasis Standards,
    LegalBasis Exception,
    LegalBasis Conclusion,
    LegalBasis Issue,
    IReadOnlyList<string> ExceptionGrounds,
    string AlternativeLabel)
{
    public static readonly ReviewRegime Rules2021 = new(
        ReviewStandardCatalog.Rules2021,
        "fair_competition.review.rules2021",
        "公平竞争审查（国发〔2016〕34号、2021年实施细则）",
        new("《公平竞争审查制度实施细则》（2021年）第十三条至第十六条"),
        new("《国务院关于在市场体系建设中建立公平竞争审查制度的意见》（国发〔2016〕34号）例外规定；《公平竞争审查制度实施细则》（2021年）"),
        new("《国务院关于在市场体系建设中建立公平竞争审查制度的意见》（国发〔2016〕34号）；《公平竞争审查制度实施细则》（2021年）"),
        new("《国务院关于在市场体系建设中建立公平竞争审查制度的意见》（国发〔2016〕34号）：没有进行公平竞争审查的，不得出台；具有排除、限制竞争效果的，应当不予出台"),
        [
            "维护国家经济安全、文化安全、科技安全或者涉及国防建设",
            "为实现扶贫开发、救灾救助等社会保障目的",
            "为实现节约能源资源、保护生态环境、维护公共卫生健康安全等社会公共利益",
            "法律、行政法规规定的其他情形",
        ],
        "对实现政策目的不可或缺，且不会严重排除和限制市场竞争");

    public static readonly ReviewRegime Regulation2024 = new(
        ReviewStandardCatalog.Regulation2024,
        "fair_competition.review.regulation2024",
        "公平竞争审查（《公平竞争审查条例》）",
        new("《公平竞争审查条例》第八条至第十一条、第十七条"),
        new("《公平竞争审查条例》第十二条、第十七条"),
        new("《公平竞争审查条例》第十七条"),
        new("《公平竞争审查条例》第十八条"),
        [
            "为维护国家安全和发展利益",
            "为促进科学技术进步、增强国家自主创新能力",
            "为实现节约能源、保护环境、救灾救助等社会公共利益",
            "法律、行政法规规定的其他情形",
        ],
        "没有对公平竞争影响更小的替代方案");

    public static readonly IReadOnlyList<ReviewRegime> All = [Rules2021, Regulation2024];

    public static ReviewRegime For(string setKey) =>
        All.FirstOrDefault(r => r.SetKey == setKey) ?? throw new InvalidOperationException($"未知的审查标准体系 {setKey}");
}

/// <summary>What the gates look at: the review with its answers, the items of its standard set, and the step's input.</summary>
public sealed record ReviewContext(FairCompetitionReview Review, IReadOnlyList<ReviewStandard> Standards)
{
    /// <summary>Answers being submitted by an 逐项审查 step (null on other steps).</summary>
    public IReadOnlyList<AnswerInput>? PendingAnswers { get; init; }

    /// <summary>The written conclusion being submitted by the conclude step.</summary>
    public string? ConclusionText { get; init; }

    public IEnumerable<ReviewStandard> Unanswered =>
        Standards.Where(s => Review.CurrentAnswers.All(a => a.StandardCode != s.Code));
}

/// <summary>
/// 公平竞争审查程序 (law.md §5): 登记 → 识别是否涉及经营者经济活动 → 逐项自我审查 → 书面审查结论 → (修改后重新审查) → 出台.
/// One definition per regime so each gate cites the instrument the measure is reviewed under.
/// </summary>
public static class FairCompetitionProcedure
{
    public const string SubjectType = "fair_competition.review";

    public const string Registered = "registered";
    public const string SelfReview = "self_review";
    public const string Concluded = "concluded";
    public const string Issued = "issued";

    public const string DetermineNotAffecting = "determine_not_affecting";
    public const string DetermineAffecting = "determine_affecting";
    public const string Answer = "answer";
    public const string Conclude = "conclude";
    public const string Revise = "revise";
    public const string Issue = "issue";

    public static ProcedureDefinition For(ReviewRegime regime) => new(regime.ProcedureKey, 1, regime.Name)
    {
        States =
        [
            new(Registered, "已登记，待识别"),
            new(SelfReview, "自我审查中"),
            new(Concluded, "已作出审查结论"),
            new(Issued, "已出台"),
        ],
        InitialState = Registered,
        Actions =
        [
            new(DetermineNotAffecting, "识别为不涉及经营者经济活动", [Registered], Concluded) { Permissions = [FairCompetitionPermissions.Review] },
            new(DetermineAffecting, "识别为涉及经营者经济活动", [Registered], SelfReview) { Permissions = [FairCompetitionPermissions.Review] },
            new(Answer, "逐项审查", [SelfReview], SelfReview)
            {
                Permissions = [FairCompetitionPermissions.Review],
                Gates = [ExceptionsComplete(regime, c => c.PendingAnswers ?? [])],
            },
            new(Conclude, "作出书面审查结论", [SelfReview], Concluded)
            {
                Permissions = [FairCompetitionPermissions.Review],
                Gates =
                [
                    Gate.For<ReviewContext>(c => !c.Unanswered.Any(), "审查标准尚有未逐项审查的条目，不能作出审查结论", regime.Standards),
                    ExceptionsComplete(regime, c => c.Review.CurrentAnswers.Select(AnswerInput.From)),
                    Gate.For<ReviewContext>(c => !string.IsNullOrWhiteSpace(c.ConclusionText), "审查结论应当以书面形式作出，请填写审查结论", regime.Conclusion),
                ],
            },
            new(Revise, "修改后重新审查", [Concluded], SelfReview)
            {
                Permissions = [FairCompetitionPermissions.Review],
                Gates = [Gate.For<ReviewContext>(c => c.Review.AffectsBusiness == true, "不涉及经营者经济活动的政策措施无需逐项审查", regime.Standards)],
            },
            new(Issue, "登记出台", [Registered, SelfReview, Concluded], Issued)
            {
                Permissions = [FairCompetitionPermissions.Issue],
                Gates =
                [
                    Gate.For<ReviewContext>(c => c.Review.Status == ReviewStatus.Concluded, "未经公平竞争审查（尚未作出审查结论）的政策措施，不得出台", regime.Issue),
                    Gate.For<ReviewContext>(c => c.Review.Conclusion != Contracts.FairCompetitionConclusion.Violating,
                        "经审查违反审查标准且不符合例外规定的政策措施，不得出台；请修改后重新审查", regime.Issue),
                ],
            },
        ],
    };

    private static Gate ExceptionsComplete(ReviewRegime regime, Func<ReviewContext, IEnumerable<AnswerInput>> answers) =>
        Gate.For<ReviewContext>(
            c => answers(c).Where(a => a.Verdict == ChecklistVerdict.Exception).All(a => a.ExceptionIsComplete),
            $"适用例外规定的，应当写明适用情形和理由，确认{regime.AlternativeLabel}，并确定合理的实施期限或者终止条件",
            regime.Exception);
}
