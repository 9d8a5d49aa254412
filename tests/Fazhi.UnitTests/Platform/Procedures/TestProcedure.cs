using Fazhi.Platform.Calendar;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.Time.Testing;

namespace Fazhi.UnitTests.Platform.Procedures;

/// <summary>What the test procedure's gates look at (a module would pass its aggregate or a view of it).</summary>
public sealed record TestCase(bool PackageComplete = true, bool ReviewPassed = true);

/// <summary>
/// A test-only procedure shaped like a 重大行政决策 legality review: submit → review (⇄ waiting for supplements) →
/// decided → closed, with a WD review clock, a CAL decision clock that can be extended, and a month appeal clock.
/// </summary>
public static class TestProcedure
{
    public const string Key = "test.simple";
    public const string Submit = "test.submit";
    public const string LegalOffice = "legal_office";
    public const string Leader = "leader";
    public const string Town = "441900199";

    public static readonly LegalBasis Art25 = new("《重大行政决策程序暂行条例》第二十五条");
    public static readonly LegalBasis Art26 = new("《重大行政决策程序暂行条例》第二十六条");
    public static readonly LegalBasis DecisionBasis = new("《中华人民共和国行政复议法》第六十二条");

    public static ProcedureDefinition V1 { get; } = Build(1, "review");

    /// <summary>Version 2 sends a submission to an intake state first: cases started under v1 must not notice.</summary>
    public static ProcedureDefinition V2 { get; } = Build(2, "intake");

    private static ProcedureDefinition Build(int version, string submitTo) => new(Key, version, "测试决策程序")
    {
        States =
        [
            new("draft", "起草"), new("intake", "登记"), new("review", "合法性审查中"), new("waiting", "待补充材料"),
            new("decided", "已决定"), new("closed", "已办结"),
        ],
        InitialState = "draft",
        Clocks =
        [
            new ClockRule("review", "合法性审查期限", 7, ClockUnit.WorkingDays, Art26),
            new ClockRule("decision", "决定期限", 60, ClockUnit.CalendarDays, DecisionBasis) { MaxExtension = 30 },
            new ClockRule("appeal", "起诉期限", 6, ClockUnit.Months, new("《中华人民共和国行政诉讼法》第四十六条")),
        ],
        Actions =
        [
            new("submit", "送请合法性审查", ["draft"], submitTo)
            {
                Permissions = [Submit],
                Gates = [Gate.For<TestCase>(c => c.PackageComplete, "送请合法性审查应当提供决策草案及其依据、履行程序的说明等材料", Art26)],
                Clocks = [ClockEffect.Start("review"), ClockEffect.Start("decision")],
            },
            new("accept", "登记受理", ["intake"], "review") { Permissions = [Submit] },
            new("request_supplement", "要求补充材料", ["review"], "waiting") { Roles = [LegalOffice], Clocks = [ClockEffect.Suspend("review")] },
            new("supplement", "补充材料", ["waiting"], "review") { Permissions = [Submit], Clocks = [ClockEffect.Resume("review")] },
            new("restart_review", "重新审查", ["review"], "review") { Roles = [LegalOffice], Clocks = [ClockEffect.Restart("review")] },
            new("exclude_testing", "扣除检测期间", ["review"], "review") { Roles = [LegalOffice], Clocks = [ClockEffect.Exclude("decision")] },
            new("extend", "延长决定期限", ["review"], "review") { Roles = [Leader], Clocks = [ClockEffect.Extend("decision")] },
            new("decide", "作出决定", ["review"], "decided")
            {
                Roles = [Leader],
                Gates = [Gate.For<TestCase>(c => c.ReviewPassed, "决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论", Art25)],
                Clocks = [ClockEffect.Stop("review"), ClockEffect.Stop("decision"), ClockEffect.Start("appeal")],
            },
            new("close", "办结", ["decided"], "closed") { Roles = [Leader], Clocks = [ClockEffect.Stop("appeal")] },
        ],
    };

    public static readonly ProcedureActor Clerk = Actor("clerk1", "经办人", permissions: [Submit]);
    public static readonly ProcedureActor Reviewer = Actor("legal1", "审查员", roles: [LegalOffice]);
    public static readonly ProcedureActor Boss = Actor("leader1", "镇长", roles: [Leader]);

    public static ProcedureActor Actor(string login, string name, string[]? permissions = null, string[]? roles = null) =>
        new(login, name, (permissions ?? []).ToHashSet(), (roles ?? []).ToHashSet());

    public static readonly WorkingDayCalendar WorkCalendar = new(ShippedCalendarSource.ShippedSchedules());

    /// <summary>A fake clock at 09:00 China time on the given date.</summary>
    public static FakeTimeProvider At(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), LegalDate.ChinaOffset));

    public static ProcedureMachine Machine(TimeProvider time, params ProcedureDefinition[] definitions) =>
        new(new ProcedureRegistry(definitions.Length == 0 ? [V1] : definitions), time);
}
