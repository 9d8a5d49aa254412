using Fazhi.Modules.Emergency.Domain;
using Fazhi.Modules.Emergency.Drills;
using Fazhi.Modules.Emergency.Patrols;
using Fazhi.Modules.Emergency.Plans;
using Fazhi.Modules.Emergency.Supplies;
using Fazhi.Modules.Emergency.Teams;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Emergency.Demo;

/// <summary>
/// 突发事件应急演示数据 for 演示镇: the seed's "1+34+N" plan system (1 总体, 17 专项 and 17 部门 plans, and 12 village and
/// enterprise plans) made and published in 2019–2021 through the lifecycle steps, the 2022 drills, one revision after a
/// drill's lessons, the 500-person relief supplies (the life jackets bought in July close the last shortfall), the weekly
/// flood-season checks of the quarantine hotel and monthly patrols of key sites. Each act is entered on its own date
/// through the module's use cases; fixed dates, no random draws.
/// </summary>
public sealed class EmergencyDemo : IDemoData
{
    private const string Office = "demo.emergency";

    private static readonly string[] Specialised =
    [
        "防汛防旱防风", "森林火灾", "地质灾害", "地震", "安全生产事故", "危险化学品事故", "道路交通事故", "火灾事故", "突发环境事件",
        "突发公共卫生事件", "食品安全事故", "药品安全事件", "重大动物疫情", "大面积停电事件", "供水突发事件", "燃气事故", "大型群众性活动突发事件",
    ];

    private static readonly (string Unit, string Subject)[] Departmental =
    [
        ("镇教育管理中心", "校园安全事故"), ("镇卫生健康局", "突发事件医疗卫生救援"), ("镇市场监督管理分局", "特种设备事故"),
        ("镇城市管理分局", "城市内涝"), ("镇交通运输分局", "公路抢通保通"), ("镇住房和城乡建设局", "建筑施工安全事故"),
        ("镇生态环境分局", "水污染事件"), ("镇公共服务办", "自然灾害救助"), ("镇宣传文体旅游办公室", "突发事件新闻发布"),
        ("镇公安分局", "大型活动安全保卫"), ("镇人力资源和社会保障分局", "欠薪引发群体性事件"), ("镇经济发展局", "粮食应急保障"),
        ("镇农林水务局", "水库山塘安全"), ("镇消防救援大队", "高层建筑火灾扑救"), ("镇综合行政执法队", "户外广告设施安全"),
        ("镇自然资源分局", "崩塌滑坡"), ("镇供电所", "电力应急保障"),
    ];

    private static readonly string[] Grassroots =
    [
        "松柏塘村", "桥梓村", "常平村", "袁山贝村", "麦元村", "土塘村", "陈屋贝村", "司马村", "木棆村", "常平火车站", "某电子科技有限公司", "某物流园区",
    ];

    private static readonly (string Name, string Unit, decimal PersonsPerUnit, int Quantity)[] Supplies =
    [
        ("帐篷", "顶", 4m, 125), ("折叠床", "张", 1m, 500), ("棉被", "床", 1m, 520), ("救生衣", "件", 1m, 480),
        ("应急照明灯", "盏", 10m, 50), ("瓶装饮用水", "箱", 2m, 250),
    ];

    public string Name => "突发事件应急（“1+34+N”预案体系、演练、救灾物资、安全巡查）";

