using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.NormativeDocuments.Documents;

public sealed record StepLine(int Sequence, string Action, string From, string To, string ActorName, string Actor, DateOnly On, DateTime At, string? Note);

public sealed record ClockLine(Guid Id, string Name, string Status, DateOnly StartedOn, DateOnly DueDate, DateOnly? StoppedOn, string LegalBasis, IReadOnlyList<string> Explanation);

public sealed record EvaluationLine(Guid Id, DateOnly On, string Conclusion, string? Note, string Actor);

/// <summary>A document with its timeline, clocks (each explained), validity explanation, evaluations and offered actions.</summary>
public sealed record DocumentView(
    Guid Id,
    string RegionCode,
    string Title,
    string DraftingUnit,
    string IssuingAuthority,
    string BodyText,
    bool AffectsBusiness,
    bool RequiresConsultation,
    int PlanYear,
    string Status,
    string StatusName,
    string PublicStatus,
    bool Imported,
    string? RegistrationNumber,
    string? DocumentNumber,
    DateOnly? PublishedOn,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn,
    DateOnly? EndedOn,
    string? EndReason,
    string? SourceUrl,
    DateOnly? FiledOn,
    string? FilingAuthority,
    bool? FiledOnTime,
    bool LegalityReviewedBeforeDeliberation,
    string? LegalityOpinionNumber,
    DateOnly? ConsultationEndedOn,
    DateOnly? DeliberatedOn,
    string? MeetingName,
    DateOnly? EvaluationRemindedOn,
    DateOnly? LastEvaluatedOn,
    IReadOnlyList<string> ValidityExplanation,
    IReadOnlyList<StepLine> Timeline,
    IReadOnlyList<ClockLine> Clocks,
    IReadOnlyList<EvaluationLine> Evaluations,
    IReadOnlyList<OfferedAction> Actions);

/// <summary>Reads one document of the caller's region subtree as a <see cref="DocumentView"/>.</summary>
public sealed class DocumentDetails(AppDbContext db, AdvanceDocument advance, ProcedureRegistry registry, IOptions<NormativeDocumentOptions> options)
{
    public async Task<DocumentView> ExecuteAsync(Guid id, ProcedureActor actor, CancellationToken ct)
    {
        var d = await db.Set<NormativeDocument>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException();
        var instance = await db.Set<ProcedureInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == d.ProcedureInstanceId, ct);
        var definition = instance is null ? null : registry.Find(instance.DefinitionKey, instance.DefinitionVersion);
        string StateName(string key) => definition?.States.FirstOrDefault(s => s.Key == key)?.Name ?? key;

        var steps = instance is null
            ? []
            : await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == instance.Id).OrderBy(s => s.Sequence).ToListAsync(ct);
        var clocks = instance is null
            ? []
            : await db.Set<Clock>().AsNoTracking().Where(c => c.InstanceId == instance.Id).OrderBy(c => c.StartedOn).ThenBy(c => c.RuleKey).ToListAsync(ct);
        var evaluations = await db.Set<ImplementationEvaluation>().AsNoTracking().Where(e => e.DocumentId == id).OrderBy(e => e.On).ToListAsync(ct);

        // Offered actions need a tracked document for the gate context; a fresh read keeps this view's copy untouched.
        var tracked = await db.Set<NormativeDocument>().FirstAsync(x => x.Id == id, ct);
        var actions = await advance.OfferedAsync(tracked, actor, ct);

        return new DocumentView(
            d.Id, d.RegionCode, d.Title, d.DraftingUnit, d.IssuingAuthority, d.BodyText, d.AffectsBusiness, d.RequiresConsultation, d.PlanYear,
            d.Status.ToString(), Names.Of(d.Status), Names.PublicStatus(d.Status), d.Imported,
            d.RegistrationNumber, d.DocumentNumber, d.PublishedOn, d.EffectiveOn, d.ExpiresOn, d.EndedOn, d.EndReason, d.SourceUrl,
            d.FiledOn, d.FilingAuthority, d.FiledOnTime, d.LegalityReviewedBeforeDeliberation, d.LegalityOpinionNumber, d.ConsultationEndedOn,
            d.DeliberatedOn, d.MeetingName, d.EvaluationRemindedOn, d.LastEvaluatedOn,
            d is { EffectiveOn: { } effective, ExpiresOn: { } expires } ? ValidityPeriod.Explain(d.Title, effective, expires, options.Value) : [],
            steps.Select(s => new StepLine(s.Sequence, s.ActionName, StateName(s.FromState), StateName(s.ToState), s.ActorName, s.Actor, s.On, s.At, s.Note)).ToList(),
            clocks.Select(c => new ClockLine(c.Id, c.Name, Names.Of(c.Status), c.StartedOn, c.DueDate, c.StoppedOn, c.LegalBasis, c.Explanation)).ToList(),
            evaluations.Select(e => new EvaluationLine(e.Id, e.On, Names.Of(e.Conclusion), e.Note, e.Actor)).ToList(),
            actions);
    }
}
