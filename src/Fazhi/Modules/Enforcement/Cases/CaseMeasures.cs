using System.Security.Claims;

using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Cases;

/// <summary>先行登记保存 / 查封 / 扣押 input: kind, date, items (one per line), approving leader.</summary>
public sealed record MeasureInput(CoerciveMeasureKind? Kind, DateOnly? On, IReadOnlyList<string>? Items, string? ApprovedBy, string? Note);

/// <summary>A step on a measure: 处理决定 / 解除 (outcome), 延长 (extensionDays, note = reason), 检测期间不计入 (excludedFrom/To, note).</summary>
public sealed record MeasureActionInput(DateOnly? On, string? Outcome, int? ExtensionDays, DateOnly? ExcludedFrom, DateOnly? ExcludedTo, string? Note);

/// <summary>
/// 证据保全和行政强制措施: records the measure on an investigating case and starts its own clock; then its handling
/// decision, extension (approved by the leader taking the step) or excluded testing periods.
/// </summary>
public sealed class TakeMeasure(AppDbContext db, ProcedureEngine engine, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Actions = ["decide_preservation", "extend", "exclude_testing", "release"];

    public async Task<CoerciveMeasure> StartAsync(Guid caseId, MeasureInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await CaseQueries.LoadAsync(db, caseId, ct);
        if (c.State is not (OrdinaryProcedure.Filed or OrdinaryProcedure.Investigating))
        {
            throw new DomainRuleException("先行登记保存和查封、扣押在立案后、调查终结前采取", Articles.FilingFirst);
        }

        var on = input.On ?? LegalDate.Today(time);
        var measure = new CoerciveMeasure(c, input.Kind ?? 0, on, input.Items ?? [], input.ApprovedBy ?? "");
        var instance = engine.Start(MeasureProcedure.Key, CoerciveMeasure.SubjectType, measure.Id, c.RegionCode, ProcedureActor.From(user), on);
        measure.Attach(instance.Id);
        var certified = await CertifiedAsync(c, on, ct);
        await engine.ApplyAsync(instance, measure.Kind == CoerciveMeasureKind.Preservation ? "preserve" : "seize", ProcedureActor.From(user),
            new MeasureGateContext(measure, certified), new StepInput { On = on, Note = input.Note }, ct);
        measure.Moved(instance.State);
        db.Add(measure);
        await db.SaveChangesAsync(ct);
        return measure;
    }

    /// <summary>Takes a step on a measure and returns its case's id.</summary>
    public async Task<Guid> ActAsync(Guid measureId, string action, MeasureActionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var measure = await db.Set<CoerciveMeasure>().FirstOrDefaultAsync(m => m.Id == measureId, ct)
            ?? throw new RecordNotFoundException("措施不存在");
        var c = await CaseQueries.LoadAsync(db, measure.CaseId, ct);
        if (!Actions.Contains(action))
        {
            throw new FieldValidationException("action", "没有该办理环节");
        }

        var on = input.On ?? LegalDate.Today(time);
        if (action is "decide_preservation" or "release")
        {
            measure.End(on, input.Outcome ?? "");
        }

        var instance = await db.Set<ProcedureInstance>().FirstAsync(i => i.Id == measure.ProcedureInstanceId, ct);
        await engine.ApplyAsync(instance, action, ProcedureActor.From(user), new MeasureGateContext(measure, await CertifiedAsync(c, on, ct)),
            new StepInput { On = on, Note = input.Note, ExtensionLength = input.ExtensionDays, ExcludedFrom = input.ExcludedFrom, ExcludedTo = input.ExcludedTo }, ct);
        measure.Moved(instance.State);
        await db.SaveChangesAsync(ct);
        return c.Id;
    }

    private async Task<int> CertifiedAsync(EnforcementCase c, DateOnly on, CancellationToken ct)
    {
        var ids = c.Officers.Select(o => o.OfficerId).ToList();
        var officers = await db.Set<Officer>().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        return officers.Count(o => o.HasValidCertificateOn(on));
    }
}
