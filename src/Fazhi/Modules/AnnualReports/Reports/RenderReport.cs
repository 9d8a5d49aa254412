using System.Globalization;

using Fazhi.Modules.AnnualReports.Checks;
using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Figures;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.AnnualReports.Reports;

/// <summary>A section as printed: its number ("一、", "（一）", "1."), heading and paragraphs with figures filled in.</summary>
public sealed record RenderedSection(
    Guid Id, string Key, int Level, string Number, IReadOnlyList<Segment> Heading, IReadOnlyList<IReadOnlyList<Segment>> Paragraphs,
    bool Required, string? Guidance, string RawHeading, string RawText);

/// <summary>The report as it would be printed today, with the figures it used and the consistency check results.</summary>
public sealed record RenderedReport(
    AnnualReport Report, string RegionName, IReadOnlyList<Segment> Title, IReadOnlyList<RenderedSection> Sections,
    IReadOnlyDictionary<string, ReportFigure> Figures, IReadOnlyList<ConsistencyIssue> Issues, IReadOnlyList<string> Signers, DateOnly Date,
    string? CopyTo = null, string? Printer = null)
{
    public bool HasBlockingIssues => Issues.Any(i => i.Blocking);

    /// <summary>Where a figure's records are listed (the registry's records page for the report's region and year).</summary>
    public string RecordsLink(string key) =>
        $"/metrics/records?key={Uri.EscapeDataString(key)}&region={Report.RegionCode}&year={Report.Year}";
}

/// <summary>
/// 生成报告 (render): every placeholder of the report is evaluated through the metrics registry by key (never through a
/// module) for the report's region subtree and year; the report stores no figure.
/// </summary>
public sealed class RenderReport(AppDbContext db, EvaluateMetric evaluate, MetricCatalog catalog, TimeProvider clock)
{
    public async Task<RenderedReport> ExecuteAsync(AnnualReport report, CancellationToken ct)
    {
        var region = await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == report.RegionCode, ct);
        var regionName = region?.Name ?? report.RegionCode;
        var sections = report.Sections.OrderBy(s => s.Order).ToList();
        var keys = sections.SelectMany(s => s.Placeholders()).Concat(Placeholders.Find(report.Title))
            .Where(p => !p.IsReportWord).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();

        var figures = new Dictionary<string, ReportFigure>(StringComparer.Ordinal);
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var key in keys.Where(k => catalog.Find(k) is not null))
        {
            // The report's region is in the caller's subtree (it was read through the region filter), so pass it as both.
            var f = await evaluate.FigureAsync(key, report.RegionCode, year, report.RegionCode, ct);
            figures[key] = new ReportFigure(f.Key, f.Name, f.Unit, f.YoyKind == "percentagePoints", f.Value, f.Previous, f.Yoy, f.Numerator, f.Denominator);
        }

        var words = new ReportWords(report.Year, regionName);
        var numbers = new SectionNumbers();
        var rendered = sections.Select(s => new RenderedSection(
            s.Id, s.Key, s.Level, numbers.Next(s.Level), Narrative.Render(s.Heading, figures, words),
            s.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => Narrative.Render(p, figures, words)).ToList(),
            s.Required, s.Guidance, s.Heading, s.Text)).ToList();
        var issues = ConsistencyChecks.Run(
            rendered.Select(s => new CheckedSection(s.Id, (s.Number + Narrative.Plain(s.Heading)).Trim() is { Length: > 0 } t ? t : "开头", s.RawText, s.Required)),
            figures);

        var date = report.SubmittedOn ?? LegalDate.Today(clock);
        var setting = await db.Set<AnnualReportSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.RegionCode == report.RegionCode, ct);
        var copyTo = setting?.CopyTo ?? await DefaultCopyToAsync(region?.ParentCode, ct);
        return new RenderedReport(report, regionName, Narrative.Render(report.Title, figures, words), rendered, figures, issues,
            [$"中共{regionName}委员会", $"{regionName}人民政府"], date, copyTo, $"{regionName}党政办公室");
    }

    /// <summary>
    /// 抄送 when the region set none: 上一级党委法治建设议事协调机构 (law.md §1), named as the superior level's 全面依法治X委员会办公室
    /// ([U]: the exact name varies by place; the reporting settings override it).
    /// </summary>
    private async Task<string?> DefaultCopyToAsync(string? parentCode, CancellationToken ct)
    {
        var parent = parentCode is null ? null : await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == parentCode, ct);
        return parent switch
        {
            { Level: RegionLevel.Province } => "省委全面依法治省委员会办公室",
            { Level: RegionLevel.City } => "市委全面依法治市委员会办公室",
            { Level: RegionLevel.County } when parent.Name.EndsWith('区') => "区委全面依法治区委员会办公室",
            { Level: RegionLevel.County } => "县委全面依法治县委员会办公室",
            _ => null,
        };
    }
}

/// <summary>正文结构层次编号: 一、 → （一） → 1. (GB/T 9704-2012); a higher level restarts the lower ones.</summary>
public sealed class SectionNumbers
{
    private readonly int[] _counters = new int[4];

    public string Next(int level)
    {
        if (level is < 1 or > 3)
        {
            return "";
        }

        _counters[level]++;
        for (var lower = level + 1; lower < _counters.Length; lower++)
        {
            _counters[lower] = 0;
        }

        return level switch
        {
            1 => Chinese(_counters[1]) + "、",
            2 => "（" + Chinese(_counters[2]) + "）",
            _ => _counters[3].ToString(CultureInfo.InvariantCulture) + ".",
        };
    }

    public static string Chinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n % 10],
            < 100 => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
            _ => n.ToString(CultureInfo.InvariantCulture),
        };
    }
}
