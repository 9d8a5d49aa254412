namespace Fazhi.Modules.Petitions.Domain;

/// <summary>
/// 文本相似度 for 重复信访: the Dice coefficient over character bigrams of the text with punctuation and spaces removed.
/// Chinese has no word breaks, so character bigrams are the usual cheap measure; "同一事项" is a human judgement, so the
/// flag is a prompt for the registrar, not a refusal.
/// </summary>
public static class Similarity
{
    /// <summary>Two matters of the same petitioner at or above this are flagged as the same matter.</summary>
    public const double SameMatter = 0.5;

    public static double Dice(string? a, string? b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var common = 0;
        var pool = y.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        foreach (var gram in x)
        {
            if (pool.TryGetValue(gram, out var n) && n > 0)
            {
                pool[gram] = n - 1;
                common++;
            }
        }

        return 2.0 * common / (x.Count + y.Count);
    }

    private static List<string> Bigrams(string? text)
    {
        var chars = (text ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray();
        var grams = new List<string>();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            grams.Add(new string(chars, i, 2));
        }

        return grams;
    }
}
