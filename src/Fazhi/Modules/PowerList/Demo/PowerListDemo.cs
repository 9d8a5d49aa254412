using Fazhi.Modules.PowerList.Adjustments;
using Fazhi.Modules.PowerList.Domain;
using Fazhi.Modules.PowerList.Items;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PowerList.Demo;

/// <summary>
/// 权责清单演示数据 for 演示镇: an initial list of a few hundred items generated from the areas a town acts in (each area's
/// law, its acts and objects, drawn with the demo's seeded random source) loaded as version 1 from 2021-07-01, then three
/// adjustments in 2022 — one published (新增, 取消, 变更), one approved after a first review sent it back, one still
/// drafted. Everything goes through the module's use cases on the demo clock.
/// </summary>
public sealed class PowerListDemo : IDemoData
{
    private const string Office = "demo.legal-office";
    private const string Authority = "演示镇人民政府";

    /// <summary>An area of town work: its law, the unit that handles it, and the objects its powers act on.</summary>
    private sealed record Area(string Law, string Handler, string[] Objects);

    private static readonly Area[] Areas =
    [
        new("《中华人民共和国城乡规划法》", "镇综合行政执法办", ["乡村建设规划许可", "违法建设", "临时建设", "农村村民住宅建设"]),
        new("《城市市容和环境卫生管理条例》", "镇综合行政执法办", ["户外广告设施", "占道经营", "建筑垃圾运输", "乱张贴乱涂画", "沿街晾晒"]),
        new("《城镇燃气管理条例》", "镇安全生产监督管理办", ["瓶装燃气经营", "燃气设施保护", "燃气用户安全使用"]),
        new("《中华人民共和国安全生产法》", "镇安全生产监督管理办", ["生产经营单位安全生产条件", "安全生产教育培训", "事故隐患排查治理", "应急救援预案"]),
        new("《中华人民共和国消防法》", "镇安全生产监督管理办", ["消防安全重点单位", "消防通道占用", "村民委员会消防工作"]),
        new("《中华人民共和国土地管理法》", "镇自然资源管理所", ["农村宅基地", "非法占用土地", "临时用地", "耕地保护"]),
        new("《中华人民共和国水法》", "镇农业农村办", ["河道管理范围内建设", "水资源保护", "农村供水"]),
        new("《中华人民共和国动物防疫法》", "镇农业农村办", ["动物疫病强制免疫", "畜禽养殖场所", "病死畜禽处理"]),
        new("《殡葬管理条例》", "镇社会事务办", ["公益性公墓", "乱埋乱葬", "殡葬用品经营"]),
        new("《社会救助暂行办法》", "镇社会事务办", ["最低生活保障", "特困人员供养", "临时救助", "医疗救助申请"]),
        new("《中华人民共和国退役军人保障法》", "镇退役军人服务站", ["退役军人优待", "烈士褒扬", "优抚对象抚恤"]),
        new("《中华人民共和国人口与计划生育法》", "镇卫生健康办", ["生育登记", "计划生育家庭奖励扶助", "特别扶助"]),
        new("《中华人民共和国森林法》", "镇农业农村办", ["林木采伐", "森林防火", "毁坏林木"]),
        new("《中华人民共和国教育法》", "镇教育办", ["适龄儿童入学", "校外培训机构", "学校周边安全"]),
    ];

    private static readonly (PowerType Type, int Weight, string[] Patterns)[] Types =
    [
        (PowerType.Penalty, 40, ["对违反{0}规定行为的行政处罚", "对{0}中违法行为的行政处罚", "对拒不改正{0}违法行为的行政处罚"]),
        (PowerType.Inspection, 16, ["对{0}的行政检查", "{0}监督检查"]),
        (PowerType.Licensing, 8, ["{0}审批", "{0}许可"]),
        (PowerType.Coercion, 7, ["对{0}违法行为的查封、扣押", "对{0}违法设施的强制拆除"]),
        (PowerType.Confirmation, 6, ["{0}确认", "{0}资格认定"]),
        (PowerType.Benefit, 6, ["{0}给付", "{0}金发放"]),
        (PowerType.Levy, 2, ["{0}相关费用征收"]),
        (PowerType.Reward, 3, ["对{0}工作中成绩显著单位和个人的奖励"]),
        (PowerType.Adjudication, 2, ["{0}权属争议裁决"]),
        (PowerType.Other, 6, ["{0}备案", "{0}工作的组织协调"]),
    ];

