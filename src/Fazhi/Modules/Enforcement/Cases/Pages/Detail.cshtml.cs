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
public sealed class DetailModel(ReadCases read, TakeCaseAction take, AssignOfficers assign, TakeMeasure measures, Platform.Data.AppDbContext db, TimeProvider time) : PageModel
{
    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<OfficerView> Officers { get; private set; } = [];

    public IReadOnlyList<DiscretionStandard> Standards { get; private set; } = [];

    /// <summary>Items of every 减免责清单 version (the decision date picks the one in force; the use case checks it).</summary>
    public IReadOnlyList<(Guid Id, string Label)> LenientItems { get; private set; } = [];

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
            else if (Act == "measure")
            {
                await measures.StartAsync(caseId, new MeasureInput(Form.MeasureKind, Form.On, CaseActionForm.Lines(Form.ItemsText), Form.ApprovedBy, Form.Note), User, ct);
            }
            else if (Act?.Split(':') is ["measure", var measureId, var measureAction])
            {
                await measures.ActAsync(Guid.TryParse(measureId, out var m) ? m : Guid.Empty, measureAction,
                    new MeasureActionInput(Form.On, Form.Outcome2, Form.ExtensionDays, Form.ExcludedFrom, Form.ExcludedTo, Form.Note), User, ct);
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
        var lists = await db.Set<LenientList>().AsNoTracking().Include(l => l.Items).OrderByDescending(l => l.Version).ToListAsync(ct);
        LenientItems = lists.SelectMany(l => l.Items.OrderBy(i => i.Number)
            .Select(i => (i.Id, $"第{l.Version}版（{l.EffectiveOn:yyyy-MM-dd}起）第{i.Number}项：{i.Violation}——{ReadCases.Name(i.Treatment)}"))).ToList();
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
    public string? LegalBasis { get; set; }
    public bool CertificateShown { get; set; }
    public string? DecisionNumber { get; set; }
    public NoPenaltyGround? NoPenaltyGround { get; set; }
    public Guid? LenientListItemId { get; set; }
    public DateOnly? EducationOn { get; set; }
    public string? Education { get; set; }
    public LighterPenalty? Lighter { get; set; }
    public string? LighterBasis { get; set; }
    public int? PersonsArrested { get; set; }
    public int? PersonsDetained { get; set; }
    public int? ExtensionDays { get; set; }
    public DateOnly? ExcludedFrom { get; set; }
    public DateOnly? ExcludedTo { get; set; }
    public PaymentArrangementKind? ArrangementKind { get; set; }

    /// <summary>批准的缴纳计划: one line per instalment, "缴纳期限 金额（元）", e.g. "2026-04-01 500".</summary>
    public string? InstalmentsText { get; set; }
    public CoerciveMeasureKind? MeasureKind { get; set; }

    /// <summary>物品清单, one item per line.</summary>
    public string? ItemsText { get; set; }
    public string? ApprovedBy { get; set; }

    /// <summary>措施的处理决定 / 解除情况.</summary>
    public string? Outcome2 { get; set; }

    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private List<InstalmentInput>? Instalments()
    {
        if (string.IsNullOrWhiteSpace(InstalmentsText))
        {
            return null;
        }

        return Lines(InstalmentsText).Select(line =>
        {
            var parts = line.Split([' ', '\t', '，', ','], StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 2
                   && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var due)
                   && decimal.TryParse(parts[1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount)
                ? new InstalmentInput(due, amount)
                : throw new FieldValidationException("instalments", "缴纳计划每行填写“缴纳期限 金额”，如 2026-04-01 500");
        }).ToList();
    }

    public CaseActionInput ToInput() => new()
    {
        LegalBasis = LegalBasis,
        CertificateShown = CertificateShown,
        DecisionNumber = DecisionNumber,
        NoPenaltyGround = NoPenaltyGround,
        LenientListItemId = LenientListItemId,
        EducationOn = EducationOn,
        Education = Education,
        Lighter = Lighter,
        LighterBasis = LighterBasis,
        PersonsArrested = PersonsArrested,
        PersonsDetained = PersonsDetained,
        ExtensionDays = ExtensionDays,
        ExcludedFrom = ExcludedFrom,
        ExcludedTo = ExcludedTo,
        ArrangementKind = ArrangementKind,
        Instalments = Instalments(),
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
