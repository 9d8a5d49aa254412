using Fazhi.Modules.DataSharing.Domain;
using Fazhi.Modules.DataSharing.Requests;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.DataSharing.Demo;

/// <summary>
/// 数据共享演示数据 for 演示镇 in 2022: three resources of the catalogue (执法, 调解, 重大行政决策 figures; one 不予共享), and
/// requests from county departments — approved in time, refused with a reason, and one answered late. Through the use
/// cases on the demo clock; fixed data.
/// </summary>
public sealed class DataSharingDemo : IDemoData
{
    private const string Office = "demo.legal-office";

    public string Name => "数据共享（数据资源目录、共享申请与审批）";

    public int Order => 90;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 3, 1));
        var db = services.Get<AppDbContext>();
        if (await db.Set<DataResource>().AnyAsync(r => r.RegionCode == DemoContext.Town, ct))
        {
            return;
        }

        var calendar = await services.CalendarAsync(ct);
        var uses = services.Get<SharingUseCases>();
        var registered = calendar.OnOrAfter(new DateOnly(2022, 3, 15));
        services.Clock.Set(registered, 600);
        var enforcement = await uses.RegisterAsync(new ResourceInput
        {
            Name = "综合行政执法办案统计",
            Summary = "镇综合行政执法办立案、结案、罚没款及法制审核等办案统计，按年度计算",
            Provider = "镇综合行政执法办",
            ShareType = nameof(ShareType.Unconditional),
            OpenType = nameof(OpenType.Conditional),
            UpdateCycle = nameof(UpdateCycle.Daily),
            Items = ["enforcement.cases_filed", "enforcement.cases_closed", "enforcement.fines_amount", "enforcement.legal_review_rate"],
            RegisteredOn = registered,
        }, ct, DemoContext.Town);
        var mediation = await uses.RegisterAsync(new ResourceInput
        {
            Name = "人民调解工作统计",
            Summary = "各调解组织受理、调解成功案件数和调解成功率",
            Provider = "镇司法所",
            ShareType = nameof(ShareType.Conditional),
            ShareCondition = "仅向政法、信访部门共享，用于矛盾纠纷多元化解",
            OpenType = nameof(OpenType.NotOpen),
            UpdateCycle = nameof(UpdateCycle.Monthly),
            Items = ["mediation.accepted", "mediation.succeeded", "mediation.success_rate"],
            RegisteredOn = registered,
        }, ct, DemoContext.Town);
        await uses.RegisterAsync(new ResourceInput
        {
            Name = "重大行政决策事项统计",
            Summary = "重大行政决策目录事项、专家论证、风险评估和合法性审查情况",
            Provider = "镇党政办",
            ShareType = nameof(ShareType.NotShared),
            ShareCondition = "含未公开的决策过程信息，依《重大行政决策程序暂行条例》在决策公布前不予共享",
            OpenType = nameof(OpenType.NotOpen),
            UpdateCycle = nameof(UpdateCycle.Yearly),
            Items = ["major_decisions.catalog_items", "major_decisions.expert_reviews", "major_decisions.risk_assessments"],
            RegisteredOn = registered,
        }, ct, DemoContext.Town);

        foreach (var (month, resource, applicant, decide, approve, opinion) in new (int, DataResource, string, int, bool, string)[]
        {
            (4, enforcement, "县司法局行政执法监督科", 6, true, "同意按申请用途使用"),
            (6, mediation, "县信访局", 8, true, "同意，限用于矛盾纠纷多元化解"),
            (9, mediation, "县文化广电旅游体育局", 5, false, "申请用途不属于共享条件所列范围"),
            (11, enforcement, "县市场监督管理局", 13, true, "同意按申请用途使用"),
        })
        {
            var received = calendar.OnOrAfter(new DateOnly(2022, month, 8));
            services.Clock.Set(received, 600);
            var request = await uses.SubmitAsync(new RequestInput
            {
                ResourceId = resource.Id,
                Applicant = applicant,
                Contact = applicant.Contains("司法", StringComparison.Ordinal) ? "李敏" : "陈伟",
                Purpose = "用于法治政府建设考评和执法监督的统计分析",
                Basis = "《法治政府建设实施纲要（2021—2025年）》关于推进政务数据共享的要求",
                UsableFrom = received,
                UsableTo = new DateOnly(2023, 12, 31),
                ReceivedOn = received,
            }, Office, ct);
            var day = calendar.After(received, decide);
            services.Clock.Set(day, 600);
            if (approve)
            {
                await uses.ApproveAsync(request.Id, new DecisionInput(day, opinion), Office, ct);
            }
            else
            {
                await uses.RejectAsync(request.Id, new DecisionInput(day, opinion), Office, ct);
            }
        }

        context.Report("数据共享：已挂接3项数据资源，受理4件共享申请");
    }
}
