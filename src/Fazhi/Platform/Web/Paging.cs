using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Web;

/// <summary>One page of a list, with what the pager needs.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The same page with its rows turned into what the list shows.</summary>
    public Paged<TOut> With<TOut>(IReadOnlyList<TOut> items) => new(items, Page, PageSize, Total);
}

/// <summary>Page-number and page-size rules every list shares.</summary>
public static class Paging
{
    public static (int Page, int PageSize) Normalize(int? page, int? pageSize, int defaultSize = 50, int maxSize = 500) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? defaultSize, 1, maxSize));

    /// <summary>Counts the query and reads one page of it (the query must already be sorted).</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> sorted, int? page, int? pageSize, CancellationToken ct = default)
    {
        var (number, size) = Normalize(page, pageSize);
        var total = await sorted.CountAsync(ct);
        var items = await sorted.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<T>(items, number, size, total);
    }
}
