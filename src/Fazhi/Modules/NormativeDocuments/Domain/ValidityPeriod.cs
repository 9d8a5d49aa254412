using System.Globalization;

namespace Fazhi.Modules.NormativeDocuments.Domain;

/// <summary>
/// 有效期 (validity period) rules of law.md §4 / ND-T3: at most 5 years (暂行/试行 at most 2), counted from the 施行日期;
/// 实施后评估 due 6 months before 有效期至; the document lapses (失效日期) the day after 有效期至. The numbers are
/// configurable because the Guangdong/东莞 values are unconfirmed.
/// </summary>
public static class ValidityPeriod
{
    public const string Basis = "《广东省行政规范性文件管理规定》（粤府令第277号）；《东莞市行政规范性文件管理办法》（有效期上限按本地规定配置）";

    /// <summary>暂行 / 试行 in the title make a provisional document with the shorter maximum.</summary>
    public static bool IsProvisional(string title) =>
        title.Contains("暂行", StringComparison.Ordinal) || title.Contains("试行", StringComparison.Ordinal);

    public static int MaxYears(string title, NormativeDocumentOptions options) =>
        IsProvisional(title) ? options.ProvisionalValidityYears : options.ValidityYears;

    /// <summary>The latest 有效期至: N years from the 施行日期, the last day being the day before the anniversary.</summary>
    public static DateOnly LatestExpiry(DateOnly effectiveOn, int years) => effectiveOn.AddYears(years).AddDays(-1);

    /// <summary>失效日期 of a document whose period ran out: the day after 有效期至.</summary>
    public static DateOnly LapsesOn(DateOnly expiresOn) => expiresOn.AddDays(1);

    /// <summary>评估提醒日: the same-numbered day N months before 有效期至 (month end when there is none).</summary>
    public static DateOnly EvaluationDueOn(DateOnly expiresOn, NormativeDocumentOptions options) =>
        expiresOn.AddMonths(-options.EvaluationMonthsBeforeExpiry);

    /// <summary>Why <paramref name="expiresOn"/> is not allowed for this title and 施行日期, or null when it is.</summary>
    public static string? Refuse(string title, DateOnly effectiveOn, DateOnly expiresOn, NormativeDocumentOptions options)
    {
        if (expiresOn < effectiveOn)
        {
            return "有效期至不得早于施行日期";
        }

        var years = MaxYears(title, options);
        var latest = LatestExpiry(effectiveOn, years);
        return expiresOn > latest
            ? $"{(IsProvisional(title) ? "标题含“暂行”或“试行”的规范性文件" : "规范性文件")}有效期不得超过{years}年（自施行日期{Day(effectiveOn)}起，有效期至最晚为{Day(latest)}）"
            : null;
    }

    /// <summary>How the validity dates were computed, one line per fact, for the record page.</summary>
    public static IReadOnlyList<string> Explain(string title, DateOnly effectiveOn, DateOnly expiresOn, NormativeDocumentOptions options)
    {
        var years = MaxYears(title, options);
        var kind = IsProvisional(title) ? "标题含“暂行”或“试行”，有效期上限" : "有效期上限";
        return
        [
            $"{kind}{years}年，依据{Basis}。",
            $"施行日期{Day(effectiveOn)}，有效期最晚至{Day(LatestExpiry(effectiveOn, years))}；本文件有效期至{Day(expiresOn)}。",
            $"有效期届满前{options.EvaluationMonthsBeforeExpiry}个月（{Day(EvaluationDueOn(expiresOn, options))}）起提醒开展实施后评估，据评估结论决定继续有效、修改或废止。",
            $"未延续的，{Day(LapsesOn(expiresOn))}（有效期至的次日）起自动失效，公开目录标注【已失效】。",
        ];
    }

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
