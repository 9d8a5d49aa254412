using System.Text;

namespace Fazhi.Modules.AnnualReports.Figures;

/// <summary>
/// 固定表述 bound to their figure: a report says "均经合法性审查" as a statement of fact, so it is printed from the rate it
/// states — the claim at 100%, otherwise the real share — and can never outlive the records.
/// </summary>
public static class Claims
{
    private static readonly Dictionary<string, (string Full, string Partial)> Wordings = new(StringComparer.Ordinal)
    {
        ["normative_documents.legality_reviewed_rate"] = ("均经合法性审查", "经合法性审查的占{0}"),
        ["enforcement.legal_review_rate"] = ("重大执法决定均经法制审核", "重大执法决定法制审核率为{0}"),
        ["enforcement.certified_rate"] = ("执法人员均持证上岗", "执法人员持证率为{0}"),
        ["litigation.leader_appearance_rate"] = ("行政诉讼案件负责人均出庭应诉", "行政诉讼案件负责人出庭应诉率为{0}"),
        ["normative_documents.filed_on_time_rate"] = ("均按时报送备案", "按时报送备案的占{0}"),
    };

    public static IEnumerable<string> Keys => Wordings.Keys;

    public static bool Has(string key) => Wordings.ContainsKey(key);

    /// <summary>The claim at 100% (a rate prints one decimal, so 99.96% is not "均"); null when the figure has no claim.</summary>
    public static string? Print(string key, decimal percent) =>
        Wordings.TryGetValue(key, out var wording)
            ? percent >= 100m ? wording.Full : string.Format(System.Globalization.CultureInfo.InvariantCulture, wording.Partial, FigureFormat.Rate(Math.Min(percent, 99.9m)))
            : null;
}

/// <summary>
/// 零值表述: a count of 0 is not an achievement. Before a section is printed (and checked), a clause whose only figures
/// are zero counts is replaced by the plain statement officials write for that figure (未发现…) or, when it has none,
/// dropped together with the "其中…" clauses that break it down; a sentence left with no clause is dropped. A zero inside
/// a list of figures ("A0件、B2件") loses its item; a rate over nothing (a denominator of 0) counts as a zero unless it is the first; what remains prints as 0 and the checks ask a
/// person to confirm the wording.
/// </summary>
public static class ZeroClauses
{
    private static readonly Dictionary<string, string> Statements = new(StringComparer.Ordinal)
    {
        ["fair_competition.violations"] = "未发现违反公平竞争规则的情形",
        ["reconsideration.cases"] = "全年未发生行政复议案件",
        ["litigation.cases"] = "全年未发生行政诉讼案件",
        ["enforcement.criminal_arrests"] = "未发生涉“食药环知森”领域刑事案件",
    };

    private static readonly char[] SentenceEnds = ['。', '；', '！', '？'];
    private static readonly char[] ClauseEnds = ['，', ','];

    /// <summary>The plain statement for a zero figure, or null (the clause is dropped).</summary>
    public static string? StatementFor(string key) => Statements.GetValueOrDefault(key);

    public static string Apply(string? text, IReadOnlyDictionary<string, ReportFigure> figures)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        return string.Join('\n', text.Split('\n').Select(paragraph => string.Concat(Split(paragraph, SentenceEnds).Select(s => Sentence(s, figures)))));
    }

    private static string Sentence(string sentence, IReadOnlyDictionary<string, ReportFigure> figures)
    {
        var clauses = Split(sentence, ClauseEnds);
        var kept = new List<string>();
        var zeroed = false;
        var changed = false;
        foreach (var clause in clauses)
        {
            var body = clause.TrimEnd(ClauseEnds).TrimEnd(SentenceEnds);
            var bound = Placeholders.Find(body).Where(p => !p.IsReportWord && p.UnknownModifier is null && !p.IsYearOnYear && p.Style != FigureStyle.Previous && p.Style != FigureStyle.Claim)
                .Select(p => (Placeholder: p, Figure: figures.GetValueOrDefault(p.Key))).Where(x => x.Figure is { IsRate: false, Value: not null } || IsEmptyRate(x.Figure)).ToList();
            var zeros = bound.Where(x => x.Figure!.Value is 0 or null).ToList();
            if (zeros.Count > 0 && zeros.Count == bound.Count)
            {
                changed = zeroed = true;
                if (zeros.Select(z => StatementFor(z.Placeholder.Key)).FirstOrDefault(s => s is not null) is { } statement)
                {
                    kept.Add(statement + clause[body.Length..]);
                }

                continue;
            }

            if (zeroed && body.TrimStart().StartsWith("其中", StringComparison.Ordinal))
            {
                changed = true;
                continue;
            }

            zeroed = false;
            if (zeros.Count > 0)
            {
                var items = Split(body, ['、']);
                var without = items.Where((item, i) => i == 0 || !zeros.Any(z => item.Contains(body.Substring(z.Placeholder.Start, z.Placeholder.Length), StringComparison.Ordinal))).ToList();
                if (without.Count < items.Count)
                {
                    changed = true;
                    kept.Add(string.Concat(without).TrimEnd('、') + clause[body.Length..]);
                    continue;
                }
            }

            kept.Add(clause);
        }

        if (!changed)
        {
            return sentence;
        }

        if (kept.Count == 0)
        {
            return "";
        }

        // The sentence keeps its own ending when its last clause was dropped.
        var end = sentence.Length > 0 && SentenceEnds.Contains(sentence[^1]) ? sentence[^1].ToString() : "";
        var last = kept[^1].TrimEnd(ClauseEnds).TrimEnd(SentenceEnds);
        kept[^1] = last + end;
        return string.Concat(kept);
    }

    /// <summary>A rate over nothing (调解成功率 of no cases): it goes with the zero counts it is the share of.</summary>
    private static bool IsEmptyRate(ReportFigure? figure) => figure is { IsRate: true, Value: null, Denominator: 0 };

    /// <summary>Splits after each delimiter, keeping it with the piece before.</summary>
    private static List<string> Split(string text, char[] delimiters)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        foreach (var c in text)
        {
            piece.Append(c);
            if (delimiters.Contains(c))
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }
        }

        if (piece.Length > 0)
        {
            pieces.Add(piece.ToString());
        }

        return pieces;
    }
}
