using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>Region-owned records of the 公开征求意见 module: a consultation, and an answered comment on it.</summary>
public sealed class PublicConsultationSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var consultation = new Consultation(region, Consultation.Standalone, Guid.Empty, "隔离样例征求意见", "第一条 样例。", "样例说明", "样例办",
            new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 4), null, "system", DateTime.UtcNow);
        db.Add(consultation);
        var comment = new PublicComment(consultation, "样例意见", null, null, null, DateTime.UtcNow);
        comment.Approve("system", DateTime.UtcNow);
        comment.AnswerWith(AdoptionAnswer.Adopted, null, "system", DateTime.UtcNow);
        db.Add(comment);
        await db.SaveChangesAsync();
    }
}
