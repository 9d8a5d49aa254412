using Fazhi.Modules.MajorDecisions.Catalog;
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
/// 重大行政决策演示数据, first half: 演示镇's 2022 catalog with the seed's two 城市更新项目 (松柏塘村、桥梓村), approved by the
/// town's Party committee and published; each decision is proposed, drafted, reviewed by experts, risk-assessed and sent
/// to 合法性审查, whose generator (order 30) answers it. Fixed dates, no random draws.
/// </summary>
public sealed class MajorDecisionsDraftDemo : IDemoData
{
    public const int CatalogItems2022 = 2;

    internal const string Office = "demo.legal-office";
    internal const string Leader = "demo.leader";

    internal static readonly (string Title, string Unit, DateOnly Start, DateOnly End)[] Items =
    [
        ("松柏塘村城市更新项目", "镇城市更新中心", new(2022, 3, 1), new(2022, 9, 30)),
        ("桥梓村城市更新项目", "镇城市更新中心", new(2022, 4, 1), new(2022, 10, 31)),
    ];

    public string Name => "重大行政决策（目录、起草、论证、评估、送审）";

    /// <summary>Before 合法性审查 (30), which answers the requests sent here.</summary>
    public int Order => 15;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var db = services.Get<AppDbContext>();
        var calendar = await services.CalendarAsync(ct);
        var office = ProcedureActor.From(await services.UserAsync(Office));
        var leader = ProcedureActor.From(await services.UserAsync(Leader));

        var on = calendar.OnOrAfter(new DateOnly(2022, 1, 20));
        services.Clock.Set(on);
        var catalogs = services.Get<CatalogUseCases>();
        var catalog = await catalogs.CreateAsync(new NewCatalogInput(2022), DemoContext.Town, Office, ct);
        foreach (var (title, unit, start, end) in Items)
        {
            await catalogs.AddItemAsync(catalog.Id, new CatalogItemInput
            {
                Title = title,
                LeadUnit = unit,
                PlannedStart = start,
                PlannedEnd = end,
                RequiresExpertReview = true,
                RequiresRiskAssessment = true,
                Note = "涉及村集体土地整备和群众切身利益，实施前须专家论证和社会稳定风险评估",
            }, ct);
        }

        on = calendar.After(on, 10);
        services.Clock.Set(on);
        await catalogs.ApproveAsync(catalog.Id, new ApproveCatalogInput(on, "镇党委会议研究同意（演党纪〔2022〕2号）"), ct);
        on = calendar.After(on, 2);
        services.Clock.Set(on);
        await catalogs.PublishAsync(catalog.Id, new PublishCatalogInput(on, null), ct);
        db.ChangeTracker.Clear();
        context.Report($"《{DemoContext.Town} 2022年重大行政决策事项目录》经镇党委同意后公布，{Items.Length}项");

        var items = await db.Set<CatalogItem>().AsNoTracking().Where(i => i.CatalogId == catalog.Id).OrderBy(i => i.Number).ToListAsync(ct);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            on = calendar.OnOrAfter(item.PlannedStart!.Value);
            services.Clock.Set(on);
            var decision = await services.Get<ProposeDecision>().ExecuteAsync(new ProposeDecisionInput(item.Id, "镇人民政府镇长", on), office, ct);
            on = calendar.After(on, 2);
            await StepAsync(services, decision.Id, P.Initiate, on, leader, "确定镇城市更新中心为决策承办单位", ct);
            on = calendar.After(on, 1);
            await StepAsync(services, decision.Id, P.StartDrafting, on, office, "开展调查研究，拟订更新单元划定及实施方案", ct, new DecisionActionInput
            {
                DraftText = $"《{item.Title}实施方案（草案）》：划定更新单元范围，明确拆迁补偿安置、公共配套和实施主体选择方式。",
                Explanation = "依据《广东省旧城镇旧厂房旧村庄改造管理办法》和东莞市城市更新有关规定拟订，已征求村集体经济组织和相关部门意见。",
            });
            // 条例第十四条: the affected villagers are heard at a hearing (名单提前公布，材料提前7日以上送达).
            var published = calendar.After(on, 2);
            var delivered = calendar.After(published, 1);
            on = calendar.OnOrAfter(delivered.AddDays(8));
            await StepAsync(services, decision.Id, P.RecordHearing, on, office, null, ct, new DecisionActionInput
            {
                ParticipantsPublishedOn = published,
                MaterialsDeliveredOn = delivered,
                HearingOn = on,
                HearingPlace = "镇政府三楼会议室",
                HearingSummary = "村民代表、村集体经济组织和相关企业代表共18人参加；主要意见集中在补偿标准和过渡安置，已逐条研究并在方案中回应。",
                RecordSigned = true,
            });
            on = calendar.After(on, 5);
            await StepAsync(services, decision.Id, P.StartExpertReview, on, office, "邀请规划、土地、法律专家论证", ct);
            on = calendar.After(on, 5);
            foreach (var (expert, affiliation) in new[] { ("陈建国", "华南理工大学建筑学院 教授"), ("刘慧", "广东某律师事务所 律师") })
            {
                await StepAsync(services, decision.Id, P.RecordExpertOpinion, on, office, null, ct, new DecisionActionInput
                {
                    Expert = expert,
                    ExpertAffiliation = affiliation,
                    ExpertSigned = true,
                    ExpertNoDirectInterest = true,
                    ExpertOpinion = "方案总体可行，建议进一步细化补偿安置标准和过渡期安排，明确公共服务设施移交时序。",
                });
            }

            on = calendar.After(on, 3);
            await StepAsync(services, decision.Id, P.StartRiskAssessment, on, office, "委托第三方开展社会稳定风险评估", ct);
            on = calendar.After(on, 10);
            await StepAsync(services, decision.Id, P.RecordRiskAssessment, on, office, null, ct, new DecisionActionInput
            {
                Assessor = "东莞某社会稳定风险评估中心",
                RiskLevel = "低",
                RiskPoints = "补偿标准争议；过渡安置期间群众生活不便；历史遗留用地权属问题。",
                Mitigations = "公开补偿标准并逐户沟通；提前落实过渡安置房源；由村委会牵头厘清权属。",
                ContingencyPlan = "成立矛盾纠纷化解专班，发生群体性诉求时由镇综治中心牵头处置。",
            });
            on = calendar.After(on, 2);
            await StepAsync(services, decision.Id, P.SubmitLegalityReview, on, office, "送镇司法所（法律顾问）合法性审查", ct);
            db.ChangeTracker.Clear();
        }

        context.Report($"重大行政决策 {items.Count} 项已完成专家论证、风险评估并送合法性审查");
    }

    internal static async Task StepAsync(DemoServices services, Guid id, string action, DateOnly on, ProcedureActor actor, string? note, CancellationToken ct,
        DecisionActionInput? input = null)
    {
        services.Clock.Set(on, 10);
        await services.Get<AdvanceDecision>().ExecuteAsync(id, action, (input ?? new DecisionActionInput()) with { On = on, Note = note ?? input?.Note }, actor, ct);
    }
}
