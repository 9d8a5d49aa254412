using System.ComponentModel.DataAnnotations;
using System.Reflection;

using Fazhi.Platform.Data;

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Procedures;

public sealed record InstanceView(
    Guid Id, string DefinitionKey, int DefinitionVersion, string DefinitionName, string SubjectType, Guid SubjectId,
    string State, string StateName, string RegionCode, IReadOnlyList<StepView> Steps, IReadOnlyList<ClockView> Clocks);

public sealed record StepView(int Sequence, string ActionKey, string ActionName, string FromState, string ToState, string Actor, string ActorName, DateTime At, DateOnly On, string? Note);

public sealed record ClockView(
    Guid Id, string RuleKey, string Name, string Unit, int Length, string Status, string StatusName, DateOnly StartedOn,
    DateOnly CountingFrom, DateOnly DueDate, DateOnly WarnOn, DateOnly? StoppedOn, int ExtendedBy, int MaxExtension, string LegalBasis,
    IReadOnlyList<AdjustmentView> Adjustments, IReadOnlyList<string> Explanation, bool DueDateProvisional = false);

public sealed record AdjustmentView(string Kind, string KindName, int Round, DateOnly From, DateOnly? To, int? Length, string Reason, string Actor, DateTime RecordedAt);

public sealed record ExplanationView(Guid ClockId, string Name, string Status, DateOnly DueDate, IReadOnlyList<string> Lines, bool DueDateProvisional = false);

/// <summary>Read endpoints of the engine: an instance with its steps and clocks, and a clock's explanation.</summary>
internal static class ProceduresApi
{
    public static async Task<Results<Ok<InstanceView>, NotFound>> GetInstanceAsync(Guid id, AppDbContext db, ProcedureRegistry registry, CancellationToken ct)
    {
        // The region filter applies: another region's instance is simply not found.
        var instance = await db.Set<ProcedureInstance>().AsNoTracking()
            .Include(i => i.Clocks).ThenInclude(c => c.Adjustments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id, ct);
        if (instance is null)
        {
            return TypedResults.NotFound();
        }

        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == id).OrderBy(s => s.Sequence).ToListAsync(ct);
        var definition = registry.Find(instance.DefinitionKey, instance.DefinitionVersion);
        return TypedResults.Ok(new InstanceView(
            instance.Id, instance.DefinitionKey, instance.DefinitionVersion, definition?.Name ?? instance.DefinitionKey,
            instance.SubjectType, instance.SubjectId, instance.State,
            definition?.States.FirstOrDefault(s => s.Key == instance.State)?.Name ?? instance.State, instance.RegionCode,
            steps.Select(s => new StepView(s.Sequence, s.ActionKey, s.ActionName, s.FromState, s.ToState, s.Actor, s.ActorName, s.At, s.On, s.Note)).ToList(),
            instance.Clocks.OrderBy(c => c.StartedOn).ThenBy(c => c.RuleKey).Select(ToView).ToList()));
    }

    public static async Task<Results<Ok<ExplanationView>, NotFound>> GetExplanationAsync(Guid id, AppDbContext db, CancellationToken ct)
    {
        var clock = await db.Set<Clock>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return clock is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new ExplanationView(clock.Id, clock.Name, clock.Status.ToString(), clock.DueDate, clock.Explanation, clock.DueDateProvisional));
    }

    private static ClockView ToView(Clock c) => new(
        c.Id, c.RuleKey, c.Name, c.Unit.ToString(), c.Length, c.Status.ToString(), DisplayName(c.Status), c.StartedOn, c.CountingFrom,
        c.DueDate, c.WarnOn, c.StoppedOn, c.ExtendedBy, c.MaxExtension, c.LegalBasis,
        c.Adjustments.OrderBy(a => a.Round).ThenBy(a => a.From).ThenBy(a => a.RecordedAt)
            .Select(a => new AdjustmentView(a.Kind.ToString(), DisplayName(a.Kind), a.Round, a.From, a.To, a.Length, a.Reason, a.Actor, a.RecordedAt))
            .ToList(),
        c.Explanation,
        c.DueDateProvisional);

    /// <summary>The Chinese [Display] name of an enum member.</summary>
    public static string DisplayName<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? value.ToString();
}
