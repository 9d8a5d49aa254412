using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Governance.Committees;

/// <summary>议事机构及成员: the bodies with their members; forms to set up a body and to appoint a member.</summary>
[Authorize(Policy = GovernancePermissions.Read)]
public sealed class BodiesModel(CommitteeQueries queries, CommitteeUseCases uses, AppDbContext db) : PageModel
{
    public IReadOnlyList<BodyItem> Bodies { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public BodyForm Body { get; set; } = new();

    [BindProperty] public MemberForm Member { get; set; } = new();

    [BindProperty] public Guid? BodyId { get; set; }

    public bool CanRecord => User.HasClaim(FazhiClaims.Permission, GovernancePermissions.Record);

    public async Task OnGetAsync(CancellationToken ct) => Bodies = await queries.BodiesAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => ActAsync(async () =>
    {
        var errors = new Dictionary<string, string[]>();
        var before = FieldChecks.WholeNumber(errors, Body.MeetingsBeforeFazhi, "meetingsBeforeFazhi", "此前已召开的会议次数");
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        await uses.CreateBodyAsync(new BodyInput(Body.Kind, Body.Name, Body.EstablishedOn, before), ct);
    }, ct);

    public Task<IActionResult> OnPostMemberAsync(CancellationToken ct) => ActAsync(() =>
        uses.AppointAsync(BodyId ?? Guid.Empty, new MemberInput(Member.Name, Member.Post, Member.Role, Member.From, Member.To), ct), ct);

    private async Task<IActionResult> ActAsync(Func<Task> act, CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await act();
            return Redirect("/governance/bodies");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            Bodies = await queries.BodiesAsync(ct);
            return Page();
        }
    }
}

public sealed class BodyForm
{
    public string? Kind { get; set; }

    public string? Name { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public string? MeetingsBeforeFazhi { get; set; }
}

public sealed class MemberForm
{
    public string? Name { get; set; }

    public string? Post { get; set; }

    public string? Role { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}
