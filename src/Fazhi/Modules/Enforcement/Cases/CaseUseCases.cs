using System.Security.Claims;

using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Cases;

/// <summary>线索登记 input.</summary>
public sealed record ClueInput(
    string? Title, Guid? MatterId, EnforcementDomain? Domain, PartyKind? PartyKind, string? PartyName, string? PartyIdNumber,
    ClueSource? Source, string? ClueSummary, DateOnly? ReceivedOn)
{
    /// <summary>非法行医 (医疗卫生 cases only): counted in enforcement.illegal_medical_practice_fines.</summary>
    public bool IllegalMedicalPractice { get; init; }
}

/// <summary>One instalment of an approved schedule (暂缓 = one instalment of the whole fine).</summary>
public sealed record InstalmentInput(DateOnly? DueOn, decimal? AmountYuan);

/// <summary>
/// What one case step may carry. Which fields an action reads: report (facts, outcome, measures, fineYuan,
/// confiscationYuan, discretionStandardId, discretionJustification, majorPublicInterest, complex, seriousViolation);
/// legal review (reviewerId, passed, opinion); notify (hearingRight); record_defence (summary); schedule_hearing
/// (hearingNoticeOn, hearingDate, presiderId); collective discussion (conclusion); decide (outcome, fineYuan);
/// record_payment (paidYuan); record_evidence (evidenceKind, summary). <see cref="On"/> is the legal date (default today).
/// </summary>
public sealed record CaseActionInput
{
    public DateOnly? On { get; init; }
    public string? Note { get; init; }
    public string? Facts { get; init; }
    public CaseOutcome? Outcome { get; init; }
    public PenaltyMeasures? Measures { get; init; }
    public decimal? FineYuan { get; init; }
    public decimal? ConfiscationYuan { get; init; }
    public Guid? DiscretionStandardId { get; init; }
    public string? DiscretionJustification { get; init; }
    public bool MajorPublicInterest { get; init; }
    public bool Complex { get; init; }
    public bool SeriousViolation { get; init; }
    public Guid? ReviewerId { get; init; }
    public bool? Passed { get; init; }
    public string? Opinion { get; init; }
    public bool? HearingRight { get; init; }
    public string? Summary { get; init; }
    public DateOnly? HearingNoticeOn { get; init; }
    public DateOnly? HearingDate { get; init; }
    public Guid? PresiderId { get; init; }
    public string? Conclusion { get; init; }
    public decimal? PaidYuan { get; init; }
    public string? EvidenceKind { get; init; }

    /// <summary>简易程序: the legal basis on the on-the-spot decision form.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>简易程序: 执法证件已出示.</summary>
    public bool CertificateShown { get; init; }

    /// <summary>简易程序: the number printed on the decision form.</summary>
    public string? DecisionNumber { get; init; }

    public NoPenaltyGround? NoPenaltyGround { get; init; }

    public Guid? LenientListItemId { get; init; }

    public DateOnly? EducationOn { get; init; }

    public string? Education { get; init; }

    public LighterPenalty? Lighter { get; init; }

    public string? LighterBasis { get; init; }

    public int? PersonsArrested { get; init; }

    public int? PersonsDetained { get; init; }

    /// <summary>延长办案期限: days added (the approver is the leader taking the step; the note is the reason).</summary>
    public int? ExtensionDays { get; init; }

    public DateOnly? ExcludedFrom { get; init; }

    public DateOnly? ExcludedTo { get; init; }

    public PaymentArrangementKind? ArrangementKind { get; init; }

    public IReadOnlyList<InstalmentInput>? Instalments { get; init; }
}

