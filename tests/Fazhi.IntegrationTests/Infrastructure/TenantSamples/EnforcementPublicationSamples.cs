using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Modules.Enforcement.Inspections;
using Fazhi.Modules.Enforcement.Libraries;
using Fazhi.Modules.Enforcement.Publication;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>Region-owned records of 执法公示, 执法检查 (plan, draw, record) and 执法培训.</summary>
public sealed class EnforcementPublicationSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var engine = services.GetRequiredService<ProcedureEngine>();
        var day = new DateOnly(2026, 1, 6);
        var officers = new[]
        {
            new Officer(region, "公示甲", "P1-" + region, "综合执法", new(2020, 1, 1), new(2030, 12, 31)),
            new Officer(region, "公示乙", "P2-" + region, "综合执法", new(2020, 1, 1), new(2030, 12, 31)),
        };
        var c = new EnforcementCase(region, "公示样例案件", null, EnforcementDomain.Medical, PartyKind.Individual, "李四", null, ClueSource.Inspection, "样例线索", day);
        var instance = engine.Start(OrdinaryProcedure.Key, EnforcementCase.SubjectType, c.Id, region, ProcedureActor.System, day);
        c.Attach(instance.Id);
        c.Decide(day, CaseOutcome.NoPenalty, 0, null, "样例决定");
        db.AddRange(officers);
        db.Add(c);
        await CasePublications.RegisterAsync(db, engine, c, ProcedureActor.System, CancellationToken.None);

        var plan = new InspectionPlan(region, 2026, "样例检查计划", InspectionCategory.Pharmacy, InspectionPlanKind.Routine, null);
        var draw = new InspectionDraw(plan, day, 7, ["样例药房"], [officers[0].Id, officers[1].Id], 1, "system");
        var record = new InspectionRecord(region, plan.Id, draw.Id, day, "样例药房", null, InspectionCategory.Pharmacy, officers[0], officers[1]);
        record.RecordResult(day, InspectionResult.Violation, "样例问题");
        record.Opened(c.Id);
        var training = new TrainingSession(region, day, "样例培训", 2, null, [officers[0].Id]);
        db.AddRange(plan, draw, record, training);
        await db.SaveChangesAsync();
    }
}
