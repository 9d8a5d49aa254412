using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Web;

namespace Fazhi.UnitTests.Modules.Services;

/// <summary>The clocks of 行政许可法第三十二条、第四十二条、第四十四条、第四十五条 and 第八十二条 on the 2024 calendar.</summary>
public sealed class ApplicationClockTests
{
    private static readonly WorkingDayCalendar Calendar = new(ShippedCalendarSource.ShippedSchedules());

    private static ServiceMatter Matter(int statutory = 20, int committed = 20) => new("441900199", new MatterInput
    {
        Code = "M1",
        Name = "食品经营许可",
        Department = "市场监督管理分局",
        Type = MatterType.Licensing,
        LegalBasis = "《食品安全法》第三十五条",
        StatutoryDays = statutory,
        CommittedDays = committed,
        Category = "E",
    }, new DateOnly(2024, 1, 2));

    private static ServiceApplication Received(DateOnly on, int statutory = 20, int committed = 20)
    {
        var application = new ServiceApplication("441900199", Matter(statutory, committed), "S1", ApplicationChannel.Window, null, "张三", null, on, "test", DateTime.UtcNow);
        application.AcceptOnReceipt(Calendar);
        return application;
    }

    [Fact]
    public void DecisionDue_SkipsSpringFestival2024_AndCountsTheMakeUpSunday_0218()
    {
        // Accepted Thu 2024-02-08: 02-09 is day 1, 02-10…02-17 are the holiday, Sunday 02-18 is a make-up working day (day 2).
        var application = Received(new DateOnly(2024, 2, 8));

        Assert.Equal(new DateOnly(2024, 3, 13), application.StatutoryDueOn);
        var lines = application.Clocks(Calendar).Lines;
        Assert.Contains(lines, l => l.Contains("2024-02-12", StringComparison.Ordinal) && l.Contains("春节", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("调休上班日计入：2024-02-18", StringComparison.Ordinal));
    }

    [Fact]
    public void Extension_AddsTenWorkingDays_OnceWithApproval_Article42()
    {
        var application = Received(new DateOnly(2024, 2, 8));

        application.Extend(new DateOnly(2024, 3, 1), 10, "王局长", "需现场核查", Calendar);

        Assert.Equal(new DateOnly(2024, 3, 27), application.StatutoryDueOn);
        Assert.Equal(new DateOnly(2024, 3, 27), application.CommittedDueOn);
        Assert.Contains(application.Clocks(Calendar).Lines, l => l.Contains("经王局长批准延长10个工作日", StringComparison.Ordinal) && l.Contains("第四十二条", StringComparison.Ordinal));
        var again = Assert.Throws<DomainRuleException>(() => application.Extend(new DateOnly(2024, 3, 4), 2, "王局长", "再延", Calendar));
        Assert.Contains("只能延长一次", again.Message, StringComparison.Ordinal);
        Assert.Contains("第四十二条", again.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_CannotExceedTenWorkingDays_Article42()
    {
        var application = Received(new DateOnly(2024, 2, 8));

        var refused = Assert.Throws<DomainRuleException>(() => application.Extend(new DateOnly(2024, 3, 1), 11, "王局长", "需现场核查", Calendar));

        Assert.Contains("十日", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 3, 13), application.StatutoryDueOn);
    }

    [Fact]
    public void ExpertReview_IsExcluded_AndMovesTheDueDateByItsWorkingDays_Article45()
    {
        var application = Received(new DateOnly(2024, 2, 8));
        application.Extend(new DateOnly(2024, 3, 1), 10, "王局长", "需现场核查", Calendar);

        // 2024-03-04…03-11 holds 6 working days; 30 + 6 = 36 working days after 02-08 is Sunday 2024-04-07, the 清明 make-up day.
        application.Exclude(new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 11), "专家评审", Calendar);

        Assert.Equal(new DateOnly(2024, 4, 7), application.StatutoryDueOn);
        var lines = application.Clocks(Calendar).Lines;
        Assert.Contains(lines, l => l.Contains("专家评审", StringComparison.Ordinal) && l.Contains("6个工作日", StringComparison.Ordinal) && l.Contains("第四十五条", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("2024-04-04", StringComparison.Ordinal) && l.Contains("清明", StringComparison.Ordinal));
    }

    [Fact]
    public void Decision_WithinExcludedPeriod_IsRefused_Article45()
    {
        var application = Received(new DateOnly(2024, 2, 8));
        application.Exclude(new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 11), "检测", Calendar);

        var refused = Assert.Throws<DomainRuleException>(() => application.Decide(new DateOnly(2024, 3, 8), DecisionOutcome.Granted, Calendar));

        Assert.Contains("第四十五条", refused.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectionNotice_AfterFiveWorkingDays_IsRefused_DeemedAcceptedOnReceipt_Article32()
    {
        // Received Thu 2024-02-08: the five working days are 02-09, 02-18, 02-19, 02-20 and 02-21.
        var application = Received(new DateOnly(2024, 2, 8));

        var refused = Assert.Throws<DomainRuleException>(() => application.NotifyCorrection(new DateOnly(2024, 2, 22), "营业执照副本", Calendar));

        Assert.Contains("2024-02-21", refused.Message, StringComparison.Ordinal);
        Assert.Contains("即为受理", refused.Message, StringComparison.Ordinal);
        Assert.Contains("第三十二条", refused.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 2, 8), application.AcceptedOn);
    }

    [Fact]
    public void CorrectionNotice_WithinFiveWorkingDays_StopsTheClocks_UntilAccepted_Article32()
    {
        var application = Received(new DateOnly(2024, 2, 8));

        application.NotifyCorrection(new DateOnly(2024, 2, 21), "营业执照副本", Calendar);
        Assert.Null(application.StatutoryDueOn);
        application.Accept(new DateOnly(2024, 2, 26), Calendar);

        Assert.Equal(Calendar.AddWorkingDays(new DateOnly(2024, 2, 26), 20).Due, application.StatutoryDueOn);
    }

    [Fact]
    public void Certificate_IsDue_TenWorkingDaysAfterDecision_Article44()
    {
        var application = Received(new DateOnly(2024, 1, 29), 20, 5);

        application.Decide(new DateOnly(2024, 2, 8), DecisionOutcome.Granted, Calendar);

        // 02-09, 02-18, 02-19 … 02-23, 02-26, 02-27, 02-28: the tenth working day after 02-08.
        Assert.Equal(new DateOnly(2024, 2, 28), application.CertificateDueOn);
        Assert.True(application.OverCommitted);
        Assert.False(application.OverStatutory);
    }

    [Fact]
    public void InstantMatter_IsDue_OnTheDayOfAcceptance()
    {
        var application = Received(new DateOnly(2024, 2, 8), 5, 0);

        Assert.Equal(new DateOnly(2024, 2, 8), application.CommittedDueOn);
    }

    [Fact]
    public void CommittedTimeLimit_CannotExceedStatutory()
    {
        var refused = Assert.Throws<FieldValidationException>(() => Matter(10, 12));

        Assert.Contains("承诺时限不得超过法定时限", refused.Errors[nameof(MatterInput.CommittedDays)][0], StringComparison.Ordinal);
    }

    [Fact]
    public void DeficientAcceptance_CannotBeGranted_BeforeTheMaterialsAreSupplied()
    {
        var application = Received(new DateOnly(2024, 3, 1), 20, 5);
        application.AcceptWithDeficiency(new DateOnly(2024, 3, 1), "房产证复印件", new DateOnly(2024, 3, 8), Calendar);

        Assert.Throws<DomainRuleException>(() => application.Decide(new DateOnly(2024, 3, 5), DecisionOutcome.Granted, Calendar));
        application.SupplyDeficiency(new DateOnly(2024, 3, 6));
        application.Decide(new DateOnly(2024, 3, 7), DecisionOutcome.Granted, Calendar);

        Assert.Equal(ApplicationStatus.Decided, application.Status);
    }
}
