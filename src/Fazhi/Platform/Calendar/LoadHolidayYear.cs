using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Calendar;

/// <summary>载入节假日安排: adds a year's notice or replaces it; the calendar cache follows through <see cref="CalendarChangeInterceptor"/>.</summary>
public sealed class LoadHolidayYear(AppDbContext db, TimeProvider clock)
{
    /// <summary>Returns true when an existing year was replaced; throws <see cref="FieldValidationException"/> on bad input.</summary>
    public async Task<bool> ExecuteAsync(int? year, string? source, string? json, string actor, CancellationToken cancellationToken = default)
    {
        var (schedule, errors) = HolidayScheduleInput.Check(year, source, json);
        if (schedule is null)
        {
            throw new FieldValidationException(errors, "节假日安排有误");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Set<HolidayYear>().FirstOrDefaultAsync(y => y.Year == schedule.Year, cancellationToken);
        if (existing is null)
        {
            db.Add(new HolidayYear(schedule, now, actor));
        }
        else
        {
            existing.Replace(schedule, now, actor);
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing is not null;
    }
}
