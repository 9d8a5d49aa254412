using Fazhi.Modules.Disputes.Domain;
using Fazhi.Modules.Mediation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>矛盾纠纷排查 and 人民调解 records: a round, a dispute with a party and an escalation; a committee with members, a mediator with training, a case with a party and a session.</summary>
public sealed class DisputesMediationSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var engine = services.GetRequiredService<ProcedureEngine>();
        var round = new ScreeningRound(region, ScreeningLevel.Village, "样例村", new DateOnly(2026, 2, 2), null, null, "system");
        var dispute = new Dispute(region, $"{region}-2026-S1", "样例纠纷", "情况", DisputeType.Neighbourhood, DisputeSource.Village, RiskLevel.Major, "样例村", round.Id,
            new DateOnly(2026, 2, 3), "system", DateTime.UtcNow);
        var instance = engine.Start(DisputeProcedure.Key, DisputeProcedure.SubjectType, dispute.Id, region, ProcedureActor.System, new DateOnly(2026, 2, 3));
        dispute.AttachProcedure(instance.Id);
        db.AddRange(round, dispute, new DisputeParty(dispute, 1, "甲", "一方当事人", null, null, null, null),
            new DisputeEscalation(dispute, new DateOnly(2026, 2, 3), "重大", "system", DateTime.UtcNow));

        var committee = new Committee(region, "样例村人民调解委员会", CommitteeKind.Village, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2), "system");
        committee.ReplaceMembers([("甲", "主任", true), ("乙", "委员", false), ("丙", "委员", false)], new DateOnly(2024, 1, 2));
        var mediator = new Mediator(committee, "甲", true, new DateOnly(2024, 1, 2), false);
        var mediation = new MediationCase(region, $"{region}-2026-M1", committee.Id, CaseSource.Application, "样例调解", "事实", "邻里纠纷", new DateOnly(2026, 2, 4),
            null, "system", DateTime.UtcNow);
        var caseInstance = engine.Start(MediationProcedure.Key, MediationProcedure.SubjectType, mediation.Id, region, ProcedureActor.System, new DateOnly(2026, 2, 4));
        mediation.AttachProcedure(caseInstance.Id);
        db.AddRange(committee, mediator, new MediatorTraining(mediator, "培训", new DateOnly(2026, 1, 5), 4, "司法所"), mediation,
            new MediationParty(mediation, 1, "甲", "一方当事人", null, null, null, null), new MediationSession(mediation, new DateOnly(2026, 2, 5), "调解室", "甲、乙", "记录", "system"));
        db.AddRange(committee.Members);
        await db.SaveChangesAsync();
    }
}
