using System.Globalization;
using System.Text;

using Fazhi.Platform.Web;

using MiniExcelLibs;

namespace Fazhi.Platform.Spreadsheets;

/// <summary>A row the import could not take, with its row number as the user sees it in the file (header = row 1).</summary>
public sealed record LedgerRowError(int Row, string Column, string Reason);

/// <summary>The parsed rows of an import, each with its file row number; only produced when every row is good.</summary>
public sealed record LedgerImport<TRow>(IReadOnlyList<(int Row, TRow Value)> Rows);

/// <summary>Raised when a ledger file has bad rows: every bad row is reported and nothing of the file is stored.</summary>
public sealed class LedgerImportException(IReadOnlyList<LedgerRowError> errors)
    : FieldValidationException(
        errors.GroupBy(e => $"row{e.Row}").ToDictionary(g => g.Key, g => g.Select(e => $"第{e.Row}行“{e.Column}”：{e.Reason}").ToArray()),
        $"文件中有{errors.Select(e => e.Row).Distinct().Count()}行数据有误，整个文件未导入")
{
    public IReadOnlyList<LedgerRowError> RowErrors { get; } = errors;
}

/// <summary>台账导入导出: Excel (.xlsx) and CSV (UTF-8) with one column layout for both directions.</summary>
public static class Ledgers
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const int MaxRows = 100_000;

    /// <summary>
    /// The ledger file of an import request (multipart/form-data, field "file"); a request without one is the user's field
    /// error in Chinese, not a server error.
    /// </summary>
    public static async Task<IFormFile> UploadedFileAsync(HttpRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files["file"] : null;
        return file is { Length: > 0 } ? file : throw new FieldValidationException("file", "请以 multipart/form-data 上传 Excel（.xlsx）或 CSV 文件（字段 file）");
    }

    public static async Task<byte[]> ExportXlsxAsync<TRow>(LedgerLayout<TRow> layout, IEnumerable<TRow> rows, CancellationToken ct = default)
        where TRow : new()
    {
        var table = rows.Select(r =>
        {
            var line = new Dictionary<string, object?>();
            foreach (var column in layout.Columns)
            {
                line[column.Header] = column.Read(r);
            }

            return line;
        });
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(table, sheetName: layout.Name, cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>
    /// Reads an .xlsx or UTF-8 .csv. The header row must name the layout's columns; each data row is parsed by the
    /// layout; formulas (cells starting with =, +, -, @ in text columns) are refused as a CSV-injection guard.
    /// </summary>
    public static async Task<LedgerImport<TRow>> ImportAsync<TRow>(LedgerLayout<TRow> layout, Stream file, string fileName, CancellationToken ct = default)
        where TRow : new()
    {
        var table = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? await ReadCsvAsync(file, ct)
            : await ReadXlsxAsync(file, ct);
        if (table.Count == 0)
        {
            throw new FieldValidationException("file", "文件中没有数据");
        }

        var header = table[0].Select(h => h.Trim()).ToList();
        var missing = layout.Columns.Where(c => c.Parse is not null && !header.Contains(c.Header)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            throw new FieldValidationException("file", $"表头缺少列：{string.Join("、", missing)}（请使用导出的模板）");
        }

        if (table.Count - 1 > MaxRows)
        {
            throw new FieldValidationException("file", $"一次最多导入{MaxRows}行");
        }

        var errors = new List<LedgerRowError>();
        var rows = new List<(int, TRow)>();
        for (var i = 1; i < table.Count; i++)
        {
            var cells = table[i];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var rowNumber = i + 1;
            var row = new TRow();
            foreach (var column in layout.Columns.Where(c => c.Parse is not null))
            {
                var index = header.IndexOf(column.Header);
                var text = index < cells.Count ? cells[index].Trim() : "";
                if (text.Length == 0)
                {
                    if (column.Required)
                    {
                        errors.Add(new LedgerRowError(rowNumber, column.Header, "不能为空"));
                    }

                    continue;
                }

                if (text[0] is '=' or '@' || (text[0] is '+' or '-' && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)))
                {
                    errors.Add(new LedgerRowError(rowNumber, column.Header, "单元格含公式，不予导入"));
                    continue;
                }

                if (column.Parse!(row, text) is { } reason)
                {
                    errors.Add(new LedgerRowError(rowNumber, column.Header, reason));
                }
            }

            rows.Add((rowNumber, row));
        }

        if (errors.Count > 0)
        {
            throw new LedgerImportException(errors);
        }

        return new LedgerImport<TRow>(rows);
    }

    private static async Task<List<List<string>>> ReadXlsxAsync(Stream file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        try
        {
            var result = new List<List<string>>();
            foreach (IDictionary<string, object?> row in await buffer.QueryAsync(useHeaderRow: false, cancellationToken: ct))
            {
                result.Add(row.Values.Select(v => v switch
                {
                    null => "",
                    DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => v.ToString() ?? "",
                }).ToList());
            }

            return result;
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException or NotSupportedException)
        {
            throw new FieldValidationException("file", "无法读取 Excel 文件，请使用 .xlsx 格式");
        }
    }

    private static async Task<List<List<string>>> ReadCsvAsync(Stream file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray()).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new FieldValidationException("file", "CSV 文件不是 UTF-8 编码（可能是 GBK），请在 Excel 中“另存为 CSV UTF-8”后重新导入");
        }

        return ParseCsv(text);
    }

    /// <summary>RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>RFC 5987 attachment header so a Chinese file name survives every browser.</summary>
    public static string ContentDisposition(string fileName) =>
        $"attachment; filename=\"ledger.xlsx\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
}
