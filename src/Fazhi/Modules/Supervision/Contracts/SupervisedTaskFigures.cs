using Fazhi.Modules.Supervision.Domain;
using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Supervision.Contracts;

/// <summary>
/// What a figure of another module needs to know about the tasks it asked for, read inside a metric query (which has the
/// unit of work but no services): for each origin key, the day its task was closed (销号), null while it is open.
/// </summary>
public static class SupervisedTaskFigures
{
    public static async Task<IReadOnlyDictionary<string, DateOnly?>> ClosedOnByOriginAsync(AppDbContext db, IReadOnlyCollection<string> originKeys,
        CancellationToken cancellationToken)
    {
        if (originKeys.Count == 0)
        {
            return new Dictionary<string, DateOnly?>();
        }

        var rows = await db.Set<SupervisionTask>().AsNoTracking().Where(t => t.OriginKey != null && originKeys.Contains(t.OriginKey))
            .Select(t => new { Key = t.OriginKey!, t.ClosedOn }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.All(r => r.ClosedOn is not null) ? g.Max(r => r.ClosedOn) : null);
    }
}
