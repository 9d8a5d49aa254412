using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>信访 records: an answered petition with its procedure, a campaign, a reveal record, a reception day and a visit.</summary>
public sealed class PetitionsSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var engine = services.GetRequiredService<ProcedureEngine>();
        var petition = new Petition(region, $"{region}-2026-9999", PetitionChannel.Letter, new DateOnly(2026, 2, 2), "样例人", null, null, null, null, "样例地址", 1, 0,
            "样例事项", "样例诉求", "system", DateTime.UtcNow);
        var instance = engine.Start(PetitionProcedure.Key, PetitionProcedure.SubjectType, petition.Id, region, ProcedureActor.System, new DateOnly(2026, 2, 2));
        petition.AttachProcedure(instance.Id);
        petition.Answer(new DateOnly(2026, 2, 20), "样例意见书", PetitionOutcome.Support, "事实", "意见", "依据", new DateOnly(2026, 3, 23));
        petition.AssignBaoAn("样例领导", "方案", "专班", new DateOnly(2026, 2, 3));
        var campaign = new PetitionCampaign(region, "样例专项", new DateOnly(2026, 2, 1), new DateOnly(2026, 5, 1), "system");
        petition.JoinCampaign(campaign.Id, new DateOnly(2026, 2, 3));
        var day = new ReceptionDay(region, new DateOnly(2026, 2, 16), "样例领导", "镇长", "接待室", "9:00—12:00", "system");
        db.AddRange(petition, campaign, day);
        db.Add(new ReceptionVisit(region, day.Id, new DateOnly(2026, 2, 16), "样例领导", 2, "甲乙", "样例", petition.Id, "system"));
        db.Add(new PersonalDataReveal(petition, "phone", "样例", "system", DateTime.UtcNow));
        await db.SaveChangesAsync();
    }
}
