using System.Security.Claims;

using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Cases;

public sealed record CaseListItem(Guid Id, string? CaseNumber, string Title, string Domain, string PartyName, string State, string StateName,
    DateOnly ClueReceivedOn, DateOnly? FiledOn, DateOnly? DecidedOn, decimal FineYuan, DateOnly? DecisionDue);

public sealed record CaseStepView(int Sequence, string Action, string Name, string From, string To, string Actor, DateOnly On, DateTime At, string? Note);

public sealed record CaseClockView(Guid Id, string Key, string Name, string Status, DateOnly DueDate, DateOnly? StoppedOn, string LegalBasis, IReadOnlyList<string> Explanation);

public sealed record CaseActionView(string Action, string Name);

public sealed record CaseDetail(
    Guid Id, string? CaseNumber, string Title, string Domain, string PartyKind, string PartyName, string State, string StateName,
    DateOnly ClueReceivedOn, DateOnly? FiledOn, IReadOnlyList<string> Officers, string? Facts, string? ProposedOutcome, decimal? ProposedFineYuan,
    IReadOnlyList<string> LegalReviewReasons, bool? LegalReviewPassed, bool RequiresCollectiveDiscussion, bool HearingEligible,
    DateOnly? NoticeServedOn, DateOnly? HearingRequestDeadline, DateOnly? HearingRequestedOn, DateOnly? HearingDate, DateOnly? HearingHeldOn,
    DateOnly? DiscussedOn, string? Outcome, string? DecisionNumber, DateOnly? DecidedOn, decimal FineYuan, DateOnly? ServedOn, DateOnly? PaymentDueOn,
    DateOnly? PublishedOn, DateOnly? PaidOn, decimal LateFeeYuan, IReadOnlyList<string> LateFeeExplanation, DateOnly? ClosedOn,
    IReadOnlyList<CaseStepView> Steps, IReadOnlyList<CaseClockView> Clocks, IReadOnlyList<CaseActionView> Actions)
{
    /// <summary>简易程序, decision grounds, judicial outcome, measures, payment arrangement and 柔性执法 on the case.</summary>
    public CaseExtras Extras { get; init; } = null!;
}

public sealed record MeasureView(Guid Id, string Kind, DateOnly On, IReadOnlyList<string> Items, string ApprovedBy, string State, string StateName,
    DateOnly? EndedOn, string? Outcome, IReadOnlyList<CaseClockView> Clocks, IReadOnlyList<CaseStepView> Steps, IReadOnlyList<CaseActionView> Actions);

public sealed record InstalmentView(int Sequence, DateOnly DueOn, decimal AmountYuan, DateOnly? PaidOn, decimal PaidYuan, decimal LateFeeYuan);

public sealed record ArrangementView(Guid Id, string Kind, DateOnly AppliedOn, string Reason, DateOnly? ApprovedOn, string? ApprovedBy, IReadOnlyList<InstalmentView> Instalments);

public sealed record CaseExtras(
    bool Simplified, string? SimpleLegalBasis, bool CertificateShown, DateOnly? SimpleFiledOn, bool IllegalMedicalPractice,
    string? NoPenaltyGround, Guid? LenientListItemId, string? LenientListItem, DateOnly? EducationOn, string? EducationSummary,
    string? Lighter, string? LighterBasis, string? JudicialOutcome, DateOnly? JudicialOutcomeOn, int PersonsArrested, int PersonsDetained,
    IReadOnlyList<MeasureView> Measures, ArrangementView? Arrangement, IReadOnlyList<Lenience.FlexibleMeasureView> FlexibleMeasures);

/// <summary>Reads of cases for the API and the pages.</summary>
public sealed class ReadCases(AppDbContext db, ICalendarSource calendars, TimeProvider time)
{
    public sealed record Filter(string? State, EnforcementDomain? Domain, string? Q, int? Year, string? Sort, int? Page, int? PageSize);

