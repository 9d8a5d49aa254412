using System.Globalization;

using Fazhi.Platform.Data;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Metrics;

/// <summary>A figure for one region and year, with the previous year and 同比 (what <c>GET /api/metrics/{key}</c> returns).</summary>
public sealed record MetricFigure(
    string Key,
    string Name,
    string Unit,
    string Region,
    int Year,
    decimal? Value,
    decimal? Previous,
    decimal? Yoy,
    int Records,
    string YoyKind,
    string RegionName,
    decimal? Numerator,
    decimal? Denominator,
    string Definition,
    string Module);

/// <summary>One direct child region's value in a breakdown.</summary>
public sealed record MetricChildValue(string Region, string Name, string Level, decimal? Value, decimal? Numerator, decimal? Denominator, int Records);

/// <summary>分区域明细: the value of each direct child region (for a supervising level's view).</summary>
public sealed record MetricBreakdown(string Key, string Name, string Unit, string Region, string RegionName, int Year, decimal? Value, IReadOnlyList<MetricChildValue> Children);

/// <summary>逐月数值: a figure's value for the year and for each of its 12 months (a rate per month over that month's records).</summary>
public sealed record MetricMonthly(string Key, string Name, string Unit, string Module, string Region, int Year, decimal? Value, IReadOnlyList<decimal?> Months);

/// <summary>One page of the records behind a figure.</summary>
public sealed record MetricRecordPage(string Key, string Region, int Year, int Total, int Page, int PageSize, IReadOnlyList<MetricRecord> Items);

