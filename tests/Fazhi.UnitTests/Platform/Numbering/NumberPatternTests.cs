using Fazhi.Platform.Numbering;

namespace Fazhi.UnitTests.Platform.Numbering;

public sealed class NumberPatternTests
{
    [Theory]
    [InlineData("{prefix}〔{year}〕{n}号", "演府", "441900199", 2022, 5, "演府〔2022〕5号")]
    [InlineData("{prefix}〔{year}〕{n}号", "演综执罚", "441900199", 2024, 12, "演综执罚〔2024〕12号")]
    [InlineData("{region}-{year}-{n:0000}", null, "441900199", 2024, 3, "441900199-2024-0003")]
    [InlineData("{region}-{year}-{n:00}", null, "441900199", 2024, 123, "441900199-2024-123")]
    [InlineData("第{year}{n:000}号", null, "441900", 2025, 7, "第2025007号")]
    public void Format_FillsTokens(string pattern, string? prefix, string region, int year, long n, string expected) =>
        Assert.Equal(expected, NumberPattern.Format(pattern, prefix, region, year, n));

    [Fact]
    public void Default_IsRegionYearAndPaddedSequence() =>
        Assert.Equal("441900199-2026-0001", NumberPattern.Format(NumberPattern.Default, null, "441900199", 2026, 1));

    [Theory]
    [InlineData("{prefix}〔{year}〕号", "演府", "序号")]
    [InlineData("{prefix}〔{year}〕{n}-{n}号", "演府", "只包含一个序号")]
    [InlineData("{prefix}〔2024〕{n}号", "演府", "年份")]
    [InlineData("{prefix}〔{year}〕{n}号", "", "机关代字")]
    [InlineData("{dept}〔{year}〕{n}号", "演府", "无法识别")]
    [InlineData("{prefix}〔{year}〕{n号", "演府", "花括号")]
    [InlineData("{prefix}〔{year:0000}〕{n}号", "演府", "补零")]
    [InlineData("", "演府", "不能为空")]
    public void Validate_RefusesPatternsThatCannotIssueUniqueNumbers(string pattern, string? prefix, string reason)
    {
        var error = NumberPattern.Validate(pattern, prefix);
        Assert.NotNull(error);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Format_RefusesInvalidPattern() =>
        Assert.Throws<ArgumentException>(() => NumberPattern.Format("{prefix}{n}", "演府", "441900199", 2024, 1));

    [Fact]
    public void Check_GivesChineseFieldErrors_ForBadRegionKindAndYear()
    {
        var e = Assert.Throws<Fazhi.Platform.Web.FieldValidationException>(() => IssueNumber.Check("12345", "Bad Kind", 1999));
        Assert.Equal(["kind", "region", "year"], e.Errors.Keys.Order());
    }
}