    private static readonly Dictionary<PowerType, string> Prefixes = new()
    {
        [PowerType.Licensing] = "XK",
        [PowerType.Penalty] = "CF",
        [PowerType.Coercion] = "QZ",
        [PowerType.Levy] = "ZS",
        [PowerType.Benefit] = "JF",
        [PowerType.Inspection] = "JC",
        [PowerType.Confirmation] = "QR",
        [PowerType.Reward] = "JL",
        [PowerType.Adjudication] = "CJ",
        [PowerType.Other] = "QT",
    };

    public string Name => "权责清单（初始清单及2022年动态调整）";

    public int Order => 59;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var random = context.Random;
        var services = new DemoServices(context, new DateOnly(2021, 7, 1));
        var db = services.Get<AppDbContext>();
        if (await db.Set<PowerItem>().AnyAsync(i => i.RegionCode == DemoContext.Town, ct))
        {
            return;
        }

        var items = services.Get<PowerItems>();
        var inputs = Generate(random, 260 + random.Next(60));
        foreach (var input in inputs)
        {
            await items.AddAsync(input, Office, ct, DemoContext.Town);
        }

        await db.SaveChangesAsync(ct);

        var adjustments = services.Get<ListAdjustments>();
        var calendar = await services.CalendarAsync(ct);
        var penalties = inputs.Where(i => i.Type == DisplayNames.Of(PowerType.Penalty)).ToList();
        var inspection = inputs.First(i => i.Type == DisplayNames.Of(PowerType.Inspection) && i.Handler != "镇综合行政执法办");

        // 1. Published: the 综合行政执法 delegation of 2022 adds items, cancels two withdrawn by the county, changes two.
        var start = calendar.OnOrAfter(new DateOnly(2022, 3, 1));
        services.Clock.Set(start, 600);
        var first = await adjustments.RegisterAsync(new AdjustmentInput
        {
            Title = "承接县级部门赋权事项及收回部分处罚事项",
            Trigger = DisplayNames.Of(TriggerKind.Delegation),
            TriggerDescription = "县人民政府公布镇街综合行政执法职权调整事项目录，赋予镇部分行政处罚权，收回部分专业性较强的处罚事项",
            TriggeredOn = start,
        }, Office, ct, DemoContext.Town);
        var added = Generate(random, 3, "CF9");
        foreach (var add in added)
        {
            await adjustments.AddChangeAsync(first.Id, new ChangeInput { Kind = "新增", Item = add with { Category = DisplayNames.Of(DutyCategory.Basic), EffectiveOn = null } }, ct);
        }

        foreach (var cancel in penalties.Skip(1).Take(2))
        {
            await adjustments.AddChangeAsync(first.Id, new ChangeInput { Kind = "取消", Item = new ItemInput { Code = cancel.Code }, Reason = "县级部门收回，不再由镇实施" }, ct);
        }

        await adjustments.AddChangeAsync(first.Id, new ChangeInput
        {
            Kind = "变更",
            Item = new ItemInput { Code = penalties[0].Code, Basis = penalties[0].Basis + "；《中华人民共和国行政处罚法》第二十四条" },
            Reason = "补充赋权依据",
        }, ct);
        await adjustments.AddChangeAsync(first.Id, new ChangeInput
        {
            Kind = "变更",
            Item = new ItemInput { Code = inspection.Code, Handler = "镇综合行政执法办", Category = DisplayNames.Of(DutyCategory.Cooperation) },
            Reason = "检查工作改由综合行政执法办承办",
        }, ct);
        await StepsAsync(services, calendar, adjustments, first.Id, start, publish: true, returnOnce: false, ct);

        // 2. Approved, not yet published: a reorganisation renames a handler; the first review sent it back.
        var second = calendar.OnOrAfter(new DateOnly(2022, 9, 5));
        services.Clock.Set(second, 600);
        var reorganised = await adjustments.RegisterAsync(new AdjustmentInput
        {
            Title = "镇机构改革后承办机构调整",
            Trigger = DisplayNames.Of(TriggerKind.Reorganisation),
            TriggerDescription = "镇机构改革方案印发，社会事务办职能并入新设的社会事务服务中心",
            TriggeredOn = second,
        }, Office, ct, DemoContext.Town);
        foreach (var social in inputs.Where(i => i.Handler == "镇社会事务办" && i.Type != DisplayNames.Of(PowerType.Penalty)).Take(3))
        {
            await adjustments.AddChangeAsync(reorganised.Id, new ChangeInput { Kind = "变更", Item = new ItemInput { Code = social.Code, Handler = "镇社会事务服务中心" } }, ct);
        }

        await StepsAsync(services, calendar, adjustments, reorganised.Id, second, publish: false, returnOnce: true, ct);

