using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Fazhi.Platform.Numbering;

/// <summary>
/// 编号格式 (number pattern): literal text with tokens. <c>{prefix}</c> the scheme's 机关代字 (e.g. 演府, 演综执罚),
/// <c>{year}</c> the four-digit year, <c>{region}</c> the region code, <c>{n}</c> the sequence, <c>{n:0000}</c> the sequence
/// zero-padded to the number of zeros. 文号 <c>{prefix}〔{year}〕{n}号</c> → 演府〔2022〕5号;
/// 登记号 <c>{region}-{year}-{n:0000}</c> → 441900199-2024-0003.
/// </summary>
public static partial class NumberPattern
{
    /// <summary>Used where no scheme is configured for a (region, kind): unique per region and year without a prefix.</summary>
    public const string Default = "{region}-{year}-{n:0000}";

    public const int MaxLength = 100;

    /// <summary>The Chinese reason the pattern (with this prefix) cannot issue unique numbers, or null when it can.</summary>
    public static string? Validate(string? pattern, string? prefix)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "编号格式不能为空";
        }

        if (pattern.Length > MaxLength)
        {
            return $"编号格式不能超过{MaxLength}个字符";
        }

        var tokens = Token().Matches(pattern).Select(m => m.Groups["name"].Value).ToList();
        var unknown = tokens.FirstOrDefault(t => t is not ("prefix" or "year" or "region" or "n"));
        if (unknown is not null)
        {
            return $"编号格式中的“{{{unknown}}}”无法识别，可用 {{prefix}} {{year}} {{region}} {{n}} {{n:0000}}";
        }

        if (Token().Matches(pattern).Any(m => m.Groups["pad"].Success && m.Groups["name"].Value != "n"))
        {
            return "只有序号可以补零，如 {n:0000}";
        }

        if (Token().Replace(pattern, "").IndexOfAny(['{', '}']) >= 0)
        {
            return "编号格式中的花括号不成对或写法有误";
        }

        if (tokens.Count(t => t == "n") != 1)
        {
            return "编号格式必须包含且只包含一个序号 {n}（或 {n:0000}）";
        }

        // Without the year, 2024's No. 5 and 2025's No. 5 would read the same.
        if (!tokens.Contains("year"))
        {
            return "编号格式必须包含年份 {year}";
        }

        if (tokens.Contains("prefix") && string.IsNullOrWhiteSpace(prefix))
        {
            return "编号格式使用了 {prefix}，请填写机关代字";
        }

        return null;
    }

    /// <summary>Formats a number; the pattern must have passed <see cref="Validate"/>.</summary>
    public static string Format(string pattern, string? prefix, string regionCode, int year, long sequence)
    {
        var error = Validate(pattern, prefix);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(pattern));
        }

        var text = new StringBuilder();
        var last = 0;
        foreach (Match m in Token().Matches(pattern))
        {
            text.Append(pattern, last, m.Index - last);
            text.Append(m.Groups["name"].Value switch
            {
                "prefix" => prefix,
                "year" => year.ToString("0000", CultureInfo.InvariantCulture),
                "region" => regionCode,
                _ => sequence.ToString(m.Groups["pad"].Success ? m.Groups["pad"].Value : "0", CultureInfo.InvariantCulture),
            });
            last = m.Index + m.Length;
        }

        text.Append(pattern, last, pattern.Length - last);
        return text.ToString();
    }

    [GeneratedRegex(@"\{(?<name>[a-z]+)(?::(?<pad>0{1,12}))?\}")]
    private static partial Regex Token();
}
