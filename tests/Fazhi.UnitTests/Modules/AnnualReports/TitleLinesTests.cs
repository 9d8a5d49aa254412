using Fazhi.Modules.AnnualReports.Export;

namespace Fazhi.UnitTests.Modules.AnnualReports;

/// <summary>标题回行: GB/T 9704-2012 §7.3.1 — words kept whole, lines in a 梯形 with the longer first.</summary>
public sealed class TitleLinesTests
{
    [Fact]
    public void SeedTitle_BreaksAfter关于_LongerLineFirst()
    {
        var lines = TitleLines.Split("中共常平镇委员会 常平镇人民政府关于2022年法治政府建设情况的报告");
        Assert.Equal(["中共常平镇委员会 常平镇人民政府关于", "2022年法治政府建设情况的报告"], lines);
        Assert.True(TitleLines.Width(lines[0]) >= TitleLines.Width(lines[1]));
    }

    [Fact]
    public void ShortTitle_StaysOnOneLine()
    {
        Assert.Equal(["常平镇2022年法治政府建设情况的报告"], TitleLines.Split("常平镇2022年法治政府建设情况的报告"));
    }

    [Theory]
    [InlineData("中共测试镇501委员会 测试镇501人民政府关于2025年法治政府建设情况的报告", 20)]
    [InlineData("中共东莞市常平镇委员会 东莞市常平镇人民政府关于2022年度法治政府建设工作情况的报告", 20)]
    public void LongTitle_EveryLineFits_NoLineLongerThanTheOneAbove_AndNothingIsLost(string title, int width)
    {
        var lines = TitleLines.Split(title, width);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(TitleLines.Width(l) <= width, $"“{l}”超过{width}字"));
        Assert.All(lines.Zip(lines.Skip(1)), p => Assert.True(TitleLines.Width(p.First) >= TitleLines.Width(p.Second), $"“{p.Second}”长于上一行“{p.First}”"));
        Assert.Equal(title.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void NarrowLine_WhereNoTrapezoidFits_StillKeepsWordsWhole()
    {
        var lines = TitleLines.Split("中共常平镇委员会 常平镇人民政府关于2022年法治政府建设情况的报告", 12);
        Assert.Equal(["中共常平镇委员会", "常平镇人民政府关于2022年", "法治政府建设情况的报告"], lines);
        Assert.All(lines, l => Assert.True(TitleLines.Width(l) <= 12));
    }
}
