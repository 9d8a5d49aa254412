using System.Globalization;

using Fazhi.Modules.Disputes.Cases;
using Fazhi.Modules.Disputes.Domain;
using Fazhi.Modules.Mediation.Contracts;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Disputes.Domain.DisputeProcedure;

namespace Fazhi.Modules.Disputes.Demo;

/// <summary>
/// 矛盾纠纷排查演示数据 through <see cref="ScreeningRounds"/>, <see cref="RegisterDispute"/> and <see cref="AdvanceDispute"/>,
/// sized on the 2022 report (共收集和排查纠纷453宗，推送属事部门介入处置34宗): monthly screening rounds of the grids,
/// the villages and the 综治中心; each dispute registered with its parties, type, risk and source; assigned to the village
/// or pushed to the department concerned with a deadline; routed to people's mediation, petition handling or litigation
/// guidance; resolved and closed with a follow-up; major risks reported to the town leaders and signed for. Disputes
/// routed to mediation wait there (the mediation demo takes them up; <see cref="DisputesFollowUpDemo"/> closes them).
/// Then a thinner flow for 2023–2026 with open disputes in the last weeks.
/// </summary>
public sealed class DisputesDemo : IDemoData
{
    internal const string Office = "demo.legal-office";
    internal const string Leader = "demo.leader";

    private const int Screened2022 = 453;
    private const int Referred2022 = 34;

    private static readonly string[] Villages = ["东村", "西村", "中心社区"];
    private static readonly string[] Grids = ["东村第一网格", "东村第二网格", "西村第一网格", "中心社区第一网格", "中心社区第二网格"];

    private static readonly (string Title, DisputeType Type, string Facts, string Department)[] Matters =
    [
        ("相邻通行纠纷", DisputeType.Neighbourhood, "两户村民因巷道堆放杂物阻碍通行发生口角。", "演示镇城市建设办公室"),
        ("拖欠工资纠纷", DisputeType.Labour, "十余名务工人员反映某厂拖欠两个月工资。", "演示镇人力资源和社会保障分局"),
        ("家庭赡养纠纷", DisputeType.MarriageFamily, "老人反映子女不履行赡养义务。", "演示镇民政办"),
        ("宅基地界址纠纷", DisputeType.LandProperty, "两户村民就宅基地界址和围墙位置发生争执。", "演示镇自然资源分局"),
        ("物业管理纠纷", DisputeType.PropertyManagement, "小区业主与物业服务企业就停车收费发生争议。", "演示镇城市建设办公室"),
        ("预付卡退费纠纷", DisputeType.Consumer, "多名消费者反映健身房停业后预付卡无法退费。", "演示镇市场监督管理分局"),
        ("房屋租赁纠纷", DisputeType.Contract, "租客与房东就押金退还发生争议。", "演示镇城市建设办公室"),
        ("交通事故赔偿纠纷", DisputeType.Damages, "电动自行车碰撞行人，双方就赔偿发生争议。", "演示镇派出所"),
        ("其他民间纠纷", DisputeType.Other, "村民之间因借款归还发生争执。", "演示镇综合治理办公室"),
    ];

    public string Name => "矛盾纠纷排查化解（排查轮次、纠纷登记、交办、推送属事部门、分流、化解、上报）";

    public int Order => 68;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var calendar = await services.CalendarAsync(ct);
        var office = ProcedureActor.From(await services.UserAsync(Office));
        var leader = ProcedureActor.From(await services.UserAsync(Leader));
        var rounds = services.Get<ScreeningRounds>();
        var register = services.Get<RegisterDispute>();
        var advance = services.Get<AdvanceDispute>();
        var db = context.Services.GetRequiredService<AppDbContext>();
        var random = context.Random;
        var town = DemoContext.Town;
        var today = LegalDate.Today(context.Services.GetRequiredService<TimeProvider>());
        var n = 0;
        var referred = 0;
        var routedToMediation = 0;
        var skipped = 0;

