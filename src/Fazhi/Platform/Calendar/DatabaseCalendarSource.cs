using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fazhi.Platform.Calendar;

/// <summary>
/// 工作日历数据源 (the calendar as loaded in this deployment's database). Builds the <see cref="WorkingDayCalendar"/>
/// once and keeps it until a <see cref="HolidayYear"/> is added or changed. A fresh database gets the shipped
/// holidays-cn.json years first, so a new deployment can compute deadlines from its first request.
/// </summary>
public sealed class DatabaseCalendarSource(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DatabaseCalendarSource> logger) : ICalendarSource, IDisposable
{
    public const string ImportActor = "system";

    private readonly SemaphoreSlim _loading = new(1, 1);
    private WorkingDayCalendar? _calendar;
    private long _generation;

    public async ValueTask<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _calendar) is { } cached)
        {
            return cached;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _calendar) is { } loaded)
            {
                return loaded;
            }

            // The import invalidates too, so it runs before the generation is taken.
            await AsSystemAsync(ImportIfEmptyAsync, cancellationToken);
            var generation = Interlocked.Read(ref _generation);
            var calendar = new WorkingDayCalendar(await AsSystemAsync(ReadSchedulesAsync, cancellationToken));
            // A year saved while we were reading may be missing from what we read: then serve it once, cache nothing.
            if (Interlocked.Read(ref _generation) == generation)
            {
                Volatile.Write(ref _calendar, calendar);
            }

            return calendar;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Drops the built calendar; the next request rebuilds it from the database.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _calendar, null);
    }

    public void Dispose() => _loading.Dispose();

    private async Task<T> AsSystemAsync<T>(Func<AppDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        // The first caller may be an anonymous web request; without its execution context the fresh scope is the
        // unscoped system context, so the import is recorded as the system's doing, not the visitor's.
        Task<T> run;
        using (ExecutionContext.SuppressFlow())
        {
            run = Task.Run(
                async () =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
                },
                cancellationToken);
        }

        return await run;
    }

    private static async Task<List<HolidaySchedule>> ReadSchedulesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<HolidayYear>().AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToSchedule()).ToList();
    }

    private async Task<bool> ImportIfEmptyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<HolidayYear>().AnyAsync(cancellationToken))
        {
            return false;
        }

        await ImportShippedAsync(db, cancellationToken);
        return true;
    }

    private async Task ImportShippedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var shipped = ShippedCalendarSource.ShippedSchedules();
        foreach (var schedule in shipped)
        {
            db.Add(new HolidayYear(schedule, now, ImportActor));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Imported the shipped holiday schedules {Years} into an empty calendar table", string.Join(",", shipped.Select(s => s.Year)));
        }
        catch (DbUpdateException ex)
        {
            // Another instance imported at the same moment: its rows are as good as ours.
            logger.LogWarning(ex, "Shipped holiday schedules were imported concurrently; using the stored rows");
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>Invalidates the cached calendar after any save that adds, changes or removes a <see cref="HolidayYear"/>.</summary>
internal sealed class CalendarChangeInterceptor(DatabaseCalendarSource source) : SaveChangesInterceptor
{
    private bool _calendarChanged;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush();
        return ValueTask.FromResult(result);
    }

    private void Note(DbContext? context) =>
        _calendarChanged = context is not null && context.ChangeTracker.Entries<HolidayYear>()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    private void Flush()
    {
        if (_calendarChanged)
        {
            _calendarChanged = false;
            source.Invalidate();
        }
    }
}
