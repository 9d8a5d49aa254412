using System.Globalization;

namespace Fazhi.Platform.Validation;

/// <summary>
/// 标识码校验 (identifier validation, law.md §19): 统一社会信用代码, 公民身份号码 and mainland mobile numbers.
/// Each check returns null when the value is valid, otherwise the Chinese reason shown to the user.
/// </summary>
public static class Identifiers
{
    /// <summary>GB 32100-2015 character set: 31 characters, I O Z S V excluded, valued 0–30 in this order.</summary>
    internal const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // 3^(i-1) mod 31 for positions 1–17.
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // GB 11714 组织机构代码 (positions 9–17 of the credit code).
    private static readonly int[] OrganizationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    // ISO 7064 MOD 11-2: 2^(18-i) mod 11 for positions 1–17.
    private static readonly int[] IdNumberWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string IdCheckCharacters = "10X98765432";

    // GB/T 2260 province-level codes, plus 71 台湾 and 81/82/83 used by 港澳台居民居住证.
    private static readonly HashSet<string> ProvinceCodes =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ];

    /// <summary>统一社会信用代码 (GB 32100-2015): 18 characters from the 31-character set and a correct check character.</summary>
    public static string? CheckUnifiedSocialCreditCode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "统一社会信用代码不能为空";
        }

        if (value.Length != 18)
        {
            return "统一社会信用代码应为18位";
        }

        var sum = 0;
        for (var i = 0; i < 18; i++)
        {
            var v = CreditCodeAlphabet.IndexOf(value[i], StringComparison.Ordinal);
            if (v < 0)
            {
                return "统一社会信用代码含有无效字符（只能是数字和大写字母，不使用 I、O、S、V、Z）";
            }

            if (i < 17)
            {
                sum += v * CreditCodeWeights[i];
            }
        }

        if (!value.AsSpan(2, 6).ContainsOnlyDigits())
        {
            return "统一社会信用代码第3至8位应为行政区划码";
        }

        var check = 31 - (sum % 31);
        return CreditCodeAlphabet[check == 31 ? 0 : check] == value[17] ? null : "统一社会信用代码校验位不正确";
    }

    /// <summary>
    /// The optional second check of positions 9–17 (GB 11714 组织机构代码). Some legacy codes fail it, so a failure is a
    /// warning to show, never a refusal (law.md §19.1). Null when the code passes or is not a well-formed credit code.
    /// </summary>
    public static string? OrganizationCodeWarning(string? creditCode)
    {
        if (CheckUnifiedSocialCreditCode(creditCode) is not null)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = creditCode![8 + i];
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * OrganizationCodeWeights[i];
        }

        var check = 11 - (sum % 11);
        var expected = check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
        return creditCode![16] == expected ? null : "统一社会信用代码中的组织机构代码校验位不符，请核对（部分早期代码属正常情况）";
    }

    /// <summary>
    /// 公民身份号码 (GB 11643-1999): 18 characters, a 6-digit address code under a known province, a real birth date not
    /// after <paramref name="today"/> (when given), and the ISO 7064 MOD 11-2 check character. A lowercase x is accepted;
    /// store the value through <see cref="NormalizeIdNumber"/>. Unknown (historical) county codes are not refused.
    /// </summary>
    public static string? CheckResidentIdNumber(string? value, DateOnly? today = null)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "公民身份号码不能为空";
        }

        if (value.Length != 18)
        {
            return "公民身份号码应为18位";
        }

        if (!value.AsSpan(0, 17).ContainsOnlyDigits() || !(char.IsAsciiDigit(value[17]) || value[17] is 'X' or 'x'))
        {
            return "公民身份号码前17位应为数字，最后一位为数字或X";
        }

        if (!ProvinceCodes.Contains(value[..2]))
        {
            return "公民身份号码地址码不正确";
        }

        if (BirthDate(value) is not { } birth || (today is { } t && birth > t))
        {
            return "公民身份号码出生日期不正确";
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * IdNumberWeights[i];
        }

        return IdCheckCharacters[sum % 11] == char.ToUpperInvariant(value[17]) ? null : "公民身份号码校验位不正确";
    }

    /// <summary>An address code under a known province and a real birth date, whatever the check character.</summary>
    internal static bool HasIdNumberShape(string value) =>
        value.Length == 18 && ProvinceCodes.Contains(value[..2]) && BirthDate(value) is not null;

    /// <summary>The stored form of an ID number: trimmed, check character X upper-case.</summary>
    public static string NormalizeIdNumber(string value) => value.Trim().ToUpperInvariant();

    /// <summary>出生日期 encoded in positions 7–14, or null when they are not a date from 1800 on.</summary>
    public static DateOnly? BirthDate(string idNumber) =>
        idNumber.Length >= 14
        && DateOnly.TryParseExact(idNumber.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year >= 1800
            ? date
            : null;

    /// <summary>Mainland mobile number: 11 digits, 1 then 3–9 (no country code, no separators).</summary>
    public static string? CheckMobilePhone(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "手机号码不能为空";
        }

        if (value.Length != 11 || !value.AsSpan().ContainsOnlyDigits())
        {
            return "手机号码应为11位数字";
        }

        return value[0] == '1' && value[1] is >= '3' and <= '9' ? null : "手机号码格式不正确（应以13至19开头）";
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
