using System.Text.RegularExpressions;

namespace Fazhi.Modules.AnnualReports.Figures;

/// <summary>How a placeholder asks for its figure to be printed (the part after "|").</summary>
public enum FigureStyle
{
    /// <summary>{{key}}: the unit's default (money approximate, rate one decimal, count exact).</summary>
    Default,

    /// <summary>{{key|approx}}: "700余宗", "约129万元".</summary>
    Approximate,

    /// <summary>{{key|exact}}: "5792.14万元".</summary>
    Exact,

    /// <summary>{{key|yoy}}: "同比增长78%".</summary>
    YearOnYear,

    /// <summary>{{key|yoy_approx}}: "同比下降50%以上".</summary>
    YearOnYearApproximate,

    /// <summary>{{key|yoy_exact}}: "同比增长11.77%" (two decimals, as statistical bulletins print market figures).</summary>
    YearOnYearExact,

    /// <summary>{{key|prev}}: last year's value.</summary>
    Previous,

    /// <summary>
    /// {{rate|claim}}: a fixed claim bound to its rate — "均经合法性审查" only while the rate is 100%, else the real share
    /// ("经合法性审查的占83.3%"); the wording is the figure's entry in <see cref="Claims"/>.
    /// </summary>
    Claim,
}

/// <summary>数字占位符 (figure placeholder): <c>{{legality_review.contracts}}</c> or <c>{{key|yoy}}</c> in a section's text.</summary>
public sealed record FigurePlaceholder(int Start, int Length, string Key, FigureStyle Style, string? UnknownModifier)
{
    /// <summary>
    /// 量词 the sentence counts in instead of the figure's unit — <c>{{enforcement.penalty_cases|approx|宗}}</c> prints
    /// "700余宗" where the registry counts 件 (a report in 粤 usage says 宗). Counts only; money and rates keep their unit.
    /// </summary>
    public string? CountingWord { get; init; }

    /// <summary>Report words rather than registry figures: {{year}}, {{next_year}}, {{region}}.</summary>
    public bool IsReportWord => !Key.Contains('.', StringComparison.Ordinal);

    public bool IsYearOnYear => Style is FigureStyle.YearOnYear or FigureStyle.YearOnYearApproximate or FigureStyle.YearOnYearExact;
}

/// <summary>A figure as the report needs it: the registry's value for the report's region and year, last year's and 同比.</summary>
public sealed record ReportFigure(string Key, string Name, string Unit, bool IsRate, decimal? Value, decimal? Previous, decimal? Yoy, decimal? Numerator, decimal? Denominator)
{
    /// <summary>The records behind this year's value ("type:id"), kept when the report is submitted; null when not fetched.</summary>
    public IReadOnlyList<string>? Records { get; init; }
}

/// <summary>Finds placeholders in narrative text and prints one figure the way it asks.</summary>
public static partial class Placeholders
{
    public const string Year = "year";
    public const string NextYear = "next_year";
    public const string RegionName = "region";

    public static readonly IReadOnlyList<string> ReportWords = [Year, NextYear, RegionName];

    public static IReadOnlyList<FigurePlaceholder> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        return Pattern().Matches(text).Select(m =>
        {
            var modifier = m.Groups["mod"].Success ? m.Groups["mod"].Value : null;
            FigureStyle? style = modifier switch
            {
                null => FigureStyle.Default,
                "approx" => FigureStyle.Approximate,
                "exact" => FigureStyle.Exact,
                "yoy" => FigureStyle.YearOnYear,
                "yoy_approx" => FigureStyle.YearOnYearApproximate,
                "yoy_exact" => FigureStyle.YearOnYearExact,
                "prev" => FigureStyle.Previous,
                "claim" => FigureStyle.Claim,
                _ => null,
            };
            return new FigurePlaceholder(m.Index, m.Length, m.Groups["key"].Value, style ?? FigureStyle.Default, style is null ? modifier : null)
            {
                CountingWord = m.Groups["word"].Success ? m.Groups["word"].Value : null,
            };
        }).ToList();
    }

    /// <summary>The printed figure, or null when it cannot be printed (the caller shows why; the checks refuse approval).</summary>
    public static string? Print(FigurePlaceholder placeholder, ReportFigure figure)
    {
        if (placeholder.CountingWord is { } word && !FigureFormat.IsMoney(figure.Unit) && !FigureFormat.IsRate(figure.Unit))
        {
            figure = figure with { Unit = word };
        }

        return PrintIn(placeholder, figure);
    }

    private static string? PrintIn(FigurePlaceholder placeholder, ReportFigure figure) => placeholder.Style switch
    {
        FigureStyle.Default => figure.Value is { } v ? FigureFormat.Value(v, figure.Unit) : null,
        FigureStyle.Approximate => figure.Value is { } v ? Approximate(v, figure) : null,
        FigureStyle.Exact => figure.Value is { } v ? Exact(v, figure) : null,
        FigureStyle.Previous => figure.Previous is { } p ? FigureFormat.Value(p, figure.Unit) : null,
        FigureStyle.Claim => figure.Value is { } v ? Claims.Print(figure.Key, v) : null,
        FigureStyle.YearOnYear or FigureStyle.YearOnYearApproximate or FigureStyle.YearOnYearExact => figure.Yoy is not { } y ? null
            : figure.IsRate ? FigureFormat.YearOnYearPoints(y)
            : placeholder.Style == FigureStyle.YearOnYearExact ? FigureFormat.YearOnYearExact(y)
            : FigureFormat.YearOnYear(y, placeholder.Style == FigureStyle.YearOnYearApproximate),
    };

    /// <summary>Why a placeholder cannot be printed, in Chinese.</summary>
    public static string Problem(FigurePlaceholder placeholder, ReportFigure? figure) =>
        placeholder.UnknownModifier is { } m ? $"占位符写法“|{m}”无法识别（可用 approx、exact、yoy、yoy_approx、yoy_exact、prev、claim）"
        : figure is null ? $"指标“{placeholder.Key}”未在指标目录中登记"
        : placeholder.Style == FigureStyle.Claim && !Claims.Has(figure.Key) ? $"“{figure.Name}”没有登记固定表述，不能用|claim（可用的有：{string.Join("、", Claims.Keys)}）"
        : placeholder.IsYearOnYear ? $"“{figure.Name}”上年无数据或为0，无法计算同比"
        : placeholder.Style == FigureStyle.Previous ? $"“{figure.Name}”上年无数据"
        : figure.IsRate ? $"“{figure.Name}”本年无数据（比率的分母为0）"
        : $"“{figure.Name}”本年无数据（尚无审核采用的报送数据）";

    private static string Approximate(decimal value, ReportFigure figure) =>
        FigureFormat.IsMoney(figure.Unit) ? FigureFormat.ApproximateMoney(value)
        : FigureFormat.IsRate(figure.Unit) ? FigureFormat.Rate(value)
        : FigureFormat.ApproximateCount(value, figure.Unit);

    private static string Exact(decimal value, ReportFigure figure) =>
        FigureFormat.IsMoney(figure.Unit) ? FigureFormat.ExactMoney(value)
        : FigureFormat.IsRate(figure.Unit) ? FigureFormat.Number(value, 2) + "%"
        : FigureFormat.Count(value, figure.Unit);

    [GeneratedRegex(@"\{\{\s*(?<key>[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*)\s*(\|\s*(?<mod>[a-z_]+)\s*)?(\|\s*(?<word>\p{IsCJKUnifiedIdeographs}{1,2})\s*)?\}\}")]
    private static partial Regex Pattern();
}