/// <summary>线索登记: a new case in the 线索 state with its procedure instance.</summary>
public sealed class RegisterClue(AppDbContext db, ProcedureEngine engine, TimeProvider time)
{
    public async Task<EnforcementCase> ExecuteAsync(ClueInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var region = user.FindFirstValue(FazhiClaims.Region) ?? throw new DomainRuleException("账户未设置所属区划", statusCode: 403);
        var today = LegalDate.Today(time);
        var received = input.ReceivedOn ?? today;
        if (received > today)
        {
            throw new FieldValidationException("receivedOn", "线索登记日期不能晚于今天");
        }

        var domain = input.Domain ?? throw new FieldValidationException("domain", "请选择执法领域");
        if (input.MatterId is { } matterId)
        {
            var matter = await db.Set<EnforcementMatter>().FirstOrDefaultAsync(m => m.Id == matterId, ct)
                ?? throw new FieldValidationException("matterId", "执法事项不存在");
            domain = matter.Domain;
        }

        var c = new EnforcementCase(region, input.Title ?? "", input.MatterId, domain, input.PartyKind ?? 0, input.PartyName ?? "", input.PartyIdNumber,
            input.Source ?? 0, input.ClueSummary ?? "", received);
        if (input.IllegalMedicalPractice)
        {
            c.MarkIllegalMedicalPractice();
        }
        var instance = engine.Start(OrdinaryProcedure.Key, EnforcementCase.SubjectType, c.Id, region, ProcedureActor.From(user), received);
        c.Attach(instance.Id);
        db.Add(c);
        await db.SaveChangesAsync(ct);
        return c;
    }
}