    public int Order => 65;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2019, 3, 1));
        var db = services.Get<AppDbContext>();
        if (await db.Set<EmergencyPlan>().AnyAsync(p => p.RegionCode == DemoContext.Town, ct))
        {
            return;
        }

        // The committee (镇党委书记任第一主任) and the rescue forces it marshals, set up before the 2021 overall plan.
        var organize = services.Get<OrganizeTeams>();
        foreach (var (name, kind, head, members, duties, on) in new (string, TeamKind, string, int, string, DateOnly)[]
        {
            ("演示镇突发事件应急委员会", TeamKind.Committee, "镇党委书记（第一主任）", 25, "统一领导全镇突发事件应对工作", new(2021, 1, 8)),
            ("演示镇三防指挥部", TeamKind.Headquarters, "镇长（总指挥）", 18, "防汛、防旱、防风", new(2021, 1, 8)),
            ("镇综合应急救援队", TeamKind.RescueTeam, "镇应急管理办公室主任", 60, "综合抢险救援", new(2021, 2, 1)),
            ("镇专职消防队", TeamKind.SpecialistTeam, "镇消防救援大队队长", 32, "火灾扑救和抢险", new(2021, 2, 1)),
            ("镇应急志愿者服务队", TeamKind.Volunteers, "团委书记", 120, "转移安置和后勤保障", new(2021, 5, 4)),
        })
        {
            services.Clock.Set(on);
            await organize.EstablishAsync(new TeamInput { Name = name, Kind = kind.ToString(), Head = head, Members = members, Duties = duties, EstablishedOn = on }, ct, DemoContext.Town);
        }

        var plans = new List<(Guid Id, PlanClass Class, string Title)>();
        plans.Add((await MakePlanAsync(services, "演示镇突发事件总体应急预案", PlanClass.Overall, "镇应急管理办公室", new DateOnly(2021, 3, 1), "演府〔2021〕12号", ct), PlanClass.Overall, "总体"));
        for (var i = 0; i < Specialised.Length; i++)
        {
            // Spread over three years so that some fall due for a drill in 2022 and some later.
            var planned = new DateOnly(2019 + (i % 3), 2 + (i % 9), 1 + i);
            var title = $"演示镇{Specialised[i]}专项应急预案";
            plans.Add((await MakePlanAsync(services, title, PlanClass.Specialised, "镇应急管理办公室", planned, $"演府〔{planned.Year}〕{20 + i}号", ct), PlanClass.Specialised, title));
        }

        for (var i = 0; i < Departmental.Length; i++)
        {
            var (unit, subject) = Departmental[i];
            var planned = new DateOnly(2019 + ((i + 1) % 3), 3 + (i % 8), 2 + i);
            var title = $"{unit}{subject}应急预案";
            plans.Add((await MakePlanAsync(services, title, PlanClass.Departmental, unit, planned, $"演应急〔{planned.Year}〕{40 + i}号", ct), PlanClass.Departmental, title));
        }

        for (var i = 0; i < Grassroots.Length; i++)
        {
            var planned = new DateOnly(2021, 1 + (i % 10), 5 + i);
            var title = $"{Grassroots[i]}突发事件应急预案";
            plans.Add((await MakePlanAsync(services, title, PlanClass.Grassroots, Grassroots[i], planned, $"{Grassroots[i]}〔{planned.Year}〕1号", ct), PlanClass.Grassroots, title));
        }

        // 2022 drills: every third 专项/部门 plan, the overall plan, and three villages; the flood plan's drill finds lessons.
        var drills = 0;
        var drilled = plans.Where((p, i) => p.Class == PlanClass.Overall || (p.Class != PlanClass.Grassroots && i % 3 == 1) || (p.Class == PlanClass.Grassroots && i % 4 == 0)).ToList();
        for (var i = 0; i < drilled.Count; i++)
        {
            var (id, planClass, title) = drilled[i];
            var day = new DateOnly(2022, 3 + (i % 9), 8 + (i % 15));
            services.Clock.Set(day);
            var flood = title.Contains("防汛", StringComparison.Ordinal);
            await services.Get<RecordDrills>().ExecuteAsync(new DrillInput
            {
                PlanId = id,
                Title = $"2022年{(planClass == PlanClass.Overall ? "突发事件综合" : title.Replace("应急预案", "", StringComparison.Ordinal))}应急演练",
                Kind = i % 2 == 0 ? nameof(DrillKind.Field) : nameof(DrillKind.Tabletop),
                HeldOn = day,
                Organizer = "镇应急管理办公室",
                Participants = 30 + (i * 7 % 90),
                Location = "演示镇",
                Findings = flood ? "转移群众名单未按汛期更新，物资调拨流程衔接不畅" : "各小组响应及时，通信保障需加强",
                TriggersRevision = flood,
            }, Office, ct);
            drills++;
        }

        var floodPlan = plans.FirstOrDefault(p => p.Title.Contains("防汛", StringComparison.Ordinal));
        if (floodPlan.Id != Guid.Empty)
        {
            var revisedOn = new DateOnly(2022, 11, 15);
            services.Clock.Set(revisedOn);
            await services.Get<HandlePlan>().ReviseAsync(floodPlan.Id, new PlanActInput
            {
                On = revisedOn,
                Text = "根据演练发现的问题，更新转移群众名单和物资调拨流程",
                Second = "演府〔2022〕88号",
            }, ct);
        }

        // Supplies for 500 people: registered in March, the missing life jackets bought in July.
        var registered = new DateOnly(2022, 3, 10);
        services.Clock.Set(registered);
        var stock = services.Get<StockSupplies>();
        await stock.SetStandardAsync(new SupplyStandardInput(500, registered, "镇级救灾物资按500人标准储备"), ct, DemoContext.Town);
        foreach (var (name, unit, perUnit, quantity) in Supplies)
        {
            var item = await stock.RegisterAsync(new SupplyItemInput(name, unit, perUnit, "镇应急物资仓库", registered, quantity), ct, DemoContext.Town);
            if (name == "救生衣")
            {
                var bought = new DateOnly(2022, 7, 12);
                services.Clock.Set(bought);
                await stock.CountAsync(item.Id, new SupplyCountInput(bought, 500, "采购入库20件"), ct);
                services.Clock.Set(registered);
            }
        }

        // Weekly flood-season checks of the quarantine hotel (15 April – 15 October) and monthly key-site patrols.
        var patrols = 0;
        var record = services.Get<RecordPatrols>();
        for (var day = new DateOnly(2022, 4, 20); day <= new DateOnly(2022, 10, 12); day = day.AddDays(7))
        {
            services.Clock.Set(day);
            await record.ExecuteAsync(new PatrolInput
            {
                Site = "防疫隔离酒店",
                SiteKind = nameof(SiteKind.Quarantine),
                PatrolledOn = day,
                Inspectors = "镇应急管理办公室 专职安全员",
                Findings = null,
            }, Office, ct, DemoContext.Town);
            patrols++;
        }

        string[] sites = ["常平火车站广场", "某化工仓储企业", "旧城改造施工工地", "常平村出租屋片区", "寒溪河堤段", "镇中心农贸市场"];
        SiteKind[] kinds = [SiteKind.Crowded, SiteKind.HazardousChemicals, SiteKind.Construction, SiteKind.Rental, SiteKind.FloodControl, SiteKind.Crowded];
        for (var month = 1; month <= 12; month++)
        {
            var day = new DateOnly(2022, month, 18);
            services.Clock.Set(day);
            var hazard = month % 3 == 0;
            var patrol = await record.ExecuteAsync(new PatrolInput
            {
                Site = sites[month % sites.Length],
                SiteKind = kinds[month % kinds.Length].ToString(),
                PatrolledOn = day,
                Inspectors = "镇综合行政执法队 专职安全员",
                Findings = hazard ? "消防通道堆放杂物，灭火器过期" : null,
                RectifyBy = hazard ? day.AddDays(10) : null,
            }, Office, ct, DemoContext.Town);
            patrols++;
            if (hazard && month < 12)
            {
                var done = day.AddDays(month == 9 ? 14 : 7);
                services.Clock.Set(done);
                await record.RectifyAsync(patrol.Id, new RectificationInput(done, "已清理通道并更换灭火器，复查合格"), ct);
            }
        }

        db.ChangeTracker.Clear();
        context.Report($"突发事件应急：{plans.Count}件预案、{drills}次演练、{Supplies.Length}项救灾物资、{patrols}次安全巡查");
    }

    /// <summary>立项 → 编制 → 征求意见 → 审批 → 公布 → 备案 → 培训宣传, each on its own date after the last.</summary>
    private static async Task<Guid> MakePlanAsync(DemoServices services, string title, PlanClass planClass, string owner, DateOnly planned, string number, CancellationToken ct)
    {
        services.Clock.Set(planned);
        var plan = await services.Get<RegisterPlans>().ExecuteAsync(new PlanInput
        {
            Title = title,
            Class = planClass.ToString(),
            OwnerUnit = owner,
            PlannedOn = planned,
        }, Office, ct, DemoContext.Town);
        var handle = services.Get<HandlePlan>();
        (string Step, int Days, string? Text, string? Second)[] steps =
        [
            ("draft", 10, "辨识本区域主要风险，评估可能性和后果", "摸清应急队伍、物资、装备和避难场所"),
            ("consult", 40, "征求有关部门、村（社区）和专家意见，采纳12条", null),
            ("approve", 60, planClass == PlanClass.Grassroots ? $"{owner}村（居）民委员会会议" : "镇党政联席会议", null),
            ("publish", 65, number, null),
            ("file", 75, planClass == PlanClass.Grassroots ? "镇应急管理办公室" : "东莞市应急管理局", null),
            ("train", 90, "组织相关人员学习预案", null),
        ];
        foreach (var (step, days, text, second) in steps)
        {
            var on = planned.AddDays(days);
            services.Clock.Set(on);
            await handle.TakeAsync(plan.Id, step, new PlanActInput { On = on, Text = text, Second = second }, ct);
        }

        return plan.Id;
    }
}