/// <summary>
/// Computes a registered figure for a region subtree and a year: checks the region is in the caller's subtree, runs the
/// module's query for the year and the year before, and derives rate values and 同比. Roll-up is the subtree prefix
/// handed to the query; the breakdown runs the same query once per direct child region.
/// </summary>
public sealed class EvaluateMetric(AppDbContext db, MetricCatalog catalog, TimeProvider clock)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxPageSize = 200;

    public async Task<MetricFigure> FigureAsync(string key, string? region, string? year, string? callerRegion, CancellationToken ct) =>
        (await FigureWithRecordsAsync(key, region, year, callerRegion, ct)).Figure;

    /// <summary>The figure and the records of the year behind it (what a report stores when it is submitted).</summary>
    public async Task<(MetricFigure Figure, IReadOnlyList<MetricRecord> Records)> FigureWithRecordsAsync(
        string key, string? region, string? year, string? callerRegion, CancellationToken ct)
    {
        var (definition, place, scope) = await ResolveAsync(key, region, year, callerRegion, ct);
        var current = await RunAsync(definition, scope, ct);
        var previous = await RunAsync(definition, scope.ForYear(scope.Year - 1), ct);
        var value = ValueOf(definition, current);
        var previousValue = ValueOf(definition, previous);
        return (new MetricFigure(
            definition.Key, definition.Name, definition.Unit, place.Code, scope.Year,
            value, previousValue, MetricMath.YearOnYear(definition.Kind, value, previousValue), current.Records.Count,
            MetricMath.YearOnYearKind(definition.Kind), place.Name, current.Numerator, current.Denominator,
            definition.Definition, definition.Module), current.Records);
    }

    public async Task<MetricBreakdown> BreakdownAsync(string key, string? region, string? year, string? callerRegion, CancellationToken ct)
    {
        var (definition, place, scope) = await ResolveAsync(key, region, year, callerRegion, ct);
        var total = await RunAsync(definition, scope, ct);
        var children = await db.Set<Region>().AsNoTracking()
            .Where(r => r.ParentCode == place.Code)
            .OrderBy(r => r.Code)
            .ToListAsync(ct);

        // DEBT: children run one after another on the request's context; at province scale (1,600 towns) run them in parallel, one context each.
        var values = new List<MetricChildValue>(children.Count);
        foreach (var child in children)
        {
            var result = await RunAsync(definition, new MetricScope(child.Code, child.SubtreePrefix, scope.Year), ct);
            values.Add(new MetricChildValue(
                child.Code, child.Name, LevelName(child.Level), ValueOf(definition, result), result.Numerator, result.Denominator, result.Records.Count));
        }

        return new MetricBreakdown(definition.Key, definition.Name, definition.Unit, place.Code, place.Name, scope.Year, ValueOf(definition, total), values);
    }

    /// <summary>The year's value and each month's, by the same query narrowed with <see cref="MetricScope.ForMonth"/>.</summary>
    public async Task<MetricMonthly> MonthlyAsync(string key, string? region, string? year, string? callerRegion, CancellationToken ct)
    {
        var (definition, place, scope) = await ResolveAsync(key, region, year, callerRegion, ct);
        var months = new List<decimal?>(12);
        for (var month = 1; month <= 12; month++)
        {
            months.Add(ValueOf(definition, await RunAsync(definition, scope.ForMonth(month), ct)));
        }

        return new MetricMonthly(definition.Key, definition.Name, definition.Unit, definition.Module, place.Code, scope.Year,
            ValueOf(definition, await RunAsync(definition, scope, ct)), months);
    }

    public async Task<MetricRecordPage> RecordsAsync(string key, string? region, string? year, string? page, string? pageSize, string? callerRegion, CancellationToken ct)
    {
        var pageNumber = ParseBounded(page, "page", 1, 1, int.MaxValue, "页码应为正整数");
        var size = ParseBounded(pageSize, "pageSize", 50, 1, MaxPageSize, $"每页条数应为1至{MaxPageSize}之间的整数");
        var (definition, place, scope) = await ResolveAsync(key, region, year, callerRegion, ct);
        var result = await RunAsync(definition, scope, ct);
        var items = result.Records.Skip((int)Math.Min((long)(pageNumber - 1) * size, int.MaxValue)).Take(size).ToList();
        return new MetricRecordPage(definition.Key, place.Code, scope.Year, result.Records.Count, pageNumber, size, items);
    }

    /// <summary>The Beijing-time calendar year of now: the default period.</summary>
    public int CurrentYear() => clock.GetUtcNow().ToOffset(MetricScope.BeijingOffset).Year;

    /// <summary>Parses and checks key, region and year; a region outside the caller's subtree is "not found", never "forbidden".</summary>
    public async Task<(MetricDefinition Definition, Region Region, MetricScope Scope)> ResolveAsync(
        string key, string? region, string? year, string? callerRegion, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var code = string.IsNullOrWhiteSpace(region) ? callerRegion : region.Trim();
        if (!RegionCodes.TryGetLevel(code, out _, out var regionError))
        {
            errors["region"] = [regionError];
        }

        var yearValue = CurrentYear();
        if (!string.IsNullOrWhiteSpace(year)
            && (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out yearValue) || yearValue < MinYear || yearValue > MaxYear))
        {
            errors["year"] = [$"年度应为{MinYear}至{MaxYear}之间的四位数字"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var definition = catalog.Find(key) ?? throw new RecordNotFoundException("指标不存在");
        var readPrefix = db.Scope.ReadPrefix;
        if (readPrefix is not null && !code!.StartsWith(readPrefix, StringComparison.Ordinal))
        {
            throw new RecordNotFoundException("区划不存在或不在本单位管辖范围内");
        }

        var place = await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct)
            ?? throw new RecordNotFoundException("区划不存在或不在本单位管辖范围内");
        return (definition, place, new MetricScope(place.Code, place.SubtreePrefix, yearValue));
    }

    private async Task<MetricResult> RunAsync(MetricDefinition definition, MetricScope scope, CancellationToken ct)
    {
        var result = await definition.Query(db, scope, ct);
        var shapeOk = definition.Kind switch
        {
            MetricKind.Quantity => result.Value is not null || result.IsNoData,
            MetricKind.Rate => result.Numerator is not null && result.Denominator is not null,
        };
        if (!shapeOk)
        {
            // A programming error in the owning module, not bad input: let it be a 500 with a clear log line.
            throw new InvalidOperationException($"指标 {definition.Key} 的查询返回值与其类型 {definition.Kind} 不符");
        }

        return result;
    }

    private static decimal? ValueOf(MetricDefinition definition, MetricResult result) => definition.Kind switch
    {
        MetricKind.Quantity => result.Value,
        MetricKind.Rate => MetricMath.Percentage(result.Numerator, result.Denominator),
    };

    private static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.Province => "省",
        RegionLevel.City => "市",
        RegionLevel.County => "县（区）",
        RegionLevel.Town => "镇（街道）",
        RegionLevel.Village => "村（社区）",
    };

    private static int ParseBounded(string? text, string field, int fallback, int min, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FieldValidationException(field, message);
    }
}
