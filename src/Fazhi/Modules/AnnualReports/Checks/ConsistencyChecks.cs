using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

using Fazhi.Modules.AnnualReports.Figures;

namespace Fazhi.Modules.AnnualReports.Checks;

/// <summary>
/// 一致性检查发现的问题: which rule, where, why. A blocking one refuses approval and cannot be waved through; one that
/// <see cref="NeedsConfirmation"/> refuses approval until a reviewer accepts it with a recorded reason (audited), found again
/// by its <see cref="Fingerprint"/> (the rule, the section, the sentence and the number: an edited sentence is a new issue);
/// the rest are advice.
/// </summary>
public sealed record ConsistencyIssue(string Rule, bool Blocking, Guid? SectionId, string Section, string Message, bool NeedsConfirmation = false, string Fingerprint = "")
{
    /// <summary>The reason recorded when a reviewer accepted this warning, or null.</summary>
    public string? AcceptedReason { get; init; }

    /// <summary>Blocks approval now: a contradiction, or a warning nobody has accepted yet.</summary>
    public bool HoldsApproval => Blocking || (NeedsConfirmation && AcceptedReason is null);
}

/// <summary>A section as the checks see it: its narrative as it will print (placeholders unrendered) and whether law.md §1 requires it.</summary>
public sealed record CheckedSection(Guid Id, string Title, string Text, bool Required)
{
    /// <summary>The text as written, before zero clauses were dropped (null: the same as <see cref="Text"/>).</summary>
    public string? Written { get; init; }
}

/// <summary>
/// 一致性检查 (consistency checks before approval), one rule each, pure over the sections and the registry's figures (those
/// the report cites and those its template cites, so a number typed where the template had a placeholder is still
/// compared). Sentences are split at 。；！？ and line breaks, clauses at ，、；：; a rule relates numbers only within one
/// sentence.
/// </summary>
public static partial class ConsistencyChecks
{
    public const string RequiredSectionEmpty = "required_section_empty";
    public const string UnresolvedPlaceholder = "unresolved_placeholder";
    public const string FigureWithoutData = "figure_without_data";
    public const string YoyWithoutBase = "yoy_without_base";
    public const string HandTypedFigure = "hand_typed_figure";
    public const string UnconfirmedNumber = "unconfirmed_number";
    public const string ZeroFigure = "zero_figure";
    public const string RateMismatch = "rate_mismatch";
    public const string ImplausibleAmount = "implausible_amount";

    /// <summary>Below this many 元 per case (宗/件/份) an amount is taken to be in 万元 by mistake (the seed's "5792.14元").</summary>
    public const decimal MinimumAmountPerCase = 10m;

    private static readonly HashSet<string> CaseUnits = ["宗", "件", "份"];

    /// <summary>Words before a percentage that make it a change (同比增长11.77%), not a share of two counts.</summary>
    private static readonly string[] ChangeWords = ["同比", "环比", "比上年", "较上年", "增长", "下降", "提高", "提升", "减少", "缩减", "上升", "增加", "降低", "压减", "缩短"];

    private static readonly char[] ClauseBreaks = ['，', ',', '、', '；', ';', '：', ':', '（', '(', '）', ')'];

    /// <summary>Bigrams every rate's name ends with; they relate nothing.</summary>
    private static readonly HashSet<string> RateWords = ["率为", "率达", "达到", "率是", "比率", "比例"];

