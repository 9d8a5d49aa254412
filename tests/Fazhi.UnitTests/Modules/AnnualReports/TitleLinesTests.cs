using Fazhi.Modules.AnnualReports.Export;

namespace Fazhi.UnitTests.Modules.AnnualReports;

public sealed class TitleLinesTests
{
    [Fact]
    public void Title_BreaksBeforeGuanyu_WordsWhole_AsATrapezoid()
    {
        var lines = TitleLines.Break("中共演示镇委员会 演示镇人民政府关于2022年法治政府建设情况的报告");
        Assert.Equal(["中共演示镇委员会 演示镇人民政府", "关于2022年法治政府建设情况的报告"], lines);
    }

    [Fact]
    public void Title_ThatFits_StaysOnOneLine()
    {
        Assert.Equal(["关于2022年法治政府建设情况的报告"], TitleLines.Break("关于2022年法治政府建设情况的报告"));
    }

    [Fact]
    public void Title_EveryLineFitsTheTypeArea_WordsKeptWhole()
    {
        const string title = "中共东莞市演示镇委员会 东莞市演示镇人民政府关于2022年度法治政府建设工作情况和2023年工作安排的报告";
        var lines = TitleLines.Break(title);
        Assert.All(lines, l => Assert.True(TitleLines.Width(l) <= TitleLines.MaxWidth, l));
        Assert.Equal(title.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("关于", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith('度'));
    }
}
