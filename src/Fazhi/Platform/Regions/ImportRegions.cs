using System.Globalization;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Regions;

/// <summary>
/// 导入行政区划 from CSV (`代码,名称[,上级代码]`, UTF-8, header optional). All-or-nothing: every line is checked first
/// (code shape, level, parent exists or is in the file, inside the importer's own subtree) and errors are reported by line.
/// Existing codes are renamed, new ones added.
/// </summary>
public sealed class ImportRegions(AppDbContext db)
{
    public const int MaxLines = 20_000;

    public sealed record Outcome(int Added, int Renamed, int Unchanged);

    public async Task<Outcome> ExecuteAsync(TextReader csv, CancellationToken ct = default)
    {
        var prefix = db.Scope.ReadPrefix;
        var errors = new Dictionary<string, string[]>();
        var rows = new List<(int Line, string Code, string Name, RegionLevel Level, string? Parent)>();
        var lineNumber = 0;
        while (await csv.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || (lineNumber == 1 && !char.IsAsciiDigit(line.TrimStart('\uFEFF').Trim().FirstOrDefault())))
            {
                continue;
            }

            if (lineNumber > MaxLines)
            {
                throw new FieldValidationException("file", $"一次最多导入{MaxLines}行");
            }

            var cells = line.TrimStart('\uFEFF').Split(',').Select(c => c.Trim().Trim('"')).ToArray();
            string? error = null;
            RegionLevel level = default;
            if (cells.Length < 2 || string.IsNullOrWhiteSpace(cells[1]))
            {
                error = "应为“代码,名称[,上级代码]”";
            }
            else if (!RegionCodes.TryGetLevel(cells[0], out level, out var codeError))
            {
                error = codeError;
            }
            else if (cells[1].Length > 100)
            {
                error = "名称不能超过100个字符";
            }
            else if (prefix is not null && !cells[0].StartsWith(prefix, StringComparison.Ordinal))
            {
                error = $"区划{cells[0]}不在本单位管辖范围内";
            }

            if (error is not null)
            {
                errors[$"line{lineNumber}"] = [$"第{lineNumber}行：{error}"];
                continue;
            }

            var parent = cells.Length > 2 && !string.IsNullOrWhiteSpace(cells[2]) ? cells[2] : RegionCodes.ImpliedParent(cells[0], level);
            rows.Add((lineNumber, cells[0], cells[1], level, parent));
        }

        var existing = await db.Set<Region>().ToDictionaryAsync(r => r.Code, ct);
        var inFile = rows.Select(r => r.Code).ToHashSet();
        foreach (var row in rows)
        {
            if (row.Parent is not null && !existing.ContainsKey(row.Parent) && !inFile.Contains(row.Parent))
            {
                errors[$"line{row.Line}"] = [$"第{row.Line}行：上级区划{row.Parent}不存在"];
            }
            else if (rows.Count(r => r.Code == row.Code) > 1)
            {
                errors[$"line{row.Line}"] = [$"第{row.Line}行：代码{row.Code}在文件中重复"];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors, "区划文件有误，未导入任何数据");
        }

        if (rows.Count == 0)
        {
            throw new FieldValidationException("file", "文件中没有区划数据");
        }

        int added = 0, renamed = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Code, out var region))
            {
                if (region.Name == row.Name)
                {
                    unchanged++;
                }
                else
                {
                    region.Rename(row.Name);
                    renamed++;
                }
            }
            else
            {
                db.Add(new Region(row.Code, row.Name, row.Level, row.Parent));
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return new Outcome(added, renamed, unchanged);
    }

    public static string Describe(Outcome o) => string.Format(CultureInfo.InvariantCulture, "新增{0}个，更名{1}个，未变{2}个", o.Added, o.Renamed, o.Unchanged);
}
