using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.MajorDecisions.Decisions;
using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.MajorDecisions.Domain.DecisionProcedure;

namespace Fazhi.Modules.MajorDecisions.Demo;

/// <summary>
/// 重大行政决策演示数据, second half: once 合法性审查 has issued its opinions, each decision is put to the 镇政府常务会议
/// (minutes with every view, the 镇长 last), reported to the Party committee, published, archived and implemented.
/// </summary>
public sealed class MajorDecisionsDecideDemo : IDemoData
{
    public string Name => "重大行政决策（集体讨论、报告党委、公布、归档、执行）";

    /// <summary>After 合法性审查 (30).</summary>
    public int Order => 45;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var db = services.Get<AppDbContext>();
        var calendar = await services.CalendarAsync(ct);
        var office = ProcedureActor.From(await services.UserAsync(MajorDecisionsDraftDemo.Office));
        var leader = ProcedureActor.From(await services.UserAsync(MajorDecisionsDraftDemo.Leader));
        var legality = services.Get<ILegalityReviews>();
        var decisions = await db.Set<MajorDecision>().AsNoTracking()
            .Where(d => d.RegionCode == DemoContext.Town && d.State == P.LegalityReview)
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Title)
            .Select(d => new { d.Id, d.Title })
            .ToListAsync(ct);
        var decided = 0;
        foreach (var d in decisions)
        {
            var opinion = await legality.StatusAsync(P.SubjectType, d.Id, ct);
            if (opinion is not { OpinionIssued: true, IssuedOn: { } issued })
            {
                context.Report($"《{d.Title}》尚无合法性审查意见，留在审查阶段");
                continue;
            }

            var on = calendar.After(issued, 2);
            await MajorDecisionsDraftDemo.StepAsync(services, d.Id, P.SubmitDiscussion, on, office, $"合法性审查意见（{opinion.OpinionNumber}）已出具并逐条反馈，提请镇政府常务会议讨论", ct);
            on = calendar.After(on, 3);
            await MajorDecisionsDraftDemo.StepAsync(services, d.Id, P.RecordMinutes, on, leader, null, ct, new DecisionActionInput
            {
                MeetingType = "镇政府常务会议",
                Outcome = MeetingOutcome.Approved,
                Attendees =
                [
                    new("黄伟", "副镇长（分管城市更新）", AttendeeView.Agree, "方案已履行专家论证和风险评估程序，建议通过。"),
                    new("周敏", "副镇长", AttendeeView.Agree, "同意，过渡安置房源须在动工前落实。"),
                    new("吴强", "党政办主任", AttendeeView.Abstain, "对补偿标准测算无异议，对实施时序保留意见。"),
                    new("张建华", "镇长", AttendeeView.Agree, "同意实施方案，按论证和评估意见完善后报镇党委。", IsChief: true),
                ],
            });
            on = calendar.After(on, 2);
            await MajorDecisionsDraftDemo.StepAsync(services, d.Id, P.ReportToParty, on, leader, null, ct, new DecisionActionInput { PartyReport = "经镇党委会议研究同意" });
            on = calendar.After(on, 3);
            await MajorDecisionsDraftDemo.StepAsync(services, d.Id, P.Publish, on, leader, null, ct, new DecisionActionInput { PublicationChannel = "镇政府网站、政务公开栏" });
            on = calendar.After(on, 5);
            await MajorDecisionsDraftDemo.StepAsync(services, d.Id, P.Archive, on, office, "决策档案整理归档", ct);
            on = calendar.After(on, 1);
            await MajorDecisionsDraftDemo.StepAsync(services, d.Id, P.Implement, on, office, "镇城市更新中心组织实施，按月报告进展", ct);
            db.ChangeTracker.Clear();
            decided++;
        }

        context.Report($"重大行政决策 {decided} 项经集体讨论决定、报告党委后公布实施");
    }
}
