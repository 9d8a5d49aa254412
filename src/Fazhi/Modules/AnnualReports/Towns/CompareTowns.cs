using System.Globalization;
using System.Security.Claims;

using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Figures;
using Fazhi.Modules.AnnualReports.Reports;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Spreadsheets;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.AnnualReports.Towns;

/// <summary>A town's report for the year against its two deadlines (报送 by 3月1日, 公开 by 4月1日 unless set otherwise).</summary>
public sealed record TownReportStatus(
    string RegionCode, string RegionName, Guid? ReportId, string Status, string Stage,
    DateOnly SubmitBy, DateOnly? SubmittedOn, bool SubmitLate, DateOnly PublishBy, DateOnly? PublishedOn, bool PublishLate, string Explanation);

/// <summary>One town's value of a figure, as printed, with its rank among the towns (1 = highest; ties share a rank).</summary>
public sealed record TownFigureValue(string RegionCode, decimal? Value, string Printed, int? Rank);

/// <summary>A figure across the towns and the level's own roll-up (the registry's value for the whole subtree).</summary>
public sealed record TownFigure(string Key, string Name, string Unit, decimal? RollUp, string RollUpPrinted, IReadOnlyList<TownFigureValue> Towns);

/// <summary>下级单位对比: the towns' report status, their figures side by side with rankings, and the level's roll-up.</summary>
public sealed record TownsView(int Year, string RegionCode, string RegionName, bool OwnOnly, IReadOnlyList<TownReportStatus> Towns, IReadOnlyList<TownFigure> Figures);

/// <summary>
/// 下级单位对比 (a city's or county's view of its towns): a supervising level sees every direct subordinate unit; a town
/// sees only itself (the region filter would hide the others anyway — this keeps its page to its own row). Every figure
/// is iterated from the registry and evaluated through it (breakdown per child, roll-up for the subtree).
/// </summary>
public sealed class CompareTowns(AppDbContext db, MetricCatalog catalog, EvaluateMetric evaluate, TimeProvider clock)
{
    public async Task<TownsView> ExecuteAsync(ClaimsPrincipal user, int? year, CancellationToken ct)
    {
        var today = LegalDate.Today(clock);
        var y = year ?? today.Year - 1;
        if (y < EvaluateMetric.MinYear || y > today.Year)
        {
            throw new Platform.Web.FieldValidationException("year", $"年度应为{EvaluateMetric.MinYear}至{today.Year}之间的年份");
        }

        var code = user.FindFirstValue(FazhiClaims.Region) ?? "";
        var place = await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct)
            ?? throw new Platform.Web.RecordNotFoundException("当前用户的区划不存在");
        var ownOnly = place.Level is RegionLevel.Town or RegionLevel.Village;
        var units = ownOnly
            ? [place]
            : await db.Set<Region>().AsNoTracking().Where(r => r.ParentCode == place.Code).OrderBy(r => r.Code).ToListAsync(ct);

        var statuses = await StatusesAsync(units, y, today, ct);
        var yearText = y.ToString(CultureInfo.InvariantCulture);
        var figures = new List<TownFigure>();
        foreach (var definition in catalog.All)
        {
            IReadOnlyList<(string Code, decimal? Value)> values;
            decimal? rollUp;
            if (ownOnly)
            {
                var figure = await evaluate.FigureAsync(definition.Key, place.Code, yearText, place.Code, ct);
                values = [(place.Code, figure.Value)];
                rollUp = figure.Value;
            }
            else
            {
                var breakdown = await evaluate.BreakdownAsync(definition.Key, place.Code, yearText, place.Code, ct);
                values = breakdown.Children.Select(c => (c.Region, c.Value)).ToList();
                rollUp = breakdown.Value;
            }

            figures.Add(new TownFigure(definition.Key, definition.Name, definition.Unit, rollUp, Print(rollUp, definition.Unit),
                values.Select(v => new TownFigureValue(v.Code, v.Value, Print(v.Value, definition.Unit), Rank(v.Value, values.Select(o => o.Value)))).ToList()));
        }

