using System.Globalization;
using System.Text.RegularExpressions;

using Fazhi.Modules.AnnualReports.Figures;

namespace Fazhi.Modules.AnnualReports.Checks;

/// <summary>一致性检查发现的问题: which rule, where, why; a blocking one refuses approval.</summary>
public sealed record ConsistencyIssue(string Rule, bool Blocking, Guid? SectionId, string Section, string Message);

/// <summary>A section as the checks see it: its raw narrative (placeholders unrendered) and whether law.md §1 requires it.</summary>
public sealed record CheckedSection(Guid Id, string Title, string Text, bool Required);

/// <summary>
/// 一致性检查 (consistency checks before approval), one rule each, pure over the sections and the registry's figures.
/// Sentences are split at 。；！？ and line breaks; a rule compares only figures within one sentence, because that is
/// where a number "belongs" to a placeholder.
/// </summary>
public static partial class ConsistencyChecks
{
    public const string RequiredSectionEmpty = "required_section_empty";
    public const string UnresolvedPlaceholder = "unresolved_placeholder";
    public const string YoyWithoutBase = "yoy_without_base";
    public const string HandTypedFigure = "hand_typed_figure";
    public const string RateMismatch = "rate_mismatch";
    public const string ImplausibleAmount = "implausible_amount";

    /// <summary>Below this many 元 per case (宗/件/份) an amount is taken to be in 万元 by mistake (the seed's "5792.14元").</summary>
    public const decimal MinimumAmountPerCase = 10m;

    private static readonly HashSet<string> CaseUnits = ["宗", "件", "份"];

    public static IReadOnlyList<ConsistencyIssue> Run(IEnumerable<CheckedSection> sections, IReadOnlyDictionary<string, ReportFigure> figures)
    {
        var issues = new List<ConsistencyIssue>();
        foreach (var section in sections)
        {
            if (section.Required && string.IsNullOrWhiteSpace(section.Text))
            {
                issues.Add(new(RequiredSectionEmpty, true, section.Id, section.Title, "必备章节为空：请填写本章节内容"));
            }

            foreach (var placeholder in Placeholders.Find(section.Text).Where(p => !p.IsReportWord || !Placeholders.ReportWords.Contains(p.Key)))
            {
                var figure = figures.GetValueOrDefault(placeholder.Key);
                if (figure is null || placeholder.UnknownModifier is not null || placeholder.IsReportWord)
                {
                    issues.Add(new(UnresolvedPlaceholder, true, section.Id, section.Title, Placeholders.Problem(placeholder, placeholder.IsReportWord ? null : figure)));
                }
                else if (placeholder.IsYearOnYear && figure.Yoy is null)
                {
                    issues.Add(new(YoyWithoutBase, true, section.Id, section.Title,
                        $"“{figure.Name}”上年无数据或为0，不能写同比（请删去同比表述或改写为本年数值）"));
                }
            }

            foreach (var sentence in Sentences(section.Text))
            {
                issues.AddRange(CheckSentence(section, sentence, figures));
            }
        }

        return issues;
    }

