using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Services.Hall;

/// <summary>政务服务首页: counts of the day (database aggregates) and the module's pages.</summary>
[Authorize(Policy = ServicesPermissions.Read)]
public sealed class ServicesIndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public int Matters { get; private set; }

    public int VillageMatters { get; private set; }

    public int Open { get; private set; }

    public int Overdue { get; private set; }

    public int TicketsToday { get; private set; }

    public int WaitingToday { get; private set; }

    public int OpenBad { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = LegalDate.Today(clock);
        Matters = await db.Set<ServiceMatter>().CountAsync(m => m.RemovedOn == null, ct);
        VillageMatters = await db.Set<ServiceMatter>().CountAsync(m => m.RemovedOn == null && m.VillageAccepted, ct);
        var open = db.Set<ServiceApplication>().Where(a => a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.AwaitingCorrection);
        Open = await open.CountAsync(ct);
        Overdue = await open.CountAsync(a => a.CommittedDueOn < today, ct);
        TicketsToday = await db.Set<ServiceTicket>().CountAsync(t => t.ServiceDay == today, ct);
        WaitingToday = await db.Set<ServiceTicket>().CountAsync(t => t.ServiceDay == today && (t.Status == TicketStatus.Waiting || t.Status == TicketStatus.Transferred), ct);
        OpenBad = await db.Set<ServiceRating>().CountAsync(r => r.Level <= RatingLevel.Dissatisfied && r.Counts && (r.VerifiedOn == null || (r.Verification == Verification.Substantiated && r.RectifiedOn == null)), ct);
    }
}
