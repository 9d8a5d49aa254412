using System.Globalization;

using Fazhi.Modules.Petitions.Cases;
using Fazhi.Modules.Petitions.Domain;
using Fazhi.Modules.Petitions.Reception;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Procedures;

using P = Fazhi.Modules.Petitions.Domain.PetitionProcedure;

namespace Fazhi.Modules.Petitions.Demo;

/// <summary>
/// 信访演示数据 through the module's own use cases: 2022 petitions from May (the 条例 in force) — accepted, answered,
/// some extended, some taken to 复查 and 复核, some routed to statutory channels, a repeat petition, 包案 cases, a
/// 百日攻坚 batch, ratings —, the 2022 leader reception days and visits, and open petitions received in the last weeks.
/// The ID numbers and phones are synthetic (valid check digits, 1990s birth dates, 139 0000 xxxx phones).
/// </summary>
public sealed class PetitionsDemo : IDemoData
{
    internal const string Clerk = "demo.petitions";
    internal const string Leader = "demo.leader";

    private static readonly string[] Surnames = ["陈", "黄", "李", "张", "刘", "林", "叶", "梁", "何", "罗", "周", "吴"];
    private static readonly string[] Given = ["志强", "丽华", "建国", "秀英", "伟明", "美玲", "国华", "淑芬", "家豪", "嘉欣"];

    private static readonly (string Matter, string Content, string Category, bool Residual)[] Matters =
    [
        ("小区道路积水问题", "反映所住小区入口道路每逢下雨严重积水，影响出行，请求镇政府协调修缮排水设施。", "Suggestion", false),
        ("工厂夜间噪音扰民", "反映附近工厂夜间生产噪音过大，影响居民休息，请求依法查处。", "Accusation", false),
        ("拖欠工资问题", "反映在某企业务工期间被拖欠工资三个月，请求帮助追讨。", "Grievance", false),
        ("宅基地界址纠纷", "反映与邻居宅基地界址存在争议，村委会调解未果，请求处理。", "Grievance", true),
        ("农村生活污水直排", "反映村内生活污水直接排入河涌，气味难闻，请求整治。", "Suggestion", false),
        ("违法搭建阻碍通行", "反映邻居在公共通道违法搭建铁皮房，阻碍通行，请求拆除。", "Accusation", false),
        ("低保申请审核问题", "反映家庭困难申请最低生活保障未获批准，请求重新审核。", "Grievance", true),
        ("征地补偿款分配", "反映村集体征地补偿款分配方案不公，请求核查。", "Grievance", true),
        ("路灯损坏未修复", "反映村道路灯损坏两个月未修复，夜间出行不安全。", "Suggestion", false),
        ("物业服务质量问题", "反映小区物业服务不到位、收费不透明，请求监督。", "Suggestion", false),
    ];

    public string Name => "信访（登记、受理、办理、复查复核、包案、专项攻坚、领导接访、满意度评价）";

