using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Platform.Procedures;

/// <summary>
/// 期限巡检 (clock scan): records every counting clock that has become near-due (预警) or overdue (超期) as a
/// <see cref="ClockAlert"/> — once per clock, kind and due date — and marks the clock. Runs in the unscoped system
/// context (all regions); "today" is China's date from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class ScanClocks(AppDbContext db, ICalendarSource calendars, TimeProvider time)
{
    // Scans in one process never overlap (the hosted loop and a manual run); across processes the unique index on
    // (clock, kind, due date) keeps the alert single: the losing save fails and its next run finds nothing to do.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public sealed record Outcome(int NearDue, int Overdue);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            var today = LegalDate.Today(time);
            var at = time.GetUtcNow().UtcDateTime;
            // A 暂定 due date in a year without a notice counts its days left from weekends alone, as it was reckoned.
            var calendar = (await calendars.GetAsync(cancellationToken)).AssumingWeekendsForMissingYears();

            var overdue = await db.Set<Clock>()
                .Where(c => c.Status == ClockStatus.Running && c.DueDate < today
                    && (c.OverdueAlertedFor == null || c.OverdueAlertedFor != c.DueDate))
                .ToListAsync(cancellationToken);
            foreach (var clock in overdue)
            {
                db.Add(new ClockAlert(clock, ClockAlertKind.Overdue, today, 0, at));
                clock.MarkOverdue();
            }

            var nearDue = await db.Set<Clock>()
                .Where(c => c.Status == ClockStatus.Running && c.DueDate >= today && c.WarnOn <= today
                    && (c.NearDueAlertedFor == null || c.NearDueAlertedFor != c.DueDate))
                .ToListAsync(cancellationToken);
            foreach (var clock in nearDue)
            {
                db.Add(new ClockAlert(clock, ClockAlertKind.NearDue, today, ClockSchedule.WorkingDaysLeft(calendar, today, clock.DueDate), at));
                clock.MarkNearDue();
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(nearDue.Count, overdue.Count);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}

/// <summary>
/// A module's part of the scheduled scan (e.g. 督办事项 reminders whose deadlines are set per task rather than by a
/// statutory rule): run after <see cref="ScanClocks"/> on every tick, in the system scope, as ordinary audited writes.
/// Register with <c>services.AddScoped&lt;IScheduledScan, T&gt;()</c>. Returns the Chinese line to log.
/// </summary>
public interface IScheduledScan
{
    Task<string> RunAsync(CancellationToken cancellationToken);
}

/// <summary>Procedures:ScanInterval (default 15 minutes; 0 turns the hosted scan off, e.g. for a CLI-only node).</summary>
public sealed class ClockScanOptions
{
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>Runs <see cref="ScanClocks"/> every <see cref="ClockScanOptions.ScanInterval"/>.</summary>
public sealed class ClockScanWorker(IServiceScopeFactory scopes, IOptions<ClockScanOptions> options, TimeProvider time, ILogger<ClockScanWorker> logger)
    : Jobs.PeriodicJob(scopes, time, logger)
{
    protected override string Name => "期限巡检";

    protected override TimeSpan Interval => options.Value.ScanInterval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var settled = await services.GetRequiredService<RecomputeProvisionalClocks>().RunAsync(cancellationToken);
        var outcome = await services.GetRequiredService<ScanClocks>().RunAsync(cancellationToken);
        var lines = new List<string> { $"临期{outcome.NearDue}项，超期{outcome.Overdue}项，暂定届满日确定{settled}项" };
        foreach (var scan in services.GetServices<IScheduledScan>())
        {
            lines.Add(await scan.RunAsync(cancellationToken));
        }

        return string.Join("；", lines);
    }
}
