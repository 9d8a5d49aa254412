using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Procedures.Pages;

/// <summary>期限预警 (htmx fragment on the workbench): the region's counting clocks that are near-due or overdue today.</summary>
[Authorize]
public sealed class DueSoonModel(AppDbContext db, ProcedureRegistry registry, ICalendarSource calendars, TimeProvider time) : PageModel
{
    private const int MaxRows = 50;

    public sealed record Row(Guid ClockId, string ClockName, string ProcedureName, DateOnly DueDate, bool Overdue, int Days, string StatusName, string Explanation, bool Provisional = false);

    public bool Allowed { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Allowed = User.HasClaim(FazhiClaims.Permission, PlatformPermissions.ProceduresRead);
        if (!Allowed)
        {
            return;
        }

        var today = LegalDate.Today(time);
        var calendar = (await calendars.GetAsync(ct)).AssumingWeekendsForMissingYears();
        var clocks = await (
                from c in db.Set<Clock>().AsNoTracking()
                join i in db.Set<ProcedureInstance>() on c.InstanceId equals i.Id
                where (c.Status == ClockStatus.Running || c.Status == ClockStatus.Overdue) && c.WarnOn <= today
                orderby c.DueDate
                select new { Clock = c, i.DefinitionKey, i.DefinitionVersion })
            .Take(MaxRows)
            .ToListAsync(ct);
        Rows = clocks.Select(x => new Row(
                x.Clock.Id,
                x.Clock.Name,
                registry.Find(x.DefinitionKey, x.DefinitionVersion)?.Name ?? x.DefinitionKey,
                x.Clock.DueDate,
                x.Clock.DueDate < today,
                x.Clock.DueDate < today ? today.DayNumber - x.Clock.DueDate.DayNumber : ClockSchedule.WorkingDaysLeft(calendar, today, x.Clock.DueDate),
                ProceduresApi.DisplayName(x.Clock.DueDate < today ? ClockStatus.Overdue : x.Clock.Status),
                string.Join("\n", x.Clock.Explanation),
                x.Clock.DueDateProvisional))
            .ToList();
    }
}
