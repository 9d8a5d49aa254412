namespace Fazhi.Modules.Disputes.Contracts;

/// <summary>One step of a dispute's handling.</summary>
public sealed record DisputeStepLine(DateOnly On, string Action, string ActorName, string? Note);

/// <summary>A dispute's record and clock as the mediation case shows them (one citizen issue, one history).</summary>
public sealed record DisputeHistory(
    Guid Id, string Number, string Title, string StateName, string RiskName, DateOnly RegisteredOn, string? ResponsibleUnit, DateOnly? DueOn,
    IReadOnlyList<DisputeStepLine> Steps);

/// <summary>矛盾纠纷排查 as seen by other modules.</summary>
public interface IDisputeHistory
{
    Task<DisputeHistory?> HistoryAsync(Guid disputeId, CancellationToken ct);
}
