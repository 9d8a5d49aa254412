using Fazhi.Modules.Petitions;
using Fazhi.Modules.Petitions.Cases;
using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using static Fazhi.UnitTests.Platform.Procedures.TestProcedure;

using P = Fazhi.Modules.Petitions.Domain.PetitionProcedure;

namespace Fazhi.UnitTests.Modules.Petitions;

/// <summary>The 信访 procedure's clocks and gates on real 2022–2026 dates, without a database.</summary>
public sealed class PetitionRulesTests
{
    private static readonly ProcedureActor Clerk = new("clerk", "信访办", new HashSet<string> { PetitionsPermissions.Handle }, new HashSet<string>());
    private static readonly ProcedureActor Leader = new("leader", "镇长", new HashSet<string> { PetitionsPermissions.Approve }, new HashSet<string>());

    private static Petition NewPetition(DateOnly received, PetitionCategory? category = PetitionCategory.Suggestion, bool residual = false)
    {
        var p = new Petition("441900199", "X-1", PetitionChannel.Letter, received, "张三", null, null, null, null, null, 1, 0, "道路积水", "请求修缮", "t", DateTime.UnixEpoch);
        if (category is { } c)
        {
            p.Classify(c, residual, "镇政府");
        }

        return p;
    }

    private static (ProcedureMachine Machine, ProcedureInstance Instance) Registered(Petition p, DateOnly today)
    {
        var machine = Machine(At(today), P.V1);
        var instance = machine.Start(P.Key, P.SubjectType, p.Id, p.RegionCode, Clerk, p.ReceivedOn).Instance;
        machine.Apply(instance, P.Register, Clerk, new PetitionGateContext(p, p.ReceivedOn), new StepInput { On = p.ReceivedOn }, WorkCalendar);
        return (machine, instance);
    }

    private static DateOnly Due(ProcedureInstance i, string clock) => i.Clocks.Single(c => c.RuleKey == clock).DueDate;

    private static void Step(ProcedureMachine m, ProcedureInstance i, Petition p, string action, DateOnly on, ProcedureActor? who = null, StepInput? input = null, DateOnly? window = null) =>
        m.Apply(i, action, who ?? Clerk, new PetitionGateContext(p, on, window), (input ?? new StepInput()) with { On = on }, WorkCalendar);

    [Fact]
    public void Procedure_IsValid()
    {
        Assert.Same(P.V1, P.V1.Validated());
    }

    [Fact]
    public void Acknowledgement_IsDue15CalendarDaysAfterReceipt_RolledToThe2024MakeUpSunday()
    {
        // 2024-02-01 + 15 = 2024-02-16, inside the Spring Festival holiday (02-10 to 02-17); 2024-02-18 (Sunday) is a 调休 working day.
        var p = NewPetition(new DateOnly(2024, 2, 1));
        var (_, instance) = Registered(p, new DateOnly(2024, 3, 1));

        Assert.Equal(new DateOnly(2024, 2, 18), Due(instance, P.AcknowledgeClock));
    }

    [Fact]
    public void Handling_IsDue60CalendarDaysAfterAcceptance_RolledPastNationalDay2022_ToTheMakeUpSaturday()
    {
        // 2022-08-02 + 60 = 2022-10-01 (National Day, 10-01 to 10-07); 2022-10-08 (Saturday) is a 调休 working day.
        var p = NewPetition(new DateOnly(2022, 7, 30));
        var (machine, instance) = Registered(p, new DateOnly(2022, 12, 1));

        Step(machine, instance, p, P.Accept, new DateOnly(2022, 8, 2));

        Assert.Equal(new DateOnly(2022, 10, 8), Due(instance, P.HandleClock));
    }

    [Fact]
    public void Handling_ExtendedBy30DaysWithApproval_Is90DaysFromAcceptance_Under2024Calendar()
    {
        // 2024-08-02 + 60 = 2024-10-01 → 2024-10-08 after National Day; with 30 more days, 2024-10-31 (a Thursday).
        var p = NewPetition(new DateOnly(2024, 7, 29));
        var (machine, instance) = Registered(p, new DateOnly(2024, 12, 1));
        Step(machine, instance, p, P.Accept, new DateOnly(2024, 8, 2));
        Assert.Equal(new DateOnly(2024, 10, 8), Due(instance, P.HandleClock));

        Step(machine, instance, p, P.Extend, new DateOnly(2024, 9, 20), Leader, new StepInput { ExtensionLength = 30, Note = "需现场测量，已告知信访人" });

        Assert.Equal(new DateOnly(2024, 10, 31), Due(instance, P.HandleClock));
    }

