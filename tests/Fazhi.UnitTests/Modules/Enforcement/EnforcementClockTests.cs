using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.Time.Testing;

namespace Fazhi.UnitTests.Modules.Enforcement;

/// <summary>The clocks of the ordinary procedure on real dates (law.md §6.2).</summary>
public sealed class EnforcementClockTests
{
    private static readonly WorkingDayCalendar Calendar = new(ShippedCalendarSource.ShippedSchedules());

    private static readonly ProcedureActor Leader = new("leader", "负责人", new HashSet<string> { Fazhi.Modules.Enforcement.EnforcementPermissions.Decide }, new HashSet<string>());

    [Fact]
    public void DecisionPeriod_CaseFiledOn20240920_IsDueOnThe90thCalendarDay()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 10, 9, 0, 0, LegalDate.ChinaOffset));
        var machine = new ProcedureMachine(new ProcedureRegistry([OrdinaryProcedure.V1]), time);
        var started = machine.Start(OrdinaryProcedure.Key, EnforcementCase.SubjectType, Guid.CreateVersion7(), "441900199", Leader, new DateOnly(2024, 9, 20));

        machine.Apply(started.Instance, "file", Leader, null, new StepInput { On = new DateOnly(2024, 9, 20) }, Calendar);

        var clock = Assert.Single(started.Instance.Clocks);
        Assert.Equal(new DateOnly(2024, 12, 19), clock.DueDate);
        Assert.Equal(new DateOnly(2024, 9, 20).AddDays(90), clock.DueDate);
        Assert.Contains(clock.Explanation, l => l.Contains("第90日为2024-12-19", StringComparison.Ordinal));
        Assert.Contains(clock.Explanation, l => l.Contains("第六十条", StringComparison.Ordinal));
    }

    [Fact]
    public void DecisionPeriod_EndingOnAHoliday_RollsToTheNextWorkingDay()
    {
        // Filed 2024-07-03: the 90th day is 2024-10-01 (国庆节), so the period ends on 2024-10-08.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 10, 9, 0, 0, LegalDate.ChinaOffset));
        var machine = new ProcedureMachine(new ProcedureRegistry([OrdinaryProcedure.V1]), time);
        var started = machine.Start(OrdinaryProcedure.Key, EnforcementCase.SubjectType, Guid.CreateVersion7(), "441900199", Leader, new DateOnly(2024, 7, 3));

        machine.Apply(started.Instance, "file", Leader, null, new StepInput { On = new DateOnly(2024, 7, 3) }, Calendar);

        Assert.Equal(new DateOnly(2024, 10, 8), Assert.Single(started.Instance.Clocks).DueDate);
    }

    [Fact]
    public void HearingNotice_AcrossNationalDay2024_EarliestHearingIsThe7thWorkingDay_20241012()
    {
        // Notice on Fri 2024-09-27: 9-29 (调休上班), 9-30, then 10-01..10-07 off, 10-08..10-11, 10-12 (调休上班) is the 7th.
        var result = HearingRules.EarliestHearingDate(Calendar, new DateOnly(2024, 9, 27));

        Assert.Equal(new DateOnly(2024, 10, 12), result.Due);
        Assert.Contains(result.Skipped, s => s.Date == new DateOnly(2024, 10, 1) && s.Reason == "国庆节");
    }

    [Fact]
    public void HearingRequest_NoticeServedBeforeNationalDay2024_DeadlineIsThe5thWorkingDay_20241010()
    {
        var result = HearingRules.RequestDeadline(Calendar, new DateOnly(2024, 9, 27));

        Assert.Equal(new DateOnly(2024, 10, 10), result.Due);
    }
}
