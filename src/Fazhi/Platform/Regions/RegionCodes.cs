using System.Diagnostics.CodeAnalysis;

namespace Fazhi.Platform.Regions;

/// <summary>区划代码 rules: GB/T 2260 six digits, GB/T 10114 town suffix (9), NBS village suffix (12).</summary>
public static class RegionCodes
{
    /// <summary>Checks the shape of a code and derives its level; returns a Chinese reason when it is not valid.</summary>
    public static bool TryGetLevel(string? code, out RegionLevel level, [NotNullWhen(false)] out string? error)
    {
        level = default;
        if (string.IsNullOrEmpty(code) || !code.All(char.IsAsciiDigit))
        {
            error = "区划代码只能由数字组成";
            return false;
        }

        switch (code.Length)
        {
            case 6:
                if (code[..2] == "00")
                {
                    error = "区划代码的省级部分不能为00";
                    return false;
                }

                level = code[2..] == "0000" ? RegionLevel.Province
                    : code[4..] == "00" ? RegionLevel.City
                    : RegionLevel.County;
                error = null;
                return true;
            case 9:
                if (code[6..] == "000" || !TryGetLevel(code[..6], out _, out error))
                {
                    error = "镇（街道）代码应为所属县级代码加3位非零序号";
                    return false;
                }

                level = RegionLevel.Town;
                return true;
            case 12:
                if (code[9..] == "000" || !TryGetLevel(code[..9], out _, out error))
                {
                    error = "村（社区）代码应为所属镇级代码加3位非零序号";
                    return false;
                }

                level = RegionLevel.Village;
                return true;
            default:
                error = "区划代码应为6位（省市县）、9位（镇街）或12位（村居）";
                return false;
        }
    }

    /// <summary>The prefix every code in the subtree starts with: 44 for 广东省, 4419 for 东莞市, 441900199 for a town.</summary>
    public static string SubtreePrefix(string code, RegionLevel level) => level switch
    {
        RegionLevel.Province => code[..2],
        RegionLevel.City => code[..4],
        RegionLevel.County => code[..6],
        RegionLevel.Town => code[..9],
        RegionLevel.Village => code,
    };

    /// <summary>A village's code, the longest: every code of a subtree fits in this many digits.</summary>
    public const int MaxLength = 12;

    /// <summary>
    /// The greatest code in the subtree of <paramref name="prefix"/>: the prefix padded with 9s to <see cref="MaxLength"/>
    /// digits, so a code lies in [prefix, upper bound] exactly when it starts with the prefix. Codes are digits only, so the
    /// range holds under any collation, and SQLite and PostgreSQL answer a range from the RegionCode index where
    /// <c>LIKE 'prefix%'</c> scans the table.
    /// </summary>
    /// <remarks>
    /// A prefix that is not digits (the anonymous scope's "-") bounds only itself, matching no code: a locale collation
    /// may ignore punctuation, and "-" padded with 9s would then sort after most codes.
    /// </remarks>
    public static string SubtreeUpperBound(string prefix) =>
        prefix.All(char.IsAsciiDigit) ? prefix.PadRight(MaxLength, '9') : prefix;

    /// <summary>The code of the parent implied by the code itself (null for a province).</summary>
    public static string? ImpliedParent(string code, RegionLevel level) => level switch
    {
        RegionLevel.Province => null,
        RegionLevel.City => code[..2] + "0000",
        RegionLevel.County => code[..4] + "00",
        RegionLevel.Town => code[..6],
        RegionLevel.Village => code[..9],
    };
}
