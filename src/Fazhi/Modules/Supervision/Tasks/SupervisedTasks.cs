using Fazhi.Modules.Supervision.Contracts;
using Fazhi.Modules.Supervision.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Supervision.Tasks;

/// <summary>The <see cref="ISupervisedTasks"/> contract over the module's own use case.</summary>
public sealed class SupervisedTasks(AppDbContext db, AssignTasks assign, TimeProvider time) : ISupervisedTasks
{
    public async Task<Guid> AssignAsync(SupervisedTaskRequest request, string actor, CancellationToken cancellationToken)
    {
        var task = await assign.AddAsync(new AssignTaskInput
        {
            Title = request.Title,
            Source = request.SourceName,
            SourceReference = request.SourceReference,
            LeadUnit = request.LeadUnit,
            CoUnits = request.CoUnits,
            AssignedOn = request.AssignedOn,
            Deadline = request.Deadline,
            Region = request.Region,
        }, actor, cancellationToken, request.OriginKey);
        return task.Id;
    }

    public async Task<IReadOnlyList<SupervisedTaskStatus>> StatusOfAsync(string originKey, CancellationToken cancellationToken)
    {
        var today = LegalDate.Today(time);
        var tasks = await db.Set<SupervisionTask>().AsNoTracking().Where(t => t.OriginKey == originKey)
            .OrderBy(t => t.AssignedOn).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return tasks.Select(t => new SupervisedTaskStatus(t.Id, Names.Of(t.Status), t.Deadline, t.CompletionReportedOn, t.ClosedOn, TaskListItem.IsOverdue(t, today))).ToList();
    }
}
