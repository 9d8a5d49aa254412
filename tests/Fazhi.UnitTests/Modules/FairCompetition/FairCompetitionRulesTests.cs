using Fazhi.Modules.FairCompetition;
using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.Extensions.Time.Testing;

namespace Fazhi.UnitTests.Modules.FairCompetition;

public sealed class FairCompetitionRulesTests
{
    private const string Town = "441900199";
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly WorkingDayCalendar Calendar = new(ShippedCalendarSource.ShippedSchedules());
    private static readonly ProcedureActor Reviewer = new("r1", "审查员", new HashSet<string> { FairCompetitionPermissions.Review, FairCompetitionPermissions.Issue }, new HashSet<string>());

    private static readonly ProcedureMachine Machine = new(
        new ProcedureRegistry(ReviewRegime.All.Select(FairCompetitionProcedure.For)),
        new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), LegalDate.ChinaOffset)));

    private static (FairCompetitionReview Review, ProcedureInstance Instance, List<ReviewStandard> Standards) Registered(ReviewRegime regime)
    {
        var review = new FairCompetitionReview(Town, null, null, "关于扶持本镇企业发展的若干措施", "经济发展办", MeasureKind.Other, new DateOnly(2025, 5, 6),
            regime.SetKey, null, "clerk", DateTime.UnixEpoch);
        var instance = Machine.Start(regime.ProcedureKey, FairCompetitionProcedure.SubjectType, review.Id, Town, Reviewer, new DateOnly(2025, 5, 6)).Instance;
        return (review, instance, ReviewStandardCatalog.Items.Where(s => s.SetKey == regime.SetKey).ToList());
    }

    private static void Step(FairCompetitionReview review, ProcedureInstance instance, List<ReviewStandard> standards, string action, ReviewContext? context = null) =>
        Machine.Apply(instance, action, Reviewer, context ?? new ReviewContext(review, standards), new StepInput(), Calendar);

    private static (FairCompetitionReview Review, ProcedureInstance Instance, List<ReviewStandard> Standards) InSelfReview(ReviewRegime regime)
    {
        var (review, instance, standards) = Registered(regime);
        Step(review, instance, standards, FairCompetitionProcedure.DetermineAffecting);
        review.Determine(true, "涉及对企业的财政奖励", Today, "r1", DateTime.UnixEpoch);
        return (review, instance, standards);
    }

    private static void AnswerAll(FairCompetitionReview review, List<ReviewStandard> standards, ChecklistVerdict first = ChecklistVerdict.Complies) =>
        review.Answer(standards.Select((s, i) => new AnswerInput(s.Code, i == 0 ? first : ChecklistVerdict.Complies, i == 0 ? "第三条限定本地企业" : null)), "r1", DateTime.UnixEpoch);

    [Theory]
    [InlineData("2022-05-10", ReviewStandardCatalog.Rules2021)]
    [InlineData("2021-06-29", ReviewStandardCatalog.Rules2021)]
    [InlineData("2024-07-31", ReviewStandardCatalog.Rules2021)]
    [InlineData("2024-08-01", ReviewStandardCatalog.Regulation2024)]
    [InlineData("2025-03-01", ReviewStandardCatalog.Regulation2024)]
    public void StandardSet_IsChosenByTheMeasureDate_RegulationFrom20240801(string date, string expected) =>
        Assert.Equal(expected, ReviewStandardCatalog.SetFor(DateOnly.Parse(date), ReviewStandardCatalog.Sets)!.Key);

    [Fact]
    public void StandardSet_MeasureDatedBeforeThe2021Rules_HasNoSetHeld() =>
        Assert.Null(ReviewStandardCatalog.SetFor(new DateOnly(2021, 6, 28), ReviewStandardCatalog.Sets));

    [Fact]
    public void Standards_RegulationItems_CiteArticles8To11_AndRules2021_HaveThe18Standards()
    {
        var regulation = ReviewStandardCatalog.Items.Where(s => s.SetKey == ReviewStandardCatalog.Regulation2024).ToList();
        var rules = ReviewStandardCatalog.Items.Where(s => s.SetKey == ReviewStandardCatalog.Rules2021).ToList();
        Assert.Equal(19, regulation.Count);
        Assert.All(regulation, s => Assert.Matches("^《公平竞争审查条例》第(八|九|十|十一)条第（[一二三四五六]）项$", s.Article));
        Assert.Equal(["八", "九", "十", "十一"], regulation.Select(s => System.Text.RegularExpressions.Regex.Match(s.Article, "》第(.+?)条").Groups[1].Value).Distinct());
        Assert.Equal(18, rules.Count);
        Assert.All(rules, s => Assert.StartsWith("《公平竞争审查制度实施细则》", s.Article));
        Assert.Equal(4, rules.Select(s => s.Category).Distinct().Count());
    }

    [Theory]
    [InlineData(new[] { ChecklistVerdict.Complies, ChecklistVerdict.Violates, ChecklistVerdict.Exception }, 1, FairCompetitionConclusion.Violating)]
    [InlineData(new[] { ChecklistVerdict.Complies, ChecklistVerdict.Exception }, 1, FairCompetitionConclusion.CompliantUnderException)]
    [InlineData(new[] { ChecklistVerdict.Complies, ChecklistVerdict.Complies }, 1, FairCompetitionConclusion.Compliant)]
    [InlineData(new[] { ChecklistVerdict.Complies, ChecklistVerdict.Complies }, 2, FairCompetitionConclusion.RevisedToComply)]
    public void Conclusion_FollowsTheAnswers_AnyViolationViolates(ChecklistVerdict[] verdicts, int round, FairCompetitionConclusion expected) =>
        Assert.Equal(expected, FairCompetitionReview.ConclusionFrom(verdicts, round));

    [Fact]
    public void Conclude_IsRefused_WhileAChecklistItemIsUnanswered_CitingArticle17()
    {
        var (review, instance, standards) = InSelfReview(ReviewRegime.Regulation2024);
        review.Answer(standards.Skip(1).Select(s => new AnswerInput(s.Code, ChecklistVerdict.Complies)), "r1", DateTime.UnixEpoch);
        var refused = Assert.Throws<DomainRuleException>(() =>
            Step(review, instance, standards, FairCompetitionProcedure.Conclude, new ReviewContext(review, standards) { ConclusionText = "符合" }));
        Assert.Contains("未逐项审查", refused.Message);
        Assert.Contains("《公平竞争审查条例》第八条至第十一条、第十七条", refused.LegalBasis);

        review.Answer([new AnswerInput(standards[0].Code, ChecklistVerdict.Complies)], "r1", DateTime.UnixEpoch);
        Step(review, instance, standards, FairCompetitionProcedure.Conclude, new ReviewContext(review, standards) { ConclusionText = "符合" });
        Assert.Equal(FairCompetitionProcedure.Concluded, instance.State);
    }

    [Fact]
    public void Conclude_IsRefused_WithoutAWrittenConclusion()
    {
        var (review, instance, standards) = InSelfReview(ReviewRegime.Regulation2024);
        AnswerAll(review, standards);
        var refused = Assert.Throws<DomainRuleException>(() => Step(review, instance, standards, FairCompetitionProcedure.Conclude));
        Assert.Equal("《公平竞争审查条例》第十七条", refused.LegalBasis);
    }

    [Fact]
    public void Exception_WithoutTerminationCondition_IsRefused_CitingArticle12()
    {
        var (review, instance, standards) = InSelfReview(ReviewRegime.Regulation2024);
        var ground = ReviewRegime.Regulation2024.ExceptionGrounds[2];
        var incomplete = new AnswerInput(standards[10].Code, ChecklistVerdict.Exception, null, ground, "新能源车充电设施补贴，为节能环保", null, true);
        var refused = Assert.Throws<DomainRuleException>(() =>
            Step(review, instance, standards, FairCompetitionProcedure.Answer, new ReviewContext(review, standards) { PendingAnswers = [incomplete] }));
        Assert.Contains("终止条件", refused.Message);
        Assert.Contains("《公平竞争审查条例》第十二条", refused.LegalBasis);

        Step(review, instance, standards, FairCompetitionProcedure.Answer,
            new ReviewContext(review, standards) { PendingAnswers = [incomplete with { TerminationCondition = "2027年12月31日止" }] });
        Assert.Equal(FairCompetitionProcedure.SelfReview, instance.State);
    }

    [Fact]
    public void Exception_WithoutConfirmingNoLessRestrictiveAlternative_IsRefused()
    {
        var (review, instance, standards) = InSelfReview(ReviewRegime.Regulation2024);
        var answer = new AnswerInput(standards[0].Code, ChecklistVerdict.Exception, null, ReviewRegime.Regulation2024.ExceptionGrounds[0], "理由", "两年", false);
        Assert.Throws<DomainRuleException>(() =>
            Step(review, instance, standards, FairCompetitionProcedure.Answer, new ReviewContext(review, standards) { PendingAnswers = [answer] }));
    }

    [Fact]
    public void Issue_IsRefused_WhenNotReviewed_CitingArticle18_AndFor2022Measures_CitingGuofa2016No34()
    {
        var (review, instance, standards) = Registered(ReviewRegime.Regulation2024);
        var refused = Assert.Throws<DomainRuleException>(() => Step(review, instance, standards, FairCompetitionProcedure.Issue));
        Assert.Equal("《公平竞争审查条例》第十八条", refused.LegalBasis);

        var (old, oldInstance, oldStandards) = Registered(ReviewRegime.Rules2021);
        var refusedOld = Assert.Throws<DomainRuleException>(() => Step(old, oldInstance, oldStandards, FairCompetitionProcedure.Issue));
        Assert.Contains("国发〔2016〕34号", refusedOld.LegalBasis);
    }

    [Fact]
    public void Issue_IsRefused_WhenViolating_AndAllowed_AfterRevisionComplies()
    {
        var (review, instance, standards) = InSelfReview(ReviewRegime.Regulation2024);
        AnswerAll(review, standards, ChecklistVerdict.Violates);
        Step(review, instance, standards, FairCompetitionProcedure.Conclude, new ReviewContext(review, standards) { ConclusionText = "违反第八条" });
        review.Conclude("违反第八条", null, Today, "r1", DateTime.UnixEpoch, 12);
        Assert.Equal(FairCompetitionConclusion.Violating, review.Conclusion);
        var refused = Assert.Throws<DomainRuleException>(() => Step(review, instance, standards, FairCompetitionProcedure.Issue));
        Assert.Equal("《公平竞争审查条例》第十八条", refused.LegalBasis);
        Assert.Contains("不得出台", refused.Message);

        Step(review, instance, standards, FairCompetitionProcedure.Revise);
        review.Revise();
        Assert.Empty(review.CurrentAnswers);
        AnswerAll(review, standards);
        Step(review, instance, standards, FairCompetitionProcedure.Conclude, new ReviewContext(review, standards) { ConclusionText = "已删除第三条" });
        review.Conclude("已删除第三条", null, Today, "r1", DateTime.UnixEpoch, 12);
        Assert.Equal(FairCompetitionConclusion.RevisedToComply, review.Conclusion);
        Step(review, instance, standards, FairCompetitionProcedure.Issue);
        Assert.Equal(FairCompetitionProcedure.Issued, instance.State);
        Assert.Equal(2, review.Conclusions.Count);
    }

    [Fact]
    public void ExceptionMeasure_GetsItsNextEvaluationDate_FromTheRegionCycle_WithExplanation()
    {
        var (review, _, standards) = InSelfReview(ReviewRegime.Regulation2024);
        review.Answer([.. standards.Skip(1).Select(s => new AnswerInput(s.Code, ChecklistVerdict.Complies)),
            new AnswerInput(standards[0].Code, ChecklistVerdict.Exception, null, ReviewRegime.Regulation2024.ExceptionGrounds[0], "理由", "两年", true)], "r1", DateTime.UnixEpoch);
        review.Conclude("适用例外", null, new DateOnly(2025, 8, 31), "r1", DateTime.UnixEpoch, 6);
        Assert.Equal(new DateOnly(2026, 2, 28), review.NextEvaluationOn);
        Assert.Contains("每6个月", review.EvaluationExplanation);
    }

    [Fact]
    public void NotAffectingBusiness_IsConcluded_AndMayBeIssued()
    {
        var (review, instance, standards) = Registered(ReviewRegime.Regulation2024);
        Step(review, instance, standards, FairCompetitionProcedure.DetermineNotAffecting);
        review.Determine(false, "内部管理制度，不涉及市场主体", Today, "r1", DateTime.UnixEpoch);
        Assert.Equal(FairCompetitionConclusion.NotAffectingBusiness, review.Conclusion);
        Assert.True(review.MayBeIssued);
        Step(review, instance, standards, FairCompetitionProcedure.Issue);
    }
}
