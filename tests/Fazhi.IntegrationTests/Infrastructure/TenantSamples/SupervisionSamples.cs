using Fazhi.Modules.Supervision.Domain;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>督查督办 records: a task with a milestone, a progress report, a reminder and an escalation; a team with an inspection and its finding.</summary>
public sealed class SupervisionSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var task = new SupervisionTask(region, region, "隔离样例督办事项", TaskSource.LeaderInstruction, "样例批示", "样例办", null,
            new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 27), "system", DateTime.UtcNow);
        var milestone = task.AddMilestone("样例节点", new DateOnly(2026, 2, 10));
        db.AddRange(task, milestone);
        db.Add(task.ReportProgress(new DateOnly(2026, 2, 10), "样例进展", "样例办", milestone.Id));
        db.Add(new TaskReminder(task, ReminderKind.BeforeDeadline, new DateOnly(2026, 2, 25), DateTime.UtcNow, 2));
        db.Add(new TaskEscalation(task, EscalationKind.Notice, new DateOnly(2026, 3, 2), DateTime.UtcNow));
        var team = new SupervisionTeam(region, "样例督导组", "样例组长", "甲、乙", "各村", new DateOnly(2026, 1, 5));
        var inspection = new Inspection(team, InspectionTargetKind.Village, "样例村", "样例事项", new DateOnly(2026, 2, 2));
        inspection.Record(new DateOnly(2026, 2, 2), "样例督导情况");
        db.AddRange(team, inspection, inspection.AddFinding("样例问题", task.Id));
        await db.SaveChangesAsync();
    }
}
