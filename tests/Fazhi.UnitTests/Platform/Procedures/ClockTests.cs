using Fazhi.Platform.Calendar;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using static Fazhi.UnitTests.Platform.Procedures.TestProcedure;

namespace Fazhi.UnitTests.Platform.Procedures;

public sealed class ClockTests
{
    private static (ProcedureMachine Machine, ProcedureInstance Instance) Submitted(DateOnly on, DateOnly today)
    {
        var machine = Machine(At(today));
        var instance = machine.Start(Key, "test.subject", Guid.CreateVersion7(), Town, Clerk, on).Instance;
        machine.Apply(instance, "submit", Clerk, new TestCase(), new StepInput { On = on }, WorkCalendar);
        return (machine, instance);
    }

    private static Clock ClockOf(ProcedureInstance instance, string key) => instance.Clocks.Single(c => c.RuleKey == key);

    [Fact]
    public void WorkingDayClock_SkipsNationalDayAndCountsMakeUpSaturday()
    {
        // law.md §17 test vector: 7 WD from 2022-09-30 (Fri) → day 1 is 10-08 (Sat, 调休上班), day 7 is 10-14 (Fri).
        var (_, instance) = Submitted(new(2022, 9, 30), new(2022, 9, 30));
        var review = ClockOf(instance, "review");
        Assert.Equal(new DateOnly(2022, 10, 14), review.DueDate);
        Assert.Equal(ClockStatus.Running, review.Status);
    }

    [Fact]
    public void Explanation_ListsEverySkippedDay_WithItsReason()
    {
        var (_, instance) = Submitted(new(2022, 9, 30), new(2022, 9, 30));
        var lines = ClockOf(instance, "review").Explanation;
        Assert.Contains("合法性审查期限：7个工作日，依据《重大行政决策程序暂行条例》第二十六条。", lines);
        Assert.Contains("2022-09-30开始计时，起始日不计入，自次日起算。", lines);
        for (var day = 1; day <= 7; day++)
        {
            Assert.Contains(lines, l => l.StartsWith($"2022-10-0{day}（", StringComparison.Ordinal) && l.Contains("国庆节，非工作日，不计入"));
        }

        Assert.DoesNotContain(lines, l => l.StartsWith("2022-10-08", StringComparison.Ordinal) && l.Contains("不计入", StringComparison.Ordinal));
        Assert.Contains("届满日：2022-10-14（周五）。", lines);
    }

    [Fact]
    public void Explanation_MarksTheMakeUpWorkingDaysItCounts()
    {
        // 2022 National Day notice: 10-08 (Sat) and 10-09 (Sun) are 调休上班 and count as working days 1 and 2.
        var (_, instance) = Submitted(new(2022, 9, 30), new(2022, 9, 30));
        var lines = ClockOf(instance, "review").Explanation;
        Assert.Contains("2022-10-08（周六）调休上班，计入工作日。", lines);
        Assert.Contains("2022-10-09（周日）调休上班，计入工作日。", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("2022-10-15", StringComparison.Ordinal));
    }

    [Fact]
    public void CalendarDayClock_EndingOnAHoliday_RollsForwardToTheNextWorkingDay()
    {
        // 60 days after 2026-03-02 is 05-01, inside 劳动节 (05-01..05-05): the period ends on 05-06.
        var (_, instance) = Submitted(new(2026, 3, 2), new(2026, 3, 2));
        var decision = ClockOf(instance, "decision");
        Assert.Equal(new DateOnly(2026, 5, 6), decision.DueDate);
        Assert.Contains("自2026-03-02次日起第60日为2026-05-01。", decision.Explanation);
        Assert.Contains(decision.Explanation, l => l.StartsWith("2026-05-05（周二）劳动节", StringComparison.Ordinal) && l.Contains("顺延"));
    }

    [Fact]
    public void MonthClock_WithoutTheSameDay_EndsOnTheMonthsLastDay()
    {
        // 6 months after 2025-08-31 has no 31st: 2026-02-28, a Saturday that is a 调休上班 day, so no roll-forward.
        var day = new DateOnly(2025, 8, 31);
        var (machine, instance) = Submitted(new(2025, 8, 1), day);
        machine.Apply(instance, "decide", Boss, new TestCase(), new StepInput { On = day }, WorkCalendar);
        var appeal = ClockOf(instance, "appeal");
        Assert.Equal(new DateOnly(2026, 2, 28), appeal.DueDate);
        Assert.Contains(appeal.Explanation, l => l.Contains("当月无对应日，以该月最后一日2026-02-28为准", StringComparison.Ordinal));
    }

