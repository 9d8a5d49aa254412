using Fazhi.Modules.Supervision.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Web;

namespace Fazhi.UnitTests.Modules.Supervision;

/// <summary>The task's rules without a database: the reminder days on the real calendar and the 交办 → 销号 transitions.</summary>
public sealed class SupervisionRulesTests
{
    private static readonly WorkingDayCalendar Calendar = new(ShippedCalendarSource.ShippedSchedules());

    private static SupervisionTask Task(DateOnly? assigned = null, DateOnly? deadline = null) =>
        new("441900199", "441900199", "出租屋消防隐患整改", TaskSource.InspectionFinding, null, "常平村", null,
            assigned ?? new DateOnly(2024, 9, 27), deadline ?? new DateOnly(2024, 10, 8), "test", DateTime.UnixEpoch);

    [Fact]
    public void Reminder_BeforeADeadlineAfterNationalDay2024_FallsOnTheMakeUpSunday()
    {
        // 2024-10-08 (Tue) is the first working day after 国庆节 (10-01…10-07); counting back two working days: 09-30 (Mon)
        // and 09-29, the 调休上班 Sunday — not 10-06 (a holiday Sunday) nor 09-27 (two calendar days earlier).
        var days = ReminderSchedule.For(Calendar, new DateOnly(2024, 10, 8), 2);

        Assert.Equal(new DateOnly(2024, 9, 29), days.Before);
        Assert.Equal(new DateOnly(2024, 10, 8), days.At);
    }

    [Fact]
    public void Reminder_AtADeadlineOnAHoliday_IsTheLastWorkingDayBeforeIt()
    {
        // A deadline of 2024-10-03 (国庆节): the 到期催办 goes out on 09-30, the 临期催办 one working day earlier on 09-29.
        var days = ReminderSchedule.For(Calendar, new DateOnly(2024, 10, 3), 1);

        Assert.Equal(new DateOnly(2024, 9, 30), days.At);
        Assert.Equal(new DateOnly(2024, 9, 29), days.Before);
    }

    [Fact]
    public void Reminder_BeforeTheSpringFestival2024_SkipsTheHolidayAndCountsTheMakeUpSunday()
    {
        // 2024-02-19 (Mon) after 春节 (02-10…02-17); the working days before it are 02-18 (调休上班 Sunday) and 02-09 (Fri).
        var days = ReminderSchedule.For(Calendar, new DateOnly(2024, 2, 19), 2);

        Assert.Equal(new DateOnly(2024, 2, 9), days.Before);
    }

    [Fact]
    public void Task_CannotBeClosed_BeforeVerification()
    {
        var task = Task();
        task.ReportCompletion(new DateOnly(2024, 10, 8), "已整改");

        var refusal = Assert.Throws<DomainRuleException>(() => task.Close(new DateOnly(2024, 10, 9)));

        Assert.Contains("核查", refusal.Message);
        Assert.Equal(SupervisionTask.Basis, refusal.LegalBasis);
    }

    [Fact]
    public void Task_CannotBeVerified_BeforeCompletionIsReported()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Task().Verify(new DateOnly(2024, 10, 9), true, "好"));

        Assert.Contains("报告办结后方可核查", refusal.Message);
    }

    [Fact]
    public void Task_VerificationNotPassed_ReturnsItToInProgress_AndWithdrawsTheCompletion()
    {
        var task = Task();
        task.ReportCompletion(new DateOnly(2024, 10, 8), "已整改");
        task.Verify(new DateOnly(2024, 10, 9), false, "台账未更新");

        Assert.Equal(SupervisionTaskStatus.InProgress, task.Status);
        Assert.Null(task.CompletionReportedOn);
        Assert.False(task.CompletedOnTime);
    }

    [Fact]
    public void Task_FullPath_AssignedToClosed_CompletedOnTime()
    {
        var task = Task();
        task.ReportProgress(new DateOnly(2024, 9, 30), "已制定方案", "常平村", null);
        task.ReportCompletion(new DateOnly(2024, 10, 8), "已整改");
        task.Verify(new DateOnly(2024, 10, 9), true, "整改到位");
        task.Close(new DateOnly(2024, 10, 10));

        Assert.Equal(SupervisionTaskStatus.Closed, task.Status);
        Assert.True(task.CompletedOnTime);
    }

    [Fact]
    public void Task_ActCannotBeDated_BeforeThePreviousAct()
    {
        var task = Task();
        task.ReportProgress(new DateOnly(2024, 10, 8), "进展", "常平村", null);

        var error = Assert.Throws<FieldValidationException>(() => task.ReportCompletion(new DateOnly(2024, 9, 30), "办结"));

        Assert.Contains("2024-10-08", error.Errors["on"][0]);
    }

    [Fact]
    public void Task_ClosedTask_RefusesProgress()
    {
        var task = Task();
        task.ReportCompletion(new DateOnly(2024, 10, 8), "已整改");
        task.Verify(new DateOnly(2024, 10, 9), true, "整改到位");
        task.Close(new DateOnly(2024, 10, 10));

        Assert.Throws<DomainRuleException>(() => task.ReportProgress(new DateOnly(2024, 10, 11), "再报", "常平村", null));
    }

    [Fact]
    public void Milestone_MustFallBetweenAssignmentAndDeadline()
    {
        var error = Assert.Throws<FieldValidationException>(() => Task().AddMilestone("制定方案", new DateOnly(2024, 10, 9)));

        Assert.Contains("办结时限之间", error.Errors["milestones"][0]);
    }
}
