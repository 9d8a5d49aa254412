using Fazhi.Platform.Calendar;

namespace Fazhi.Modules.Supervision.Domain;

/// <summary>
/// 催办日 (when a task's reminders fall due): the 到期催办 on the deadline, or the last working day before it when the
/// deadline is not a working day; the 临期催办 the given number of working days before that day (the day itself not
/// counted), so a deadline after a holiday is reminded of on the working days before the holiday, 调休上班 days included.
/// </summary>
public static class ReminderSchedule
{
    public sealed record Days(DateOnly Before, DateOnly At);

    public static Days For(WorkingDayCalendar calendar, DateOnly deadline, int workingDaysBefore)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDaysBefore);
        var at = deadline;
        while (!calendar.IsWorkingDay(at))
        {
            at = at.AddDays(-1);
        }

        var before = at;
        for (var counted = 0; counted < workingDaysBefore;)
        {
            before = before.AddDays(-1);
            if (calendar.IsWorkingDay(before))
            {
                counted++;
            }
        }

        return new Days(before, at);
    }
}
