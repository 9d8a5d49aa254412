using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>重大行政决策 records: a published catalog with an item, a decision with its procedure, expert opinion, risk report, hearing, minutes with views and a post-evaluation.</summary>
public sealed class MajorDecisionsSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var engine = services.GetRequiredService<ProcedureEngine>();
        var catalog = new DecisionCatalog(region, 2026, 1, null, null, "system", DateTime.UtcNow);
        var item = new CatalogItem(catalog, Guid.CreateVersion7(), 1, new CatalogItemInput { Title = "隔离样例城市更新项目", LeadUnit = "样例办", RequiresHearing = true });
        catalog.Items.Add(item);
        catalog.Approve(new DateOnly(2026, 2, 1), "样例党委同意");
        catalog.Publish(new DateOnly(2026, 2, 2), null);
        db.AddRange(catalog, item);

        var decision = new MajorDecision(item, 2026, "镇长", "system", DateTime.UtcNow, new DateOnly(2026, 2, 3));
        var instance = engine.Start(DecisionProcedure.Key, DecisionProcedure.SubjectType, decision.Id, region, ProcedureActor.System, new DateOnly(2026, 2, 3));
        decision.AttachProcedure(instance.Id);
        db.Add(decision);
        db.Add(new ExpertOpinion(decision, "样例专家", "样例大学", "可行", new DateOnly(2026, 2, 5), true, true, "system"));
        db.Add(new RiskAssessment(decision, "样例评估机构", "风险点", "措施", "预案", "低", new DateOnly(2026, 2, 6)));
        db.Add(new DecisionHearing(decision, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 10), "会议室", "听证情况", true));
        var meeting = new DecisionMeeting(decision, "镇政府常务会议", new DateOnly(2026, 2, 20), MeetingOutcome.Approved, null, "system");
        meeting.Record([new AttendeeInput("李四", "副镇长", AttendeeView.Agree, "同意"), new AttendeeInput("张三", "镇长", AttendeeView.Agree, "同意", IsChief: true)]);
        db.Add(meeting);
        db.AddRange(meeting.Views);
        db.Add(new PostEvaluation(decision, new DateOnly(2026, 2, 25), "第三方", "效果良好", "system"));
        await db.SaveChangesAsync();
    }
}
