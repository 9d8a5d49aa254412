using Fazhi.Modules.LawStudy.Domain;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>领导干部学法 records: a plan with an item, a session carrying it out with a law studied, and an exam.</summary>
public sealed class LawStudySamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var plan = new StudyPlan(region, 2026, "样例专题学习安排", new DateOnly(2026, 1, 5));
        var item = plan.Plan(2, "样例学习主题");
        var session = new StudySession(region, StudyKind.Thematic, new DateOnly(2026, 2, 10), "样例学法", "样例主讲人", 10, 10, null, null, null, item.Id, "system");
        db.AddRange(plan, item, session, session.Study("《样例条例》"));
        db.Add(new LawExam(region, new DateOnly(2026, 2, 20), "样例学法考试", 10, 9, "system"));
        await db.SaveChangesAsync();
    }
}
