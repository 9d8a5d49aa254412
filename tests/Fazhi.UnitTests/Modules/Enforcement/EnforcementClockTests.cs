using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.Extensions.Configuration;
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

    private static readonly ProcedureActor Handler = new("officer", "承办人", new HashSet<string> { Fazhi.Modules.Enforcement.EnforcementPermissions.Handle }, new HashSet<string>());

    private static (ProcedureMachine Machine, ProcedureInstance Instance) FiledOn(DateOnly filed, DateOnly today, ProcedureRegistry? registry = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), LegalDate.ChinaOffset));
        var machine = new ProcedureMachine(registry ?? new ProcedureRegistry([OrdinaryProcedure.V1]), time);
        var started = machine.Start(OrdinaryProcedure.Key, EnforcementCase.SubjectType, Guid.CreateVersion7(), "441900199", Leader, filed);
        machine.Apply(started.Instance, "file", Leader, null, new StepInput { On = filed }, Calendar);
        return (machine, started.Instance);
    }

    [Fact]
    public void Filing_InDecember2026_WithoutThe2027HolidayNotice_IsRecorded_WithAProvisionalDecisionPeriod()
    {
        // 立案 on 2026-12-01: the 90th day (2027-03-01) lies in a year without a loaded notice. The case is filed all the same.
        var (_, instance) = FiledOn(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1));

        Assert.Equal("filed", instance.State);
        var clock = Assert.Single(instance.Clocks);
        Assert.True(clock.DueDateProvisional);
        Assert.Equal(new DateOnly(2027, 3, 1), clock.DueDate);
        Assert.Contains(clock.Explanation, l => l.StartsWith("2027年节假日安排尚未载入，届满日暂不能最终确定", StringComparison.Ordinal));
    }

    [Fact]
    public void HolidayNoticeWarning_FromTheFirstOfNovember_TellsAdministratorsTheNextYearIsMissing()
    {
        Assert.Null(HolidayNoticeWarning.For(Calendar, new DateOnly(2026, 10, 31)));
        Assert.StartsWith("尚未载入2027年节假日安排", HolidayNoticeWarning.For(Calendar, new DateOnly(2026, 11, 1)), StringComparison.Ordinal);
        Assert.StartsWith("尚未载入2027年节假日安排：本年的期限均为暂定", HolidayNoticeWarning.For(Calendar, new DateOnly(2027, 1, 4)), StringComparison.Ordinal);
        Assert.Null(HolidayNoticeWarning.For(Calendar, new DateOnly(2025, 11, 20)));
    }

    [Fact]
    public void DecisionPeriod_LapsedPeriod_CannotBeRevivedByAnExtensionApprovedAfterExpiry()
    {
        // Filed 2024-09-20, due 2024-12-19; an extension approved on 2024-12-20 comes a day late.
        var (machine, instance) = FiledOn(new DateOnly(2024, 9, 20), new DateOnly(2025, 1, 10));

        var refusal = Assert.Throws<DomainRuleException>(() => machine.Apply(instance, "extend_decision.filed", Leader, null,
            new StepInput { On = new DateOnly(2024, 12, 20), ExtensionLength = 30, Note = "案情复杂" }, Calendar));

        Assert.Contains("已于2024-12-19届满", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("届满后不得再延长", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("《市场监督管理行政处罚程序规定》第六十四条", refusal.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 12, 19), Assert.Single(instance.Clocks).DueDate);
    }

    [Fact]
    public void DecisionPeriod_ExtensionApprovedOnTheLastDay_MovesTheDueDate()
    {
        var (machine, instance) = FiledOn(new DateOnly(2024, 9, 20), new DateOnly(2025, 1, 10));

        machine.Apply(instance, "extend_decision.filed", Leader, null, new StepInput { On = new DateOnly(2024, 12, 19), ExtensionLength = 30, Note = "案情复杂" }, Calendar);

        // 2025-01-18 is a Saturday: the extended period ends on Monday 2025-01-20.
        Assert.Equal(new DateOnly(2025, 1, 20), Assert.Single(instance.Clocks).DueDate);
    }

    [Fact]
    public void DecisionPeriod_LapsedPeriod_CannotBeRevivedByAnExclusionRegisteredAfterExpiry()
    {
        // A hearing held inside the period but registered after it lapsed would turn a late decision into a timely one.
        var (machine, instance) = FiledOn(new DateOnly(2024, 9, 20), new DateOnly(2025, 1, 10));

        var refusal = Assert.Throws<DomainRuleException>(() => machine.Apply(instance, "exclude_decision.filed", Handler, null,
            new StepInput { On = new DateOnly(2024, 12, 23), ExcludedFrom = new DateOnly(2024, 11, 4), ExcludedTo = new DateOnly(2024, 11, 8), Note = "听证，听证通知书" }, Calendar));

        Assert.Contains("不计入期限的期间须在届满前登记", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第六十条", refusal.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 12, 19), Assert.Single(instance.Clocks).DueDate);
    }

    [Fact]
    public void DecisionPeriod_ExcludedPeriod_NeedsItsGroundsAndEvidence()
    {
        var (machine, instance) = FiledOn(new DateOnly(2024, 9, 20), new DateOnly(2024, 12, 1));

        var refusal = Assert.Throws<FieldValidationException>(() => machine.Apply(instance, "exclude_decision.filed", Handler, null,
            new StepInput { On = new DateOnly(2024, 12, 1), ExcludedFrom = new DateOnly(2024, 11, 4), ExcludedTo = new DateOnly(2024, 11, 8) }, Calendar));

        Assert.Contains("证明材料", refusal.Errors["note"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionPeriod_ExtensionCap_IsASettingCitingItsSectorSource()
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Fazhi:Procedures:enforcement.case:decision:MaxExtension"] = "15" })
            .Build();
        var (machine, instance) = FiledOn(new DateOnly(2024, 9, 20), new DateOnly(2024, 12, 1), new ProcedureRegistry([OrdinaryProcedure.V1], settings));

        var refusal = Assert.Throws<DomainRuleException>(() => machine.Apply(instance, "extend_decision.filed", Leader, null,
            new StepInput { On = new DateOnly(2024, 12, 1), ExtensionLength = 30, Note = "案情复杂" }, Calendar));

        Assert.Contains("累计延长不得超过15日", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("第六十条；", refusal.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("市场监督管理行政处罚程序规定", refusal.LegalBasis, StringComparison.Ordinal);
    }
}
