using Fazhi.Modules.Petitions.Cases;
using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Petitions.Reception;

/// <summary>领导接访: the schedule of reception days and the record of each reception (visitors' names masked).</summary>
[Authorize(Policy = PetitionsPermissions.Read)]
public sealed class ReceptionIndexModel(ReceptionUseCases reception, TimeProvider time, Fazhi.Platform.Data.AppDbContext db) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<ReceptionDay> Days { get; private set; } = [];

    public IReadOnlyList<VisitLine> Visits { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, PetitionsPermissions.Reception);

    [BindProperty]
    public ReceptionDayInput Day { get; set; } = new(null, null, null, null, null);

    [BindProperty]
    public ReceptionVisitInput Visit { get; set; } = new(null, null, null, null, null, null, null);

    public async Task OnGetAsync(int? year, CancellationToken ct) => await LoadAsync(year, ct);

    public Task<IActionResult> OnPostDayAsync(CancellationToken ct) =>
        RunAsync(() => reception.ScheduleAsync(Day, Region, User.Identity?.Name ?? "", ct), ct);

    public Task<IActionResult> OnPostVisitAsync(CancellationToken ct) =>
        RunAsync(() => reception.RecordAsync(Visit, Region, User.Identity?.Name ?? "", ct), ct);

    private string Region => User.FindFirst(FazhiClaims.Region)?.Value ?? "";

    private async Task<IActionResult> RunAsync(Func<Task> act, CancellationToken ct)
    {
        ModelState.Clear();
        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            await act();
            return Redirect("/petitions/reception");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            await LoadAsync(null, ct);
            return Page();
        }
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        Year = year is >= 2022 and <= 2100 ? year.Value : LegalDate.Today(time).Year;
        Days = await reception.DaysAsync(Year, ct);
        Visits = await reception.VisitsAsync(Year, ct);
    }
}
