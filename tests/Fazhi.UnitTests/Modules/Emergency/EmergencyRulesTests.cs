using Fazhi.Modules.Emergency;
using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Web;

namespace Fazhi.UnitTests.Modules.Emergency;

/// <summary>The plan's rules without a database: the lifecycle gates, the drill and revision clocks on real dates, the supply shortfall.</summary>
public sealed class EmergencyRulesTests
{
    private static readonly EmergencyOptions Options = new();

    private static EmergencyPlan Plan(PlanClass planClass = PlanClass.Specialised, DateOnly? planned = null) =>
        new("441900199", "防汛防旱防风专项应急预案", planClass, "镇应急管理办公室", planned ?? new DateOnly(2021, 3, 1), "test", DateTime.UnixEpoch);

    private static EmergencyPlan Published(DateOnly published, PlanClass planClass = PlanClass.Specialised)
    {
        var plan = Plan(planClass, published.AddDays(-60));
        plan.Take(PlanStep.StartDrafting, published.AddDays(-50), "风险评估", "资源调查");
        plan.Take(PlanStep.Consult, published.AddDays(-30), "意见");
        plan.Take(PlanStep.Approve, published.AddDays(-10), "镇党政联席会议");
        plan.Take(PlanStep.Publish, published, "常府〔2021〕12号");
        return plan;
    }

    [Fact]
    public void Plan_CannotBeApproved_BeforeConsultation()
    {
        var plan = Plan();
        plan.Take(PlanStep.StartDrafting, new DateOnly(2021, 3, 10), "风险评估", "资源调查");

        var refusal = Assert.Throws<DomainRuleException>(() => plan.Take(PlanStep.Approve, new DateOnly(2021, 4, 1), "镇党政联席会议"));

        Assert.Contains("先征求", refusal.Message);
        Assert.Contains("《中华人民共和国突发事件应对法》（2007年）第十七条", refusal.LegalBasis);
        Assert.Equal(PlanStatus.Drafting, plan.Status);
    }

    [Fact]
    public void Plan_CannotGoToConsultation_WithoutRiskAssessmentAndResourceSurvey()
    {
        var plan = Plan();
        plan.Take(PlanStep.StartDrafting, new DateOnly(2021, 3, 10), "风险评估", null);

        var refusal = Assert.Throws<DomainRuleException>(() => plan.Take(PlanStep.Consult, new DateOnly(2021, 4, 1), null));

        Assert.Contains("风险评估和应急资源调查", refusal.Message);
        plan.RecordSurveys(null, "应急队伍、物资和避难场所");
        plan.Take(PlanStep.Consult, new DateOnly(2021, 4, 1), null);
        Assert.Equal(PlanStatus.Consulted, plan.Status);
    }

    [Fact]
    public void Plan_CannotBePublished_BeforeApproval_AndCitesThe2024LawAfterNovember2024()
    {
        var plan = Plan(planned: new DateOnly(2024, 10, 1));
        plan.Take(PlanStep.StartDrafting, new DateOnly(2024, 10, 10), "风险评估", "资源调查");
        plan.Take(PlanStep.Consult, new DateOnly(2024, 11, 5), null);

        var refusal = Assert.Throws<DomainRuleException>(() => plan.Take(PlanStep.Publish, new DateOnly(2024, 11, 20), "常府〔2024〕3号"));

        Assert.Equal("预案经审批后方可公布", refusal.Message);
        Assert.Contains("（2024年修订）第二十六条至第二十八条", refusal.LegalBasis);
        Assert.Contains("国办发〔2024〕5号", refusal.LegalBasis);
    }

    [Fact]
    public void Plan_ActCannotBeDated_BeforeThePreviousAct()
    {
        var plan = Plan();
        plan.Take(PlanStep.StartDrafting, new DateOnly(2021, 3, 10), "风险评估", "资源调查");

        var error = Assert.Throws<FieldValidationException>(() => plan.Take(PlanStep.Consult, new DateOnly(2021, 3, 9), null));

        Assert.Contains("不能早于2021-03-10", error.Errors["on"][0]);
    }

    [Fact]
    public void Drill_OfAPlanNotYetPublished_IsRefused_CitingArticle22()
    {
        var plan = Plan();

        var refusal = Assert.Throws<DomainRuleException>(() =>
            new Drill(plan, new DateOnly(2021, 6, 1), DrillKind.Field, "防汛演练", "镇应急办", 80, null, null, "test", DateTime.UnixEpoch));

        Assert.Equal("预案公布后方可组织演练", refusal.Message);
        Assert.Equal("《突发事件应急预案管理办法》（国办发〔2013〕101号）第二十二条", refusal.LegalBasis);
    }

    [Fact]
    public void Drill_DatedBeforeThePlanWasPublished_IsRefused()
    {
        var plan = Published(new DateOnly(2022, 5, 10));

        var refusal = Assert.Throws<DomainRuleException>(() =>
            new Drill(plan, new DateOnly(2022, 5, 9), DrillKind.Field, "防汛演练", "镇应急办", 80, null, null, "test", DateTime.UnixEpoch));

        Assert.Contains("2022-05-10", refusal.Message);
    }

    [Fact]
    public void DrillClock_SpecialisedPlan_IsDueThreeYearsAfterPublication_AcrossTheYearBoundary()
    {
        // Published on 2021-12-30: the cycle ends on the same-numbered day three years on, 2024-12-30 — overdue on 12-31.
        var plan = Published(new DateOnly(2021, 12, 30));

        var clock = PlanClocks.Drill(plan, Options)!;

        Assert.Equal(new DateOnly(2024, 12, 30), clock.DueOn);
        Assert.False(clock.OverdueOn(new DateOnly(2024, 12, 30)));
        Assert.True(clock.OverdueOn(new DateOnly(2024, 12, 31)));
        Assert.Contains("自预案公布（2021-12-30）起3年", clock.Explanation);
        Assert.Contains("第二十二条", clock.Basis);
    }

