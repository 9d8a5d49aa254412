using Fazhi.Modules.Governance.Domain;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>依法治镇 records: a committee with a member and a meeting (agenda item, decision), a 述法, a scheme with its criteria and an evaluation with its scores.</summary>
public sealed class GovernanceSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var body = new CommitteeBody(region, BodyKind.Committee, "样例依法治镇委员会", new DateOnly(2020, 1, 6), 3);
        var meeting = new Meeting(body, new DateOnly(2026, 2, 10), "样例会议室", "样例主任", 12, "样例纪要", "system");
        db.AddRange(body, body.Appoint("样例委员", "样例职务", MemberRole.Member, new DateOnly(2021, 1, 4), null), meeting, meeting.Discuss("样例议题"),
            meeting.Decide("样例议定事项", "样例办", null, new DateOnly(2026, 3, 31), 1));
        db.Add(new LeaderLawReport(region, "样例领导", "样例书记", 2025, new DateOnly(2026, 1, 15), ReportOccasion.YearEnd, true, "样例述法", ReportRating.Good, null, "system"));
        var scheme = new EvaluationScheme(region, "样例评估办法", new DateOnly(2025, 1, 6), [("依法履职", 60), ("工作实绩", 40)]);
        db.Add(scheme);
        db.AddRange(scheme.Criteria);
        var evaluation = new CadreEvaluation(region, scheme, new EvaluationPeriod(2025, PeriodKind.Annual), "样例部门", "样例干部", "样例主任", new DateOnly(2026, 1, 20),
            [90, 80], "良好", FollowUpAction.Retain, new DateOnly(2026, 1, 25), null, "system");
        db.Add(evaluation);
        db.AddRange(evaluation.Scores);
        await db.SaveChangesAsync();
    }
}
