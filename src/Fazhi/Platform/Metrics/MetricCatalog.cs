namespace Fazhi.Platform.Metrics;

/// <summary>指标目录 (the registry): every <see cref="MetricDefinition"/> registered by the kernel and the modules.</summary>
public sealed class MetricCatalog
{
    private readonly Dictionary<string, MetricDefinition> _byKey;

    public MetricCatalog(IEnumerable<MetricDefinition> definitions)
    {
        _byKey = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            // A duplicate key would make a figure ambiguous: fail at start-up, not on the first request.
            if (!_byKey.TryAdd(definition.Key, definition))
            {
                throw new InvalidOperationException($"指标键“{definition.Key}”重复注册（{_byKey[definition.Key].Module} 与 {definition.Module}）");
            }
        }

        All = _byKey.Values.OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<MetricDefinition> All { get; }

    public MetricDefinition? Find(string key) => _byKey.GetValueOrDefault(key);
}

/// <summary>The arithmetic the registry (not the modules) owns: rate values and year-on-year change.</summary>
public static class MetricMath
{
    /// <summary>A rate as a percentage rounded to 2 places; null when the denominator is 0 (the rate is undefined, not 0).</summary>
    public static decimal? Percentage(decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d != 0
            ? Math.Round(n * 100m / d, 2, MidpointRounding.AwayFromZero)
            : null;

    /// <summary>
    /// 同比. Quantities: the relative change (value − previous) / previous as a ratio rounded to 4 places (0.25 = +25%),
    /// null when previous is 0 or unknown. Rates: the difference in percentage points rounded to 2 places, null when
    /// either year's rate is undefined.
    /// </summary>
    public static decimal? YearOnYear(MetricKind kind, decimal? value, decimal? previous) => kind switch
    {
        MetricKind.Quantity => value is { } v && previous is { } p && p != 0
            ? Math.Round((v - p) / p, 4, MidpointRounding.AwayFromZero)
            : null,
        MetricKind.Rate => value is { } v && previous is { } p
            ? Math.Round(v - p, 2, MidpointRounding.AwayFromZero)
            : null,
    };

    /// <summary>How <see cref="YearOnYear"/> is expressed, as named in the API (<c>yoyKind</c>).</summary>
    public static string YearOnYearKind(MetricKind kind) => kind switch
    {
        MetricKind.Quantity => "relative",
        MetricKind.Rate => "percentagePoints",
    };
}
