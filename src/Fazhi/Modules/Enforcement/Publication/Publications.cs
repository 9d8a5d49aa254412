using System.Security.Claims;

using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Publication;

public sealed record PublicationChangeInput(DateOnly? On, string? Reason);

public sealed record PublicationStepInput(DateOnly? On);

public sealed record PublicationClockView(string Key, string Name, string Status, DateOnly DueDate, DateOnly? StoppedOn, string LegalBasis, IReadOnlyList<string> Explanation);

public sealed record PublicationView(
    Guid Id, Guid CaseId, string? CaseNumber, string CaseTitle, string Kind, string State, string StateName, DateOnly DecidedOn, DateOnly? PublishDue,
    DateOnly? PublishedOn, bool Timely, string? PartyDisplay, string? Conclusion, DateOnly? ChangedOn, string? ChangeReason, DateOnly? WithdrawDue,
    DateOnly? WithdrawnOn, IReadOnlyList<PublicationClockView> Clocks);

/// <summary>
/// 执法决定公示 use cases. The case procedure calls <see cref="AfterCaseStepAsync"/> inside its own transaction: a
/// decision registers the publication with its clock, and the case's 公示 step publishes the masked snapshot.
/// </summary>
public static class CasePublications
{
    public static async Task AfterCaseStepAsync(AppDbContext db, ProcedureEngine engine, EnforcementCase c, string engineAction, DateOnly on, ClaimsPrincipal user, CancellationToken ct)
    {
        switch (engineAction)
        {
            case "decide_penalty" or "decide_other":
                await RegisterAsync(db, engine, c, ProcedureActor.From(user), ct);
                break;
            case "publish":
                await PublishAsync(db, engine, c, on, ProcedureActor.From(user), ct);
                break;
        }
    }

    /// <summary>The publication of a decided case, with its clock started on the decision date (created when missing).</summary>
    public static async Task<DecisionPublication> RegisterAsync(AppDbContext db, ProcedureEngine engine, EnforcementCase c, ProcedureActor actor, CancellationToken ct)
    {
        var existing = await db.Set<DecisionPublication>().FirstOrDefaultAsync(p => p.CaseId == c.Id, ct)
            ?? db.ChangeTracker.Entries<DecisionPublication>().Select(e => e.Entity).FirstOrDefault(p => p.CaseId == c.Id);
        if (existing is not null)
        {
            return existing;
        }

        var kind = c.Outcome == CaseOutcome.Penalty ? PublicationKind.Penalty : PublicationKind.Other;
        var publication = new DecisionPublication(c, kind);
        var instance = engine.Start(PublicationProcedure.Key, DecisionPublication.SubjectType, publication.Id, c.RegionCode, actor, publication.DecidedOn);
        publication.Attach(instance.Id);
        await engine.ApplyAsync(instance, kind == PublicationKind.Penalty ? "register_penalty" : "register_other", actor, null,
            new StepInput { On = publication.DecidedOn }, ct);
        publication.Moved(instance.State);
        publication.Due(instance.Clocks.Single().DueDate);
        db.Add(publication);
        return publication;
    }

    public static async Task PublishAsync(AppDbContext db, ProcedureEngine engine, EnforcementCase c, DateOnly on, ProcedureActor actor, CancellationToken ct)
    {
        var publication = await RegisterAsync(db, engine, c, actor, ct);
        var instance = await InstanceAsync(db, publication, ct);
        await engine.ApplyAsync(instance, "publish", actor, null, new StepInput { On = on }, ct);
        publication.Moved(instance.State);
        publication.Publish(c, await AgencyNameAsync(db, c, ct), on);
    }

    internal static async Task<ProcedureInstance> InstanceAsync(AppDbContext db, DecisionPublication p, CancellationToken ct) =>
        db.ChangeTracker.Entries<ProcedureInstance>().Select(e => e.Entity).FirstOrDefault(i => i.Id == p.ProcedureInstanceId)
        ?? await db.Set<ProcedureInstance>().FirstAsync(i => i.Id == p.ProcedureInstanceId, ct);

    /// <summary>执法机关: the agency of the case's matter, else the town's first agency.</summary>
    internal static async Task<string> AgencyNameAsync(AppDbContext db, EnforcementCase c, CancellationToken ct)
    {
        if (c.MatterId is { } matterId)
        {
            var name = await (from m in db.Set<EnforcementMatter>()
                              join a in db.Set<EnforcementAgency>() on m.AgencyId equals a.Id
                              where m.Id == matterId
                              select a.Name).FirstOrDefaultAsync(ct);
            if (name is not null)
            {
                return name;
            }
        }

        return await db.Set<EnforcementAgency>().Where(a => a.RegionCode == c.RegionCode).OrderBy(a => a.Name).Select(a => a.Name).FirstOrDefaultAsync(ct)
            ?? "镇人民政府（综合行政执法）";
    }
}