    public int Order => 60;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 5, 5));
        var calendar = await services.CalendarAsync(ct);
        var clerk = ProcedureActor.From(await services.UserAsync(Clerk));
        var leader = ProcedureActor.From(await services.UserAsync(Leader));
        var register = services.Get<RegisterPetition>();
        var advance = services.Get<AdvancePetition>();
        var rate = services.Get<RatePetition>();
        var baoAn = services.Get<AssignBaoAn>();
        var campaigns = services.Get<PetitionCampaigns>();
        var reception = services.Get<ReceptionUseCases>();
        var random = context.Random;
        var town = DemoContext.Town;

        async Task<Guid> Register(DateOnly on, int person, int matter, PetitionChannel channel, int visitors = 1, int representatives = 0)
        {
            services.Clock.Set(on);
            var m = Matters[matter];
            var p = await register.ExecuteAsync(new RegisterPetitionInput
            {
                Channel = channel.ToString(),
                ReceivedOn = on,
                PetitionerName = Surnames[person % Surnames.Length] + Given[person % Given.Length],
                IdNumber = SyntheticIdNumber(person),
                Phone = $"1390000{person:0000}",
                Address = $"广东省东莞市演示镇{(person % 6) + 1}村{(person % 40) + 1}号",
                Visitors = visitors,
                Representatives = representatives,
                Matter = m.Matter,
                Content = m.Content,
            }, town, clerk, ct);
            return p.Id;
        }

        async Task Step(Guid id, string action, DateOnly on, ProcedureActor who, PetitionActionInput input)
        {
            services.Clock.Set(on, 30);
            await advance.ExecuteAsync(id, action, input with { On = on }, who, ct);
        }

        // 2022: two petitions a week from May to mid-November, each carried as far as its dates allow.
        var campaign = await CampaignAsync(services, campaigns, town, clerk, ct);
        var day = calendar.After(new DateOnly(2022, 5, 5), 0);
        var person = 0;
        var count = 0;
        while (day < new DateOnly(2022, 11, 20))
        {
            var matter = count % Matters.Length;
            var channel = (PetitionChannel)(count % 4 == 3 ? 1 : count % 4);
            var group = count % 13 == 7;
            var id = await Register(day, person, matter, group ? PetitionChannel.Visit : channel, group ? 12 : 1, group ? 3 : 0);
            await HandleAsync(id, day, matter, count);
            // Every ninth petitioner comes back on the same matter after the answer: a 重复信访.
            if (count % 9 == 4)
            {
                var again = calendar.After(day, 45);
                if (again < new DateOnly(2022, 12, 20))
                {
                    var repeat = await Register(again, person, matter, PetitionChannel.Visit);
                    await Step(repeat, P.Decline, calendar.After(again, 3), clerk, new PetitionActionInput { Note = "同一事项已出具处理意见书，告知信访人可依法请求复查" });
                }
            }

            person++;
            count++;
            day = calendar.After(day, 2 + random.Next(3));
        }

        await ReceptionAsync(services, reception, calendar, town, ct);

        // Open petitions now: received in the last weeks, some accepted and being handled.
        var today = LegalDate.Today(context.Services.GetRequiredService<TimeProvider>());
        for (var i = 0; i < 6; i++)
        {
            var on = calendar.OnOrAfter(today.AddDays(-3 - (i * 6)));
            if (on > today)
            {
                continue;
            }

            var id = await Register(on, 100 + i, i % Matters.Length, (PetitionChannel)(i % 4));
            if (i >= 2 && calendar.After(on, 3) <= today)
            {
                var m = Matters[i % Matters.Length];
                await Step(id, m.Category == "Grievance" && !m.Residual ? P.Route : P.Accept, calendar.After(on, 3), clerk, new PetitionActionInput
                {
                    Category = m.Category,
                    Residual = m.Residual,
                    HandlingUnit = "镇综合治理办公室",
                    StatutoryChannel = "劳动人事争议仲裁",
                });
            }
        }

        context.Report($"信访：2022年登记{count}件（含重复信访和集体访），当前在办{6}件，领导接访日与接访记录已生成");

        async Task HandleAsync(Guid id, DateOnly received, int matter, int n)
        {
            var m = Matters[matter];
            var accepted = calendar.After(received, 2 + (n % 4 == 0 ? 9 : 0));
            if (m.Category == "Grievance" && !m.Residual)
            {
                await Step(id, P.Route, accepted, clerk, new PetitionActionInput { Category = m.Category, StatutoryChannel = "劳动人事争议仲裁", Note = "告知信访人向劳动人事争议仲裁委员会申请仲裁" });
                return;
            }

            await Step(id, P.Accept, accepted, clerk, new PetitionActionInput { Category = m.Category, Residual = m.Residual, HandlingUnit = "演示镇人民政府" });
            if (n % 7 == 2)
            {
                await baoAn.AssignAsync(id, new BaoAnInput("黄伟", "成立工作专班，一周内现场核查，两周内召开协调会，一个月内提出化解方案", "镇综治办、司法所、村委会", accepted), ct);
                await campaigns.AddAsync(campaign, id, accepted, ct);
            }

            var answerDays = n % 10 == 6 ? 70 : 20 + (n % 5) * 6;
            if (n % 10 == 6)
            {
                await Step(id, P.Extend, calendar.After(accepted, 30), leader, new PetitionActionInput { ExtensionDays = 30, Note = "需委托第三方测量，经负责人批准延长30日，已书面告知信访人" });
            }

            var answered = accepted.AddDays(answerDays);
            answered = calendar.OnOrAfter(answered);
            await Step(id, P.AnswerAction, answered, clerk, new PetitionActionInput
            {
                Outcome = n % 3 == 0 ? "Support" : n % 3 == 1 ? "Explain" : "NotSupport",
                Facts = "经现场核查并询问相关人员，信访人反映的情况基本属实。",
                Opinion = "已责成相关部门限期整改，并将整改结果告知信访人。",
                OpinionBasis = "《信访工作条例》第三十二条及相关法律法规",
            });
            if (n % 7 == 2)
            {
                await baoAn.ResolveAsync(id, answered, ct);
            }

            if (n % 11 == 5)
            {
                var review = calendar.After(answered, 5);
                await Step(id, P.RequestReview, review, clerk, new PetitionActionInput { Note = "信访人不服处理意见，向镇人民政府请求复查" });
                var reviewed = calendar.After(review, 12);
                await Step(id, P.AnswerReview, reviewed, clerk, new PetitionActionInput { Outcome = "NotSupport", Opinion = "经复查，原处理意见认定事实清楚，维持原处理意见。" });
                if (n % 22 == 5)
                {
                    var recheck = calendar.After(reviewed, 6);
                    await Step(id, P.RequestRecheck, recheck, clerk, new PetitionActionInput { Note = "信访人请求复核" });
                    await Step(id, P.AnswerRecheck, calendar.After(recheck, 15), clerk, new PetitionActionInput { Outcome = "NotSupport", Opinion = "经复核，维持复查意见。本事项复核终结。" });
                }

                return;
            }

            var rated = calendar.After(answered, 3);
            services.Clock.Set(rated, 40);
            var rating = n % 8 == 3 ? "Unsatisfied" : n % 5 == 1 ? "BasicallySatisfied" : "Satisfied";
            await rate.ExecuteAsync(id, new RateInput(rating, rated), ct);
        }
    }

    private static async Task<Guid> CampaignAsync(DemoServices services, PetitionCampaigns campaigns, string town, ProcedureActor clerk, CancellationToken ct)
    {
        services.Clock.Set(new DateOnly(2022, 6, 1));
        var c = await campaigns.CreateAsync(new CampaignInput("2022年信访积案化解百日攻坚", new DateOnly(2022, 6, 1), new DateOnly(2022, 9, 8)), town, clerk.Login, ct);
        return c.Id;
    }

    private static async Task ReceptionAsync(DemoServices services, ReceptionUseCases reception, Platform.Calendar.WorkingDayCalendar calendar, string town, CancellationToken ct)
    {
        (string Name, string Position)[] leaders = [("李明", "镇党委书记"), ("陈刚", "镇长"), ("黄伟", "副镇长")];
        var month = new DateOnly(2022, 5, 1);
        var i = 0;
        while (month.Year == 2022)
        {
            var on = calendar.After(month.AddDays(14), 0);
            var (name, position) = leaders[i % leaders.Length];
            services.Clock.Set(month);
            var day = await reception.ScheduleAsync(new ReceptionDayInput(on, name, position, "镇信访接待室", "9:00—12:00"), town, PetitionsDemo.Clerk, ct);
            services.Clock.Set(on, 200);
            await reception.RecordAsync(new ReceptionVisitInput(day.Id, on, null, 2 + (i % 4), "陈志强、李丽华", "反映村道维修和排水问题", null), town, PetitionsDemo.Clerk, ct);
            month = month.AddMonths(1);
            i++;
        }
    }

    /// <summary>A synthetic 公民身份号码 with a correct check character: 441900 (东莞), a 1990s birth date, a sequence.</summary>
    internal static string SyntheticIdNumber(int n)
    {
        var birth = new DateOnly(1990, 1, 1).AddDays(n * 37 % 3650);
        var body = $"441900{birth:yyyyMMdd}{(n % 900) + 100:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11].ToString(CultureInfo.InvariantCulture);
    }
}