    [Fact]
    public void Handling_CannotBeExtendedBeyond30Days_Article34()
    {
        var p = NewPetition(new DateOnly(2024, 7, 29));
        var (machine, instance) = Registered(p, new DateOnly(2024, 12, 1));
        Step(machine, instance, p, P.Accept, new DateOnly(2024, 8, 2));

        Assert.ThrowsAny<Exception>(() => Step(machine, instance, p, P.Extend, new DateOnly(2024, 9, 20), Leader, new StepInput { ExtensionLength = 31, Note = "理由" }));
    }

    [Fact]
    public void Extension_IsRefusedToTheClerk_OnlyTheResponsiblePersonApproves()
    {
        var p = NewPetition(new DateOnly(2024, 7, 29));
        var (machine, instance) = Registered(p, new DateOnly(2024, 12, 1));
        Step(machine, instance, p, P.Accept, new DateOnly(2024, 8, 2));

        var e = Assert.Throws<DomainRuleException>(() => Step(machine, instance, p, P.Extend, new DateOnly(2024, 9, 20), Clerk, new StepInput { ExtensionLength = 30, Note = "理由" }));
        Assert.Equal(403, e.StatusCode);
    }

    [Fact]
    public void ReviewRequest_Within30DaysOfTheAnswer_RolledPastNewYear2023_LaterIsRefused_Article35()
    {
        // Answer 2022-12-02: day 30 is 2023-01-01 (New Year holiday 2022-12-31 to 2023-01-02) → 2023-01-03.
        var p = NewPetition(new DateOnly(2022, 10, 20));
        var (machine, instance) = Registered(p, new DateOnly(2023, 3, 1));
        Step(machine, instance, p, P.Accept, new DateOnly(2022, 10, 21));
        Step(machine, instance, p, P.AnswerAction, new DateOnly(2022, 12, 2));
        var window = Due(instance, P.ReviewRequestClock);
        Assert.Equal(new DateOnly(2023, 1, 3), window);

        var late = Assert.Throws<DomainRuleException>(() => Step(machine, instance, p, P.RequestReview, new DateOnly(2023, 1, 4), window: window));
        Assert.Contains("30日内请求复查", late.Message, StringComparison.Ordinal);
        Assert.Contains("第三十五条", late.LegalBasis, StringComparison.Ordinal);

        Step(machine, instance, p, P.RequestReview, new DateOnly(2023, 1, 3), window: window);
        Assert.Equal(new DateOnly(2023, 2, 2), Due(instance, P.ReviewClock));
    }

    [Fact]
    public void Recheck_IsDue30DaysAfterRequest_HearingTimeExcluded_RolledPastQingming2025_Article36()
    {
        // Requested 2025-03-03: 30 days → 2025-04-02; a 3-day hearing (03-10 to 03-12) excluded → 2025-04-05, in 清明 (04-04 to 04-06) → 2025-04-07.
        var p = NewPetition(new DateOnly(2024, 11, 1));
        var (machine, instance) = Registered(p, new DateOnly(2025, 6, 1));
        Step(machine, instance, p, P.Accept, new DateOnly(2024, 11, 4));
        Step(machine, instance, p, P.AnswerAction, new DateOnly(2024, 12, 20));
        Step(machine, instance, p, P.RequestReview, new DateOnly(2025, 1, 6), window: Due(instance, P.ReviewRequestClock));
        Step(machine, instance, p, P.AnswerReview, new DateOnly(2025, 2, 10));
        Step(machine, instance, p, P.RequestRecheck, new DateOnly(2025, 3, 3), window: Due(instance, P.RecheckRequestClock));
        Assert.Equal(new DateOnly(2025, 4, 2), Due(instance, P.RecheckClock));

        Step(machine, instance, p, P.ExcludeHearing, new DateOnly(2025, 3, 13), input: new StepInput { ExcludedFrom = new DateOnly(2025, 3, 10), ExcludedTo = new DateOnly(2025, 3, 12), Note = "复核听证" });

        Assert.Equal(new DateOnly(2025, 4, 7), Due(instance, P.RecheckClock));
    }

