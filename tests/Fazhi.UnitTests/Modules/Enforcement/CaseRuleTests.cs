using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Web;

namespace Fazhi.UnitTests.Modules.Enforcement;

/// <summary>Discretion standards, the 法制审核目录, hearing scope and certificates.</summary>
public sealed class CaseRuleTests
{
    private const string Town = "441900199";
    private static readonly DateOnly Day = new(2025, 6, 2);
    private static readonly DiscretionStandard Standard = new(Town, null, "未取得医疗机构执业许可证擅自执业", "首次违法、情节轻微", 10_000_00, 30_000_00, "《基本医疗卫生法》第九十九条");

    private static EnforcementCase NewCase(PartyKind party = PartyKind.Organisation, EnforcementDomain domain = EnforcementDomain.Medical) =>
        new(Town, "非法行医案", null, domain, party, "某诊所", null, ClueSource.Complaint, "群众举报", Day);

    private static void Report(EnforcementCase c, long fineFen, string? justification = null, bool complex = false, bool serious = false) =>
        c.Report(Day, "查明事实", CaseOutcome.Penalty, PenaltyMeasures.Fine, fineFen, null, Standard, justification, false, complex, serious);

    [Fact]
    public void Discretion_FineOutsideTheRange_WithoutWrittenJustification_IsRefusedCitingArticle34()
    {
        var c = NewCase();

        var refused = Assert.Throws<DomainRuleException>(() => Report(c, 40_000_00));

        Assert.Contains("第三十四条", refused.LegalBasis, StringComparison.Ordinal);
        Assert.Null(c.ReportedOn);
    }

    [Fact]
    public void Discretion_FineOutsideTheRange_WithJustification_SendsTheCaseToCollectiveDiscussion()
    {
        var c = NewCase();

        Report(c, 40_000_00, "违法所得较大，社会影响恶劣");

        Assert.True(c.RequiresCollectiveDiscussion);
    }

    [Fact]
    public void Discretion_FineWithinTheRange_NeedsNoJustification_NorCollectiveDiscussion()
    {
        var c = NewCase();

        Report(c, 20_000_00);

        Assert.False(c.RequiresCollectiveDiscussion);
    }

    [Fact]
    public void LegalReview_IsRequired_ForStatutoryCases_WhateverTheCatalogSays()
    {
        var c = NewCase();
        Report(c, 20_000_00, complex: true);

        Assert.Contains(c.LegalReviewReasons([]), r => r.Contains("疑难复杂", StringComparison.Ordinal));
    }

    [Fact]
    public void LegalReview_CatalogFineThreshold_IsConfigurable()
    {
        var c = NewCase();
        Report(c, 20_000_00);
        var low = new LegalReviewCatalogItem(Town, LegalReviewCriterion.FineAtLeast, "罚款2万元以上", 20_000_00);
        var high = new LegalReviewCatalogItem(Town, LegalReviewCriterion.FineAtLeast, "罚款5万元以上", 50_000_00);

        Assert.Single(c.LegalReviewReasons([low]));
        Assert.Empty(c.LegalReviewReasons([high]));
    }

    [Fact]
    public void HearingScope_LargeFineForAnOrganisation_GrantsTheHearingRight()
    {
        var small = NewCase();
        Report(small, 20_000_00);
        var large = NewCase();
        Report(large, 30_000_00, null);
        var revocation = NewCase();
        revocation.Report(Day, "查明事实", CaseOutcome.Penalty, PenaltyMeasures.Licence, null, null, null, null, false, false, false);

        Assert.False(small.HearingEligible);
        Assert.True(revocation.HearingEligible);
        Assert.Equal(30_000_00 >= HearingThresholds.OrganisationFineFen, large.HearingEligible);
    }

    [Fact]
    public void Certificate_IsValidOnlyWithinItsPeriod()
    {
        var officer = new Officer(Town, "张三", "44190001", "综合执法", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31));

        Assert.True(officer.HasValidCertificateOn(new DateOnly(2025, 12, 31)));
        Assert.False(officer.HasValidCertificateOn(new DateOnly(2026, 1, 1)));
        Assert.True(officer.CertificateExpiresWithin(new DateOnly(2025, 12, 1), 60));
    }
}
