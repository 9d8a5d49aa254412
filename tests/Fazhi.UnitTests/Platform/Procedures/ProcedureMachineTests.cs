using Fazhi.Platform.Calendar;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using static Fazhi.UnitTests.Platform.Procedures.TestProcedure;

namespace Fazhi.UnitTests.Platform.Procedures;

public sealed class ProcedureMachineTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateOnly Later = new(2026, 3, 20);

    /// <summary>The actor and input each test action needs when it is allowed.</summary>
    private static (ProcedureActor Actor, StepInput Input) How(string action) => action switch
    {
        "submit" => (Clerk, new StepInput { On = Monday }),
        "accept" or "supplement" => (Clerk, new StepInput()),
        "request_supplement" or "restart_review" => (Reviewer, new StepInput()),
        "exclude_testing" => (Reviewer, new StepInput { ExcludedFrom = new(2026, 3, 10), ExcludedTo = new(2026, 3, 11), Note = "检测" }),
        "extend" => (Boss, new StepInput { ExtensionLength = 10, Note = "案情复杂" }),
        _ => (Boss, new StepInput()),
    };

    private static (ProcedureMachine Machine, ProcedureInstance Instance) Walk(params string[] path)
    {
        var machine = Machine(At(Later));
        var instance = machine.Start(Key, "test.subject", Guid.CreateVersion7(), Town, Clerk, Monday).Instance;
        foreach (var action in path)
        {
            var (actor, input) = How(action);
            machine.Apply(instance, action, actor, new TestCase(), input, WorkCalendar);
        }

        return (machine, instance);
    }

    [Theory]
    [InlineData("submit", "", "submit")]
    [InlineData("request_supplement", "submit", "")]
    [InlineData("supplement", "submit request_supplement", "submit")]
    [InlineData("restart_review", "submit", "submit request_supplement")]
    [InlineData("exclude_testing", "submit", "")]
    [InlineData("extend", "submit", "submit decide")]
    [InlineData("decide", "submit", "submit request_supplement")]
    [InlineData("close", "submit decide", "submit")]
    public void Action_IsTakenFromItsStates_AndRefusedFromOthers(string action, string allowedPath, string refusedPath)
    {
        var (machine, allowed) = Walk(allowedPath.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var (actor, input) = How(action);
        var expected = V1.FindAction(action)!.To;
        var step = machine.Apply(allowed, action, actor, new TestCase(), input, WorkCalendar).Step;
        Assert.Equal(expected, allowed.State);
        Assert.Equal(action, step.ActionKey);

        var (_, refused) = Walk(refusedPath.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var stateBefore = refused.State;
        var stepsBefore = refused.StepCount;
        var error = Assert.Throws<DomainRuleException>(() => machine.Apply(refused, action, actor, new TestCase(), input, WorkCalendar));
        Assert.StartsWith("当前为“", error.Message);
        Assert.Equal(stateBefore, refused.State);
        Assert.Equal(stepsBefore, refused.StepCount);
    }

    [Fact]
    public void Gate_RefusesStep_CitingItsLegalBasis_AndChangesNothing()
    {
        var (machine, instance) = Walk();
        var error = Assert.Throws<DomainRuleException>(() =>
            machine.Apply(instance, "submit", Clerk, new TestCase(PackageComplete: false), new StepInput { On = Monday }, WorkCalendar));
        Assert.Equal("《重大行政决策程序暂行条例》第二十六条", error.LegalBasis);
        Assert.Contains("决策草案", error.Message);
        Assert.Equal(409, error.StatusCode);
        Assert.Equal("draft", instance.State);
        Assert.Empty(instance.Clocks);
        Assert.Equal(1, instance.StepCount);
    }

    [Fact]
    public void Decision_CannotBeTaken_WithoutPassedLegalityReview()
    {
        var (machine, instance) = Walk("submit");
        var error = Assert.Throws<DomainRuleException>(() =>
            machine.Apply(instance, "decide", Boss, new TestCase(ReviewPassed: false), null, WorkCalendar));
        Assert.Equal("《重大行政决策程序暂行条例》第二十五条", error.LegalBasis);
        Assert.Equal("review", instance.State);
        Assert.All(instance.Clocks, c => Assert.Equal(ClockStatus.Running, c.Status));
    }

    [Fact]
    public void Action_IsRefused_ToActorWithoutItsPermissionOrRole()
    {
        var (machine, instance) = Walk("submit");
        var error = Assert.Throws<DomainRuleException>(() => machine.Apply(instance, "decide", Clerk, new TestCase(), null, WorkCalendar));
        Assert.Equal(403, error.StatusCode);
        Assert.Equal("review", instance.State);
        Assert.Contains(machine.AvailableActions(instance, Boss, new TestCase()), a => a.Key == "decide");
        Assert.DoesNotContain(machine.AvailableActions(instance, Clerk, new TestCase()), a => a.Key == "decide");
    }

    [Fact]
    public void Gate_OverTheWrongContextType_IsAProgrammingError()
    {
        var (machine, instance) = Walk();
        Assert.Throws<InvalidOperationException>(() => machine.Apply(instance, "submit", Clerk, "not a case", new StepInput { On = Monday }, WorkCalendar));
    }

    [Fact]
    public void Case_KeepsTheVersionItStartedUnder_WhenANewerVersionIsRegistered()
    {
        var time = At(Later);
        var old = Machine(time, V1).Start(Key, "test.subject", Guid.CreateVersion7(), Town, Clerk, Monday).Instance;

        var machine = Machine(time, V1, V2);
        machine.Apply(old, "submit", Clerk, new TestCase(), new StepInput { On = Monday }, WorkCalendar);
        Assert.Equal(1, old.DefinitionVersion);
        Assert.Equal("review", old.State);

        var fresh = machine.Start(Key, "test.subject", Guid.CreateVersion7(), Town, Clerk).Instance;
        machine.Apply(fresh, "submit", Clerk, new TestCase(), null, WorkCalendar);
        Assert.Equal(2, fresh.DefinitionVersion);
        Assert.Equal("intake", fresh.State);
    }

    [Fact]
    public void StepDate_CannotBeInTheFuture_NorBeforeThePreviousStep()
    {
        var (machine, instance) = Walk("submit");
        Assert.Throws<FieldValidationException>(() => machine.Apply(instance, "request_supplement", Reviewer, new TestCase(), new StepInput { On = Later.AddDays(1) }, WorkCalendar));
        Assert.Throws<FieldValidationException>(() => machine.Apply(instance, "request_supplement", Reviewer, new TestCase(), new StepInput { On = Monday.AddDays(-1) }, WorkCalendar));
        Assert.Equal("review", instance.State);
    }

    [Fact]
    public void Definition_ThatIsIncoherent_FailsAtRegistration()
    {
        var broken = V1 with
        {
            Actions = [new ProcedureAction("go", "前进", ["draft"], "nowhere") { Clocks = [ClockEffect.Start("missing")] }],
        };
        var error = Assert.Throws<InvalidOperationException>(() => new ProcedureRegistry([broken]));
        Assert.Contains("nowhere", error.Message);
        Assert.Contains("missing", error.Message);
        Assert.Contains("未规定谁可以执行", error.Message);
        Assert.Throws<InvalidOperationException>(() => new ProcedureRegistry([V1, V1]));
    }
}
