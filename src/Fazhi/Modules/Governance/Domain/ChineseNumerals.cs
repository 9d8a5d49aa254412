namespace Fazhi.Modules.Governance.Domain;

/// <summary>中文数字 as meetings are numbered in minutes and reports: 第四次会议, 第十一次会议, 第一百零二次会议.</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 110 → 一百一十 (1 to 9999).</summary>
    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        if (number < 10)
        {
            return Digits[number];
        }

        if (number < 20)
        {
            return "十" + (number == 10 ? "" : Digits[number - 10]);
        }

        var units = new[] { (1000, "千"), (100, "百"), (10, "十") };
        var text = new System.Text.StringBuilder();
        var rest = number;
        var pendingZero = false;
        foreach (var (value, name) in units)
        {
            var digit = rest / value;
            rest %= value;
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                text.Append('零');
                pendingZero = false;
            }

            text.Append(Digits[digit]).Append(name);
        }

        if (rest > 0)
        {
            if (pendingZero)
            {
                text.Append('零');
            }

            text.Append(Digits[rest]);
        }

        return text.ToString();
    }

    /// <summary>第四次会议: the Nth meeting of a body.</summary>
    public static string MeetingOrdinal(int number) => $"第{Of(number)}次会议";
}
