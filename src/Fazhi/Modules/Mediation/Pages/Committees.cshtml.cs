using Fazhi.Modules.Mediation.Committees;
using Fazhi.Modules.Mediation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Mediation.Pages;

/// <summary>人民调解组织和调解员: committees with members and terms (第八条、第九条), mediators with their training records, and the forms to keep them.</summary>
[Authorize(Policy = MediationPermissions.Read)]
public sealed class CommitteesModel(AppDbContext db, CommitteeUseCases committees, TimeProvider time) : PageModel
{
    public IReadOnlyList<MediationModule.CommitteeItem> Items { get; private set; } = [];

    public IReadOnlyList<Mediator> Mediators { get; private set; } = [];

    public ILookup<Guid, MediatorTraining> Trainings { get; private set; } = Array.Empty<MediatorTraining>().ToLookup(t => t.MediatorId);

    public DateOnly Today { get; private set; }

    public PageRefusal? Refusal { get; private set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, MediationPermissions.ManageOrganizations);

    [BindProperty]
    public string? CommitteeName { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateOnly? EstablishedOn { get; set; }

    [BindProperty]
    public DateOnly? TermStartsOn { get; set; }

    /// <summary>委员, one a line: “姓名，职务，女” (职务 主任/副主任/委员; “女” marks a woman).</summary>
    [BindProperty]
    public string? MemberLines { get; set; }

    [BindProperty]
    public Guid? CommitteeId { get; set; }

    [BindProperty]
    public string? MediatorName { get; set; }

    [BindProperty]
    public bool Female { get; set; }

    [BindProperty]
    public bool FullTime { get; set; }

    [BindProperty]
    public DateOnly? AppointedOn { get; set; }

    [BindProperty]
    public Guid? MediatorId { get; set; }

    [BindProperty]
    public string? Topic { get; set; }

    [BindProperty]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public decimal? Hours { get; set; }

    [BindProperty]
    public string? Organizer { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostCommitteeAsync(CancellationToken ct) =>
        RunAsync(() => committees.CreateAsync(new CommitteeInput(CommitteeName, Kind, EstablishedOn, TermStartsOn, ParseMembers(MemberLines)),
            User.FindFirst(FazhiClaims.Region)?.Value ?? "", ProcedureActor.From(User), ct), ct);

    public Task<IActionResult> OnPostMembersAsync(CancellationToken ct) =>
        RunAsync(() => committees.ChangeMembersAsync(CommitteeId ?? Guid.Empty, ParseMembers(MemberLines), TermStartsOn, ct), ct);

    public Task<IActionResult> OnPostMediatorAsync(CancellationToken ct) =>
        RunAsync(() => committees.AddMediatorAsync(new MediatorInput(CommitteeId, MediatorName, Female, AppointedOn, FullTime), ct), ct);

    public Task<IActionResult> OnPostTrainingAsync(CancellationToken ct) =>
        RunAsync(() => committees.AddTrainingAsync(MediatorId ?? Guid.Empty, new TrainingInput(Topic, HeldOn, Hours, Organizer), ct), ct);

    public static IReadOnlyList<MemberInput> ParseMembers(string? lines) =>
        (lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => l.Split(['，', ','], 3))
            .Select(p => new MemberInput(p[0].Trim(), p.Length > 1 ? p[1].Trim() : null, p.Length > 2 && p[2].Trim() == "女"))
            .ToList();

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
            return Redirect("/mediation/committees");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            db.ChangeTracker.Clear();
            Response.StatusCode = refusal.Status;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = LegalDate.Today(time);
        Items = await MediationModule.Committees(db, ct);
        Mediators = await db.Set<Mediator>().AsNoTracking().OrderBy(m => m.CommitteeId).ThenBy(m => m.AppointedOn).ThenBy(m => m.Name).Take(2000).ToListAsync(ct);
        Trainings = (await db.Set<MediatorTraining>().AsNoTracking().OrderBy(t => t.HeldOn).ToListAsync(ct)).ToLookup(t => t.MediatorId);
    }
}
