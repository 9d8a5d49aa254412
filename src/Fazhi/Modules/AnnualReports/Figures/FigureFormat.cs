using System.Globalization;

namespace Fazhi.Modules.AnnualReports.Figures;

/// <summary>
/// 数字书写规则 (how officials print figures in a report), as pure functions. The rules chosen, where practice varies:
/// <list type="bullet">
/// <item>Counts: Arabic digits without thousands separators, unit appended ("5911宗"); fractional counts keep up to 2 places.</item>
/// <item>Approximate counts ("700余宗"): below 10 exact; 10–99 to the ten; 100–9,999 to the hundred; from 10,000 to the
/// thousand written in 万 ("6.6万余户"). An exact round number drops 余 ("700宗").</item>
/// <item>Money in 元, approximate (the default, as in "约76.4亿元", "约129万元"): from 1亿 one decimal of 亿; from 100万 whole 万;
/// from 1万 one decimal of 万; below 1万 the exact amount in 元 without 约. The 约 is always written in 亿/万, because the
/// amount is reported rounded even when the rounding happens to be exact.</item>
/// <item>Money, exact ("5792.14万元"): in 亿元 when that needs at most 2 decimals, else in 万元 when that needs at most 2
/// decimals, else in 元 with up to 2 decimals.</item>
/// <item>Rates: one decimal, trailing zero dropped ("96.3%", "100%").</item>
/// <item>同比 of a quantity: "同比增长78%" / "同比下降12.5%": from 10% whole percent, below 10% one decimal; from +100% in
/// 倍 ("同比增长1.5倍"); exactly 0 "与上年持平", rounding to 0 "与上年基本持平". Approximate 同比 floors changes of 10% or more
/// to a multiple of 10 and adds 以上 unless exact ("同比下降50%以上" for a fall of 50–59.9%).</item>
/// <item>同比 of a rate: in percentage points ("同比提高3.2个百分点", "同比下降0.5个百分点").</item>
/// </list>
/// </summary>
public static class FigureFormat
{
    public const string MoneyUnit = "元";
    public const string PercentUnit = "%";

    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;

    /// <summary>True for units that mean an amount of money in 元.</summary>
    public static bool IsMoney(string unit) => unit == MoneyUnit;

    public static bool IsRate(string unit) => unit == PercentUnit;

    /// <summary>"5911宗".</summary>
    public static string Count(decimal value, string unit) => Number(value, 2) + unit;

    /// <summary>"700余宗" for 700–799; exact below 10 and for round numbers.</summary>
    public static string ApproximateCount(decimal value, string unit)
    {
        var n = Math.Abs(value);
        if (n < 10)
        {
            return Count(value, unit);
        }

        var sign = value < 0 ? "-" : "";
        if (n >= Wan)
        {
            var thousands = Math.Floor(n / 1000m) * 1000m;
            return sign + Number(thousands / Wan, 1) + "万" + (thousands == n ? "" : "余") + unit;
        }

        var step = n < 100 ? 10m : 100m;
        var floor = Math.Floor(n / step) * step;
        return sign + Number(floor, 0) + (floor == n ? "" : "余") + unit;
    }

    /// <summary>"约76.4亿元", "约129万元", "约1.5万元", "5792.14元".</summary>
    public static string ApproximateMoney(decimal yuan)
    {
        var n = Math.Abs(yuan);
        var sign = yuan < 0 ? "-" : "";
        if (n >= Yi)
        {
            return "约" + sign + Number(Round(n / Yi, 1), 1) + "亿元";
        }

        if (n >= 100 * Wan)
        {
            return "约" + sign + Number(Round(n / Wan, 0), 0) + "万元";
        }

        if (n >= Wan)
        {
            return "约" + sign + Number(Round(n / Wan, 1), 1) + "万元";
        }

        return sign + Number(n, 2) + "元";
    }

    /// <summary>"5792.14万元" for 57,921,400; "76.4亿元" for 7,640,000,000; "12345.67元" when 万 would need more than 2 decimals.</summary>
    public static string ExactMoney(decimal yuan)
    {
        var n = Math.Abs(yuan);
        var sign = yuan < 0 ? "-" : "";
        if (n >= Yi && n / Yi == Round(n / Yi, 2))
        {
            return sign + Number(n / Yi, 2) + "亿元";
        }

        if (n >= Wan && n / Wan == Round(n / Wan, 2))
        {
            return sign + Number(n / Wan, 2) + "万元";
        }

        return sign + Number(n, 2) + "元";
    }

    /// <summary>"96.3%" from a percentage value (96.31 → 96.3).</summary>
    public static string Rate(decimal percent) => Number(Round(percent, 1), 1) + "%";

    /// <summary>同比 of a quantity from the registry's ratio (0.78 = +78%).</summary>
    public static string YearOnYear(decimal ratio, bool approximate = false)
    {
        if (ratio == 0)
        {
            return "与上年持平";
        }

        var verb = ratio > 0 ? "同比增长" : "同比下降";
        var percent = Math.Abs(ratio) * 100m;
        if (ratio >= 1)
        {
            // 增长一倍以上 is said in 倍 (times the base), which is the ratio itself.
            var times = approximate ? Math.Floor(ratio * 10m) / 10m : Round(ratio, 1);
            var timesSuffix = approximate && times != ratio ? "倍以上" : "倍";
            return verb + Number(times, 1) + timesSuffix;
        }

        if (approximate && percent >= 10)
        {
            var floor = Math.Floor(percent / 10m) * 10m;
            return verb + Number(floor, 0) + "%" + (floor == percent ? "" : "以上");
        }

        var shown = percent >= 10 ? Round(percent, 0) : Round(percent, 1);
        return shown == 0 ? "与上年基本持平" : verb + Number(shown, 1) + "%";
    }

    /// <summary>同比 with two decimals ("同比增长11.77%"), as statistical bulletins print it; 一倍以上 still in 倍.</summary>
    public static string YearOnYearExact(decimal ratio)
    {
        if (ratio >= 1 || ratio == 0)
        {
            return YearOnYear(ratio);
        }

        var shown = Round(Math.Abs(ratio) * 100m, 2);
        return shown == 0 ? "与上年基本持平" : (ratio > 0 ? "同比增长" : "同比下降") + Number(shown, 2) + "%";
    }

    /// <summary>同比 of a rate, from the registry's difference in percentage points.</summary>
    public static string YearOnYearPoints(decimal points)
    {
        if (points == 0)
        {
            return "与上年持平";
        }

        var shown = Round(Math.Abs(points), 1);
        return shown == 0
            ? "与上年基本持平"
            : (points > 0 ? "同比提高" : "同比下降") + Number(shown, 1) + "个百分点";
    }

    /// <summary>The figure as printed by default for its unit: money approximate, rates one decimal, counts exact.</summary>
    public static string Value(decimal value, string unit) =>
        IsMoney(unit) ? ApproximateMoney(value)
        : IsRate(unit) ? Rate(value)
        : Count(value, unit);

    /// <summary>Digits without separators, at most <paramref name="decimals"/> places, trailing zeros dropped.</summary>
    public static string Number(decimal value, int decimals)
    {
        var rounded = Round(value, decimals);
        return rounded.ToString("0." + new string('#', Math.Max(decimals, 0)), CultureInfo.InvariantCulture).TrimEnd('.');
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
