using Fazhi.Modules.WorkPlans.Domain;
using Fazhi.Modules.WorkPlans.Plans;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.WorkPlans.Demo;

/// <summary>
/// 工作方案演示数据 for 演示镇, after the seed report: 《法治演示镇建设实施方案（2022-2025年）》 and 《2022年全面依法治镇工作
/// 要点》 and a 法治乡村 special plan issued in March 2022 (their tasks go to 督查督办, which the supervision demo then
/// carries out day by day), and the 2023 工作要点 drafted in December 2022 — the source of the 2022 report's 主要安排.
/// Everything goes through the module's use cases on the demo clock; fixed data, no random draws.
/// </summary>
public sealed class WorkPlansDemo : IDemoData
{
    private const string Office = "demo.legal-office";
    private const string Committee = "中共演示镇委全面依法治镇委员会";

    private static readonly (string Area, string Content, string Lead, string? Co, int Month)[] Points2022 =
    [
        ("深入学习宣传贯彻习近平法治思想", "制定党委理论学习中心组专题学习安排，全年举办领导干部专题学法不少于6场", "镇党政办", "镇司法所", 12),
        ("深入学习宣传贯彻习近平法治思想", "组织领导干部旁听庭审不少于2次", "镇司法所", "镇党政办", 11),
        ("完善法治建设组织保障", "召开全面依法治镇委员会会议，研究部署年度法治建设工作", "镇依法治镇办", null, 6),
        ("完善法治建设组织保障", "将推进法治建设第一责任人职责纳入年终述职内容", "镇党政办", "镇组织人事办", 12),
        ("坚持科学民主依法决策", "公布年度重大行政决策事项目录并严格执行决策程序", "镇党政办", "镇司法所", 4),
        ("坚持科学民主依法决策", "党政机关合同和涉法事务合法性审查率达100%", "镇司法所", "各部门（单位）", 12),
        ("推进严格规范公正文明执法", "全面落实行政执法“三项制度”，组织执法人员业务培训", "镇综合行政执法办", null, 11),
        ("依法预防化解社会矛盾", "开展矛盾纠纷大排查大化解专项行动，推动矛盾纠纷闭环处置", "镇综治中心", "各村（社区）", 10),
    ];

    private static readonly (string Area, string Content, string Lead, string? Co, int Month)[] Points2023 =
    [
        ("坚定政治方向，以习近平法治思想引领全面依法治镇", "把学习宣传贯彻习近平法治思想作为长期政治任务，发挥领导干部带学促学作用", "镇党政办", "镇司法所", 12),
        ("坚定政治方向，以习近平法治思想引领全面依法治镇", "把法治建设实施方案既定任务转化为具体项目清单和工作“施工图”，督查督办确保落地见效", "镇依法治镇办", "各部门（单位）", 12),
        ("高标准强化依法行政，深入推进法治政府建设", "完善政府、部门（单位）和村（社区）权责清单，优化政府职责体系", "镇党政办", "各部门（单位）", 9),
        ("高标准强化依法行政，深入推进法治政府建设", "坚持“一目录两清单”制度，强化重大行政决策程序执行", "镇党政办", "镇司法所", 12),
        ("高标准强化依法行政，深入推进法治政府建设", "优化综合行政执法运行机制，严格落实行政执法“三项制度”", "镇综合行政执法办", null, 11),
        ("强化组织保障，形成狠抓落实强大合力", "推动党政主要负责人全面履行推进法治建设第一责任人职责", "镇党政办", "镇组织人事办", 12),
        ("强化组织保障，形成狠抓落实强大合力", "加大法治教育培训力度，提高一线执法人员和法律服务人员业务素质", "镇司法所", "镇综合行政执法办", 12),
    ];

    public string Name => "法治建设工作方案（实施方案、年度工作要点、任务分解）";

