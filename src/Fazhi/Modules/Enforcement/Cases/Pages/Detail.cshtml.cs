using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Modules.Enforcement.Libraries;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Cases.Pages;

/// <summary>案件详情: facts, the timeline (procedure steps), each clock with its explanation, and forms for the steps the user may take.</summary>
[Authorize(Policy = EnforcementPermissions.Read)]
public sealed class DetailModel(ReadCases read, TakeCaseAction take, AssignOfficers assign, Platform.Data.AppDbContext db, TimeProvider time) : PageModel
{
    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<OfficerView> Officers { get; private set; } = [];

    public IReadOnlyList<DiscretionStandard> Standards { get; private set; } = [];

    /// <summary>The refusal of the last step: reason and the article it rests on.</summary>
    public string? Refusal { get; private set; }

    public string? RefusalBasis { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public string? Act { get; set; }

    [BindProperty]
    public CaseActionForm Form { get; set; } = new();

    [BindProperty]
    public List<Guid> OfficerIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var caseId))
        {
            return BadRequest();
        }

        await LoadAsync(caseId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var caseId))
        {
            return BadRequest();
        }

        await CaseQueries.LoadAsync(db, caseId, ct);
        ModelState.Clear();
        try
        {
            if (Act == "assign")
            {
                await assign.ExecuteAsync(caseId, OfficerIds, Form.On, ct);
            }
            else
            {
                await take.ExecuteAsync(caseId, Act ?? "", Form.ToInput(), User, ct);
            }

            Message = "已办理";
            return Redirect($"/enforcement/cases/{caseId}");
        }
        catch (DomainRuleException ex) when (ex.StatusCode == StatusCodes.Status409Conflict)
        {
            Refusal = ex.Message;
            RefusalBasis = ex.LegalBasis;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (FieldValidationException ex)
        {
            Refusal = string.Join("；", ex.Errors.SelectMany(e => e.Value));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        db.ChangeTracker.Clear();
        await LoadAsync(caseId, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Case = await read.DetailAsync(id, User, ct);
        var today = Platform.Procedures.LegalDate.Today(time);
        Officers = (await db.Set<Officer>().AsNoTracking().Where(o => o.Active).OrderBy(o => o.Name).ToListAsync(ct)).Select(o => OfficerRoster.View(o, today)).ToList();
        Standards = await db.Set<DiscretionStandard>().AsNoTracking().OrderBy(s => s.Violation).ToListAsync(ct);
    }
}

/// <summary>The fields of the step forms on the case page (a subset per step).</summary>
public sealed class CaseActionForm
{
    public DateOnly? On { get; set; }
    public string? Note { get; set; }
    public string? Facts { get; set; }
    public CaseOutcome? Outcome { get; set; }
    public PenaltyMeasures? Measures { get; set; }
    public decimal? FineYuan { get; set; }
    public Guid? DiscretionStandardId { get; set; }
    public string? DiscretionJustification { get; set; }
    public bool MajorPublicInterest { get; set; }
    public bool Complex { get; set; }
    public bool SeriousViolation { get; set; }
    public Guid? ReviewerId { get; set; }
    public bool? Passed { get; set; }
    public string? Opinion { get; set; }
    public bool? HearingRight { get; set; }
    public string? Summary { get; set; }
    public DateOnly? HearingNoticeOn { get; set; }
    public DateOnly? HearingDate { get; set; }
    public Guid? PresiderId { get; set; }
    public string? Conclusion { get; set; }
    public decimal? PaidYuan { get; set; }
    public string? EvidenceKind { get; set; }

    public CaseActionInput ToInput() => new()
    {
        On = On,
        Note = Note,
        Facts = Facts,
        Outcome = Outcome,
        Measures = Measures,
        FineYuan = FineYuan,
        DiscretionStandardId = DiscretionStandardId,
        DiscretionJustification = DiscretionJustification,
        MajorPublicInterest = MajorPublicInterest,
        Complex = Complex,
        SeriousViolation = SeriousViolation,
        ReviewerId = ReviewerId,
        Passed = Passed,
        Opinion = Opinion,
        HearingRight = HearingRight,
        Summary = Summary,
        HearingNoticeOn = HearingNoticeOn,
        HearingDate = HearingDate,
        PresiderId = PresiderId,
        Conclusion = Conclusion,
        PaidYuan = PaidYuan,
        EvidenceKind = EvidenceKind,
    };
}