    public static IReadOnlyList<ConsistencyIssue> Run(IEnumerable<CheckedSection> sections, IReadOnlyDictionary<string, ReportFigure> figures)
    {
        var issues = new List<ConsistencyIssue>();
        foreach (var section in sections)
        {
            if (section.Required && string.IsNullOrWhiteSpace(section.Text))
            {
                issues.Add(Issue(RequiredSectionEmpty, true, section, "", "", string.IsNullOrWhiteSpace(section.Written)
                    ? "必备章节为空：请填写本章节内容"
                    : "必备章节的数字均为0或无数据，按规则删去后本节为空：请补充本节内容（如写明“全年未发生……”）"));
            }

            foreach (var placeholder in Placeholders.Find(section.Text).Where(p => !p.IsReportWord || !Placeholders.ReportWords.Contains(p.Key)))
            {
                var figure = figures.GetValueOrDefault(placeholder.Key);
                var marker = "{{" + placeholder.Key + "}}";
                if (figure is null || placeholder.UnknownModifier is not null || placeholder.IsReportWord)
                {
                    issues.Add(Issue(UnresolvedPlaceholder, true, section, marker, marker, Placeholders.Problem(placeholder, placeholder.IsReportWord ? null : figure)));
                }
                else if (placeholder.IsYearOnYear && figure.Yoy is null)
                {
                    issues.Add(Issue(YoyWithoutBase, true, section, marker, marker,
                        $"“{figure.Name}”上年无数据或为0，不能写同比（请删去同比表述或改写为本年数值）"));
                }
                else if (Placeholders.Print(placeholder, figure) is null)
                {
                    issues.Add(Issue(FigureWithoutData, true, section, marker, marker,
                        $"{Placeholders.Problem(placeholder, figure)}，报告中将显示【无数据】标记；请补录或审核采用数据，或删去该表述"));
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
        var numbers = Numbers(sentence, figures);
        var quote = Quote(sentence);

        // Every number typed by hand is compared with the registry: equal to a figure → advice to bind it; equal to none →
        // a person confirms it (the "99份" typed over a computed 89份 cannot pass unseen).
        foreach (var number in numbers.Where(n => n.Figure is null))
        {
            var match = figures.Values.FirstOrDefault(f => Matches(number, f));
            if (match is not null)
            {
                yield return Issue(HandTypedFigure, false, section, sentence, number.Text,
                    $"“{number.Text}”与指标“{match.Name}”的计算值相同，但为手工填写，数据变化后不会更新；请改用占位符（{quote}）");
                continue;
            }

            var likely = figures.Values
                .Where(f => f.Value is not null && !number.IsChange && SameUnit(number.Unit, f.Unit) && Related(Clause(sentence, number.At), f.Name))
                .Select(f => $"；疑似指标“{f.Name}”，其计算值为{FigureFormat.Value(f.Value!.Value, f.Unit)}")
                .FirstOrDefault() ?? "";
            yield return Issue(UnconfirmedNumber, false, section, sentence, number.Text,
                $"“{number.Text}”为手工填写，与任何指标的计算值都不对应{likely}；请核实后确认（写明依据），或改用占位符（{quote}）", needsConfirmation: true);
        }

        // A zero printed in a sentence about achievements: the renderer drops or rewrites zero clauses it recognises; one
        // left here is printed as "0件" and a person decides the wording.
        foreach (var number in numbers.Where(n => n.Figure is { IsRate: false } && n.Value == 0 && !n.IsChange))
        {
            yield return Issue(ZeroFigure, false, section, sentence, number.Text,
                $"“{number.Figure!.Name}”为0，将印为“{number.Text}”；请确认表述（如改写为“未发生……”“未发现……”或删去）（{quote}）", needsConfirmation: true);
        }

        // A share beside the two counts it relates must equal their quotient. A percentage relates two counts of one unit
        // when it is not a change (同比…), not a bound (以上), and its name shares a word with the smaller count's that the
        // larger count's does not have ("调解成功率" — "成功调解" of "受理调解案件"); "出庭应诉率" beside "行政诉讼案件10宗、
        // 行政复议案件2宗" relates neither, and three counts of a unit are ambiguous: no check, no false alarm.
        var pairs = numbers.Where(n => n.Unit != FigureFormat.PercentUnit && !FigureFormat.IsMoney(n.Unit) && !n.IsChange && n.Approximation == Approximation.None)
            .GroupBy(n => CaseUnits.Contains(n.Unit) ? "件" : n.Unit)
            .Where(g => g.Count() == 2)
            .Select(g => (Numerator: g.MinBy(n => n.Value)!, Denominator: g.MaxBy(n => n.Value)!))
            .Where(p => p.Denominator.Value > 0)
            .ToList();
        foreach (var rate in numbers.Where(n => n.Unit == FigureFormat.PercentUnit && !n.IsChange && n.Approximation == Approximation.None))
        {
            foreach (var (numerator, denominator) in pairs.Where(p => RelatesTo(rate, p.Numerator, p.Denominator)))
            {
                var quotient = numerator.Value * 100m / denominator.Value;
                var equal = rate.Figure is null
                    ? Math.Round(quotient, rate.Decimals, MidpointRounding.AwayFromZero) == rate.Value
                    : FigureFormat.Rate(quotient) == FigureFormat.Rate(rate.Value);
                if (!equal)
                {
                    yield return Issue(RateMismatch, true, section, sentence, rate.Text,
                        $"{rate.Name}为{rate.Text}，但同句的{numerator.Text}÷{denominator.Text}={FigureFormat.Rate(quotient)}（{quote}）");
                }
            }
        }

        // An amount per case below 10 元 is almost surely 万元 written as 元.
        var cases = numbers.Where(n => CaseUnits.Contains(n.Unit) && !n.IsChange).Select(n => n.Value).DefaultIfEmpty(0).Max();
        foreach (var amount in numbers.Where(n => FigureFormat.IsMoney(n.Unit) && n.Value > 0 && cases > 0 && n.Value / cases < MinimumAmountPerCase))
        {
            yield return Issue(ImplausibleAmount, true, section, sentence, amount.Text,
                $"金额{FigureFormat.Number(amount.Value, 2)}元平均每宗（件）不足{MinimumAmountPerCase}元（{FigureFormat.Number(cases, 0)}宗/件），单位疑似应为万元（{quote}）");
        }
    }

    private enum Approximation
    {
        None,

        /// <summary>约、左右: within 5%.</summary>
        About,

        /// <summary>余、多、超、逾、以上: at least the number, below the next step of its magnitude (700余 → 700–799).</summary>
        Over,

        /// <summary>近、以下: at most the number, above 90% of it.</summary>
        Under,
    }

    /// <summary>A number of the sentence: typed by hand or printed from a bound figure, with the words before it in its clause.</summary>
    private sealed record SentenceNumber(string Text, decimal Value, string Unit, int Decimals, Approximation Approximation, bool IsChange, string Label, ReportFigure? Figure)
    {
        /// <summary>Where the number starts in its sentence.</summary>
        public int At { get; init; }

        public string Name => Figure?.Name ?? "手工填写的比率";
    }

    private static List<SentenceNumber> Numbers(string sentence, IReadOnlyDictionary<string, ReportFigure> figures)
    {
        var numbers = new List<SentenceNumber>();
        var placeholders = Placeholders.Find(sentence);
        var masked = new StringBuilder(sentence);
        foreach (var p in placeholders)
        {
            for (var i = p.Start; i < p.Start + p.Length; i++)
            {
                masked[i] = ' ';
            }

            if (p.IsReportWord || p.UnknownModifier is not null || p.IsYearOnYear || p.Style == FigureStyle.Previous
                || figures.GetValueOrDefault(p.Key) is not { Value: { } value } figure || Placeholders.Print(p, figure) is not { } printed)
            {
                continue;
            }

            var unit = p.CountingWord is { } word && !figure.IsRate && !FigureFormat.IsMoney(figure.Unit) ? word : figure.Unit;
            var approximation = p.Style == FigureStyle.Approximate || (p.Style == FigureStyle.Default && FigureFormat.IsMoney(figure.Unit))
                ? Approximation.About : Approximation.None;
            numbers.Add(new SentenceNumber(printed, value, unit, 2, approximation, false, Label(sentence, p.Start, figures) + " " + figure.Name, figure));
        }

        var text = masked.ToString();
        foreach (Match m in TypedNumberPattern().Matches(text))
        {
            var digits = m.Groups["num"].Value;
            var multiplier = m.Groups["mult"].Value switch { "万" => 10_000m, "亿" => 100_000_000m, _ => 1m };
            var decimals = digits.Contains('.', StringComparison.Ordinal) ? digits.Split('.')[1].Length : 0;
            var approximation = (m.Groups["pre"].Value, m.Groups["post"].Value) switch
            {
                ("约", _) or (_, "左右") => Approximation.About,
                ("近", _) or (_, "以下") => Approximation.Under,
                ("超" or "超过" or "逾", _) or (_, "余" or "多" or "以上") => Approximation.Over,
                _ => Approximation.None,
            };
            var label = Label(sentence, m.Index, figures);
            var isChange = ChangeWords.Any(w => label.Length > 0 && label[Math.Max(0, label.Length - 8)..].Contains(w, StringComparison.Ordinal));
            numbers.Add(new SentenceNumber(m.Value, decimal.Parse(digits, CultureInfo.InvariantCulture) * multiplier, m.Groups["unit"].Value,
                decimals, approximation, isChange, label, null)
            { At = m.Index });
        }

        return numbers;
    }

    /// <summary>The clause's words before a number (placeholders in them read as their figure's name).</summary>
    private static string Label(string sentence, int at, IReadOnlyDictionary<string, ReportFigure> figures)
    {
        var start = sentence.LastIndexOfAny(ClauseBreaks, Math.Max(at - 1, 0)) + 1;
        var label = sentence[start..at];
        return Placeholders.Find(label).Aggregate(label, (acc, p) => acc.Replace(label.Substring(p.Start, p.Length), figures.GetValueOrDefault(p.Key)?.Name ?? "", StringComparison.Ordinal));
    }

    /// <summary>The whole clause a number stands in: the noun often follows it ("89份政府经济合同").</summary>
    private static string Clause(string sentence, int at)
    {
        var end = sentence.IndexOfAny(ClauseBreaks, at);
        return Label(sentence, at, new Dictionary<string, ReportFigure>()) + sentence[at..(end < 0 ? sentence.Length : end)];
    }

    /// <summary>Whether a typed number is a figure of the registry as printed in any form: this year's or last year's value, or its 同比.</summary>
    private static bool Matches(SentenceNumber number, ReportFigure figure)
    {
        if (number.IsChange)
        {
            return number.Unit == FigureFormat.PercentUnit && figure.Yoy is { } yoy
                && Near(number, Math.Abs(figure.IsRate ? yoy : yoy * 100m));
        }

        return SameUnit(number.Unit, figure.Unit)
            && ((figure.Value is { } v && Near(number, v)) || (figure.Previous is { } p && Near(number, p)));
    }

    private static bool Near(SentenceNumber number, decimal value)
    {
        var n = number.Value;
        return number.Approximation switch
        {
            Approximation.About => n != 0 && Math.Abs(value - n) / Math.Abs(n) <= 0.05m,
            Approximation.Over => value >= n && value < n + Step(n),
            Approximation.Under => value <= n && value >= n * 0.9m,
            _ when FigureFormat.IsMoney(number.Unit) => value != 0 && Math.Abs(n - value) / Math.Abs(value) < 0.05m,
            _ => Math.Round(value, number.Decimals, MidpointRounding.AwayFromZero) == n,
        };
    }

    /// <summary>The next step of a number's magnitude: 700 → 100, 20 → 10, 5 → 1.</summary>
    private static decimal Step(decimal n)
    {
        var step = 1m;
        while (step * 10m <= n)
        {
            step *= 10m;
        }

        return step;
    }

    private static bool SameUnit(string typed, string figure) =>
        typed == figure || (CaseUnits.Contains(typed) && CaseUnits.Contains(figure) && typed != "份" && figure != "份");

    /// <summary>The rate's own words (without those of the larger count) share a word with the smaller count's.</summary>
    private static bool RelatesTo(SentenceNumber rate, SentenceNumber numerator, SentenceNumber denominator)
    {
        var own = Bigrams(rate.Label);
        own.ExceptWith(Bigrams(denominator.Label));
        own.ExceptWith(RateWords);
        return own.Overlaps(Bigrams(numerator.Label));
    }

    /// <summary>Whether a number's words and a figure's name share a two-character word (the contracts in "89份政府经济合同").</summary>
    private static bool Related(string label, string name) => Bigrams(label).Overlaps(Bigrams(name));

    private static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsHan(text[i]) && IsHan(text[i + 1]))
            {
                set.Add(text.Substring(i, 2));
            }
        }

        return set;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static ConsistencyIssue Issue(string rule, bool blocking, CheckedSection section, string sentence, string subject, string message, bool needsConfirmation = false) =>
        new(rule, blocking, section.Id, section.Title, message, needsConfirmation, Fingerprint(rule, section.Id, sentence, subject));

    /// <summary>Stable while the rule, the section, the sentence and the number are: what a recorded acceptance refers to.</summary>
    public static string Fingerprint(string rule, Guid sectionId, string sentence, string subject)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{rule}\n{sectionId:N}\n{sentence.Trim()}\n{subject}"));
        return Convert.ToHexStringLower(bytes)[..16];
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text ?? "").Where(s => !string.IsNullOrWhiteSpace(s));

    private static string Quote(string sentence)
    {
        var trimmed = sentence.Trim();
        return "“" + (trimmed.Length > 40 ? trimmed[..40] + "……" : trimmed) + "”";
    }

    // 个月/个百分点 are durations and changes, not counts ("连续12个月"); 人次/家次/间次 before 人/次.
    [GeneratedRegex(@"(?<pre>超过|约|近|超|逾)?(?<![\d.])(?<num>\d+(?:\.\d+)?)(?<mult>万|亿)?(?<post>余|多)?(?<unit>人次|家次|间次|宗|件|份|个(?!月|百分点)|户|元|%|名|人|场|项|次)(?<post>以上|以下|左右)?")]
    private static partial Regex TypedNumberPattern();

    [GeneratedRegex(@"[。；;！？!?\n]")]
    private static partial Regex SentenceBreak();
}