    private static IEnumerable<ConsistencyIssue> CheckSentence(CheckedSection section, string sentence, IReadOnlyDictionary<string, ReportFigure> figures)
    {
        var bound = Placeholders.Find(sentence)
            .Where(p => !p.IsReportWord && p.UnknownModifier is null && p.Style is FigureStyle.Default or FigureStyle.Approximate or FigureStyle.Exact)
            .Select(p => figures.GetValueOrDefault(p.Key))
            .OfType<ReportFigure>()
            .Where(f => f.Value is not null)
            .ToList();
        var typed = Typed(sentence);
        var quote = Quote(sentence);

        // A number typed beside the unit of a figure bound in the same sentence: it should have been a placeholder.
        foreach (var number in typed)
        {
            var sameUnit = bound.Where(f => f.Unit == number.Unit).ToList();
            if (sameUnit.Count == 0)
            {
                continue;
            }

            var equal = sameUnit.Any(f => SameAsPrinted(number, f.Value!.Value));
            yield return equal
                ? new(HandTypedFigure, false, section.Id, section.Title,
                    $"“{number.Text}”与指标计算值相同，但为手工填写，数据变化后不会更新；请改用占位符（{quote}）")
                : new(HandTypedFigure, true, section.Id, section.Title,
                    $"“{number.Text}”为手工填写，与同句指标计算值（{string.Join("、", sameUnit.Select(f => f.Name + " " + FigureFormat.Value(f.Value!.Value, f.Unit)))}）不符；数字须由指标计算（{quote}）");
        }

        // A rate beside its numerator and denominator must equal their quotient.
        var counts = bound.Where(f => !f.IsRate && !FigureFormat.IsMoney(f.Unit)).Select(f => (f.Unit, Value: f.Value!.Value))
            .Concat(typed.Where(t => t.Unit != FigureFormat.PercentUnit && t.Unit != FigureFormat.MoneyUnit).Select(t => (t.Unit, t.Value)))
            .ToList();
        var pair = counts.GroupBy(c => c.Unit).Where(g => g.Count() >= 2)
            .Select(g => (Numerator: g.Min(c => c.Value), Denominator: g.Max(c => c.Value)))
            .FirstOrDefault(p => p.Denominator > 0);
        if (pair.Denominator > 0)
        {
            var expected = FigureFormat.Rate(pair.Numerator * 100m / pair.Denominator);
            var rates = bound.Where(f => f.IsRate).Select(f => (Text: FigureFormat.Rate(f.Value!.Value), Name: f.Name))
                .Concat(typed.Where(t => t.Unit == FigureFormat.PercentUnit).Select(t => (Text: FigureFormat.Rate(t.Value), Name: "手工填写的比率")));
            foreach (var rate in rates.Where(r => r.Text != expected))
            {
                yield return new(RateMismatch, true, section.Id, section.Title,
                    $"{rate.Name}为{rate.Text}，但同句的{FigureFormat.Number(pair.Numerator, 2)}÷{FigureFormat.Number(pair.Denominator, 2)}={expected}（{quote}）");
            }
        }

        // An amount per case below 10 元 is almost surely 万元 written as 元.
        var cases = counts.Where(c => CaseUnits.Contains(c.Unit)).Select(c => c.Value).DefaultIfEmpty(0).Max();
        var amounts = bound.Where(f => FigureFormat.IsMoney(f.Unit)).Select(f => f.Value!.Value)
            .Concat(typed.Where(t => t.Unit == FigureFormat.MoneyUnit).Select(t => t.Value));
        foreach (var amount in amounts.Where(a => a > 0 && cases > 0 && a / cases < MinimumAmountPerCase))
        {
            yield return new(ImplausibleAmount, true, section.Id, section.Title,
                $"金额{FigureFormat.Number(amount, 2)}元平均每宗（件）不足{MinimumAmountPerCase}元（{FigureFormat.Number(cases, 0)}宗/件），单位疑似应为万元（{quote}）");
        }
    }

    private sealed record TypedNumber(string Text, decimal Value, string Unit, int Decimals);

    /// <summary>Numbers typed by hand (outside placeholders) with a unit; 万/亿 multiply, 万元/亿元 become 元.</summary>
    private static List<TypedNumber> Typed(string sentence)
    {
        var masked = sentence;
        foreach (var p in Placeholders.Find(sentence).OrderByDescending(p => p.Start))
        {
            masked = masked[..p.Start] + new string(' ', p.Length) + masked[(p.Start + p.Length)..];
        }

        return TypedNumberPattern().Matches(masked).Select(m =>
        {
            var number = decimal.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture);
            var multiplier = m.Groups["mult"].Value switch { "万" => 10_000m, "亿" => 100_000_000m, _ => 1m };
            var decimals = m.Groups["num"].Value.Contains('.', StringComparison.Ordinal) ? m.Groups["num"].Value.Split('.')[1].Length : 0;
            return new TypedNumber(m.Value, number * multiplier, m.Groups["unit"].Value, decimals);
        }).ToList();
    }

    /// <summary>Equal to the printed figure at the precision it was typed with.</summary>
    private static bool SameAsPrinted(TypedNumber number, decimal value) =>
        number.Unit == FigureFormat.PercentUnit
            ? Math.Round(value, number.Decimals, MidpointRounding.AwayFromZero) == number.Value
            : number.Value == value || (number.Unit == FigureFormat.MoneyUnit && value != 0 && Math.Abs(number.Value - value) / Math.Abs(value) < 0.05m);

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text ?? "").Where(s => !string.IsNullOrWhiteSpace(s));

    private static string Quote(string sentence)
    {
        var trimmed = sentence.Trim();
        return "“" + (trimmed.Length > 40 ? trimmed[..40] + "……" : trimmed) + "”";
    }

    [GeneratedRegex(@"(?<![\d.])(?<num>\d+(?:\.\d+)?)(?<mult>万|亿)?(?<unit>人次|宗|件|份|个|户|元|%)")]
    private static partial Regex TypedNumberPattern();

    [GeneratedRegex(@"[。；;！？!?\n]")]
    private static partial Regex SentenceBreak();
}
