using Fazhi.Platform.Regions;

namespace Fazhi.Platform.Data;

/// <summary>区划归属 (owned by a region): every business row carries the code of the region that owns it.</summary>
public interface IRegionScoped : IRegionTagged;

/// <summary>
/// 区划标记 (tagged with a region) without the automatic filter: rows that must be read before a user is known
/// (accounts, API tokens at sign-in) or across the whole chain (audit rows). Lists filter them with <see cref="RegionScopeQueries.WithinScope"/>.
/// </summary>
public interface IRegionTagged
{
    string RegionCode { get; }
}

/// <summary>The region filters as queries state them.</summary>
public static class RegionScopeQueries
{
    /// <summary>The explicit form of the region filter, for <see cref="IRegionTagged"/> rows.</summary>
    public static IQueryable<T> WithinScope<T>(this IQueryable<T> query, IRegionScope scope)
        where T : class, IRegionTagged =>
        scope.ReadPrefix is { } prefix ? query.InSubtree(prefix) : query;

    /// <summary>
    /// Rows whose RegionCode starts with <paramref name="prefix"/> (a region's subtree), stated as the code range
    /// [prefix, <see cref="RegionCodes.SubtreeUpperBound"/>] so the database reads it from the RegionCode index.
    /// </summary>
    public static IQueryable<T> InSubtree<T>(this IQueryable<T> query, string prefix)
        where T : class, IRegionTagged
    {
        var upper = RegionCodes.SubtreeUpperBound(prefix);
        return query.Where(e => string.Compare(e.RegionCode, prefix) >= 0 && string.Compare(e.RegionCode, upper) <= 0);
    }
}
