using Fazhi.Platform.Metrics;

namespace Fazhi.UnitTests.Platform.Metrics;

/// <summary>统计范围 narrowed to a month (for dashboard trends): same half-open Beijing-time bounds as a year.</summary>
public sealed class MetricScopeMonthTests
{
    [Fact]
    public void Month_BoundsAreTheMonthInBeijingTime_HalfOpen()
    {
        var march = new MetricScope("441900199", "441900199", 2025).ForMonth(3);
        Assert.Equal(new DateOnly(2025, 3, 1), march.FirstDay);
        Assert.Equal(new DateOnly(2025, 4, 1), march.EndDay);
        Assert.Equal(new DateTime(2025, 2, 28, 16, 0, 0, DateTimeKind.Utc), march.StartsAtUtc);
        Assert.Equal(new DateTime(2025, 3, 31, 16, 0, 0, DateTimeKind.Utc), march.EndsAtUtc);
    }

    [Fact]
    public void December_EndsOnTheFirstOfNextYear_AndForYearKeepsTheMonth()
    {
        var december = new MetricScope("441900199", "441900199", 2025, 12);
        Assert.Equal(new DateOnly(2026, 1, 1), december.EndDay);
        var lastYear = december.ForYear(2024);
        Assert.Equal(12, lastYear.Month);
        Assert.Equal(new DateOnly(2024, 12, 1), lastYear.FirstDay);
    }

    [Fact]
    public void WholeYear_IsUnchanged_WhenNoMonthIsGiven()
    {
        var year = new MetricScope("441900199", "441900199", 2025);
        Assert.Null(year.Month);
        Assert.Equal(new DateOnly(2025, 1, 1), year.FirstDay);
        Assert.Equal(new DateOnly(2026, 1, 1), year.EndDay);
        Assert.Equal(new DateTime(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc), year.StartsAtUtc);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_OutsideOneToTwelve_IsRefused(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricScope("441900199", "441900199", 2025, month));
}
