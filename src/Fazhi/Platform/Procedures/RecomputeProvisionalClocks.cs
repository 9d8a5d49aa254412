using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Procedures;

/// <summary>
/// 重新计算暂定届满日: every clock whose due date was reckoned without a holiday notice (<see cref="Clock.DueDateProvisional"/>)
/// is recomputed from the calendar as it is now — after a notice is loaded, and on every clock scan — across all regions.
/// A clock still reaching a missing year stays 暂定. Idempotent; the caller's context saves nothing else.
/// </summary>
public sealed class RecomputeProvisionalClocks(AppDbContext db, ICalendarSource calendars)
{
    /// <summary>Returns how many clocks now have a final due date.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var clocks = await db.Set<Clock>().IgnoreQueryFilters().Include(c => c.Adjustments)
            .Where(c => c.DueDateProvisional)
            .ToListAsync(cancellationToken);
        if (clocks.Count == 0)
        {
            return 0;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        foreach (var clock in clocks)
        {
            clock.Recompute(calendar);
        }

        await db.SaveChangesAsync(cancellationToken);
        return clocks.Count(c => !c.DueDateProvisional);
    }
}
