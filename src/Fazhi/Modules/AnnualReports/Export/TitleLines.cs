namespace Fazhi.Modules.AnnualReports.Export;

/// <summary>
/// 标题回行 (GB/T 9704-2012 §7.3.1; law.md §18.3): a title too long for one line of 2号小标宋 is broken where the words
/// allow — between the issuers, before "关于", after "的" — into lines no wider than the 版心, longest first (倒梯形), as
/// balanced as the breaks allow. Widths count a Chinese character as 1 and a digit or Latin letter as ½.
/// </summary>
public static class TitleLines
{
    /// <summary>The 版心's 156 mm holds 20 characters of 22 pt with the usual spacing.</summary>
    public const decimal MaxWidth = 20m;

    public static IReadOnlyList<string> Break(string title, decimal maxWidth = MaxWidth)
    {
        title = title.Trim();
        if (Width(title) <= maxWidth)
        {
            return [title];
        }

        // Fewest lines; then "关于……" starting a line, as officials set it; then longest first where the breaks allow it;
        // then the most balanced. A hard break only when no word break fits at all.
        var fitting = Splits(title, Breaks(title), 0, 4)
            .Select(lines => (Lines: lines, Widths: lines.Select(Width).ToList()))
            .Where(s => s.Widths.All(w => w <= maxWidth))
            .OrderBy(s => s.Lines.Count)
            .ThenByDescending(s => s.Lines.Skip(1).Any(l => l.StartsWith("关于", StringComparison.Ordinal)))
            .ThenByDescending(s => s.Widths.Zip(s.Widths.Skip(1)).All(p => p.First >= p.Second))
            .ThenBy(s => s.Widths.Max() - s.Widths.Min())
            .Select(s => s.Lines)
            .FirstOrDefault();
        return fitting ?? HardBreak(title, maxWidth);
    }

    public static decimal Width(string text) => text.Sum(c => char.IsAscii(c) ? 0.5m : 1m);

    /// <summary>Positions a line may start at: after a space (between issuers), before "关于", after "的", "年" or "年度".</summary>
    private static List<int> Breaks(string title)
    {
        var at = new SortedSet<int>();
        for (var i = 1; i < title.Length; i++)
        {
            if (title[i - 1] == ' ' || title[i - 1] == '\u3000' || title[i - 1] == '的' || (title[i - 1] is '年' or '度' && title[i] != '度' && i < title.Length - 2)
                || string.CompareOrdinal(title, i, "关于", 0, 2) == 0)
            {
                at.Add(i);
            }
        }

        return [.. at];
    }

    private static IEnumerable<IReadOnlyList<string>> Splits(string title, List<int> breaks, int from, int linesLeft)
    {
        yield return [title[from..].Trim()];
        if (linesLeft <= 1)
        {
            yield break;
        }

        foreach (var at in breaks.Where(b => b > from))
        {
            var head = title[from..at].Trim();
            foreach (var rest in Splits(title, breaks, at, linesLeft - 1))
            {
                yield return [head, .. rest];
            }
        }
    }

    private static List<string> HardBreak(string title, decimal maxWidth)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var c in title)
        {
            if (Width(line.ToString()) + Width(c.ToString()) > maxWidth)
            {
                lines.Add(line.ToString().Trim());
                line.Clear();
            }

            line.Append(c);
        }

        lines.Add(line.ToString().Trim());
        return lines;
    }
}