        async Task Step(Guid id, string action, DateOnly on, DisputeActionInput input)
        {
            services.Clock.Set(on, 30);
            await advance.ExecuteAsync(id, action, input with { On = on }, office, ct);
        }

        // The year's screening rounds: each village and two grids every month, the 综治中心 every quarter.
        async Task<Dictionary<(string Unit, int Month), ScreeningRound>> RoundsAsync(int year, DateOnly last)
        {
            var made = new Dictionary<(string, int), ScreeningRound>();
            for (var month = 1; month <= 12; month++)
            {
                var start = calendar.OnOrAfter(new DateOnly(year, month, 1));
                if (start > last)
                {
                    break;
                }

                var units = Villages.Select(v => (ScreeningLevel.Village, v)).Concat(Grids.Where((_, g) => (g + month) % 2 == 0).Select(g => (ScreeningLevel.Grid, g)));
                if (month % 3 == 1)
                {
                    units = units.Append((ScreeningLevel.Centre, "镇综治中心"));
                }

                foreach (var (level, unit) in units)
                {
                    var end = calendar.After(start, 4);
                    services.Clock.Set(end > last ? start : end);
                    var round = await rounds.CreateAsync(new ScreeningRoundInput(level.ToString(), unit, start, end > last ? null : end,
                        $"{unit}{month}月份矛盾纠纷排查，走访群众、研判不稳定因素"), town, office, ct);
                    made[(unit, month)] = round;
                }
            }

            return made;
        }

        async Task RegisterOne(DateOnly day, int k, Dictionary<(string Unit, int Month), ScreeningRound> yearRounds, bool department, DateOnly last)
        {
            var m = Matters[k % Matters.Length];
            var village = Villages[k % Villages.Length];
            var source = (DisputeSource)(k % 6);
            var unit = source switch
            {
                DisputeSource.Grid => Grids.FirstOrDefault(g => g.StartsWith(village, StringComparison.Ordinal) && yearRounds.ContainsKey((g, day.Month))),
                DisputeSource.Village => village,
                DisputeSource.Centre => "镇综治中心",
                _ => null,
            };
            var round = unit is not null && yearRounds.TryGetValue((unit, day.Month), out var r) && r.StartedOn <= day ? r : null;
            var risk = k % 60 == 30 ? RiskLevel.Major : k % 9 == 4 ? RiskLevel.Serious : RiskLevel.Ordinary;
            services.Clock.Set(day);
            var dispute = await register.ExecuteAsync(new RegisterDisputeInput
            {
                Title = $"{village}{m.Title}",
                Facts = m.Facts,
                Type = m.Type.ToString(),
                Source = source.ToString(),
                Risk = risk.ToString(),
                Location = unit is not null && source == DisputeSource.Grid ? unit : village,
                ScreeningRoundId = round?.Id,
                On = day,
                Parties =
                [
                    new PartyInput(Person(k * 2), "一方当事人", k % 4 == 0 ? SyntheticIdNumber(k) : null, k % 3 == 0 ? $"1390002{k % 10000:0000}" : null),
                    new PartyInput(m.Type is DisputeType.Labour or DisputeType.Consumer or DisputeType.PropertyManagement ? "某企业" : Person((k * 2) + 1), "另一方当事人", null, null),
                ],
            }, town, office, ct);

            if (risk == RiskLevel.Major && day < today.AddDays(-20))
            {
                services.Clock.Set(day, 120);
                var escalation = await db.Set<DisputeEscalation>().AsNoTracking().Where(e => e.DisputeId == dispute.Id).Select(e => e.Id).FirstAsync(ct);
                await advance.AcknowledgeAsync(escalation, "请综治中心牵头，相关部门配合，三日内稳控化解，及时报告进展", leader, ct);
            }

            var assigned = calendar.After(day, 1);
            if (assigned > last)
            {
                return;
            }

            var days = department ? 15 : 10;
            await Step(dispute.Id, P.Assign, assigned, new DisputeActionInput
            {
                ResponsibleUnit = department ? m.Department : $"{village}村（居）民委员会",
                ReferToDepartment = department,
                DueOn = assigned.AddDays(days),
                Note = department ? "属事部门职责范围内的事项，推送介入处置" : "交村（社区）调解化解",
            });

            var routed = calendar.After(assigned, 2);
            if (routed > last)
            {
                return;
            }

            if (!department && k % 7 == 2 && routed.Month < 12)
            {
                await Step(dispute.Id, P.Route, routed, new DisputeActionInput { Route = nameof(DisputeRoute.Mediation), Note = "当事人同意调解，转人民调解委员会" });
                routedToMediation++;
                return;
            }

            if (!department && k % 37 == 11)
            {
                await Step(dispute.Id, P.Route, routed, new DisputeActionInput { Route = nameof(DisputeRoute.Petition), RouteReference = $"转信访办登记（{day:yyyyMMdd}）", Note = "诉求涉及行政机关职权，转信访办依法办理" });
                await Step(dispute.Id, P.Close, calendar.After(routed, 3), new DisputeActionInput { FollowUp = "已由信访办受理，告知当事人办理进度查询方式" });
                return;
            }

            if (!department && k % 41 == 20)
            {
                await Step(dispute.Id, P.Route, routed, new DisputeActionInput { Route = nameof(DisputeRoute.Litigation), RouteReference = "已释明诉讼途径，引导当事人向人民法院起诉", Note = "涉及合同权利义务认定，引导诉讼" });
                await Step(dispute.Id, P.Close, calendar.After(routed, 3), new DisputeActionInput { FollowUp = "回访当事人，已向人民法院提交起诉材料" });
                return;
            }

            var resolved = calendar.After(assigned, 2 + (k % (department ? 9 : 6)));
            if (resolved > last)
            {
                return;
            }

            await Step(dispute.Id, P.Resolve, resolved, new DisputeActionInput
            {
                Resolution = department ? $"{m.Department}介入处置，督促责任方依法履行义务，双方达成一致" : "村（社区）调解员上门做工作，双方互谅互让，纠纷化解",
            });
            var closed = calendar.After(resolved, 5);
            if (closed <= last)
            {
                await Step(dispute.Id, P.Close, closed, new DisputeActionInput { FollowUp = "回访双方当事人，纠纷未再反复，当事人满意" });
            }
        }