    [Fact]
    public void Suspension_MovesTheDueDate_ByTheWorkingDaysLost()
    {
        // 7 WD from Mon 03-02 is Wed 03-11. Suspended 03-04, resumed 03-09: 03-05, 03-06, 03-09 are lost → 03-16.
        var (machine, instance) = Submitted(new(2026, 3, 2), new(2026, 3, 20));
        var review = ClockOf(instance, "review");
        Assert.Equal(new DateOnly(2026, 3, 11), review.DueDate);

        machine.Apply(instance, "request_supplement", Reviewer, new TestCase(), new StepInput { On = new(2026, 3, 4), Note = "缺少风险评估报告" }, WorkCalendar);
        Assert.Equal(ClockStatus.Suspended, review.Status);
        Assert.Contains(review.Explanation, l => l.Contains("尚未恢复", StringComparison.Ordinal));

        machine.Apply(instance, "supplement", Clerk, new TestCase(), new StepInput { On = new(2026, 3, 9) }, WorkCalendar);
        Assert.Equal(ClockStatus.Running, review.Status);
        Assert.Equal(new DateOnly(2026, 3, 16), review.DueDate);
        Assert.Contains("2026-03-04中止、2026-03-09恢复（缺少风险评估报告）：3个工作日不计入（2026-03-05、2026-03-06、2026-03-09），期限相应顺延。", review.Explanation);
    }

    [Fact]
    public void Restart_CountsTheWholePeriodAgain_FromTheRestartDate()
    {
        var (machine, instance) = Submitted(new(2026, 3, 2), new(2026, 3, 20));
        machine.Apply(instance, "restart_review", Reviewer, new TestCase(), new StepInput { On = new(2026, 3, 9), Note = "送审稿重大修改" }, WorkCalendar);
        var review = ClockOf(instance, "review");
        Assert.Equal(new DateOnly(2026, 3, 18), review.DueDate);
        Assert.Equal(new DateOnly(2026, 3, 9), review.CountingFrom);
        Assert.Equal(1, review.Round);
        Assert.Contains(review.Explanation, l => l.StartsWith("2026-03-09重新计算期限（送审稿重大修改）", StringComparison.Ordinal));
    }

    [Fact]
    public void ExcludedPeriod_DoesNotCount_TowardsTheDueDate()
    {
        // 60 + 7 excluded days (03-10..03-16) after 03-02 is 05-08 (Fri), a working day.
        var (machine, instance) = Submitted(new(2026, 3, 2), new(2026, 3, 20));
        machine.Apply(instance, "exclude_testing", Reviewer, new TestCase(),
            new StepInput { ExcludedFrom = new(2026, 3, 10), ExcludedTo = new(2026, 3, 16), Note = "检验检测" }, WorkCalendar);
        var decision = ClockOf(instance, "decision");
        Assert.Equal(new DateOnly(2026, 5, 8), decision.DueDate);
        Assert.Contains("2026-03-10至2026-03-16不计入期限（检验检测）：7日不计入（2026-03-10、2026-03-11、2026-03-12、2026-03-13、2026-03-14、2026-03-15、2026-03-16），期限相应顺延。", decision.Explanation);

        var overlap = Assert.Throws<DomainRuleException>(() => machine.Apply(instance, "exclude_testing", Reviewer, new TestCase(),
            new StepInput { ExcludedFrom = new(2026, 3, 16), ExcludedTo = new(2026, 3, 17), Note = "鉴定" }, WorkCalendar));
        Assert.Contains("重叠", overlap.Message);
        Assert.Equal(new DateOnly(2026, 5, 8), decision.DueDate);
    }

