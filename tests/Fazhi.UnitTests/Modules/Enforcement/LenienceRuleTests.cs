using Fazhi.Modules.Enforcement.Domain;

namespace Fazhi.UnitTests.Modules.Enforcement;

/// <summary>加处罚款 under 暂缓/分期 (第六十六条、第七十二条、第七十三条), the 减免责清单 version in force, and 简易程序 limits.</summary>
public sealed class LenienceRuleTests
{
    private static readonly DateOnly First = new(2024, 7, 18);
    private static readonly DateOnly Second = new(2024, 8, 18);

    private static InstalmentDue[] Plan(DateOnly? firstPaid = null, DateOnly? secondPaid = null) =>
        [new(1, First, 500_00, firstPaid), new(2, Second, 500_00, secondPaid)];

    [Fact]
    public void InstalmentLateFee_AccruesOnlyOnTheOverdueInstalment_FromTheDayAfterItsOwnDueDate()
    {
        // 10 days after the first due date, the second is not yet due: 3% × 500 × 10 = 150 元.
        var result = LateFeeCalculator.ComputeInstalments(1_000_00, Plan(), First.AddDays(10), []);

        Assert.Equal(150_00, result.AmountFen);
        Assert.Equal(10, result.DaysCounted);
    }

    [Fact]
    public void InstalmentLateFee_StopsAtThePaymentDayOfEachInstalment()
    {
        var result = LateFeeCalculator.ComputeInstalments(1_000_00, Plan(firstPaid: First.AddDays(2)), Second.AddDays(1), []);

        // First: 2 days × 15 元; second: 1 day × 15 元.
        Assert.Equal(45_00, result.AmountFen);
    }

    [Fact]
    public void InstalmentLateFee_DoesNotAccrueWhileAReconsiderationRuns()
    {
        var remedies = new[] { new RemedyInterval(First.AddDays(1), First.AddDays(5)) };

        var result = LateFeeCalculator.ComputeInstalments(1_000_00, Plan(), First.AddDays(10), remedies);

        Assert.Equal(5, result.DaysExcluded);
        Assert.Equal(75_00, result.AmountFen);
    }

    [Fact]
    public void InstalmentLateFee_NeverExceedsTheFine()
    {
        var result = LateFeeCalculator.ComputeInstalments(1_000_00, Plan(), Second.AddDays(400), []);

        Assert.Equal(1_000_00, result.AmountFen);
    }

    [Fact]
    public void LenientList_VersionInForce_IsTheLatestEffectiveOnOrBeforeTheDay()
    {
        var v1 = new LenientList("441900", 1, "清单", new(2023, 1, 1));
        var v2 = new LenientList("441900", 2, "清单", new(2025, 6, 1));

        Assert.Null(LenientList.InForce([v1, v2], new(2022, 12, 31)));
        Assert.Same(v1, LenientList.InForce([v1, v2], new(2025, 5, 31)));
        Assert.Same(v2, LenientList.InForce([v1, v2], new(2025, 6, 1)));
    }

    [Theory]
    [InlineData(PartyKind.Individual, 200_00, true)]
    [InlineData(PartyKind.Individual, 200_01, false)]
    [InlineData(PartyKind.Organisation, 3_000_00, true)]
    [InlineData(PartyKind.Organisation, 3_000_01, false)]
    public void SimpleProcedure_FineLimit_Is200YuanForACitizenAnd3000ForAnOrganisation(PartyKind party, long fineFen, bool allowed)
    {
        var c = new EnforcementCase("441900", "占道经营", null, EnforcementDomain.CityManagement, party, "当事人", null, ClueSource.Inspection, "巡查", new(2025, 6, 3));
        c.DecideSimple(new(2025, 6, 3), "事实", "依据", PenaltyMeasures.Fine, fineFen, true, "No.1");

        Assert.Equal(allowed, c.WithinSimpleLimits);
    }

    [Fact]
    public void PaymentArrangement_AmountsMustAddUpToTheFine_AndDueDatesAscendAfterTheOriginal()
    {
        var c = new EnforcementCase("441900", "案", null, EnforcementDomain.Other, PartyKind.Individual, "当事人", null, ClueSource.Inspection, "线索", new(2025, 6, 3));
        var arrangement = new PaymentArrangement(c, PaymentArrangementKind.Instalments, new(2025, 6, 10), "经济困难");

        Assert.Throws<Fazhi.Platform.Web.FieldValidationException>(() => arrangement.Approve(new(2025, 6, 12), "张镇长", [new(First, 400_00), new(Second, 500_00)], 1_000_00, new(2024, 7, 1)));
        Assert.Throws<Fazhi.Platform.Web.FieldValidationException>(() => arrangement.Approve(new(2025, 6, 12), "张镇长", [new(Second, 500_00), new(First, 500_00)], 1_000_00, new(2024, 7, 1)));
        Assert.Equal(2, arrangement.Approve(new(2025, 6, 12), "张镇长", [new(First, 500_00), new(Second, 500_00)], 1_000_00, new(2024, 7, 1)).Count);
    }
}