    [Fact]
    public void DrillClock_RestartsFromTheLastDrill_AndALeapDayDrillIsDueOn28February()
    {
        var plan = Published(new DateOnly(2022, 6, 15));
        _ = new Drill(plan, new DateOnly(2024, 2, 29), DrillKind.Tabletop, "桌面推演", "镇应急办", 25, null, null, "test", DateTime.UnixEpoch);

        var clock = PlanClocks.Drill(plan, Options)!;

        Assert.Equal(new DateOnly(2027, 2, 28), clock.DueOn);
        Assert.Contains("自上次演练（2024-02-29）起3年", clock.Explanation);
    }

    [Fact]
    public void DrillClock_CycleIsASetting_AndOverallPlansAreOffTheClockByDefault()
    {
        var overall = Published(new DateOnly(2022, 6, 15), PlanClass.Overall);
        Assert.Null(PlanClocks.Drill(overall, Options));

        var options = new EmergencyOptions { DrillCycleYears = 2, DrillOverallPlans = true };
        Assert.Equal(new DateOnly(2024, 6, 15), PlanClocks.Drill(overall, options)!.DueOn);
    }

    [Fact]
    public void RevisionClock_ATriggerOfArticle25_StartsTheRevisionDeadline_AndTheRevisionAnswersIt()
    {
        var plan = Published(new DateOnly(2022, 3, 1));
        var trigger = plan.RecordTrigger(new DateOnly(2022, 8, 31), TriggerKind.CommandChanged, "应急指挥部成员调整", Options.RevisionAfterTriggerMonths);

        var clock = PlanClocks.Revision(plan, Options)!;
        Assert.Equal(new DateOnly(2023, 2, 28), clock.DueOn);
        Assert.Contains("第二十五条", clock.Basis);

        var revision = plan.Revise(new DateOnly(2022, 11, 15), "调整指挥部成员", "常府〔2022〕88号", [trigger]);

        Assert.Equal(2, revision.Version);
        Assert.Equal(new DateOnly(2022, 11, 15), trigger.AnsweredOn);
        Assert.Null(PlanClocks.Revision(plan, Options));
        Assert.Equal(new DateOnly(2025, 11, 15), PlanClocks.Evaluation(plan, Options)!.DueOn);
    }

    [Fact]
    public void RevisionClock_EvaluationCycle_RunsFromTheLatestOfPublicationEvaluationAndRevision()
    {
        var plan = Published(new DateOnly(2021, 12, 30));
        Assert.Equal(new DateOnly(2024, 12, 30), PlanClocks.Evaluation(plan, Options)!.DueOn);

        plan.Evaluate(new DateOnly(2023, 1, 3), "预案基本适用", false, Options.RevisionAfterTriggerMonths);

        Assert.Equal(new DateOnly(2026, 1, 3), PlanClocks.Evaluation(plan, Options)!.DueOn);
    }

    [Fact]
    public void Plan_Withdrawn_IsNoLongerInForce_AndCannotBeRevised()
    {
        var plan = Published(new DateOnly(2022, 3, 1));
        plan.Take(PlanStep.Withdraw, new DateOnly(2023, 3, 1), "被新预案替代");

        Assert.True(plan.InForceOn(new DateOnly(2023, 2, 28)));
        Assert.False(plan.InForceOn(new DateOnly(2023, 3, 1)));
        Assert.Throws<DomainRuleException>(() => plan.Revise(new DateOnly(2023, 4, 1), "修订", null, []));
    }

    [Theory]
    [InlineData(125, 4, 500, 500, 0)]
    [InlineData(480, 1, 500, 480, 20)]
    [InlineData(249, 2, 500, 498, 1)]
    [InlineData(0, 0.5, 500, 0, 1000)]
    public void Supplies_CoverQuantityTimesPersonsPerUnit_AndTheShortfallIsInUnits(int quantity, double perUnit, int standard, int covered, int shortfall)
    {
        Assert.Equal(covered, SupplyItem.Covered(quantity, (decimal)perUnit));
        Assert.Equal(shortfall, SupplyItem.ShortfallUnits(quantity, (decimal)perUnit, standard));
    }

    [Fact]
    public void Patrol_RectificationDeadline_MustFollowThePatrol_AndRectificationCannotPrecedeIt()
    {
        Assert.Throws<FieldValidationException>(() =>
            new SafetyPatrol("441900199", "火车站广场", SiteKind.Crowded, new DateOnly(2022, 5, 5), "安全员", "消防通道堵塞", new DateOnly(2022, 5, 5), "test", DateTime.UnixEpoch));

        var patrol = new SafetyPatrol("441900199", "火车站广场", SiteKind.Crowded, new DateOnly(2022, 5, 5), "安全员", "消防通道堵塞", new DateOnly(2022, 5, 15), "test", DateTime.UnixEpoch);
        Assert.Throws<FieldValidationException>(() => patrol.Rectify(new DateOnly(2022, 5, 4), "已清理"));
        Assert.True(patrol.RectificationOverdueOn(new DateOnly(2022, 5, 16)));
        patrol.Rectify(new DateOnly(2022, 5, 12), "已清理");
        Assert.False(patrol.RectificationOverdueOn(new DateOnly(2022, 6, 1)));
    }
}
