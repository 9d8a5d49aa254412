using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.NormativeDocuments;
using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using static Fazhi.UnitTests.Platform.Procedures.TestProcedure;

using P = Fazhi.Modules.NormativeDocuments.Domain.NormativeDocumentProcedure;

namespace Fazhi.UnitTests.Modules.NormativeDocuments;

/// <summary>The validity rules (ND-T3) and the gates of the procedure (law.md §4), without a database.</summary>
public sealed class NormativeDocumentRulesTests
{
    private static readonly NormativeDocumentOptions Options = new();
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly ProcedureActor Staff = Actor("staff", "经办人", permissions: [NormativeDocumentsPermissions.Manage]);

    [Theory]
    [InlineData("某某镇河道管理规定", "2031-03-01")]
    [InlineData("某某镇临时摊点管理暂行办法", "2028-03-01")]
    [InlineData("某某镇农村建房管理试行规定", "2028-03-01")]
    public void Validity_IsAtMostFiveYears_AndTwoForProvisional(string title, string latest)
    {
        var effective = new DateOnly(2026, 3, 2);
        var last = DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Null(ValidityPeriod.Refuse(title, effective, last, Options));
        Assert.NotNull(ValidityPeriod.Refuse(title, effective, last.AddDays(1), Options));
        Assert.NotNull(ValidityPeriod.Refuse(title, effective, effective.AddDays(-1), Options));
    }

    [Fact]
    public void Validity_Maximum_IsConfigurable()
    {
        var local = new NormativeDocumentOptions { ValidityYears = 3 };
        Assert.NotNull(ValidityPeriod.Refuse("某某镇河道管理规定", new DateOnly(2026, 3, 2), new DateOnly(2029, 3, 2), local));
    }

    [Fact]
    public void EvaluationReminder_IsSixMonthsBeforeExpiry_AndTheDocumentLapsesTheDayAfter()
    {
        Assert.Equal(new DateOnly(2030, 8, 28), ValidityPeriod.EvaluationDueOn(new DateOnly(2031, 2, 28), Options));
        Assert.Equal(new DateOnly(2030, 9, 30), ValidityPeriod.EvaluationDueOn(new DateOnly(2031, 3, 31), Options));
        Assert.Equal(new DateOnly(2031, 3, 1), ValidityPeriod.LapsesOn(new DateOnly(2031, 2, 28)));
    }

    [Theory]
    [InlineData(NormativeDocumentStatus.InForce, "有效")]
    [InlineData(NormativeDocumentStatus.Published, "有效")]
    [InlineData(NormativeDocumentStatus.Expired, "已失效")]
    [InlineData(NormativeDocumentStatus.DeclaredInvalid, "已失效")]
    [InlineData(NormativeDocumentStatus.Repealed, "已废止")]
    [InlineData(NormativeDocumentStatus.Amended, "已修改")]
    public void PublicList_NamesTheStatus_AndMarksDocumentsNoLongerValid(NormativeDocumentStatus status, string word)
    {
        Assert.Equal(word, Names.PublicStatus(status));
        Assert.Equal(word == "有效" ? "办法" : $"【{word}】办法", Names.PublicTitle(status, "办法"));
    }

    private static (ProcedureMachine Machine, ProcedureInstance Instance, NormativeDocument Document) InLegalityReview(bool affectsBusiness)
    {
        var machine = Machine(At(Today), P.Create(Options));
        var document = new NormativeDocument("441900199", "某某镇办法", "办", "某某镇人民政府", null, affectsBusiness, false, 2026, default, "staff");
        var instance = machine.Start(P.Key, P.SubjectType, document.Id, document.RegionCode, Staff).Instance;
        var context = new DocumentGateContext(document, Today, null, null, null);
        machine.Apply(instance, P.StartDrafting, Staff, context, null, WorkCalendar);
        machine.Apply(instance, P.SubmitLegalityReview, Staff, context, null, WorkCalendar);
        return (machine, instance, document);
    }

    [Fact]
    public void Deliberation_IsRefused_UntilTheLegalityOpinionIsIssued_AndCitesItsBasis()
    {
        var (machine, instance, document) = InLegalityReview(false);
        var pending = new DocumentGateContext(document, Today, new LegalityOpinionStatus(Guid.NewGuid(), false, null, null, null), null, null);

        var refused = Assert.Throws<DomainRuleException>(() => machine.Apply(instance, P.SubmitDeliberation, Staff, pending, null, WorkCalendar));
        Assert.Contains("国办发〔2018〕37号", refused.LegalBasis);
        Assert.Equal(nameof(NormativeDocumentStatus.LegalityReview), instance.State);

        var issued = pending with { Legality = new LegalityOpinionStatus(Guid.NewGuid(), true, ReviewConclusion.Lawful, Today, "1号") };
        machine.Apply(instance, P.SubmitDeliberation, Staff, issued, null, WorkCalendar);
        Assert.Equal(nameof(NormativeDocumentStatus.AwaitingDeliberation), instance.State);
    }

    [Theory]
    [InlineData("2026-03-02", "《公平竞争审查条例》第十八条")]
    [InlineData("2023-06-01", "国发〔2016〕34号")]
    public void Registration_OfAMeasureAffectingBusiness_WithoutConclusion_CitesTheInstrumentInForceOnTheDay(string on, string basis)
    {
        var machine = Machine(At(Today), P.Create(Options));
        var document = new NormativeDocument("441900199", "某某镇措施", "办", "某某镇人民政府", null, true, false, 2026, default, "staff");
        var instance = machine.Start(P.Key, P.SubjectType, document.Id, document.RegionCode, Staff, new DateOnly(2023, 1, 1)).Instance;
        var date = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        var concluded = new FairCompetitionStatus(Guid.NewGuid(), true, FairCompetitionConclusion.Compliant, date);
        var ok = new DocumentGateContext(document, date, new LegalityOpinionStatus(Guid.NewGuid(), true, ReviewConclusion.Lawful, date, null), concluded, null);
        foreach (var action in new[] { P.StartDrafting, P.SubmitFairCompetition, P.SubmitLegalityReview, P.SubmitDeliberation })
        {
            machine.Apply(instance, action, Staff, ok, new StepInput { On = date }, WorkCalendar);
        }

        machine.Apply(instance, P.Deliberate, Staff, ok, new StepInput { On = date }, WorkCalendar);
        var violating = ok with { FairCompetition = concluded with { Conclusion = FairCompetitionConclusion.Violating } };

        var refused = Assert.Throws<DomainRuleException>(() => machine.Apply(instance, P.Register, Staff, violating, new StepInput { On = date }, WorkCalendar));
        Assert.StartsWith(basis, refused.LegalBasis);
        Assert.DoesNotContain("；", refused.LegalBasis);
    }

    [Fact]
    public void ImportAndExpiry_AreNotOfferedToStaff()
    {
        var definition = P.Create(Options);
        Assert.False(Staff.MayTake(definition.FindAction(P.Expire)!));
        Assert.Same(definition, definition.Validated());
    }
}