    public int Order => 55;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 2, 14));
        var db = services.Get<AppDbContext>();
        if (await db.Set<WorkPlan>().AnyAsync(p => p.RegionCode == DemoContext.Town, ct))
        {
            return;
        }

        var calendar = await services.CalendarAsync(ct);
        var uses = services.Get<PlanUseCases>();
        var issued = calendar.OnOrAfter(new DateOnly(2022, 3, 4));

        var implementation = await uses.CreateAsync(new PlanInput
        {
            Kind = nameof(PlanKind.ImplementationPlan),
            Title = "法治演示镇建设实施方案（2022-2025年）",
            FirstYear = 2022,
            LastYear = 2025,
            IssuingBody = Committee,
        }, Office, ct, DemoContext.Town);
        foreach (var (area, content, lead, year) in new[]
        {
            ("健全党领导法治建设工作体系", "健全全面依法治镇委员会及其办公室、协调小组工作规则并定期召开会议", "镇依法治镇办", 2022),
            ("建设职能科学、权责法定的法治政府", "实行权责清单公开和动态调整", "镇党政办", 2023),
            ("建设严格规范公正文明的执法体系", "实现行政执法人员持证上岗和资格管理全覆盖", "镇综合行政执法办", 2024),
            ("建设共建共治共享的法治社会", "村（社区）法律顾问覆盖率保持100%，培育法治带头人和法律明白人", "镇司法所", 2025),
        })
        {
            await uses.AddTaskAsync(implementation.Id, new PlanTaskInput
            {
                Area = area,
                Content = content,
                LeadUnit = lead,
                Milestones = $"{year}-06-30 完成阶段任务",
                Deadline = new DateOnly(year, 11, 30),
            }, ct);
        }

        var points = await PlanAsync(uses, PlanKind.AnnualPoints, "2022年全面依法治镇工作要点", 2022, Points2022, ct);
        var village = await PlanAsync(uses, PlanKind.SpecialPlan, "演示镇关于加强法治乡村建设的实施方案", 2022,
        [
            ("完善法治乡村建设工作制度", "修订完善村规民约和居民公约，开展合法性审查", "镇司法所", "各村（社区）", 9),
            ("健全乡村法律服务体系", "推动村（社区）法律顾问每月到村服务不少于8小时", "镇司法所", null, 12),
        ], ct);

        services.Clock.Set(issued, 600);
        await uses.IssueAsync(implementation.Id, new IssueInput(issued, "演法委〔2022〕1号"), Office, ct);
        await uses.IssueAsync(points.Id, new IssueInput(issued, "演法委〔2022〕2号"), Office, ct);
        var villageDay = calendar.OnOrAfter(new DateOnly(2022, 4, 11));
        services.Clock.Set(villageDay, 600);
        await uses.IssueAsync(village.Id, new IssueInput(villageDay, "演法委〔2022〕5号"), Office, ct);

        services.Clock.Set(calendar.OnOrAfter(new DateOnly(2022, 12, 20)), 600);
        await PlanAsync(uses, PlanKind.AnnualPoints, "2023年全面依法治镇工作要点", 2023, Points2023, ct);
        context.Report("工作方案：已印发3个方案，起草2023年工作要点（任务分解交督查督办）");
    }

    private static async Task<WorkPlan> PlanAsync(PlanUseCases uses, PlanKind kind, string title, int year,
        (string Area, string Content, string Lead, string? Co, int Month)[] tasks, CancellationToken ct)
    {
        var plan = await uses.CreateAsync(new PlanInput { Kind = kind.ToString(), Title = title, FirstYear = year, LastYear = year, IssuingBody = Committee },
            Office, ct, DemoContext.Town);
        foreach (var (area, content, lead, co, month) in tasks)
        {
            var deadline = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            await uses.AddTaskAsync(plan.Id, new PlanTaskInput
            {
                Area = area,
                Content = content,
                LeadUnit = lead,
                CoUnits = co,
                Milestones = month > 6 ? $"{year}-06-30 完成过半" : null,
                Deadline = deadline,
            }, ct);
        }

        return plan;
    }
}