/// <summary>指派执法人员: only officers whose 执法证 is valid on the day may be assigned (行政处罚法第四十二条).</summary>
public sealed class AssignOfficers(AppDbContext db, TimeProvider time)
{
    public async Task ExecuteAsync(Guid caseId, IReadOnlyList<Guid> officerIds, DateOnly? on, CancellationToken ct)
    {
        var c = await CaseQueries.LoadAsync(db, caseId, ct);
        if (c.State is not (OrdinaryProcedure.Filed or OrdinaryProcedure.Investigating or OrdinaryProcedure.Clue))
        {
            throw new DomainRuleException("调查终结后不再指派调查人员");
        }

        if (officerIds.Count == 0)
        {
            throw new FieldValidationException("officerIds", "请选择执法人员");
        }

        var day = on ?? LegalDate.Today(time);
        var officers = await db.Set<Officer>().Where(o => officerIds.Contains(o.Id)).ToListAsync(ct);
        if (officers.Count != officerIds.Distinct().Count())
        {
            throw new FieldValidationException("officerIds", "所选执法人员不存在");
        }

        var invalid = officers.Where(o => !o.HasValidCertificateOn(day)).ToList();
        if (invalid.Count > 0)
        {
            throw new DomainRuleException(
                $"{string.Join("、", invalid.Select(o => o.Name))}在{day:yyyy-MM-dd}未持有有效的行政执法证，不得指派调查",
                Articles.Officers);
        }

        db.AddRange(c.AssignOfficers(officers, day));
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// 办理案件环节: records what the step establishes on the case, then asks the procedure engine (which checks the state,
/// the permission and every gate, citing its article) and saves in one transaction with any number issued (案号,
/// 决定书文号), so a refused step leaves neither a change nor a gap in the numbers.
/// </summary>
public sealed class TakeCaseAction(AppDbContext db, ProcedureEngine engine, ICalendarSource calendars, IssueNumber numbers, TimeProvider time)
{
    public const string CaseNumberKind = "enforcement.case";
    public const string DecisionNumberKind = "enforcement.decision";

    /// <summary>Page and API names of the actions; some map to different engine actions by the case's state or fine.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "file", "decline", "investigate", "record_evidence", "report", "return_investigation", "legal_review", "notify",
        "record_defence", "waive_rights", "close_defence", "request_hearing", "schedule_hearing", "hold_hearing", "hearing_waived",
        "collective_discussion", "decide", "transfer", "serve", "publish", "record_payment", "close", "decide_simple", "file_simple",
        "record_judicial_outcome", "extend_decision", "exclude_decision", "apply_deferral", "approve_deferral",
    ];

    public async Task<ProcedureStep> ExecuteAsync(Guid caseId, string action, CaseActionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await CaseQueries.LoadAsync(db, caseId, ct);
        if (!Names.Contains(action))
        {
            throw new FieldValidationException("action", "没有该办理环节");
        }

        var instance = await db.Set<ProcedureInstance>().FirstAsync(i => i.Id == c.ProcedureInstanceId, ct);
        var on = input.On ?? LegalDate.Today(time);
        var calendar = await calendars.GetAsync(ct);
        var assigned = c.Officers.Select(o => o.OfficerId).ToList();
        var officers = await db.Set<Officer>().Where(o => assigned.Contains(o.Id)).ToListAsync(ct);
        var catalog = await db.Set<LegalReviewCatalogItem>().Where(i => i.Active).ToListAsync(ct);
        Officer? reviewer = null;
        Officer? presider = null;
        var engineAction = action;
        string? issueKind = null;
        CaseEvidence? evidence = null;
        var arrangement = await db.Set<PaymentArrangement>().Include(a => a.Instalments).FirstOrDefaultAsync(a => a.CaseId == c.Id, ct);
        var stepInput = new StepInput { On = on, Note = input.Note };
        DateOnly? deferredTo = null;

        // An explicit rollback (not just disposal) also releases the audit chain lock the transaction holds.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            switch (action)
            {
                case "file":
                    issueKind = CaseNumberKind;
                    c.File(on, "");
                    break;
                case "record_evidence":
                    evidence = new CaseEvidence(c, input.EvidenceKind ?? "", input.Summary ?? "", on,
                        string.Join("、", officers.Where(o => o.HasValidCertificateOn(on)).Select(o => $"{o.Name}（{o.CertificateNumber}）")));
                    break;
                case "report":
                    c.Report(on, input.Facts ?? "", input.Outcome ?? 0, input.Measures ?? PenaltyMeasures.None, Fen(input.FineYuan, "fineYuan"),
                        Fen(input.ConfiscationYuan, "confiscationYuan"), await StandardAsync(input.DiscretionStandardId, ct), input.DiscretionJustification,
                        input.MajorPublicInterest, input.Complex, input.SeriousViolation);
                    break;
                case "return_investigation":
                    c.ReturnForInvestigation();
                    break;
                case "legal_review":
                    engineAction = c.State == OrdinaryProcedure.DefenceClosed ? "legal_review_after_defence" : "legal_review";
                    reviewer = input.ReviewerId is { } reviewerId ? await db.Set<Officer>().FirstOrDefaultAsync(o => o.Id == reviewerId, ct) : null;
                    if (reviewer is null)
                    {
                        throw new FieldValidationException("reviewerId", "请选择法制审核人员");
                    }

                    c.RecordLegalReview(reviewer, on, input.Passed ?? throw new FieldValidationException("passed", "请选择审核结论（通过／不通过）"), input.Opinion ?? "");
                    break;
                case "notify":
                    c.ServeNotice(on, input.HearingRight ?? c.HearingEligible);
                    break;
                case "record_defence":
                    c.RecordDefence(on, input.Summary ?? "");
                    break;
                case "waive_rights":
                    c.WaiveRights(on);
                    break;
                case "request_hearing":
                    c.RequestHearing(on);
                    break;
                case "schedule_hearing":
                    presider = input.PresiderId is { } presiderId ? await db.Set<Officer>().FirstOrDefaultAsync(o => o.Id == presiderId, ct) : null;
                    if (presider is null)
                    {
                        throw new FieldValidationException("presiderId", "请选择听证主持人");
                    }

                    c.ScheduleHearing(input.HearingNoticeOn ?? on,
                        input.HearingDate ?? throw new FieldValidationException("hearingDate", "请填写听证日期"), presider.Id);
                    break;
                case "hold_hearing":
                    c.HoldHearing(on);
                    break;
                case "hearing_waived":
                    c.DeemHearingWaived();
                    break;
                case "collective_discussion":
                    engineAction = c.State == OrdinaryProcedure.Reported ? "collective_discussion_before_notice" : "collective_discussion";
                    c.RecordDiscussion(on, input.Conclusion ?? "");
                    break;
                case "decide":
                    var outcome = input.Outcome ?? c.ProposedOutcome ?? throw new FieldValidationException("outcome", "请选择处理决定");
                    engineAction = outcome switch
                    {
                        CaseOutcome.Penalty => "decide_penalty",
                        CaseOutcome.NoPenalty or CaseOutcome.NotEstablished => "decide_other",
                        CaseOutcome.Transfer => "transfer",
                    };
                    c.Decide(on, outcome, Fen(input.FineYuan, "fineYuan") ?? c.ProposedFineFen ?? 0, await StandardAsync(c.DiscretionStandardId, ct), "");
                    if (outcome == CaseOutcome.NoPenalty)
                    {
                        var item = await LenientItemAsync(input.LenientListItemId, on, [LenientTreatment.NoPenalty], ct);
                        c.RecordNoPenalty(input.NoPenaltyGround ?? (item is null ? null : NoPenaltyGround.ListItem), item, input.EducationOn, input.Education);
                    }
                    else if (outcome == CaseOutcome.Penalty)
                    {
                        c.RecordLighter(input.Lighter, input.LighterBasis, await LenientItemAsync(input.LenientListItemId, on, [LenientTreatment.Lighter, LenientTreatment.Mitigated], ct));
                    }

                    issueKind = outcome == CaseOutcome.Transfer ? null : DecisionNumberKind;
                    break;
                case "decide_simple":
                    c.DecideSimple(on, input.Facts ?? "", input.LegalBasis ?? "", input.Measures ?? PenaltyMeasures.None, Fen(input.FineYuan, "fineYuan"),
                        input.CertificateShown, input.DecisionNumber ?? "");
                    engineAction = c.FineFen > 0 ? "decide_simple_fine" : "decide_simple";
                    break;
                case "file_simple":
                    c.FileSimple(on);
                    break;
                case "record_judicial_outcome":
                    engineAction = c.State == OrdinaryProcedure.Closed ? "record_judicial_outcome.closed" : "record_judicial_outcome";
                    c.RecordJudicialOutcome(on, input.Summary ?? "", input.PersonsArrested ?? 0, input.PersonsDetained ?? 0);
                    break;
                case "extend_decision":
                    engineAction = $"extend_decision.{c.State}";
                    stepInput = stepInput with { ExtensionLength = input.ExtensionDays };
                    break;
                case "exclude_decision":
                    engineAction = $"exclude_decision.{c.State}";
                    stepInput = stepInput with { ExcludedFrom = input.ExcludedFrom, ExcludedTo = input.ExcludedTo };
                    break;
                case "apply_deferral":
                    engineAction = $"apply_deferral.{c.State}";
                    if (arrangement is not null)
                    {
                        throw new DomainRuleException("当事人已申请暂缓或分期缴纳", Articles.Deferral);
                    }

                    arrangement = new PaymentArrangement(c, input.ArrangementKind ?? 0, on, input.Summary ?? "");
                    db.Add(arrangement);
                    break;
                case "approve_deferral":
                    engineAction = $"approve_deferral.{c.State}";
                    if (arrangement is not null)
                    {
                        var plan = (input.Instalments ?? []).Select(i => new InstalmentPlan(
                            i.DueOn ?? throw new FieldValidationException("instalments", "请填写每期的缴纳期限"),
                            Fen(i.AmountYuan, "instalments") ?? throw new FieldValidationException("instalments", "请填写每期的金额（元）"))).ToList();
                        var originalDue = c.PaymentDueOn ?? on;
                        db.AddRange(arrangement.Approve(on, ProcedureActor.From(user).DisplayName, plan, c.FineFen, originalDue));
                        deferredTo = arrangement.LastDueOn;
                        stepInput = stepInput with { ExtensionLength = deferredTo.Value.DayNumber - originalDue.DayNumber, Note = input.Note ?? $"批准{ReadCases.Name(arrangement.Kind)}，最后一期缴纳期限{deferredTo:yyyy-MM-dd}" };
                    }

                    break;
                case "transfer":
                    c.Decide(on, CaseOutcome.Transfer, 0, null, "");
                    break;
                case "serve":
                    engineAction = c.FineFen > 0 ? "serve_with_fine" : "serve";
                    break;
                case "publish":
                    c.Publish(on);
                    break;
                case "record_payment":
                    var paid = Fen(input.PaidYuan, "paidYuan") ?? throw new FieldValidationException("paidYuan", "请填写实缴金额（元）");
                    if (arrangement is { Approved: true })
                    {
                        engineAction = c.PayInstalment(arrangement, on, paid) ? "record_payment" : $"record_instalment.{c.State}";
                    }
                    else
                    {
                        c.RecordPayment(on, paid);
                    }

                    break;
                case "close":
                    c.Close(on);
                    break;
            }

            var context = new CaseGateContext(c, officers, catalog, calendar, on, reviewer, presider, arrangement);
            var step = await engine.ApplyAsync(instance, engineAction, ProcedureActor.From(user), context, stepInput, ct);
            c.Moved(instance.State);
            await Publication.CasePublications.AfterCaseStepAsync(db, engine, c, engineAction, on, user, ct);

            if (deferredTo is { } last)
            {
                c.DeferPayment(last);
            }

            if (engineAction is "serve_with_fine" or "decide_simple_fine")
            {
                c.Serve(on, instance.Clocks.First(k => k.RuleKey == OrdinaryProcedure.PaymentClock).DueDate);
            }
            else if (engineAction == "serve")
            {
                c.Serve(on, null);
            }

            if (evidence is not null)
            {
                db.Add(evidence);
            }

            await db.SaveChangesAsync(ct);
            if (issueKind is not null)
            {
                var issued = await numbers.NextAsync(db, c.RegionCode, issueKind, on.Year, new NumberSubject(nameof(EnforcementCase), c.Id.ToString()), ct);
                if (issueKind == CaseNumberKind)
                {
                    c.File(on, issued.Text);
                }
                else
                {
                    c.AssignDecisionNumber(issued.Text);
                }

                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
            return step;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// The cited 减免责清单 item, which must belong to the version in force on the decision date and carry a treatment
    /// the decision may rest on.
    /// </summary>
    private async Task<LenientListItem?> LenientItemAsync(Guid? id, DateOnly on, LenientTreatment[] treatments, CancellationToken ct)
    {
        if (id is not { } itemId)
        {
            return null;
        }

        var item = await db.Set<LenientListItem>().FirstOrDefaultAsync(i => i.Id == itemId, ct)
            ?? throw new FieldValidationException("lenientListItemId", "减免责清单事项不存在");
        var versions = await db.Set<LenientList>().AsNoTracking().Where(l => l.RegionCode == item.RegionCode).ToListAsync(ct);
        var inForce = LenientList.InForce(versions, on);
        if (inForce?.Id != item.ListId)
        {
            throw new DomainRuleException(
                inForce is null
                    ? $"{on:yyyy-MM-dd}尚无施行的减免责清单，不能引用清单事项"
                    : $"所引用的事项不属于{on:yyyy-MM-dd}施行的减免责清单（施行的是第{inForce.Version}版，自{inForce.EffectiveOn:yyyy-MM-dd}起施行）",
                Articles.LenientList);
        }

        if (!treatments.Contains(item.Treatment))
        {
            throw new DomainRuleException($"清单事项的处理方式为“{ReadCases.Name(item.Treatment)}”，与本决定不符", Articles.LenientList);
        }

        return item;
    }

    private async Task<DiscretionStandard?> StandardAsync(Guid? id, CancellationToken ct) =>
        id is { } standardId
            ? await db.Set<DiscretionStandard>().FirstOrDefaultAsync(s => s.Id == standardId, ct) ?? throw new FieldValidationException("discretionStandardId", "裁量基准不存在")
            : null;

    internal static long? Fen(decimal? yuan, string field)
    {
        if (yuan is not { } value)
        {
            return null;
        }

        if (value < 0 || decimal.Round(value, 2) != value || value > 100_000_000_000m)
        {
            throw new FieldValidationException(field, "金额应为不小于0、最多两位小数的元数");
        }

        return (long)(value * 100);
    }
}

/// <summary>Loads a case of the caller's region subtree (404 otherwise).</summary>
public static class CaseQueries
{
    public static async Task<EnforcementCase> LoadAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        await db.Set<EnforcementCase>().Include(c => c.Officers).Include(c => c.Remedies).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct)
        ?? throw new RecordNotFoundException("案件不存在");
}
