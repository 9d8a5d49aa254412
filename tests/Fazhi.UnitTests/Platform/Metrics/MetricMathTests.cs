using Fazhi.Platform.Metrics;

namespace Fazhi.UnitTests.Platform.Metrics;

public sealed class MetricMathTests
{
    [Fact]
    public void Percentage_IsNumeratorOverDenominatorInPercentRoundedToTwoPlaces() =>
        Assert.Equal(66.67m, MetricMath.Percentage(2, 3));

    [Fact]
    public void Percentage_IsNull_WhenDenominatorIsZero() =>
        Assert.Null(MetricMath.Percentage(0, 0));

    [Theory]
    [InlineData(3, 1, 2.0)]
    [InlineData(1, 3, -0.6667)]
    [InlineData(5, 5, 0.0)]
    public void YearOnYear_ForQuantities_IsRelativeChangeRoundedToFourPlaces(double value, double previous, double expected) =>
        Assert.Equal((decimal)expected, MetricMath.YearOnYear(MetricKind.Quantity, (decimal)value, (decimal)previous));

    [Fact]
    public void YearOnYear_ForQuantities_IsNull_WhenPreviousIsZeroOrUnknown()
    {
        Assert.Null(MetricMath.YearOnYear(MetricKind.Quantity, 4, 0));
        Assert.Null(MetricMath.YearOnYear(MetricKind.Quantity, 4, null));
    }

    [Fact]
    public void YearOnYear_ForRates_IsDifferenceInPercentagePoints()
    {
        Assert.Equal(-25m, MetricMath.YearOnYear(MetricKind.Rate, 25m, 50m));
        Assert.Null(MetricMath.YearOnYear(MetricKind.Rate, 25m, null));
        Assert.Equal("percentagePoints", MetricMath.YearOnYearKind(MetricKind.Rate));
        Assert.Equal("relative", MetricMath.YearOnYearKind(MetricKind.Quantity));
    }

    [Fact]
    public void Scope_YearIsTheBeijingCalendarYear()
    {
        var scope = new MetricScope("441900199", "441900199", 2025);
        Assert.Equal(new DateTime(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc), scope.StartsAtUtc);
        Assert.Equal(new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc), scope.EndsAtUtc);
        Assert.Equal(new DateOnly(2025, 1, 1), scope.FirstDay);
        Assert.Equal(new DateOnly(2026, 1, 1), scope.EndDay);
    }

    [Fact]
    public void Catalog_RefusesDuplicateKeys()
    {
        static Task<MetricResult> Query(Fazhi.Platform.Data.AppDbContext db, MetricScope s, CancellationToken ct) =>
            Task.FromResult(MetricResult.CountOf([]));
        var a = new MetricDefinition("test.figure", "甲", "件", "口径", "模块甲", Query);
        var b = new MetricDefinition("test.figure", "乙", "件", "口径", "模块乙", Query);
        var e = Assert.Throws<InvalidOperationException>(() => new MetricCatalog([a, b]));
        Assert.Contains("重复", e.Message);
    }

    [Theory]
    [InlineData("Figure")]
    [InlineData("nodot")]
    [InlineData("a..b")]
    [InlineData("a.b-c")]
    public void Definition_RefusesMalformedKeys(string key) =>
        Assert.Throws<ArgumentException>(() => new MetricDefinition(key, "名", "件", "口径", "模块", (_, _, _) => Task.FromResult(MetricResult.CountOf([]))));
}