    public async Task<Paged<CaseListItem>> ListAsync(Filter f, CancellationToken ct)
    {
        var query = db.Set<EnforcementCase>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.State))
        {
            query = query.Where(c => c.State == f.State);
        }

        if (f.Domain is { } domain)
        {
            query = query.Where(c => c.Domain == domain);
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim();
            query = query.Where(c => c.Title.Contains(q) || c.PartyName.Contains(q) || (c.CaseNumber != null && c.CaseNumber.Contains(q)));
        }

        if (f.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var end = first.AddYears(1);
            query = query.Where(c => c.ClueReceivedOn >= first && c.ClueReceivedOn < end);
        }

        query = f.Sort switch
        {
            "filed" => query.OrderBy(c => c.FiledOn).ThenBy(c => c.Id),
            "-filed" => query.OrderByDescending(c => c.FiledOn).ThenByDescending(c => c.Id),
            "title" => query.OrderBy(c => c.Title).ThenBy(c => c.Id),
            "clue" => query.OrderBy(c => c.ClueReceivedOn).ThenBy(c => c.Id),
            _ => query.OrderByDescending(c => c.ClueReceivedOn).ThenByDescending(c => c.Id),
        };
        var rows = await query.ToPagedAsync(f.Page, f.PageSize, ct);
        var instanceIds = rows.Items.Select(r => r.ProcedureInstanceId).ToList();
        var dues = await db.Set<Clock>().AsNoTracking()
            .Where(k => instanceIds.Contains(k.InstanceId) && k.RuleKey == OrdinaryProcedure.DecisionClock)
            .ToDictionaryAsync(k => k.InstanceId, k => k.DueDate, ct);
        return rows.With(rows.Items.Select(c => Item(c, dues.TryGetValue(c.ProcedureInstanceId, out var due) ? due : null)).ToList());
    }

    public static CaseListItem Item(EnforcementCase c, DateOnly? due) => new(
        c.Id, c.CaseNumber, c.Title, Name(c.Domain), c.PartyName, c.State, StateName(c.State), c.ClueReceivedOn, c.FiledOn, c.DecidedOn,
        c.FineFen / 100m, due);

    public async Task<CaseDetail> DetailAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Set<EnforcementCase>().AsNoTracking().Include(x => x.Officers).Include(x => x.Remedies).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("案件不存在");
        var catalog = await db.Set<LegalReviewCatalogItem>().AsNoTracking().Where(i => i.Active).ToListAsync(ct);
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == c.ProcedureInstanceId).OrderBy(s => s.Sequence).ToListAsync(ct);
        var clocks = await db.Set<Clock>().AsNoTracking().Where(k => k.InstanceId == c.ProcedureInstanceId).OrderBy(k => k.StartedOn).ToListAsync(ct);
        var actor = ProcedureActor.From(user);
        var definition = OrdinaryProcedure.V1;
        var actions = definition.Actions.Where(a => a.From.Contains(c.State) && actor.MayTake(a))
            .Select(a => new CaseActionView(PublicName(a.Key), a.Name))
            .DistinctBy(a => a.Action)
            .ToList();
        var today = LegalDate.Today(time);
        var calendar = await calendars.GetAsync(ct);
        DateOnly? requestDeadline = null;
        try
        {
            requestDeadline = c.NoticeServedOn is { } served ? HearingRules.RequestDeadline(calendar, served).Due : null;
        }
        catch (CalendarYearMissingException)
        {
            // Shown as unknown rather than guessed; the gate itself refuses with the calendar error.
        }
        var arrangement = await db.Set<PaymentArrangement>().AsNoTracking().Include(a => a.Instalments).FirstOrDefaultAsync(a => a.CaseId == c.Id, ct);
        var lateFee = c.PaymentDueOn is not null ? c.LateFee(c.PaidOn ?? today, arrangement) : new LateFeeResult(0, 0, 0, false, []);
        var extras = await ExtrasAsync(c, arrangement, actor, ct);
        return new CaseDetail(
            c.Id, c.CaseNumber, c.Title, Name(c.Domain), Name(c.PartyKind), c.PartyName, c.State, StateName(c.State), c.ClueReceivedOn, c.FiledOn,
            c.Officers.Select(o => $"{o.Name}（执法证号 {o.CertificateNumber}）").ToList(), c.Facts, c.ProposedOutcome is { } p ? Name(p) : null,
            c.ProposedFineFen / 100m, c.LegalReviewReasons(catalog), c.LegalReviewPassed, c.RequiresCollectiveDiscussion, c.HearingEligible,
            c.NoticeServedOn, requestDeadline, c.HearingRequestedOn, c.HearingDate, c.HearingHeldOn, c.DiscussedOn, c.Outcome is { } o2 ? Name(o2) : null,
            c.DecisionNumber, c.DecidedOn, c.FineFen / 100m, c.ServedOn, c.PaymentDueOn, c.PublishedOn, c.PaidOn, lateFee.AmountFen / 100m, lateFee.Lines,
            c.ClosedOn,
            steps.Select(s => new CaseStepView(s.Sequence, s.ActionKey, s.ActionName, StateName(s.FromState), StateName(s.ToState), s.ActorName, s.On, s.At, s.Note)).ToList(),
            clocks.Select(ClockView).ToList(),
            actions)
        { Extras = extras };
    }

    private async Task<CaseExtras> ExtrasAsync(EnforcementCase c, PaymentArrangement? arrangement, ProcedureActor actor, CancellationToken ct)
    {
        var measures = await db.Set<CoerciveMeasure>().AsNoTracking().Where(m => m.CaseId == c.Id).OrderBy(m => m.On).ThenBy(m => m.Id).ToListAsync(ct);
        var instanceIds = measures.Select(m => m.ProcedureInstanceId).ToList();
        var clocks = (await db.Set<Clock>().AsNoTracking().Where(k => instanceIds.Contains(k.InstanceId)).ToListAsync(ct)).ToLookup(k => k.InstanceId);
        var steps = (await db.Set<ProcedureStep>().AsNoTracking().Where(s => instanceIds.Contains(s.InstanceId)).OrderBy(s => s.Sequence).ToListAsync(ct)).ToLookup(s => s.InstanceId);
        var measureStates = MeasureProcedure.V1.States.ToDictionary(s => s.Key, s => s.Name);
        var measureViews = measures.Select(m => new MeasureView(m.Id, Name(m.Kind), m.On, m.Items, m.ApprovedBy, m.State, measureStates[m.State], m.EndedOn, m.Outcome,
            clocks[m.ProcedureInstanceId].Select(ClockView).ToList(),
            steps[m.ProcedureInstanceId].Select(s => new CaseStepView(s.Sequence, s.ActionKey, s.ActionName, measureStates.GetValueOrDefault(s.FromState, s.FromState),
                measureStates[s.ToState], s.ActorName, s.On, s.At, s.Note)).ToList(),
            MeasureProcedure.V1.Actions.Where(a => a.From.Contains(m.State) && actor.MayTake(a)).Select(a => new CaseActionView(a.Key, a.Name)).ToList())).ToList();
        var item = c.LenientListItemId is { } itemId ? await db.Set<LenientListItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct) : null;
        var list = item is null ? null : await db.Set<LenientList>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == item.ListId, ct);
        var flexible = await db.Set<FlexibleMeasure>().AsNoTracking().Where(m => m.CaseId == c.Id).OrderBy(m => m.On).ToListAsync(ct);
        return new CaseExtras(c.Simplified, c.SimpleLegalBasis, c.CertificateShown, c.SimpleFiledOn, c.IllegalMedicalPractice,
            c.NoPenaltyGround is { } g ? Name(g) : null, c.LenientListItemId,
            item is null ? null : $"减免责清单第{list?.Version}版第{item.Number}项：{item.Violation}（{item.Circumstance}）——{Name(item.Treatment)}",
            c.EducationOn, c.EducationSummary, c.Lighter is { } l ? Name(l) : null, c.LighterBasis, c.JudicialOutcome, c.JudicialOutcomeOn, c.PersonsArrested, c.PersonsDetained,
            measureViews,
            arrangement is null ? null : new ArrangementView(arrangement.Id, Name(arrangement.Kind), arrangement.AppliedOn, arrangement.Reason, arrangement.ApprovedOn,
                arrangement.ApprovedBy, arrangement.Instalments.OrderBy(i => i.Sequence)
                    .Select(i => new InstalmentView(i.Sequence, i.DueOn, i.AmountFen / 100m, i.PaidOn, i.PaidFen / 100m, i.LateFeeFen / 100m)).ToList()),
            flexible.Select(Lenience.FlexibleMeasures.View).ToList());
    }

    private static CaseClockView ClockView(Clock k) => new(k.Id, k.RuleKey, k.Name, Name(k.Status), k.DueDate, k.StoppedOn, k.LegalBasis, k.Explanation);

    /// <summary>The API/page name of an engine action (variants of one step share a name).</summary>
    public static string PublicName(string engineAction) => engineAction switch
    {
        "legal_review_after_defence" => "legal_review",
        "collective_discussion_before_notice" => "collective_discussion",
        "decide_penalty" or "decide_other" => "decide",
        "serve_with_fine" => "serve",
        "decide_simple_fine" => "decide_simple",
        _ when engineAction.StartsWith("record_instalment", StringComparison.Ordinal) => "record_payment",
        _ when engineAction.Contains('.', StringComparison.Ordinal) => engineAction[..engineAction.IndexOf('.', StringComparison.Ordinal)],
        _ => engineAction,
    };

    public static string StateName(string state) => OrdinaryProcedure.V1.States.FirstOrDefault(s => s.Key == state)?.Name ?? state;

    public static string Name<T>(T value) where T : struct, Enum =>
        DisplayNames.Of(value);
}