        // 2022: the report's 453 disputes, 34 of them pushed to the departments concerned.
        var rounds2022 = await RoundsAsync(2022, new DateOnly(2022, 12, 31));
        var departmentEvery = Screened2022 / Referred2022;
        foreach (var day in calendar.Spread(random, new DateOnly(2022, 1, 4), new DateOnly(2022, 12, 16), Screened2022))
        {
            var department = n % departmentEvery == 5 && referred < Referred2022;
            referred += department ? 1 : 0;
            await RegisterOne(day, n, rounds2022, department, new DateOnly(2022, 12, 30));
            n++;
            Flush(db, n);
        }

        // 2023–2026: a thinner flow; the last weeks' disputes are still open.
        var later = 0;
        for (var year = 2023; year <= today.Year; year++)
        {
            var last = year == today.Year ? today.AddDays(-1) : new DateOnly(year, 12, 20);
            if (!calendar.HasYear(year) || last < new DateOnly(year, 1, 4))
            {
                continue;
            }

            var yearRounds = await RoundsAsync(year, last);
            foreach (var day in calendar.Spread(random, new DateOnly(year, 1, 4), last, 90))
            {
                var k = n;
                try
                {
                    await RegisterOne(day, k, yearRounds, k % 13 == 5, year == today.Year ? today : new DateOnly(year, 12, 30));
                }
                catch (CalendarYearMissingException)
                {
                    db.ChangeTracker.Clear();
                    skipped++;
                }

                n++;
                later++;
                Flush(db, n);
            }
        }