    [Fact]
    public void Extension_IsRecordedWithApproverAndReason_AndRefusedBeyondItsCap()
    {
        var (machine, instance) = Submitted(new(2026, 3, 2), new(2026, 3, 20));
        machine.Apply(instance, "extend", Boss, new TestCase(), new StepInput { ExtensionLength = 20, Note = "案情复杂" }, WorkCalendar);
        var decision = ClockOf(instance, "decision");
        Assert.Equal(new DateOnly(2026, 5, 21), decision.DueDate);
        var extension = Assert.Single(decision.Adjustments, a => a.Kind == ClockAdjustmentKind.Extension);
        Assert.Equal(("镇长（leader1）", "案情复杂", 20), (extension.Actor, extension.Reason, extension.Length!.Value));
        Assert.Contains("2026-03-20经镇长（leader1）批准延长20日（案情复杂），合计80日。", decision.Explanation);

        var steps = instance.StepCount;
        var error = Assert.Throws<DomainRuleException>(() =>
            machine.Apply(instance, "extend", Boss, new TestCase(), new StepInput { ExtensionLength = 15, Note = "仍需调查" }, WorkCalendar));
        Assert.Equal("《中华人民共和国行政复议法》第六十二条", error.LegalBasis);
        Assert.Contains("累计延长不得超过30日", error.Message);
        Assert.Equal(new DateOnly(2026, 5, 21), decision.DueDate);
        Assert.Single(decision.Adjustments);
        Assert.Equal(steps, instance.StepCount);
    }

    [Fact]
    public void Extension_WithoutReason_IsBadInput()
    {
        var (machine, instance) = Submitted(new(2026, 3, 2), new(2026, 3, 20));
        var error = Assert.Throws<FieldValidationException>(() =>
            machine.Apply(instance, "extend", Boss, new TestCase(), new StepInput { ExtensionLength = 5 }, WorkCalendar));
        Assert.True(error.Errors.ContainsKey("note"));
    }

    [Fact]
    public void WarnOn_IsTheFirstDayWithThreeWorkingDaysLeft()
    {
        // Due Wed 03-11: on Fri 03-06 three working days are left (Mon, Tue, Wed); on Thu 03-05 four.
        var (_, instance) = Submitted(new(2026, 3, 2), new(2026, 3, 2));
        var review = ClockOf(instance, "review");
        Assert.Equal(new DateOnly(2026, 3, 6), review.WarnOn);
        Assert.Equal(3, ClockSchedule.WorkingDaysLeft(WorkCalendar, new(2026, 3, 6), review.DueDate));
        Assert.Equal(4, ClockSchedule.WorkingDaysLeft(WorkCalendar, new(2026, 3, 5), review.DueDate));
    }

    [Fact]
    public void MissingHolidayYear_NeverBlocksRecordingTheAct_TheDueDateIsProvisional_AndSettledWhenTheNoticeIsLoaded()
    {
        // 7 WD from Mon 2026-12-28 reaches 2027, whose notice is not loaded: the step is recorded, the due date is 暂定.
        var day = new DateOnly(2026, 12, 28);
        var machine = Machine(At(day));
        var instance = machine.Start(Key, "test.subject", Guid.CreateVersion7(), Town, Clerk, day).Instance;
        machine.Apply(instance, "submit", Clerk, new TestCase(), null, WorkCalendar);
        var review = ClockOf(instance, "review");

        Assert.True(review.DueDateProvisional);
        Assert.Equal(new DateOnly(2027, 1, 6), review.DueDate); // weekends alone: 12-29, 12-30, 12-31, 01-01, 01-04, 01-05, 01-06
        Assert.Contains(review.Explanation, l => l.StartsWith("2027年节假日安排尚未载入，届满日暂不能最终确定", StringComparison.Ordinal)
            && l.Contains("暂算为2027-01-06", StringComparison.Ordinal));

        // The 2027 notice arrives (元旦 01-01..01-03): recomputed, final, and one day later.
        var with2027 = new WorkingDayCalendar([.. ShippedCalendarSource.ShippedSchedules(),
            new HolidaySchedule(2027, "test", [new HolidayRange("元旦", new(2027, 1, 1), new(2027, 1, 3))], [])]);
        review.Recompute(with2027);
        Assert.False(review.DueDateProvisional);
        Assert.Equal(new DateOnly(2027, 1, 7), review.DueDate);
        Assert.Contains("2027-01-01（周五）元旦，非工作日，不计入。", review.Explanation);
        Assert.DoesNotContain(review.Explanation, l => l.Contains("暂不能最终确定", StringComparison.Ordinal));
    }

