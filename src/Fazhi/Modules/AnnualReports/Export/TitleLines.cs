namespace Fazhi.Modules.AnnualReports.Export;

/// <summary>
/// 标题回行 (GB/T 9704-2012 §7.3.1, law.md §18.3): a title too long for one line of the 版心 is broken into lines that keep
/// words whole and form a 梯形 — each line no longer than the one above (longer first) — as balanced as possible.
/// Widths are in characters of the title's size: a Chinese character 1, a half-width digit, letter or space ½.
/// </summary>
public static class TitleLines
{
    /// <summary>2号 (22 pt) characters in the 156 mm 版心: 442 pt / 22 pt ≈ 20.</summary>
    public const decimal LineWidth = 20m;

    public const int MaxLines = 4;

    /// <summary>Where a line may end without cutting a word: after these (the issuers' names, 关于, the year) …</summary>
    private static readonly string[] BreakAfter = ["委员会", "人民政府", "办公室", "关于", "年"];

    /// <summary>… and before these (the subject's usual words).</summary>
    private static readonly string[] BreakBefore = ["关于", "法治政府", "建设", "情况", "工作", "的报告", "的通知", "的意见", "的请示"];

    public static IReadOnlyList<string> Split(string title, decimal lineWidth = LineWidth)
    {
        title = title.Trim();
        if (Width(title) <= lineWidth)
        {
            return [title];
        }

        var breaks = BreakPoints(title);
        for (var lines = 2; lines <= MaxLines; lines++)
        {
            var best = Best(title, breaks, lines, lineWidth);
            if (best is not null)
            {
                return best;
            }
        }

        // No trapezoid fits (a narrow line, long words): fill lines at the word breaks, words still whole.
        return Greedy(Cut(title, breaks), lineWidth);
    }

    public static decimal Width(string text) => text.Sum(c => c < 0x2E80 ? 0.5m : 1m);

    private static List<int> BreakPoints(string title)
    {
        var points = new SortedSet<int>();
        for (var i = 1; i < title.Length; i++)
        {
            var before = title[..i];
            var after = title[i..];
            if (title[i - 1] == ' ' || BreakAfter.Any(w => before.EndsWith(w, StringComparison.Ordinal)) || BreakBefore.Any(w => after.StartsWith(w, StringComparison.Ordinal)))
            {
                // "年" breaks only after a year written in digits ("2022年"), never inside a word such as 年度.
                if (before.EndsWith('年') && !(before.Length > 1 && char.IsAsciiDigit(before[^2])) && !BreakBefore.Any(w => after.StartsWith(w, StringComparison.Ordinal)))
                {
                    continue;
                }

                points.Add(title[i - 1] == ' ' ? i - 1 : i);
            }
        }

        points.Remove(0);
        return [.. points];
    }

    /// <summary>The most balanced split into exactly <paramref name="count"/> non-increasing lines, or null.</summary>
    private static List<string>? Best(string title, List<int> breaks, int count, decimal lineWidth)
    {
        List<string>? best = null;
        var bestSpread = decimal.MaxValue;
        foreach (var combination in Combinations(breaks, count - 1))
        {
            var lines = Cut(title, combination);
            if (lines.Any(l => l.Length == 0))
            {
                continue;
            }

            var widths = lines.Select(Width).ToList();
            if (widths.Any(w => w > lineWidth) || widths.Zip(widths.Skip(1)).Any(p => p.Second > p.First))
            {
                continue;
            }

            var spread = widths[0] - widths[^1];
            if (spread < bestSpread)
            {
                (best, bestSpread) = (lines, spread);
            }
        }

        return best;
    }

    private static List<string> Cut(string title, IReadOnlyList<int> at)
    {
        var lines = new List<string>();
        var start = 0;
        foreach (var point in at)
        {
            lines.Add(title[start..point].Trim());
            start = point;
        }

        lines.Add(title[start..].Trim());
        return lines;
    }

    private static IEnumerable<IReadOnlyList<int>> Combinations(List<int> items, int k, int from = 0)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = from; i <= items.Count - k; i++)
        {
            foreach (var rest in Combinations(items, k - 1, i + 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }

    private static List<string> Greedy(IEnumerable<string> words, decimal lineWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in words.Where(w => w.Length > 0))
        {
            var joined = line.Length == 0 ? word : Joined(line, word);
            if (line.Length > 0 && Width(joined) > lineWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = joined;
            }
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>Words of the issuers' names were separated by a space in the title; keep it when they share a line.</summary>
    private static string Joined(string line, string word) =>
        line.EndsWith("委员会", StringComparison.Ordinal) && !word.StartsWith("关于", StringComparison.Ordinal) ? line + " " + word : line + word;
}
