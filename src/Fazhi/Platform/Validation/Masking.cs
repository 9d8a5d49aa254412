using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Fazhi.Platform.Validation;

/// <summary>
/// 脱敏 (masking personal data for display, logs and publication).
/// ID numbers keep the 6-digit address code and the last 4 characters (441900********123X): the 8 hidden digits are
/// exactly the birth date, and the visible parts are what staff use to tell two people apart on a list. Phones keep
/// the 3-digit prefix and the last 4 (138****5678); names keep the surname; addresses keep the part down to the
/// town or street.
/// </summary>
public static partial class Masking
{
    private const string Hidden = "****";

    // 复姓 that must stay whole so the masked name still shows the surname.
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
        "令狐", "钟离", "端木", "独孤", "南宫", "西门", "澹台", "公冶", "赫连", "濮阳", "太史", "申屠", "闻人", "万俟",
        "呼延", "百里", "东郭", "左丘", "拓跋", "司空", "第五",
    ];

    // Administrative levels in the order an address names them; the last is the town/street level whose end is kept.
    private static readonly string[][] AddressLevels =
    [
        ["特别行政区", "自治区", "省"],
        ["自治州", "地区", "市", "盟"],
        ["区", "县", "市", "旗"],
        ["街道", "镇", "乡", "苏木"],
    ];

    /// <summary>公民身份号码 → first 6 + 8 stars + last 4. Anything not 15/18 characters long is fully hidden.</summary>
    public static string IdNumber(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.Length switch
        {
            18 => string.Concat(value.AsSpan(0, 6), "********", value.AsSpan(14, 4)),
            15 => string.Concat(value.AsSpan(0, 6), "*****", value.AsSpan(11, 4)),
            _ => new string('*', value.Length),
        };
    }

    /// <summary>手机号码 → 138****5678. Other lengths keep only the last 4 characters.</summary>
    public static string Mobile(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value.Length == 11)
        {
            return string.Concat(value.AsSpan(0, 3), Hidden, value.AsSpan(7, 4));
        }

        return value.Length <= 4 ? new string('*', value.Length) : string.Concat(new string('*', value.Length - 4), value.AsSpan(value.Length - 4));
    }

    /// <summary>自然人姓名 → the surname followed by one star per remaining character: 张三 → 张*, 欧阳娜娜 → 欧阳**.</summary>
    public static string PersonName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var name = value.Trim();
        var characters = new StringInfo(name);
        var count = characters.LengthInTextElements;
        if (count == 1)
        {
            return "*";
        }

        var surname = count >= 3 && CompoundSurnames.Any(s => name.StartsWith(s, StringComparison.Ordinal))
            ? 2
            : 1;
        return characters.SubstringByTextElements(0, surname) + new string('*', count - surname);
    }

    /// <summary>
    /// 地址 → kept down to the town or street (广东省东莞市常平镇****), the rest hidden. Best effort: the levels are found by
    /// their suffixes; an address naming none of them keeps its first third.
    /// </summary>
    public static string Address(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var address = value.Trim();
        var keep = 0;
        var level = 0;
        while (level < AddressLevels.Length)
        {
            // The nearest suffix of any remaining level wins, so "常平镇市场路" stops at 镇, not at the 市 after it.
            var best = (Index: -1, End: 0, Level: 0);
            for (var l = level; l < AddressLevels.Length; l++)
            {
                foreach (var suffix in AddressLevels[l])
                {
                    // A level name has at least one character before its suffix (镇江市 is a city, not a town).
                    var at = keep + 1 <= address.Length ? address.IndexOf(suffix, keep + 1, StringComparison.Ordinal) : -1;
                    if (at > keep && (best.Index < 0 || at < best.Index) && at - keep <= 12)
                    {
                        best = (at, at + suffix.Length, l);
                    }
                }
            }

            if (best.Index < 0)
            {
                break;
            }

            keep = best.End;
            level = best.Level + 1;
        }

        if (keep == 0)
        {
            keep = address.Length / 3;
        }

        return keep >= address.Length ? address : address[..keep] + Hidden;
    }

    /// <summary>
    /// Masks every ID number and mobile number inside free text (log lines, comments, published text). An ID-shaped
    /// number is masked when its address and date parts are plausible, whatever its check digit: a mistyped ID number
    /// still identifies a person. Mobile numbers are masked with or without +86 and with space or hyphen groups.
    /// </summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var result = IdNumberPattern().Replace(text, m => LooksLikeIdNumber(m.Value) ? IdNumber(m.Value) : m.Value);
        return MobilePattern().Replace(result, m =>
        {
            var digits = new StringBuilder(11);
            foreach (var c in m.Groups["number"].ValueSpan)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits.Append(c);
                }
            }

            return m.Groups["prefix"].Value + Mobile(digits.ToString());
        });
    }

    /// <summary>True when free text contains something <see cref="Text"/> would mask.</summary>
    public static bool ContainsPersonalNumbers(string? text) => !string.IsNullOrEmpty(text) && Text(text) != text;

    private static bool LooksLikeIdNumber(string value) => Identifiers.HasIdNumberShape(value);

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx](?![\dA-Za-z])")]
    private static partial Regex IdNumberPattern();

    [GeneratedRegex(@"(?<![\d+])(?<prefix>(?:\+?86[ -]?)?)(?<number>1[3-9]\d(?:[ -]?\d{4}){2})(?!\d)")]
    private static partial Regex MobilePattern();
}