    [Fact]
    public void TheLoadedCalendar_StillRefusesAMissingYear_OnlyTheProvisionalViewAssumesWeekends()
    {
        Assert.Throws<CalendarYearMissingException>(() => WorkCalendar.Describe(new DateOnly(2027, 1, 4)));
        var view = WorkCalendar.AssumingWeekendsForMissingYears();
        Assert.True(view.IsWorkingDay(new DateOnly(2027, 1, 4)));
        Assert.False(view.IsWorkingDay(new DateOnly(2027, 1, 2)));
        Assert.Equal([2027], view.AssumedYears);
        Assert.Empty(WorkCalendar.AssumedYears);
    }

    [Fact]
    public void StoppedClock_ExplainsWhetherItWasInTime()
    {
        var (machine, instance) = Submitted(new(2026, 3, 2), new(2026, 3, 20));
        machine.Apply(instance, "decide", Boss, new TestCase(), null, WorkCalendar);
        var review = ClockOf(instance, "review");
        Assert.Equal(ClockStatus.Stopped, review.Status);
        Assert.Equal(new DateOnly(2026, 3, 20), review.StoppedOn);
        Assert.Contains("2026-03-20停止计时，超过届满日9日。", review.Explanation);
        Assert.Contains("2026-03-20停止计时，在期限内。", ClockOf(instance, "decision").Explanation);
    }

    [Theory]
    [InlineData("", ClockEffectKind.Suspend, "尚未开始计时")]
    [InlineData("", ClockEffectKind.Stop, null)]
    [InlineData("", ClockEffectKind.Start, null)]
    [InlineData("submit", ClockEffectKind.Start, "已在计时")]
    [InlineData("submit", ClockEffectKind.Resume, "未中止")]
    [InlineData("submit", ClockEffectKind.Suspend, null)]
    [InlineData("submit request_supplement", ClockEffectKind.Suspend, "已中止")]
    [InlineData("submit request_supplement", ClockEffectKind.Resume, null)]
    [InlineData("submit request_supplement", ClockEffectKind.Restart, null)]
    [InlineData("submit decide", ClockEffectKind.Suspend, "已停止计时")]
    [InlineData("submit decide", ClockEffectKind.Restart, "已停止计时")]
    [InlineData("submit decide", ClockEffectKind.Start, null)]
    [InlineData("submit decide", ClockEffectKind.Stop, null)]
    public void ClockTransitionTable_AllowsOrRefusesEachEffect(string path, ClockEffectKind kind, string? refusal)
    {
        var day = new DateOnly(2026, 3, 2);
        var machine = Machine(At(day));
        var instance = machine.Start(Key, "test.subject", Guid.CreateVersion7(), Town, Clerk, day).Instance;
        foreach (var action in path.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            machine.Apply(instance, action, action == "submit" ? Clerk : action == "decide" ? Boss : Reviewer, new TestCase(), null, WorkCalendar);
        }

        var clock = instance.Clocks.SingleOrDefault(c => c.RuleKey == "review");
        var error = Clock.Refuse(clock, V1.Clock("review"), new ClockChange(kind, day, default, "t", null, null, null, null));
        if (refusal is null)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.Contains(refusal, error?.Message);
        }
    }

    [Fact]
    public void RestartWhileSuspended_ClosesTheSuspension_AndCountsFromZero()
    {
        var (machine, instance) = Submitted(new(2026, 3, 2), new(2026, 3, 20));
        machine.Apply(instance, "request_supplement", Reviewer, new TestCase(), new StepInput { On = new(2026, 3, 4) }, WorkCalendar);
        var review = ClockOf(instance, "review");
        var suspension = review.Adjustments.Single(a => a.Kind == ClockAdjustmentKind.Suspension);

        // A variant of v1 where resubmitting after a supplement request counts the review anew (中断).
        var variant = V1 with
        {
            Actions = [.. V1.Actions, new ProcedureAction("resubmit", "重新送审", ["waiting"], "review") { Permissions = [Submit], Clocks = [ClockEffect.Restart("review")] }],
        };
        var withRestart = Machine(At(new(2026, 3, 20)), variant);
        withRestart.Apply(instance, "resubmit", Clerk, new TestCase(), new StepInput { On = new(2026, 3, 10) }, WorkCalendar);

        Assert.Equal(new DateOnly(2026, 3, 10), suspension.To);
        Assert.Equal(ClockStatus.Running, review.Status);
        Assert.Equal(new DateOnly(2026, 3, 19), review.DueDate);
    }
}