        context.Report($"矛盾纠纷：2022年排查登记{Screened2022}宗，推送属事部门{referred}宗；分流人民调解{routedToMediation}宗（含以后年度）；" +
            $"2023年以来{later}宗{(skipped > 0 ? $"（{skipped}宗跨入尚未载入节假日安排的年度，停在当前环节）" : "")}");
    }

    internal static void Flush(AppDbContext db, int n)
    {
        if (n % 5 == 0)
        {
            db.ChangeTracker.Clear();
        }
    }

    private static readonly string[] Surnames = ["陈", "黄", "李", "张", "刘", "林", "叶", "梁", "何", "罗", "周", "吴", "郑", "谢"];
    private static readonly string[] Given = ["志明", "小红", "国强", "桂英", "海波", "雪梅", "永康", "丽娟", "子轩", "婉婷", "家辉", "秋菊"];

    private static string Person(int n) => Surnames[n % Surnames.Length] + Given[(n / Surnames.Length + n) % Given.Length];

    /// <summary>A synthetic 公民身份号码 with a correct check character: 441900 (东莞), a 1970s birth date, a sequence.</summary>
    private static string SyntheticIdNumber(int n)
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(n * 43 % 3650);
        var body = $"441900{birth:yyyyMMdd}{(n % 900) + 100:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11].ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// 矛盾纠纷回访办结演示数据: after the mediation demo has taken up the routed disputes, each one whose mediation reached an
/// agreement is resolved by it and closed with a follow-up; one whose mediation failed is re-routed to litigation guidance
/// and closed (one citizen issue, one history).
/// </summary>
public sealed class DisputesFollowUpDemo : IDemoData
{
    public string Name => "矛盾纠纷排查化解（调解结果回填、化解、回访办结）";

    public int Order => 72;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var calendar = await services.CalendarAsync(ct);
        var office = ProcedureActor.From(await services.UserAsync(DisputesDemo.Office));
        var advance = services.Get<AdvanceDispute>();
        var mediation = services.Get<IMediationCases>();
        var db = context.Services.GetRequiredService<AppDbContext>();
        var today = LegalDate.Today(context.Services.GetRequiredService<TimeProvider>());
        var waiting = await db.Set<Dispute>().AsNoTracking()
            .Where(d => d.RegionCode == DemoContext.Town && d.State == P.Routed && d.Route == DisputeRoute.Mediation && d.MediationCaseId != null)
            .OrderBy(d => d.RoutedOn).ThenBy(d => d.Id).Select(d => new { d.Id, CaseId = d.MediationCaseId!.Value, d.RoutedOn }).ToListAsync(ct);

        int resolved = 0, rerouted = 0, n = 0;
        foreach (var d in waiting)
        {
            var status = await mediation.StatusAsync(d.CaseId, ct);
            if (status is not { Concluded: true, ConcludedOn: { } concluded })
            {
                continue;
            }

            var on = calendar.After(concluded, 1);
            var closed = calendar.After(on, 5);
            if (closed > today)
            {
                continue;
            }

            try
            {
                if (status.Agreed)
                {
                    await Step(d.Id, DisputeProcedure.Resolve, on, new DisputeActionInput { Resolution = $"经人民调解达成调解协议（{status.Number}）" });
                    resolved++;
                }
                else
                {
                    await Step(d.Id, DisputeProcedure.Route, on, new DisputeActionInput
                    {
                        Route = nameof(DisputeRoute.Litigation),
                        RouteReference = $"调解不成（{status.Number}），已告知当事人依法向人民法院起诉",
                    });
                    rerouted++;
                }

                await Step(d.Id, DisputeProcedure.Close, closed, new DisputeActionInput { FollowUp = status.Agreed ? "回访当事人，调解协议已履行，纠纷未再反复" : "回访当事人，已向人民法院起诉，情绪稳定" });
            }
            catch (CalendarYearMissingException)
            {
                db.ChangeTracker.Clear();
            }

            DisputesDemo.Flush(db, ++n);
        }

        context.Report($"矛盾纠纷：经人民调解达成协议而化解{resolved}宗，调解不成改引导诉讼{rerouted}宗，均已回访办结");

        async Task Step(Guid id, string action, DateOnly on, DisputeActionInput input)
        {
            services.Clock.Set(on, 45);
            await advance.ExecuteAsync(id, action, input with { On = on }, office, ct);
        }
    }
}
