using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>突发事件应急 records: a published plan with a drill, a trigger, an evaluation and a revision; a supply standard, item and count; a patrol; a team.</summary>
public sealed class EmergencySamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var plan = new EmergencyPlan(region, "隔离样例专项应急预案", PlanClass.Specialised, "样例办", new DateOnly(2025, 1, 6), "system", DateTime.UtcNow);
        plan.Take(PlanStep.StartDrafting, new DateOnly(2025, 1, 10), "样例风险评估", "样例资源调查");
        plan.Take(PlanStep.Consult, new DateOnly(2025, 2, 10), "样例意见");
        plan.Take(PlanStep.Approve, new DateOnly(2025, 3, 10), "样例会议");
        plan.Take(PlanStep.Publish, new DateOnly(2025, 3, 20), "样例〔2025〕1号");
        var drill = new Drill(plan, new DateOnly(2025, 6, 10), DrillKind.Tabletop, "样例演练", "样例办", 20, null, "样例问题", "system", DateTime.UtcNow);
        var trigger = plan.RecordTrigger(new DateOnly(2025, 6, 11), TriggerKind.LessonsLearned, "样例情形", 6);
        var evaluation = plan.Evaluate(new DateOnly(2025, 7, 1), "样例评估", false, 6);
        var revision = plan.Revise(new DateOnly(2025, 8, 1), "样例修订", null, [trigger]);
        var item = new SupplyItem(region, "样例帐篷", "顶", 4m, null, new DateOnly(2025, 3, 1));
        var count = item.Count(new DateOnly(2025, 3, 1), 10, "登记");
        var patrol = new SafetyPatrol(region, "样例部位", SiteKind.Crowded, new DateOnly(2025, 5, 5), "样例人员", "样例隐患", new DateOnly(2025, 5, 15), "system", DateTime.UtcNow);
        var team = new EmergencyTeam(region, "样例应急委员会", TeamKind.Committee, "样例职务", 10, null, new DateOnly(2025, 1, 2));
        db.AddRange(team, plan, drill, trigger, evaluation, revision, new SupplyStandard(region, 500, new DateOnly(2025, 3, 1), null), item, count, patrol);
        await db.SaveChangesAsync();
    }
}
