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

/// <summary>The explicit form of the region filter, for <see cref="IRegionTagged"/> rows.</summary>
public static class RegionScopeQueries
{
    public static IQueryable<T> WithinScope<T>(this IQueryable<T> query, IRegionScope scope)
        where T : class, IRegionTagged =>
        scope.ReadPrefix is { } prefix ? query.Where(e => e.RegionCode.StartsWith(prefix)) : query;
}
