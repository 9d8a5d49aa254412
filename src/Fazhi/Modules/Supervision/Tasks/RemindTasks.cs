using Fazhi.Modules.Supervision.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Supervision.Tasks;

/// <summary>
/// 自动催办 (the supervision part of the kernel's scheduled scan): on a working day, every open task gets its 临期催办
/// from the reminder day on and its 到期催办 on the deadline (the last working day up to it), and a task past its
/// deadline without a completion report is escalated (通报 or 约谈, a setting) once. Each is an audited insert, unique per
/// task, kind and deadline, so a repeated or concurrent run adds nothing. Runs in the system scope over all regions.
/// </summary>
public sealed class RemindTasks(AppDbContext db, ICalendarSource calendars, TimeProvider time, IOptions<SupervisionOptions> options) : IScheduledScan
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public sealed record Outcome(int Reminders, int Escalations);

    async Task<string> IScheduledScan.RunAsync(CancellationToken cancellationToken)
    {
        var outcome = await RunAsync(cancellationToken);
        return $"督办催办{outcome.Reminders}次，超期通报（约谈）{outcome.Escalations}项";
    }

    public async Task<Outcome> RunAsync(CancellationToken ct = default)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            var today = LegalDate.Today(time);
            var calendar = await calendars.GetAsync(ct);
            if (!calendar.HasYear(today.Year) || !calendar.IsWorkingDay(today))
            {
                // Reminders go out on working days; a missed day is caught up on the next one.
                return new Outcome(0, 0);
            }

            var settings = options.Value;
            // Far enough ahead for the reminder window even across the longest holiday (Spring Festival, 8 days off).
            var horizon = today.AddDays(settings.ReminderWorkingDays * 2 + 14);
            var open = await db.Set<SupervisionTask>()
                .Where(t => (t.Status == SupervisionTaskStatus.Assigned || t.Status == SupervisionTaskStatus.InProgress) && t.Deadline <= horizon)
                .OrderBy(t => t.Deadline).ThenBy(t => t.Id)
                .ToListAsync(ct);
            var ids = open.Select(t => t.Id).ToList();
            var reminded = (await db.Set<TaskReminder>().AsNoTracking().Where(r => ids.Contains(r.TaskId))
                .Select(r => new { r.TaskId, r.Kind, r.Deadline }).ToListAsync(ct))
                .Select(r => (r.TaskId, r.Kind, r.Deadline)).ToHashSet();
            var escalated = (await db.Set<TaskEscalation>().AsNoTracking().Where(e => ids.Contains(e.TaskId)).Select(e => e.TaskId).ToListAsync(ct)).ToHashSet();

            var at = time.GetUtcNow().UtcDateTime;
            var reminders = 0;
            var escalations = 0;
            foreach (var task in open)
            {
                if (task.Deadline < today)
                {
                    if (escalated.Add(task.Id))
                    {
                        db.Add(new TaskEscalation(task, settings.Escalation, today, at));
                        escalations++;
                    }

                    continue;
                }

                var days = ReminderSchedule.For(calendar, task.Deadline, settings.ReminderWorkingDays);
                var kind = today >= days.At ? ReminderKind.AtDeadline : today >= days.Before ? ReminderKind.BeforeDeadline : (ReminderKind?)null;
                if (kind is { } k && reminded.Add((task.Id, k, task.Deadline)))
                {
                    db.Add(new TaskReminder(task, k, today, at, ClockSchedule.WorkingDaysLeft(calendar, today, task.Deadline)));
                    reminders++;
                }
            }

            await db.SaveChangesAsync(ct);
            return new Outcome(reminders, escalations);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
