namespace Fazhi.Modules.Supervision.Contracts;

/// <summary>
/// A task another module hands to 督查督办 (e.g. a committee decision to be carried out). Region is the 承办区划 when the
/// caller knows it (its own record's region, needed when no user is signed in, as in the demo generator); null is the
/// user's own region.
/// </summary>
public sealed record SupervisedTaskRequest(string Title, string SourceName, string? SourceReference, string LeadUnit, string? CoUnits,
    DateOnly AssignedOn, DateOnly Deadline, string OriginKey, string? Region = null);

/// <summary>How a supervised task stands, for the module that asked for it.</summary>
public sealed record SupervisedTaskStatus(Guid TaskId, string StatusName, DateOnly Deadline, DateOnly? CompletionReportedOn, DateOnly? ClosedOn, bool Overdue);

/// <summary>
/// 督查督办 as other modules see it: assign a task in the caller's unit of work (saved with the caller's rows, so a
/// decision and its task are stored together or not at all) and read how the tasks of an origin stand.
/// </summary>
public interface ISupervisedTasks
{
    /// <summary>Adds the task to the current unit of work (the caller saves); refuses bad input as field errors in Chinese.</summary>
    Task<Guid> AssignAsync(SupervisedTaskRequest request, string actor, CancellationToken cancellationToken);

    Task<IReadOnlyList<SupervisedTaskStatus>> StatusOfAsync(string originKey, CancellationToken cancellationToken);
}
