using System.Text.RegularExpressions;

using Fazhi.Platform.Data;

namespace Fazhi.Platform.Metrics;

/// <summary>指标类型 (kind of figure): decides how the value is formed and how year-on-year is expressed.</summary>
public enum MetricKind
{
    /// <summary>数量或金额 (a count or an amount): the query returns the value; 同比 is the relative change.</summary>
    Quantity,

    /// <summary>比率 (a rate): the query returns numerator and denominator; the value is a percentage and 同比 is in percentage points.</summary>
    Rate,
}

/// <summary>The query behind a figure: the records of the scope's region subtree and period, counted or summed.</summary>
public delegate Task<MetricResult> MetricQuery(AppDbContext db, MetricScope scope, CancellationToken cancellationToken);

/// <summary>
/// 统计指标 (a named figure of the annual report or a dashboard): who owns it, what it means in words, and the query that
/// computes it together with the records behind it. Modules register theirs with <c>services.AddMetric(…)</c>.
/// </summary>
public sealed partial record MetricDefinition
{
    public MetricDefinition(string key, string name, string unit, string definition, string module, MetricQuery query, MetricKind kind = MetricKind.Quantity)
    {
        if (!KeyShape().IsMatch(key))
        {
            throw new ArgumentException($"指标键“{key}”应为小写字母、数字和下划线，以点分段，如 legality_review.contracts", nameof(key));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        ArgumentNullException.ThrowIfNull(query);
        Key = key;
        Name = name;
        Unit = unit;
        Definition = definition;
        Module = module;
        Query = query;
        Kind = kind;
    }

    /// <summary>Stable key, e.g. <c>legality_review.contracts</c>; the first segment names the owning area.</summary>
    public string Key { get; }

    /// <summary>指标名称, e.g. 合法性审查合同数.</summary>
    public string Name { get; }

    /// <summary>计量单位: 件, 份, 元, %, 人次 ….</summary>
    public string Unit { get; }

    /// <summary>口径: the definition in words (what is counted; numerator and denominator of a rate).</summary>
    public string Definition { get; }

    /// <summary>The module (or kernel area) that owns the figure and answers for its correctness.</summary>
    public string Module { get; }

    public MetricQuery Query { get; }

    public MetricKind Kind { get; }

    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")]
    private static partial Regex KeyShape();
}

/// <summary>
/// 统计范围: one region's subtree and one calendar year, or one month of it (<see cref="Month"/>, for a dashboard's trend).
/// The period is in Beijing time (UTC+8, no daylight saving), so instants are bounded by
/// <see cref="StartsAtUtc"/>/<see cref="EndsAtUtc"/> and legal dates by <see cref="FirstDay"/>/<see cref="EndDay"/>; both
/// ends are half-open [from, to). A query bounds its records by these (never by <see cref="Year"/> alone), so the same
/// query answers for a month; a stock figure ("in force at the end") reads the end of the period.
/// </summary>
public sealed record MetricScope
{
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public MetricScope(string regionCode, string subtreePrefix, int year, int? month = null)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), "月份应为1至12");
        }

        RegionCode = regionCode;
        SubtreePrefix = subtreePrefix;
        Year = year;
        Month = month;
    }

    public string RegionCode { get; }

    /// <summary>Every row of the subtree has a RegionCode starting with this (see <c>RegionCodes.SubtreePrefix</c>).</summary>
    public string SubtreePrefix { get; }

    public int Year { get; }

    /// <summary>The month of <see cref="Year"/> the scope is narrowed to; null for the whole year (the default).</summary>
    public int? Month { get; }

    /// <summary>First day of the period (inclusive), for legal dates (<see cref="DateOnly"/>): 1 January, or the month's 1st.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, 1);

    /// <summary>First day after the period (exclusive): 1 January of the next year, or the next month's 1st.</summary>
    public DateOnly EndDay => Month is null ? new(Year + 1, 1, 1) : FirstDay.AddMonths(1);

    /// <summary>00:00 Beijing time on <see cref="FirstDay"/>, as the UTC instant stored in the database (inclusive).</summary>
    public DateTime StartsAtUtc => BeijingMidnightUtc(FirstDay);

    /// <summary>00:00 Beijing time on <see cref="EndDay"/>, in UTC (exclusive).</summary>
    public DateTime EndsAtUtc => BeijingMidnightUtc(EndDay);

    /// <summary>The same region (and month, if any) in another year (used by the registry for 同比).</summary>
    public MetricScope ForYear(int year) => new(RegionCode, SubtreePrefix, year, Month);

    /// <summary>The same region and year narrowed to one month.</summary>
    public MetricScope ForMonth(int month) => new(RegionCode, SubtreePrefix, Year, month);

    private static DateTime BeijingMidnightUtc(DateOnly day) =>
        new DateTimeOffset(day.Year, day.Month, day.Day, 0, 0, 0, BeijingOffset).UtcDateTime;
}

/// <summary>A record behind a figure: its type (entity name), id and, when the metric supplies one, a label to show.</summary>
public sealed record MetricRecord(string Type, string Id, string? Label = null);

/// <summary>
/// What a metric query returns: the value (for a quantity) or numerator and denominator (for a rate), and the records
/// the figure is computed from, so every number can be traced.
/// </summary>
public sealed record MetricResult
{
    private MetricResult(decimal? value, decimal? numerator, decimal? denominator, IReadOnlyList<MetricRecord> records)
    {
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        Records = records;
    }

    /// <summary>The count or amount (quantities only).</summary>
    public decimal? Value { get; }

    public decimal? Numerator { get; }

    public decimal? Denominator { get; }

    public IReadOnlyList<MetricRecord> Records { get; }

    public static MetricResult Quantity(decimal value, IEnumerable<MetricRecord> records) =>
        new(value, null, null, records.ToList());

    /// <summary>
    /// 无数据: a quantity no record gives a value to (e.g. a reported figure not yet accepted) — printed as missing,
    /// never as 0.
    /// </summary>
    public static MetricResult NoData() => new(null, null, null, []);

    /// <summary>True for <see cref="NoData"/>: no value, numerator or denominator at all.</summary>
    public bool IsNoData => Value is null && Numerator is null && Denominator is null;

    /// <summary>A count whose value is the number of records.</summary>
    public static MetricResult CountOf(IEnumerable<MetricRecord> records)
    {
        var list = records.ToList();
        return new(list.Count, null, null, list);
    }

    /// <summary>A rate; the records are those of the denominator (the population the rate is taken over).</summary>
    public static MetricResult Rate(decimal numerator, decimal denominator, IEnumerable<MetricRecord> records)
    {
        if (numerator < 0 || denominator < 0)
        {
            throw new ArgumentException("比率的分子和分母不能为负数");
        }

        return new(null, numerator, denominator, records.ToList());
    }
}