        // 3. Drafted only: the year-end evaluation of the list.
        var third = calendar.OnOrAfter(new DateOnly(2022, 12, 1));
        services.Clock.Set(third, 600);
        var evaluation = await adjustments.RegisterAsync(new AdjustmentInput
        {
            Title = "2022年度权责清单运行评估调整",
            Trigger = DisplayNames.Of(TriggerKind.Evaluation),
            TriggerDescription = "年度评估发现部分事项实施依据已废止",
            TriggeredOn = third,
        }, Office, ct, DemoContext.Town);
        await adjustments.AddChangeAsync(evaluation.Id, new ChangeInput { Kind = "取消", Item = new ItemInput { Code = penalties[^1].Code }, Reason = "实施依据已废止" }, ct);
        context.Report($"权责清单：已导入{inputs.Count}项初始清单事项，登记3次调整（1次已公布）");
    }

    private static async Task StepsAsync(DemoServices services, Fazhi.Platform.Calendar.WorkingDayCalendar calendar, ListAdjustments adjustments, Guid id,
        DateOnly start, bool publish, bool returnOnce, CancellationToken ct)
    {
        var day = start;
        async Task Step(int after, StepInput input)
        {
            day = calendar.AddWorkingDays(day, after).Due;
            services.Clock.Set(day, 600);
            await adjustments.TakeStepAsync(id, input with { On = day }, Office, ct);
        }

        await Step(5, new StepInput { Step = "提出", By = "镇司法所" });
        if (returnOnce)
        {
            await Step(4, new StepInput { Step = "审核", By = "镇编办、镇司法所（张丽）", Opinion = "承办机构名称应与机构改革方案一致，请修改", Passed = false });
            await Step(2, new StepInput { Step = "提出", By = "镇司法所", Opinion = "已按审核意见修改" });
        }

        await Step(4, new StepInput { Step = "审核", By = "镇编办、镇司法所（张丽）", Opinion = "调整事项依据充分，同意提交审定", Passed = true });
        await Step(5, new StepInput { Step = "审定", By = "镇党委会议（2022年第九次）" });
        if (publish)
        {
            await Step(3, new StepInput { Step = "公布", By = "演示镇人民政府", EffectiveOn = calendar.AddWorkingDays(day, 5).Due });
        }
    }

    /// <summary><paramref name="count"/> items drawn from the areas and power types (types weighted as towns' lists are: mostly penalties and inspections).</summary>
    private static List<ItemInput> Generate(Random random, int count, string? codePrefix = null)
    {
        var total = Types.Sum(t => t.Weight);
        var sequence = new Dictionary<PowerType, int>();
        var names = new HashSet<string>();
        var list = new List<ItemInput>();
        while (list.Count < count)
        {
            var pick = random.Next(total);
            var (type, _, patterns) = Types.First(t => (pick -= t.Weight) < 0);
            var area = Areas[random.Next(Areas.Length)];
            var subject = area.Objects[random.Next(area.Objects.Length)];
            var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, patterns[random.Next(patterns.Length)], subject);
            var sub = random.Next(4) == 0 ? $"{subject}（情节较重的）" : null;
            if (!names.Add(name + sub))
            {
                continue;
            }

            var n = sequence[type] = sequence.GetValueOrDefault(type) + 1;
            var category = random.Next(10) switch { < 7 => DutyCategory.Basic, < 9 => DutyCategory.Cooperation, _ => DutyCategory.Withdrawn };
            list.Add(new ItemInput
            {
                Code = codePrefix is null ? $"{Prefixes[type]}{n:000}" : $"{codePrefix}{list.Count + 1:000}",
                Name = name,
                SubItem = sub,
                Type = DisplayNames.Of(type),
                Basis = $"{area.Law}第{Numeral(random.Next(2, 80))}条",
                Responsibilities = "1.受理（立案）责任；2.审查（调查）责任；3.决定责任；4.送达责任；5.执行责任；6.事后监管责任；7.其他法律法规规章规定应履行的责任",
                Accountability = "因不履行或不正确履行行政职责，有下列情形的，行政机关及其工作人员应当承担相应责任：1.对符合法定条件的申请不予受理的；2.未依法说明理由的；3.违反法定程序的；4.滥用职权、玩忽职守、徇私舞弊的；5.其他违反法律法规规章规定的行为",
                Authority = Authority,
                Handler = area.Handler,
                Category = DisplayNames.Of(category),
                EffectiveOn = new DateOnly(2021, 7, 1),
            });
        }

        return list;
    }

    private static string Numeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            < 10 => digits[n].ToString(),
            < 20 => "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
    }
}
