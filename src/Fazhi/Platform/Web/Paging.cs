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

    /// <summary>
    /// Page and page size as a list's query string gives them (text, so a bad value is the user's field error in Chinese,
    /// not a binding failure): page a positive whole number up to 100,000, size 1 to <paramref name="maxSize"/>.
    /// </summary>
    public static (int Page, int PageSize) Parse(string? page, string? pageSize, IDictionary<string, string[]> errors, int defaultSize = 20, int maxSize = 200)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var number = Positive(page);
        if (number is null && !string.IsNullOrWhiteSpace(page))
        {
            errors["page"] = ["页码应为正整数"];
        }
        else if (number > 100_000)
        {
            errors["page"] = ["页码过大"];
        }

        var size = Positive(pageSize);
        if ((size is null && !string.IsNullOrWhiteSpace(pageSize)) || size > maxSize)
        {
            errors["pageSize"] = [$"每页条数应为1至{maxSize}之间的整数"];
        }

        return (number ?? 1, size ?? defaultSize);
    }

    private static int? Positive(string? text) =>
        int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1 ? value : null;

    /// <summary>Counts the query and reads one page of it (the query must already be sorted).</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> sorted, int? page, int? pageSize, CancellationToken ct = default)
    {
        var (number, size) = Normalize(page, pageSize);
        var total = await sorted.CountAsync(ct);
        var items = await sorted.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<T>(items, number, size, total);
    }
}
