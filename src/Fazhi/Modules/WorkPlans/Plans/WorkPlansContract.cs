using Fazhi.Modules.WorkPlans.Contracts;
using Fazhi.Modules.WorkPlans.Domain;
using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.WorkPlans.Plans;

/// <summary>The <see cref="IWorkPlans"/> contract over the module's own tables.</summary>
public sealed class WorkPlansContract(AppDbContext db) : IWorkPlans
{
    public async Task<PlanArrangement?> ArrangementForAsync(int year, CancellationToken cancellationToken)
    {
        var plan = await db.Set<WorkPlan>().AsNoTracking()
            .Where(p => p.Kind == PlanKind.AnnualPoints && p.FirstYear == year)
            .OrderByDescending(p => p.Status == PlanStatus.Issued).ThenByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var tasks = await db.Set<PlanTask>().AsNoTracking().Where(t => t.PlanId == plan.Id).OrderBy(t => t.Number).ToListAsync(cancellationToken);
        // Consecutive tasks under the same heading form one paragraph, in the breakdown's order.
        var areas = new List<(string Area, List<string> Tasks)>();
        foreach (var task in tasks)
        {
            if (areas.Count == 0 || areas[^1].Area != task.Area)
            {
                areas.Add((task.Area, []));
            }

            areas[^1].Tasks.Add(task.Content);
        }

        return new PlanArrangement(plan.Id, plan.Title, plan.Status == PlanStatus.Issued, areas.Select(a => new ArrangementArea(a.Area, a.Tasks)).ToList());
    }
}
