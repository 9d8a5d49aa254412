using Fazhi.Modules.Enforcement.Domain;

namespace Fazhi.UnitTests.Modules.Enforcement;

/// <summary>加处罚款 (行政处罚法第七十二条、第七十三条).</summary>
public sealed class LateFeeCalculatorTests
{
    private static readonly DateOnly Due = new(2024, 3, 15);

    [Fact]
    public void LateFee_IsNothing_OnOrBeforeTheDueDate()
    {
        Assert.Equal(0, LateFeeCalculator.Compute(1_000_00, Due, Due, []).AmountFen);
    }

    [Fact]
    public void LateFee_Is3PercentOfTheFinePerDay_FromTheDayAfterTheDueDate()
    {
        var result = LateFeeCalculator.Compute(1_000_00, Due, Due.AddDays(10), []);

        Assert.Equal(10, result.DaysCounted);
        Assert.Equal(300_00, result.AmountFen);
    }

    [Fact]
    public void LateFee_StopsAtTheFineAmount()
    {
        // 34 days would be 102%: capped at the fine.
        var result = LateFeeCalculator.Compute(1_000_00, Due, Due.AddDays(34), []);

        Assert.Equal(1_000_00, result.AmountFen);
        Assert.True(result.Capped);
        Assert.Equal(1_000_00, LateFeeCalculator.Compute(1_000_00, Due, Due.AddDays(400), []).AmountFen);
    }

    [Fact]
    public void LateFee_DoesNotAccrue_WhileAReconsiderationRuns()
    {
        // Reconsideration from day 3 to day 12 after the due date (10 days) out of 20 days elapsed.
        var remedies = new[] { new RemedyInterval(Due.AddDays(3), Due.AddDays(12)) };

        var result = LateFeeCalculator.Compute(1_000_00, Due, Due.AddDays(20), remedies);

        Assert.Equal(10, result.DaysExcluded);
        Assert.Equal(10, result.DaysCounted);
        Assert.Equal(300_00, result.AmountFen);
        Assert.Contains(result.Lines, l => l.Contains("第七十三条", StringComparison.Ordinal));
    }

    [Fact]
    public void LateFee_DoesNotAccrue_WhileLitigationIsStillRunning()
    {
        var remedies = new[] { new RemedyInterval(Due.AddDays(1), null) };

        Assert.Equal(0, LateFeeCalculator.Compute(1_000_00, Due, Due.AddDays(60), remedies).AmountFen);
    }

    [Fact]
    public void LateFee_RoundsDownToWholeFen()
    {
        // 3% of 0.33 元 is 0.99 分 a day: one day gives 0 分, two days 1 分.
        Assert.Equal(0, LateFeeCalculator.Compute(33, Due, Due.AddDays(1), []).AmountFen);
        Assert.Equal(1, LateFeeCalculator.Compute(33, Due, Due.AddDays(2), []).AmountFen);
    }
}
