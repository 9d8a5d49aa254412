using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.MajorDecisions.Catalog;
using Fazhi.Modules.MajorDecisions.Decisions;
using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Platform.Web;

namespace Fazhi.UnitTests.Modules.MajorDecisions;

/// <summary>The module's rules without a database: the procedure definition, the gate facts, the minutes and the catalog versions.</summary>
public sealed class DecisionRulesTests
{
    private static CatalogItem Item(DecisionCatalog catalog, bool publicParticipation = false, bool experts = false, bool risk = false, bool hearing = false, string title = "甲村城市更新项目") =>
        new(catalog, Guid.CreateVersion7(), 1, new CatalogItemInput
        {
            Title = title,
            LeadUnit = "城市更新中心",
            RequiresPublicParticipation = publicParticipation,
            RequiresExpertReview = experts,
            RequiresRiskAssessment = risk,
            RequiresHearing = hearing,
        });

    private static DecisionCatalog Catalog() => new("441900199", 2026, 1, null, null, "test", DateTime.UnixEpoch);

    private static MajorDecision Decision(bool publicParticipation = false, bool experts = false, bool risk = false, bool hearing = false) =>
        new(Item(Catalog(), publicParticipation, experts, risk, hearing), 2026, "镇长", "test", DateTime.UnixEpoch, new DateOnly(2026, 3, 2));

    private static DecisionGateContext Context(MajorDecision d, ConsultationStatus? consultation = null, IReadOnlyList<ExpertOpinion>? experts = null,
        RiskAssessment? risk = null, IReadOnlyList<DecisionHearing>? hearings = null, LegalityOpinionStatus? legality = null) =>
        new(d, consultation, experts ?? [], risk, hearings ?? [], legality, null, null);

    [Fact]
    public void Procedure_HasExactlyTheStatesOfLaw2_AndIsValid()
    {
        Assert.Same(DecisionProcedure.V1, DecisionProcedure.V1.Validated());
        Assert.Equal(
            ["proposed", "initiated", "drafting", "public_participation", "expert_review", "risk_assessment", "fair_competition_review", "legality_review",
             "collective_decision", "party_report", "published", "archived", "implementing", "post_evaluation", "adjusted", "suspended"],
            DecisionProcedure.V1.States.Select(s => s.Key));
    }

    [Fact]
    public void Gates_StepsTheCatalogItemDoesNotRequire_AreSkipped()
    {
        var context = Context(Decision());

        Assert.True(context.PublicParticipationDone && context.ExpertReviewDone && context.RiskAssessmentDone && context.HearingDone);
    }

    [Fact]
    public void PublicParticipation_IsDoneOnlyWhenClosedAndEveryCommentAnswered()
    {
        var d = Decision(publicParticipation: true);
        static ConsultationStatus Status(bool closed, int unanswered) => new(Guid.NewGuid(), new(2026, 1, 1), new(2026, 1, 30), closed, 3, 2, 0, 1 - unanswered, unanswered, false, "/");

        Assert.False(Context(d).PublicParticipationDone);
        Assert.False(Context(d, Status(false, 0)).PublicParticipationDone);
        Assert.False(Context(d, Status(true, 1)).PublicParticipationDone);
        Assert.True(Context(d, Status(true, 0)).PublicParticipationDone);
    }

    [Fact]
    public void ExpertReview_NeedsSignedOpinionsOfExpertsWithoutDirectInterest()
    {
        var d = Decision(experts: true);

        Assert.False(Context(d).ExpertReviewDone);
        Assert.False(Context(d, experts: [new ExpertOpinion(d, "甲", "乙", "可行", new(2026, 3, 1), signedOrSealed: true, noDirectInterest: false, "t")]).ExpertReviewDone);
        Assert.True(Context(d, experts: [new ExpertOpinion(d, "甲", "乙", "可行", new(2026, 3, 1), true, true, "t")]).ExpertReviewDone);
    }

    [Theory]
    [InlineData(20, 27, true)]
    [InlineData(21, 27, false)]
    public void Hearing_MaterialsAtLeast7CalendarDaysBefore(int delivered, int held, bool valid)
    {
        var d = Decision(hearing: true);
        var hearing = new DecisionHearing(d, new(2026, 2, 10), new(2026, 2, delivered), new(2026, 2, held), "会议室", "情况", recordSigned: true);

        Assert.Equal(valid, hearing.Valid);
        Assert.Equal(valid, Context(d, hearings: [hearing]).HearingDone);
    }

    [Fact]
    public void Legality_PassedOnlyWithAnIssuedOpinionNotUnlawful()
    {
        var d = Decision();
        static LegalityOpinionStatus Status(bool issued, ReviewConclusion? c) => new(Guid.NewGuid(), issued, c, issued ? new DateOnly(2026, 3, 2) : null, "1号");

        Assert.False(Context(d).LegalityPassed);
        Assert.False(Context(d, legality: Status(false, null)).LegalityPassed);
        Assert.False(Context(d, legality: Status(true, ReviewConclusion.Unlawful)).LegalityPassed);
        Assert.True(Context(d, legality: Status(true, ReviewConclusion.LawfulAfterRevision)).LegalityPassed);
        Assert.True((Context(d, legality: Status(true, ReviewConclusion.Unlawful)) with { ExploratoryReform = true, LegalRiskStatement = "风险" }).ExploratoryWithRisk);
    }

