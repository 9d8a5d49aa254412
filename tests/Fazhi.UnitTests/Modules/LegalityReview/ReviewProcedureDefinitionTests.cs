using Fazhi.Modules.LegalityReview;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.Extensions.Time.Testing;

namespace Fazhi.UnitTests.Modules.LegalityReview;

/// <summary>The review procedure's definition, period settings and contract terms, without a host or database.</summary>
public sealed class ReviewProcedureDefinitionTests
{
    private static readonly WorkingDayCalendar Calendar = new(ShippedCalendarSource.ShippedSchedules());

    private static readonly ProcedureActor Office = new("office", "司法所", new HashSet<string> { LegalityReviewPermissions.Review, LegalityReviewPermissions.Submit, LegalityReviewPermissions.Decide }, new HashSet<string>());

    private static (ProcedureMachine Machine, ProcedureInstance Instance) Submitted(ReviewDocumentType type, int days)
    {
        var machine = new ProcedureMachine(new ProcedureRegistry(ReviewProcedure.All()), new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));
        var instance = machine.Start(ReviewProcedure.Key(type, days), ReviewProcedure.SubjectType, Guid.CreateVersion7(), "441900199", Office).Instance;
        machine.Apply(instance, ReviewProcedure.Submit, Office, Gate(type), null, Calendar);
        return (machine, instance);
    }

    private static ReviewGate Gate(ReviewDocumentType type, bool opinion = false, ReviewConclusion? conclusion = null, bool answered = true) =>
        new(type, opinion, conclusion, answered, ReviewerAssigned: true, ActorIsReviewer: true, Decided: false);

    [Fact]
    public void Definitions_EveryVariantIsValid_AndMajorDecisionVariantsStartAtSevenWorkingDays()
    {
        var all = ReviewProcedure.All().ToList();

        Assert.All(all, d => d.Validated());
        Assert.Equal(ReviewProcedure.MaxDays + ReviewProcedure.MaxDays - 6, all.Count);
        Assert.DoesNotContain(all, d => d.Key.Contains(".major.", StringComparison.Ordinal) && d.Clocks[0].Length < 7);
    }

    [Fact]
    public void Submit_StartsTheReviewClock_CountingWorkingDaysFromTheNextDay()
    {
        var (_, instance) = Submitted(ReviewDocumentType.GovernmentDocument, 5);

        var clock = Assert.Single(instance.Clocks);
        Assert.Equal(Calendar.AddWorkingDays(new DateOnly(2026, 3, 2), 5).Due, clock.DueDate);
    }

    [Fact]
    public void Return_StopsTheClock_AndResubmit_StartsANewRound()
    {
        var (machine, instance) = Submitted(ReviewDocumentType.GovernmentDocument, 5);

        machine.Apply(instance, ReviewProcedure.Return, Office, Gate(ReviewDocumentType.GovernmentDocument), new StepInput { Note = "补充" }, Calendar);
        Assert.Equal(ClockStatus.Stopped, instance.Clocks[0].Status);
        machine.Apply(instance, ReviewProcedure.Resubmit, Office, Gate(ReviewDocumentType.GovernmentDocument), null, Calendar);

        Assert.Equal(ClockStatus.Running, instance.Clocks[0].Status);
        Assert.Equal(1, instance.Clocks[0].Round);
    }

    [Fact]
    public void Decide_WithoutOpinion_IsRefusedWithTheBasisOfTheMattersType()
    {
        var (machine, instance) = Submitted(ReviewDocumentType.NormativeDocumentDraft, 5);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            machine.Apply(instance, ReviewProcedure.Decide, Office, Gate(ReviewDocumentType.NormativeDocumentDraft), null, Calendar));

        Assert.Equal(ReviewProcedure.NormativeDocument.Citation, refusal.LegalBasis);
    }

    [Fact]
    public void Issue_LawfulAfterRevisionWithoutItems_IsRefused()
    {
        var (machine, instance) = Submitted(ReviewDocumentType.Contract, 5);
        machine.Apply(instance, ReviewProcedure.Accept, Office, Gate(ReviewDocumentType.Contract), null, Calendar);

        var gate = Gate(ReviewDocumentType.Contract) with { ProposedConclusion = ReviewConclusion.LawfulAfterRevision, ProposedItems = 0 };

        Assert.Throws<DomainRuleException>(() => machine.Apply(instance, ReviewProcedure.Issue, Office, gate, null, Calendar));
        machine.Apply(instance, ReviewProcedure.Issue, Office, gate with { ProposedItems = 1 }, null, Calendar);
        Assert.Equal(ReviewProcedure.OpinionIssued, instance.State);
    }

    [Theory]
    [InlineData(ReviewDocumentType.MajorDecisionDraft, false, 7)]
    [InlineData(ReviewDocumentType.MajorDecisionDraft, true, 10)]
    [InlineData(ReviewDocumentType.GovernmentDocument, false, 5)]
    [InlineData(ReviewDocumentType.Contract, true, 10)]
    public void ReviewTermSetting_Defaults_FiveStandardTenComplex_NeverUnderSevenForAMajorDecision(ReviewDocumentType type, bool complex, int days) =>
        Assert.Equal(days, new ReviewTermSetting("441900199", type).DaysFor(complex));

    [Fact]
    public void ReviewTermSetting_MajorDecisionBelowSevenWorkingDays_IsRefusedCitingArticle26()
    {
        var setting = new ReviewTermSetting("441900199", ReviewDocumentType.MajorDecisionDraft);

        var refusal = Assert.Throws<DomainRuleException>(() => setting.Change(6, 10, 5));

        Assert.Equal(ReviewProcedure.MajorDecisionWindow.Citation, refusal.LegalBasis);
    }

    [Theory]
    [InlineData("91441900MA4UJ2XQ1X", 100, "creditCode")]
    [InlineData("91441900MA4UJ2XQ1M", -1, "amount")]
    public void ContractTerms_WrongCreditCodeOrNegativeAmount_AreFieldErrors(string code, long fen, string field)
    {
        var terms = new ContractTerms("合同", "某公司", code, fen, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "党政办");

        Assert.True(terms.Errors().ContainsKey(field));
    }
}
