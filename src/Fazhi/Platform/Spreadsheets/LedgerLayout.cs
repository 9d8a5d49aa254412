using System.Globalization;

namespace Fazhi.Platform.Spreadsheets;

/// <summary>
/// 台账列定义 (ledger layout): one column list serves both export and import, so a file exported from a ledger imports
/// back unchanged. A column reads a value for export and, for import, parses a cell text into the row being built,
/// returning a Chinese reason when the cell is bad.
/// </summary>
public sealed class LedgerLayout<TRow>(string name, IReadOnlyList<LedgerColumn<TRow>> columns)
    where TRow : new()
{
    /// <summary>Ledger name used for the sheet and file name, e.g. 合同台账.</summary>
    public string Name { get; } = name;

    public IReadOnlyList<LedgerColumn<TRow>> Columns { get; } = columns;
}

/// <summary>One column: header (中文), how to show a row's value, and how to read a cell back (null parse = export only).</summary>
public sealed record LedgerColumn<TRow>(
    string Header,
    Func<TRow, object?> Read,
    Func<TRow, string, string?>? Parse = null,
    bool Required = false);

/// <summary>Cell parsers with Chinese reasons, shared by every ledger.</summary>
public static class Cells
{
    public static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy年M月d日", "yyyy.M.d"];

    public static string? Date(string text, out DateOnly value)
    {
        value = default;
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return null;
        }

        // Excel stores dates as numbers: accept a serial date too.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
        {
            value = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return null;
        }

        // No culture-dependent fallback: "03/01/2026" is 1 March in one office and 3 January in another.
        return $"日期“{text}”格式不正确，应为 yyyy-MM-dd";
    }

    /// <summary>An amount in 元 (up to 2 decimals, not negative) as 分.</summary>
    public static string? AmountInFen(string text, out long fen)
    {
        fen = 0;
        var cleaned = text.Trim().Replace(",", "", StringComparison.Ordinal).Replace("元", "", StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan))
        {
            return $"金额“{text}”不是有效数字";
        }

        if (yuan < 0)
        {
            return "金额不能为负数";
        }

        if (decimal.Round(yuan, 2) != yuan)
        {
            return "金额最多保留两位小数（分）";
        }

        fen = (long)(yuan * 100);
        return null;
    }

    /// <summary>A cell that needs no check beyond the column's: stores it (the setter) and reports no reason.</summary>
    public static string? Accept(Action set)
    {
        ArgumentNullException.ThrowIfNull(set);
        set();
        return null;
    }

    public static string? WholeNumber(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value) ? null : $"“{text}”不是整数";

    /// <summary>Formats 分 as 元 with two decimals, as ledgers print money.</summary>
    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