    private static readonly AttendeeInput Deputy = new("李四", "副镇长", AttendeeView.Agree, "同意");
    private static readonly AttendeeInput Dissent = new("王五", "副镇长", AttendeeView.Disagree, "资金未落实");
    private static readonly AttendeeInput Chief = new("张三", "镇长", AttendeeView.Agree, "同意", IsChief: true);

    [Fact]
    public void Minutes_ChiefSpeaksLast_Art30()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => DecisionMeeting.Check("镇政府常务会议", [Chief, Deputy], MeetingOutcome.Approved, null));

        Assert.Contains("第三十条", refusal.LegalBasis);
        Assert.Equal(2, DecisionMeeting.Check("镇政府常务会议", [Deputy, Chief], MeetingOutcome.Approved, null).Count);
    }

    [Fact]
    public void Minutes_ExactlyOneChief()
    {
        Assert.Throws<DomainRuleException>(() => DecisionMeeting.Check("镇政府常务会议", [Deputy, Deputy], MeetingOutcome.Approved, null));
        Assert.Throws<DomainRuleException>(() => DecisionMeeting.Check("镇政府常务会议", [Chief, Chief], MeetingOutcome.Approved, null));
    }

    [Fact]
    public void Minutes_AgainstTheMajority_NeedsReasons_Art30()
    {
        var two = Dissent with { Name = "赵六" };

        Assert.Throws<DomainRuleException>(() => DecisionMeeting.Check("镇政府常务会议", [Dissent, two, Chief], MeetingOutcome.Approved, null));
        Assert.NotEmpty(DecisionMeeting.Check("镇政府常务会议", [Dissent, two, Chief], MeetingOutcome.Approved, "上级专项资金已下达"));
        // Rejecting against a majority in favour also needs reasons; a tie is no majority.
        Assert.Throws<DomainRuleException>(() => DecisionMeeting.Check("镇政府常务会议", [Deputy, Chief], MeetingOutcome.Rejected, null));
        Assert.NotEmpty(DecisionMeeting.Check("镇政府常务会议", [Deputy, Dissent, Chief], MeetingOutcome.Approved, null));
    }

    [Fact]
    public void Minutes_DissentWithoutItsContent_IsAFieldError()
    {
        var error = Assert.Throws<FieldValidationException>(() =>
            DecisionMeeting.Check("镇政府常务会议", [Dissent with { Remarks = null }, Chief], MeetingOutcome.Approved, null));

        Assert.Contains("attendees[0]", error.Errors.Keys);
    }

    [Fact]
    public void AttendeeLines_ParseTheFormInSpeakingOrder()
    {
        var lines = AttendeeLines.Parse("李四，副镇长，同意，同意\n王五,副镇长,不同意,资金未落实\n张三（行政首长），镇长，同意，按意见完善");

        Assert.Equal(["李四", "王五", "张三"], lines.Select(l => l.Name ?? ""));
        Assert.Equal(AttendeeView.Disagree, lines[1].View);
        Assert.True(lines[2].IsChief);
        Assert.Equal("按意见完善", lines[2].Remarks);
    }

    [Fact]
    public void Catalog_PublishBeforePartyApproval_Refused_Art3()
    {
        var catalog = Catalog();
        catalog.Items.Add(Item(catalog));

        var refusal = Assert.Throws<DomainRuleException>(() => catalog.Publish(new DateOnly(2026, 2, 1), null));

        Assert.Contains("第三条", refusal.LegalBasis);
        catalog.Approve(new DateOnly(2026, 2, 1), "党委同意");
        Assert.Throws<FieldValidationException>(() => catalog.Publish(new DateOnly(2026, 1, 31), null));
        catalog.Publish(new DateOnly(2026, 2, 3), null);
        Assert.Equal(CatalogStatus.Published, catalog.Status);
        Assert.Throws<DomainRuleException>(catalog.EnsureEditable);
    }

    [Fact]
    public void CatalogVersions_ChangesNameAddedAlteredAndRemovedItems()
    {
        var v1 = Catalog();
        var kept = Item(v1, title: "甲项目");
        var dropped = Item(v1, title: "乙项目");
        v1.Items.AddRange([kept, dropped]);
        var v2 = new DecisionCatalog("441900199", 2026, 2, v1.Id, "调整", "test", DateTime.UnixEpoch);
        v2.Items.Add(new CatalogItem(v2, kept.ItemKey, 1, kept.ToInput() with { RequiresHearing = true }));
        v2.Items.Add(Item(v2, title: "丙项目"));

        var changes = CatalogUseCases.Changes(v1, v2);

        Assert.Equal(["调整：甲项目", "新增：丙项目", "删除：乙项目"], changes);
    }
}
