using Fazhi.Modules.AnnualReports.Figures;

namespace Fazhi.UnitTests.Modules.AnnualReports;

public sealed class FigureFormatTests
{
    [Theory]
    [InlineData(5911, "宗", "5911宗")]
    [InlineData(89, "份", "89份")]
    [InlineData(0, "件", "0件")]
    [InlineData(82, "人次", "82人次")]
    [InlineData(66726, "户", "66726户")]
    [InlineData(2.5, "件", "2.5件")]
    public void Count_PrintsDigitsWithoutSeparators_AndTheUnit(decimal value, string unit, string expected) =>
        Assert.Equal(expected, FigureFormat.Count(value, unit));

    [Theory]
    [InlineData(700, "700宗")]
    [InlineData(701, "700余宗")]
    [InlineData(799, "700余宗")]
    [InlineData(800, "800宗")]
    [InlineData(7, "7宗")]
    [InlineData(23, "20余宗")]
    [InlineData(5911, "5900余宗")]
    [InlineData(66726, "6.6万余宗")]
    [InlineData(120000, "12万宗")]
    public void ApproximateCount_RoundsDownAndSaysYu_UnlessRound(decimal value, string expected) =>
        Assert.Equal(expected, FigureFormat.ApproximateCount(value, "宗"));

    [Theory]
    [InlineData(7_640_000_000, "约76.4亿元")]
    [InlineData(7_600_000_000, "约76亿元")]
    [InlineData(7_649_999_999, "约76.5亿元")]
    [InlineData(1_290_000, "约129万元")]
    [InlineData(1_294_999, "约129万元")]
    [InlineData(57_921_400, "约5792万元")]
    [InlineData(15_000, "约1.5万元")]
    [InlineData(5792.14, "5792.14元")]
    [InlineData(800, "800元")]
    [InlineData(0, "0元")]
    public void ApproximateMoney_UsesYiAndWan_WithYue(decimal yuan, string expected) =>
        Assert.Equal(expected, FigureFormat.ApproximateMoney(yuan));

    [Theory]
    [InlineData(57_921_400, "5792.14万元")]
    [InlineData(7_640_000_000, "76.4亿元")]
    [InlineData(7_640_000_100, "764000.01万元")]
    [InlineData(12_345.67, "12345.67元")]
    [InlineData(10_000, "1万元")]
    [InlineData(9_999, "9999元")]
    public void ExactMoney_KeepsEveryFen_InTheLargestUnitThatNeedsAtMostTwoDecimals(decimal yuan, string expected) =>
        Assert.Equal(expected, FigureFormat.ExactMoney(yuan));

    [Theory]
    [InlineData(96.31, "96.3%")]
    [InlineData(96.35, "96.4%")]
    [InlineData(100, "100%")]
    [InlineData(50.0, "50%")]
    [InlineData(0, "0%")]
    public void Rate_OneDecimalTrailingZeroDropped(decimal percent, string expected) =>
        Assert.Equal(expected, FigureFormat.Rate(percent));

    [Theory]
    [InlineData(0.78, "同比增长78%")]
    [InlineData(0.1177, "同比增长12%")]
    [InlineData(0.0512, "同比增长5.1%")]
    [InlineData(-0.5, "同比下降50%")]
    [InlineData(-0.125, "同比下降13%")]
    [InlineData(-0.04, "同比下降4%")]
    [InlineData(0, "与上年持平")]
    [InlineData(0.0004, "与上年基本持平")]
    [InlineData(1.5, "同比增长1.5倍")]
    [InlineData(2, "同比增长2倍")]
    public void YearOnYear_Phrased(decimal ratio, string expected) =>
        Assert.Equal(expected, FigureFormat.YearOnYear(ratio));

    [Theory]
    [InlineData(-0.5, "同比下降50%")]
    [InlineData(-0.57, "同比下降50%以上")]
    [InlineData(-0.999, "同比下降90%以上")]
    [InlineData(0.78, "同比增长70%以上")]
    [InlineData(0.056, "同比增长5.6%")]
    [InlineData(1.56, "同比增长1.5倍以上")]
    public void YearOnYear_Approximate_FloorsToTensAndSaysYiShang(decimal ratio, string expected) =>
        Assert.Equal(expected, FigureFormat.YearOnYear(ratio, approximate: true));

    [Theory]
    [InlineData(3.21, "同比提高3.2个百分点")]
    [InlineData(-0.5, "同比下降0.5个百分点")]
    [InlineData(0, "与上年持平")]
    [InlineData(0.04, "与上年基本持平")]
    public void YearOnYear_OfARate_InPercentagePoints(decimal points, string expected) =>
        Assert.Equal(expected, FigureFormat.YearOnYearPoints(points));

    [Theory]
    [InlineData(7_640_000_000, "元", "约76.4亿元")]
    [InlineData(96.31, "%", "96.3%")]
    [InlineData(90, "份", "90份")]
    public void Value_UsesTheUnitsDefault(decimal value, string unit, string expected) =>
        Assert.Equal(expected, FigureFormat.Value(value, unit));
}