/// <summary>撤回公示: record that a decision was changed or revoked (3 WD clock starts), then withdraw it from the portal.</summary>
public sealed class WithdrawPublication(AppDbContext db, ProcedureEngine engine, TimeProvider time)
{
    public async Task ChangeAsync(Guid id, PublicationChangeInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var p = await LoadAsync(id, ct);
        var on = Day(input.On);
        p.Change(on, input.Reason ?? "");
        var instance = await CasePublications.InstanceAsync(db, p, ct);
        await engine.ApplyAsync(instance, "change", ProcedureActor.From(user), null, new StepInput { On = on, Note = input.Reason }, ct);
        p.Moved(instance.State);
        p.WithdrawalDue(instance.Clocks.First(k => k.RuleKey == PublicationProcedure.WithdrawClock).DueDate);
        await db.SaveChangesAsync(ct);
    }

    public async Task WithdrawAsync(Guid id, PublicationStepInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var p = await LoadAsync(id, ct);
        var on = Day(input.On);
        var instance = await CasePublications.InstanceAsync(db, p, ct);
        await engine.ApplyAsync(instance, "withdraw", ProcedureActor.From(user), null, new StepInput { On = on }, ct);
        p.Moved(instance.State);
        p.Withdraw(on);
        await db.SaveChangesAsync(ct);
    }

    private async Task<DecisionPublication> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Set<DecisionPublication>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new RecordNotFoundException("公示记录不存在");

    private DateOnly Day(DateOnly? on)
    {
        var today = LegalDate.Today(time);
        var day = on ?? today;
        return day > today ? throw new FieldValidationException("on", "日期不能晚于今天") : day;
    }
}

/// <summary>Reads of publication records (region-scoped, for staff).</summary>
public sealed class ReadPublications(AppDbContext db)
{
    public sealed record Filter(string? State, string? Q, int? Year, string? Sort, int? Page, int? PageSize);

    public async Task<Paged<PublicationView>> ListAsync(Filter f, CancellationToken ct)
    {
        var query = from p in db.Set<DecisionPublication>().AsNoTracking()
                    join c in db.Set<EnforcementCase>().AsNoTracking() on p.CaseId equals c.Id
                    select new { p, c.CaseNumber, c.Title };
        if (!string.IsNullOrWhiteSpace(f.State))
        {
            query = query.Where(x => x.p.State == f.State);
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim();
            query = query.Where(x => x.Title.Contains(q) || (x.CaseNumber != null && x.CaseNumber.Contains(q)));
        }

        if (f.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var end = first.AddYears(1);
            query = query.Where(x => x.p.DecidedOn >= first && x.p.DecidedOn < end);
        }

        query = f.Sort switch
        {
            "due" => query.OrderBy(x => x.p.PublishDue).ThenBy(x => x.p.Id),
            "decided" => query.OrderBy(x => x.p.DecidedOn).ThenBy(x => x.p.Id),
            _ => query.OrderByDescending(x => x.p.DecidedOn).ThenByDescending(x => x.p.Id),
        };
        var page = await query.ToPagedAsync(f.Page, f.PageSize, ct);
        var instanceIds = page.Items.Select(x => x.p.ProcedureInstanceId).ToList();
        var clocks = (await db.Set<Clock>().AsNoTracking().Where(k => instanceIds.Contains(k.InstanceId)).ToListAsync(ct)).ToLookup(k => k.InstanceId);
        return page.With(page.Items.Select(x => View(x.p, x.CaseNumber, x.Title, clocks[x.p.ProcedureInstanceId])).ToList());
    }

    public async Task<PublicationView> DetailAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Set<DecisionPublication>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("公示记录不存在");
        var c = await db.Set<EnforcementCase>().AsNoTracking().FirstAsync(x => x.Id == p.CaseId, ct);
        var clocks = await db.Set<Clock>().AsNoTracking().Where(k => k.InstanceId == p.ProcedureInstanceId).ToListAsync(ct);
        return View(p, c.CaseNumber, c.Title, clocks);
    }

    public async Task<PublicationView?> ForCaseAsync(Guid caseId, CancellationToken ct)
    {
        var id = await db.Set<DecisionPublication>().AsNoTracking().Where(p => p.CaseId == caseId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await DetailAsync(found, ct) : null;
    }

    private static PublicationView View(DecisionPublication p, string? caseNumber, string title, IEnumerable<Clock> clocks) => new(
        p.Id, p.CaseId, caseNumber, title, Cases.ReadCases.Name(p.Kind), p.State, StateName(p.State), p.DecidedOn, p.PublishDue, p.PublishedOn,
        p.PublishedOn is { } published && published <= p.PublishDue, p.PartyDisplay, p.Conclusion, p.ChangedOn, p.ChangeReason, p.WithdrawDue, p.WithdrawnOn,
        clocks.OrderBy(k => k.StartedOn).Select(k => new PublicationClockView(k.RuleKey, k.Name, Cases.ReadCases.Name(k.Status), k.DueDate, k.StoppedOn, k.LegalBasis, k.Explanation)).ToList());

    public static string StateName(string state) => PublicationProcedure.V1.States.FirstOrDefault(s => s.Key == state)?.Name ?? state;
}
