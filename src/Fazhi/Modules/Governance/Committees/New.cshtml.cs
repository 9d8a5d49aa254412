using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Governance.Committees;

/// <summary>登记会议: the form, with the agenda one item per line and up to five decisions (more are added on the meeting's page).</summary>
[Authorize(Policy = GovernancePermissions.Record)]
public sealed class MeetingNewModel(CommitteeUseCases uses, CommitteeQueries queries, AppDbContext db) : PageModel
{
    public IReadOnlyList<BodyItem> Bodies { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    [BindProperty] public MeetingForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Bodies = await queries.BodiesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var meeting = await uses.RecordMeetingAsync(Form.Input(), GovernanceModule.Actor(User), ct);
            return Redirect($"/governance/meetings/{meeting.Id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            Bodies = await queries.BodiesAsync(ct);
            while (Form.Decisions.Count < 5)
            {
                Form.Decisions.Add(new DecisionForm());
            }

            return Page();
        }
    }
}

/// <summary>The form's fields as posted (numbers as text, so a bad one is a Chinese field error, not a binding failure).</summary>
public sealed class MeetingForm
{
    public Guid? BodyId { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Place { get; set; }

    public string? Chair { get; set; }

    public string? Attendees { get; set; }

    public string? Agenda { get; set; }

    public string? Minutes { get; set; }

    public List<DecisionForm> Decisions { get; set; } = [new(), new(), new(), new(), new()];

    public MeetingInput Input()
    {
        var errors = new Dictionary<string, string[]>();
        var attendees = FieldChecks.WholeNumber(errors, Attendees, "attendees", "出席人数");
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return new MeetingInput
        {
            BodyId = BodyId,
            HeldOn = HeldOn,
            Place = Place,
            Chair = Chair,
            Attendees = attendees,
            Agenda = Fields.Split(Agenda),
            Minutes = Minutes,
            Decisions = Decisions.Select(d => new DecisionInput(d.Text, d.LeadUnit, d.CoUnits, d.Deadline)).ToList(),
        };
    }
}

public sealed class DecisionForm
{
    public string? Text { get; set; }

    public string? LeadUnit { get; set; }

    public string? CoUnits { get; set; }

    public DateOnly? Deadline { get; set; }
}