    [Fact]
    public void Acceptance_IsRefused_ForAGrievanceThatBelongsToAStatutoryChannel_Article31()
    {
        var p = NewPetition(new DateOnly(2026, 1, 5), PetitionCategory.Grievance, residual: false);
        var (machine, instance) = Registered(p, new DateOnly(2026, 2, 1));

        var e = Assert.Throws<DomainRuleException>(() => Step(machine, instance, p, P.Accept, new DateOnly(2026, 1, 6)));

        Assert.Contains("法定途径", e.Message, StringComparison.Ordinal);
        Assert.Contains("《信访工作条例》第三十一条", e.LegalBasis, StringComparison.Ordinal);
        Step(machine, instance, p, P.Route, new DateOnly(2026, 1, 6));
        Assert.Equal(P.Routed, instance.State);
    }

    [Fact]
    public void Acceptance_IsAllowed_ForAResidualGrievance_Article31Item6()
    {
        var p = NewPetition(new DateOnly(2026, 1, 5), PetitionCategory.Grievance, residual: true);
        var (machine, instance) = Registered(p, new DateOnly(2026, 2, 1));

        Step(machine, instance, p, P.Accept, new DateOnly(2026, 1, 6));

        Assert.Equal(P.Accepted, instance.State);
    }

    [Fact]
    public void Acceptance_IsRefused_WhenTheSameMatterHasPassedRecheck_Article36()
    {
        var prior = NewPetition(new DateOnly(2025, 1, 2));
        prior.MoveTo(P.Final);
        var p = NewPetition(new DateOnly(2026, 1, 5));
        p.MarkRepeat(prior);
        var (machine, instance) = Registered(p, new DateOnly(2026, 2, 1));

        var e = Assert.Throws<DomainRuleException>(() => Step(machine, instance, p, P.Accept, new DateOnly(2026, 1, 6)));

        Assert.Contains("复核终结，不再受理", e.Message, StringComparison.Ordinal);
        Assert.Contains("《信访工作条例》第三十六条", e.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Acceptance_IsRefused_BeforeClassification_Articles29To31()
    {
        var p = NewPetition(new DateOnly(2026, 1, 5), category: null);
        var (machine, instance) = Registered(p, new DateOnly(2026, 2, 1));

        var e = Assert.Throws<DomainRuleException>(() => Step(machine, instance, p, P.Accept, new DateOnly(2026, 1, 6)));

        Assert.Contains("第二十九条", e.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupVisit_WithMoreThanFiveRepresentatives_IsRefused_Article20()
    {
        var e = Assert.Throws<FieldValidationException>(() => RegisterPetition.Check(new RegisterPetitionInput
        {
            Channel = "Visit",
            ReceivedOn = new DateOnly(2026, 1, 5),
            PetitionerName = "张三",
            Visitors = 30,
            Representatives = 6,
            Matter = "征地补偿",
            Content = "请求核查",
        }, new DateOnly(2026, 2, 1)));

        Assert.Contains("第二十条", e.Errors["representatives"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_MasksIdAndPhoneNumbersTypedIntoFreeText()
    {
        var c = RegisterPetition.Check(new RegisterPetitionInput
        {
            Channel = "Letter",
            ReceivedOn = new DateOnly(2026, 1, 5),
            PetitionerName = "张三",
            Matter = "道路积水",
            Content = "本人身份证11010519491231002X，电话13912345678",
        }, new DateOnly(2026, 2, 1));

        Assert.DoesNotContain("11010519491231002X", c.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", c.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Similarity_SameMatterReworded_IsAbove_DifferentMatterBelow()
    {
        Assert.True(Similarity.Dice("小区道路积水问题", "小区道路积水问题仍未解决") >= Similarity.SameMatter);
        Assert.True(Similarity.Dice("小区道路积水问题", "工厂夜间噪音扰民") < Similarity.SameMatter);
    }
}