        return new TownsView(y, place.Code, place.Name, ownOnly, statuses, figures);
    }

    /// <summary>竞争排名: 1 + the number of towns with a strictly higher value; a town without a value has no rank.</summary>
    public static int? Rank(decimal? value, IEnumerable<decimal?> all) =>
        value is { } v ? 1 + all.Count(o => o > v) : null;

    /// <summary>The comparison table as .xlsx: one row per town plus the roll-up, one column per figure (values unrounded).</summary>
    public static Task<byte[]> ExportAsync(TownsView view, CancellationToken ct)
    {
        var columns = new List<LedgerColumn<ComparisonRow>>
        {
            new("区划代码", r => r.Code),
            new("单位", r => r.Name),
            new("报告状态", r => r.Status),
            new("报送日期", r => r.SubmittedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("报送是否逾期", r => r.SubmitLate),
            new("公开日期", r => r.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("公开是否逾期", r => r.PublishLate),
        };
        var headers = new HashSet<string>(columns.Select(c => c.Header), StringComparer.Ordinal);
        foreach (var figure in view.Figures)
        {
            var header = $"{figure.Name}（{figure.Unit}）";
            if (!headers.Add(header))
            {
                header = $"{figure.Name}（{figure.Unit}，{figure.Key}）";
                headers.Add(header);
            }

            var key = figure.Key;
            columns.Add(new(header, r => r.Values.GetValueOrDefault(key)));
            columns.Add(new($"{header}排名", r => r.Ranks.GetValueOrDefault(key)));
        }

        var rows = view.Towns.Select(t => new ComparisonRow
        {
            Code = t.RegionCode,
            Name = t.RegionName,
            Status = t.Status,
            SubmittedOn = t.SubmittedOn,
            SubmitLate = t.SubmitLate ? "是" : "否",
            PublishedOn = t.PublishedOn,
            PublishLate = t.PublishLate ? "是" : "否",
            Values = view.Figures.ToDictionary(f => f.Key, f => f.Towns.FirstOrDefault(v => v.RegionCode == t.RegionCode)?.Value),
            Ranks = view.Figures.ToDictionary(f => f.Key, f => f.Towns.FirstOrDefault(v => v.RegionCode == t.RegionCode)?.Rank),
        }).ToList();
        if (!view.OwnOnly)
        {
            rows.Add(new ComparisonRow
            {
                Code = view.RegionCode,
                Name = view.RegionName + "（合计）",
                Values = view.Figures.ToDictionary(f => f.Key, f => f.RollUp),
            });
        }

        return Ledgers.ExportXlsxAsync(new LedgerLayout<ComparisonRow>("下级单位指标对比", columns), rows, ct);
    }

    private async Task<IReadOnlyList<TownReportStatus>> StatusesAsync(IReadOnlyList<Region> units, int year, DateOnly today, CancellationToken ct)
    {
        var codes = units.Select(u => u.Code).ToList();
        var reports = await db.Set<AnnualReport>().AsNoTracking().Where(r => r.Year == year && codes.Contains(r.RegionCode)).ToListAsync(ct);
        var settings = await db.Set<AnnualReportSetting>().AsNoTracking().Where(s => codes.Contains(s.RegionCode)).ToListAsync(ct);
        return units.Select(u =>
        {
            var report = reports.FirstOrDefault(r => r.RegionCode == u.Code);
            var deadlines = ReportDeadlines.For(year, report?.SubmittedOn, report?.PublishedOn, settings.FirstOrDefault(s => s.RegionCode == u.Code), today);
            var (submit, publish) = (deadlines[0], deadlines[1]);
            var stage = report?.Status switch
            {
                null => "未建立",
                AnnualReportStatus.Published => "已公开",
                AnnualReportStatus.Submitted or AnnualReportStatus.Cleared => "已报送",
                _ => "起草中",
            };
            return new TownReportStatus(u.Code, u.Name, report?.Id, report is null ? "未建立" : ListReports.StatusName(report.Status), stage,
                submit.DueOn, submit.DoneOn, submit.Overdue, publish.DueOn, publish.DoneOn, publish.Overdue,
                string.Join(" ", submit.Explanation.Take(1).Concat(publish.Explanation.Take(1))));
        }).ToList();
    }

    private static string Print(decimal? value, string unit) => value is { } v ? FigureFormat.Value(v, unit) : "—";
}

/// <summary>A row of the comparison export (mutable: the ledger layout builds rows with a parameterless constructor).</summary>
public sealed class ComparisonRow
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Status { get; set; } = "";

    public DateOnly? SubmittedOn { get; set; }

    public string SubmitLate { get; set; } = "";

    public DateOnly? PublishedOn { get; set; }

    public string PublishLate { get; set; } = "";

    public Dictionary<string, decimal?> Values { get; set; } = [];

    public Dictionary<string, int?> Ranks { get; set; } = [];
}
