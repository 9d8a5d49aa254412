using Fazhi.Modules.WorkPlans.Domain;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>工作方案 records: a drafted 年度工作要点 with one task of its breakdown.</summary>
public sealed class WorkPlansSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var plan = new WorkPlan(region, PlanKind.AnnualPoints, "《样例工作要点》", 2026, 2026, "样例委员会", "system", new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc));
        var task = plan.AddTask(new PlanTaskDraft("样例板块", "样例任务", "样例单位", null, [new Milestone(new DateOnly(2026, 6, 30), "完成过半")], new DateOnly(2026, 11, 30)));
        db.AddRange(plan, task);
        await db.SaveChangesAsync();
    }
}
