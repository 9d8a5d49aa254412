using System.Globalization;

using Fazhi.Modules.Mediation.Cases;
using Fazhi.Modules.Mediation.Committees;
using Fazhi.Modules.Mediation.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Mediation.Domain.MediationProcedure;

namespace Fazhi.Modules.Mediation.Demo;

/// <summary>
/// 人民调解组织演示数据 through <see cref="CommitteeUseCases"/>: the town committee, the 驻所调解室 and the three village
/// committees (3–9 members with a 主任 and a woman, three-year terms, the town committee's 2023 换届), their mediators and
/// the 2022–2026 training records (the 2022 report's 新任驻所调解员专题培训 among them). Runs before the dispute screening,
/// whose routed disputes need a committee in place.
/// </summary>
public sealed class MediationOrganizationsDemo : IDemoData
{
    internal const string Office = "demo.legal-office";

    private static readonly string[] Surnames = ["陈", "黄", "李", "张", "刘", "林", "叶", "梁", "何", "罗", "周", "吴", "郑", "谢"];
    private static readonly string[] Given = ["志强", "丽华", "建国", "秀英", "伟明", "美玲", "国华", "淑芬", "家豪", "嘉欣", "振华", "玉兰"];

    public string Name => "人民调解组织（调解委员会、委员任期、调解员、培训记录）";

    public int Order => 66;

    internal static string Person(int n) => Surnames[n % Surnames.Length] + Given[(n / Surnames.Length + n) % Given.Length];

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var calendar = await services.CalendarAsync(ct);
        var office = ProcedureActor.From(await services.UserAsync(Office));
        var committees = services.Get<CommitteeUseCases>();
        var town = DemoContext.Town;
        var person = 0;

        (string Name, CommitteeKind Kind, DateOnly Established, DateOnly Term, int Members, int Mediators)[] plan =
        [
            ("演示镇人民调解委员会", CommitteeKind.Town, new DateOnly(2011, 3, 1), new DateOnly(2020, 1, 6), 7, 6),
            ("演示镇派出所驻所人民调解室", CommitteeKind.PoliceStation, new DateOnly(2018, 7, 2), new DateOnly(2021, 7, 1), 5, 5),
            ("演示镇东村人民调解委员会", CommitteeKind.Village, new DateOnly(2011, 5, 3), new DateOnly(2021, 4, 6), 5, 3),
            ("演示镇西村人民调解委员会", CommitteeKind.Village, new DateOnly(2011, 5, 3), new DateOnly(2021, 4, 6), 3, 3),
            ("演示镇中心社区人民调解委员会", CommitteeKind.Village, new DateOnly(2013, 9, 2), new DateOnly(2021, 4, 6), 5, 3),
        ];

        var mediators = new List<(Guid Id, DateOnly Appointed, CommitteeKind Kind)>();
        foreach (var (name, kind, established, term, size, count) in plan)
        {
            services.Clock.Set(new DateOnly(2022, 1, 4));
            var committee = await committees.CreateAsync(new CommitteeInput(name, kind.ToString(), established, term, Members(size, ref person)), town, office, ct);
            for (var i = 0; i < count; i++)
            {
                // 驻所调解室: the 2022 intake of new mediators (the report's 过渡时期); the others appointed with their committee's term.
                var appointed = kind == CommitteeKind.PoliceStation && i >= 2 ? calendar.OnOrAfter(new DateOnly(2022, 3, 1).AddDays(i * 7)) : term;
                services.Clock.Set(appointed.Year < 2022 ? new DateOnly(2022, 1, 4) : appointed);
                var mediator = await committees.AddMediatorAsync(new MediatorInput(committee.Id, Person(person), person % 3 == 1, appointed, kind != CommitteeKind.Village), ct);
                mediators.Add((mediator.Id, appointed, kind));
                person++;
            }

            if (kind == CommitteeKind.Town)
            {
                // 换届 at the end of the three-year term (第九条).
                var renewed = calendar.OnOrAfter(new DateOnly(2023, 1, 5));
                services.Clock.Set(renewed);
                await committees.ChangeMembersAsync(committee.Id, Members(size, ref person), renewed, ct);
            }
        }

        (string Topic, DateOnly On, decimal Hours, string Organizer, Func<CommitteeKind, bool> Who)[] trainings =
        [
            ("新任驻所调解员专题培训", new DateOnly(2022, 4, 14), 8, "演示镇司法所", k => k == CommitteeKind.PoliceStation),
            ("人民调解员业务能力提升培训", new DateOnly(2022, 6, 23), 6, "演示镇司法所", _ => true),
            ("民法典婚姻家庭编与调解实务", new DateOnly(2022, 10, 20), 4, "市司法局", k => k != CommitteeKind.PoliceStation),
            ("人民调解员年度轮训", new DateOnly(2023, 5, 18), 6, "演示镇司法所", _ => true),
            ("劳动争议调解实务培训", new DateOnly(2024, 6, 13), 4, "市司法局", k => k is CommitteeKind.Town or CommitteeKind.PoliceStation),
            ("人民调解员年度轮训", new DateOnly(2025, 5, 22), 6, "演示镇司法所", _ => true),
            ("矛盾纠纷多元化解培训", new DateOnly(2026, 4, 16), 6, "演示镇司法所", _ => true),
        ];
        var attended = 0;
        foreach (var (topic, on, hours, organizer, who) in trainings)
        {
            var day = calendar.OnOrAfter(on);
            services.Clock.Set(day);
            foreach (var m in mediators.Where(m => who(m.Kind) && m.Appointed <= day))
            {
                await committees.AddTrainingAsync(m.Id, new TrainingInput(topic, day, hours, organizer), ct);
                attended++;
            }
        }

        context.Report($"人民调解委员会 {plan.Length} 个（含驻所调解室），调解员 {mediators.Count} 名，培训 {attended} 人次");
    }

    private static List<MemberInput> Members(int size, ref int person)
    {
        var members = new List<MemberInput>();
        for (var i = 0; i < size; i++)
        {
            members.Add(new MemberInput(Person(person++), i == 0 ? "主任" : i == 1 ? "副主任" : "委员", i == 1 || i == 4));
        }

        return members;
    }
}

/// <summary>
/// 人民调解案件演示数据 through <see cref="OpenCase"/> and <see cref="AdvanceCase"/>, sized on the 2022 report
/// (受理5911宗，成功调解5693宗，调解成功率96.3%，涉及金额5792.14元) at <see cref="Scale"/>: applications, proactive
/// mediation and referrals from the court, the police and 12345 — accepted, assigned, mediated (session records), agreed
/// in writing or orally or failed with the other routes explained; some agreements judicially confirmed, performance
/// monitored and archived; a few refusals. The disputes the screening routed here (still 申请) are taken up the same way.
/// Then a thinner flow for 2023–2026 and open cases in the last weeks (skipped when their clock would need the holiday
/// notice of a year not yet loaded).
/// </summary>
public sealed class MediationDemo : IDemoData
{
    /// <summary>One generated case stands for this many of the report's (the rate and the shape are the report's; the counts are divided).</summary>
    public const int Scale = 20;

    private const int Accepted2022 = 5911 / Scale;
    private const int Succeeded2022 = 5693 / Scale;
    private const long AmountFen2022 = 579214 / Scale;

    private static readonly (string Matter, string Type, string Facts, string Obligations)[] Matters =
    [
        ("邻里排水纠纷", "邻里纠纷", "双方因屋后排水沟堵塞、雨水倒灌发生争执。", "双方共同出工疏通排水沟，今后各自负责屋后沟段的清理。"),
        ("婚姻家庭赡养纠纷", "婚姻家庭纠纷", "老人子女之间就赡养费分担和轮流照料发生争议。", "子女按月分担赡养费，并轮流照料老人起居。"),
        ("劳务报酬纠纷", "劳动争议", "务工人员与雇主就拖欠的劳务报酬发生争议。", "雇主于约定期限内一次性支付拖欠的劳务报酬。"),
        ("交通事故损害赔偿纠纷", "损害赔偿纠纷", "电动自行车与行人轻微碰撞，双方就医疗费赔偿发生争议。", "肇事方承担医疗费，双方就此事再无其他争议。"),
        ("房屋租赁纠纷", "合同纠纷", "房东与租客就押金退还和房屋损坏赔偿发生争议。", "房东扣除维修费后退还剩余押金。"),
        ("宅基地界址纠纷", "土地山林房屋纠纷", "相邻两户就宅基地界址和围墙位置发生争议。", "按村委会测量确定的界址砌墙，费用双方各半承担。"),
        ("物业费纠纷", "物业纠纷", "业主与物业服务企业就物业费和服务质量发生争议。", "物业服务企业整改服务问题，业主补缴物业费。"),
        ("消费退款纠纷", "消费纠纷", "消费者与商户就预付卡退款发生争议。", "商户按剩余金额退款。"),
        ("邻里噪音纠纷", "邻里纠纷", "楼上楼下住户因夜间噪音发生争执。", "一方承诺夜间十点后不再进行产生噪音的活动，另一方表示谅解。"),
    ];

    private static readonly (CaseSource Source, string? ReferredBy)[] Sources =
    [
        (CaseSource.Application, null), (CaseSource.Application, null), (CaseSource.Proactive, null), (CaseSource.Police, "演示镇派出所"),
        (CaseSource.Police, "演示镇派出所"), (CaseSource.Court, "东莞市第三人民法院"), (CaseSource.Hotline, "12345政务服务便民热线"), (CaseSource.Application, null),
    ];

    public string Name => "人民调解（调解案件：受理、调解、协议、司法确认、履行、归档）";

    public int Order => 70;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var calendar = await services.CalendarAsync(ct);
        var office = ProcedureActor.From(await services.UserAsync(MediationOrganizationsDemo.Office));
        var open = services.Get<OpenCase>();
        var advance = services.Get<AdvanceCase>();
        var db = context.Services.GetRequiredService<AppDbContext>();
        var random = context.Random;
        var town = DemoContext.Town;
        var committees = await db.Set<Committee>().AsNoTracking().Where(c => c.RegionCode == town).OrderBy(c => c.Kind).ThenBy(c => c.Name).ToListAsync(ct);
        if (committees.Count == 0)
        {
            context.Report("人民调解：没有调解委员会，未生成调解案件");
            return;
        }

        var mediators = await db.Set<Mediator>().AsNoTracking().Where(m => m.RegionCode == town).ToListAsync(ct);
        var n = 0;

        // The disputes the screening routed here in 2022 are part of the year's accepted cases.
        var screened = await db.Set<MediationCase>().AsNoTracking()
            .Where(c => c.RegionCode == town && c.Source == CaseSource.Screening && c.State == P.Applied)
            .OrderBy(c => c.AppliedOn).ThenBy(c => c.Id).Select(c => new { c.Id, c.AppliedOn, c.CommitteeId }).ToListAsync(ct);
        var screened2022 = screened.Count(c => c.AppliedOn.Year == 2022);
        var direct = Math.Max(0, Accepted2022 - screened2022);
        var fail2022 = Accepted2022 - Succeeded2022;

        // Which of the year's accepted cases fail, and which agreements carry an amount (their sum is the report's).
        var stride = Math.Max(1, Accepted2022 / Math.Max(1, fail2022));
        bool Succeeds(int i) => i % stride != 7 || i / stride >= fail2022;
        var amounts = Amounts(random, Succeeded2022 / 12, AmountFen2022);
        var withAmount = new HashSet<int>(Enumerable.Range(0, amounts.Count).Select(i => (i * 12) + 5));
        var agreedCount = 0;

        async Task Handle(Guid id, DateOnly applied, Guid committeeId, int k, bool succeed, DateOnly? notAfter)
        {
            var last = notAfter ?? new DateOnly(2100, 1, 1);
            var accepted = calendar.After(applied, k % 3 == 0 ? 1 : 0);
            if (accepted > last)
            {
                return;
            }

            await Step(id, P.Accept, accepted, new CaseActionInput { Note = "符合受理条件，予以受理" });
            var pool = mediators.Where(m => m.CommitteeId == committeeId).ToList();
            var names = pool.Count == 0 ? "调解员" : string.Join("、", pool.Skip(k % Math.Max(1, pool.Count)).Take(k % 4 == 0 ? 2 : 1).Select(m => m.Name));
            await Step(id, P.Assign, accepted, new CaseActionInput { Mediators = names });
            var started = calendar.After(accepted, k % 2);
            if (started > last)
            {
                return;
            }

            await Step(id, P.Start, started, new CaseActionInput());
            if (k % 4 == 0)
            {
                await Step(id, P.RecordSession, started, new CaseActionInput
                {
                    SessionPlace = "调解室",
                    SessionParticipants = $"{names}、双方当事人",
                    SessionRecord = "调解员听取双方陈述，释明相关法律规定，引导双方互谅互让。",
                });
            }

            var concluded = calendar.After(started, 1 + (k % 9));
            if (concluded > last)
            {
                return;
            }

            if (!succeed)
            {
                await Step(id, P.Fail, concluded, new CaseActionInput
                {
                    FailureReason = "双方分歧较大，一方坚持诉讼解决",
                    RoutesExplained = "已告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利",
                });
                await Step(id, P.Archive, calendar.After(concluded, 3), new CaseActionInput());
                return;
            }

            var m = Matters[k % Matters.Length];
            var written = k % 3 != 1;
            var amount = 0L;
            if (concluded.Year == 2022 && applied.Year == 2022 && withAmount.Contains(agreedCount) && agreedCount / 12 < amounts.Count)
            {
                amount = amounts[agreedCount / 12];
                written = true;
            }

            if (concluded.Year == 2022)
            {
                agreedCount++;
            }

            await Step(id, P.Agree, concluded, new CaseActionInput
            {
                AgreementForm = written ? nameof(AgreementForm.Written) : nameof(AgreementForm.Oral),
                Obligations = m.Obligations,
                PerformanceTerms = written ? "协议签订后十日内履行完毕" : null,
                AmountYuan = amount / 100m,
                PartiesSigned = true,
                MediatorSigned = true,
                Sealed = true,
            });
            var monitored = calendar.After(concluded, 2);
            if (monitored > last)
            {
                return;
            }

            if (k % 25 == 3 && written)
            {
                await Step(id, P.ApplyConfirmation, monitored, new CaseActionInput { Court = "东莞市第三人民法院", JointApplication = true, Note = "双方当事人共同申请司法确认" });
                var decided = calendar.After(monitored, 10);
                if (decided > last)
                {
                    return;
                }

                await Step(id, P.RecordConfirmation, decided, new CaseActionInput { Confirmed = true, Note = "人民法院裁定调解协议有效" });
                monitored = decided;
            }
            else
            {
                await Step(id, P.Monitor, monitored, new CaseActionInput());
            }

            var checkedOn = calendar.After(monitored, 10);
            if (checkedOn > last)
            {
                return;
            }

            await Step(id, P.CheckPerformance, checkedOn, new CaseActionInput { Performance = k % 40 == 11 ? nameof(Performance.Partial) : nameof(Performance.Full) });
            await Step(id, P.Archive, calendar.After(checkedOn, 2), new CaseActionInput());
        }

        async Task Step(Guid id, string action, DateOnly on, CaseActionInput input)
        {
            services.Clock.Set(on, 30);
            await advance.ExecuteAsync(id, action, input with { On = on }, office, ct);
        }

        async Task<Guid> Open(DateOnly on, int k, Guid committeeId)
        {
            services.Clock.Set(on);
            var m = Matters[k % Matters.Length];
            var (source, referredBy) = Sources[k % Sources.Length];
            var created = await open.ExecuteAsync(new OpenCaseInput
            {
                CommitteeId = committeeId,
                Source = source.ToString(),
                ReferredBy = referredBy,
                Matter = m.Matter,
                DisputeType = m.Type,
                Facts = m.Facts,
                On = on,
                Parties =
                [
                    new PartyInput(MediationOrganizationsDemo.Person(k * 2 + 100), "一方当事人", k % 3 == 0 ? SyntheticIdNumber(k) : null, k % 2 == 0 ? $"1390001{k % 10000:0000}" : null),
                    new PartyInput(MediationOrganizationsDemo.Person(k * 2 + 101), "另一方当事人", null, null),
                ],
            }, town, office, ct);
            return created.Id;
        }

        // Four in ten cases go to the town committee, three to the 驻所调解室, the rest to the village committees.
        var townCommittee = committees.FirstOrDefault(c => c.Kind == CommitteeKind.Town) ?? committees[0];
        var police = committees.FirstOrDefault(c => c.Kind == CommitteeKind.PoliceStation) ?? townCommittee;
        var villages = committees.Where(c => c.Kind == CommitteeKind.Village).DefaultIfEmpty(townCommittee).ToList();
        Guid CommitteeFor(int k) => (k % 10 < 4 ? townCommittee : k % 10 < 7 ? police : villages[k % villages.Count]).Id;

        // 2022: the screened disputes first (their dates are set), then the direct cases spread over the working year.
        foreach (var c in screened.Where(c => c.AppliedOn.Year == 2022))
        {
            await Handle(c.Id, c.AppliedOn, c.CommitteeId, n, Succeeds(n), new DateOnly(2022, 12, 31));
            n++;
            Flush(db, n);
        }

        foreach (var day in calendar.Spread(random, new DateOnly(2022, 1, 4), new DateOnly(2022, 12, 9), direct))
        {
            var committee = CommitteeFor(n);
            var id = await Open(day, n, committee);
            await Handle(id, day, committee, n, Succeeds(n), null);
            n++;
            Flush(db, n);
        }

        // Refusals: a party expressly refuses, the case ends before it starts (第十七条).
        for (var i = 0; i < 3; i++)
        {
            var day = calendar.OnOrAfter(new DateOnly(2022, 3 + (i * 3), 10));
            var id = await Open(day, n++, townCommittee.Id);
            await Step(id, P.Refuse, calendar.After(day, 1), new CaseActionInput { RefusingParty = "另一方当事人", Note = "另一方当事人明确表示拒绝调解" });
            await Step(id, P.Archive, calendar.After(day, 3), new CaseActionInput());
        }

        // 2023–2026: a thinner flow (the counts of later years are not in the seed), and the later screened disputes.
        var later = 0;
        var skipped = 0;
        var today = LegalDate.Today(context.Services.GetRequiredService<TimeProvider>());
        foreach (var c in screened.Where(c => c.AppliedOn.Year > 2022))
        {
            skipped += await Tolerant(db, () => Handle(c.Id, c.AppliedOn, c.CommitteeId, n, n % 20 != 9, today));
            n++;
            Flush(db, n);
        }

        for (var year = 2023; year <= today.Year; year++)
        {
            var last = year == today.Year ? today.AddDays(-1) : new DateOnly(year, 12, 20);
            var first = new DateOnly(year, 1, 4);
            if (!calendar.HasYear(year) || last < first)
            {
                continue;
            }

            foreach (var day in calendar.Spread(random, first, last, 30))
            {
                var committee = CommitteeFor(n);
                var k = n;
                skipped += await Tolerant(db, async () =>
                {
                    var id = await Open(day, k, committee);
                    await Handle(id, day, committee, k, k % 20 != 9, today);
                });
                n++;
                later++;
                Flush(db, n);
            }
        }

        context.Report($"人民调解：2022年受理调解案件{Accepted2022}宗（约为年度报告数的1/{Scale}；其中矛盾纠纷排查转入{screened2022}宗），" +
            $"拒绝调解3宗；2023年以来{later}宗{(skipped > 0 ? $"（{skipped}宗的期限跨入尚未载入节假日安排的年度，停在当前环节）" : "")}");
    }

    /// <summary>Runs one case; a clock that would need a holiday notice not yet loaded stops that case where it is.</summary>
    private static async Task<int> Tolerant(AppDbContext db, Func<Task> act)
    {
        try
        {
            await act();
            return 0;
        }
        catch (CalendarYearMissingException)
        {
            // Nothing of the refused step is kept.
            db.ChangeTracker.Clear();
            return 1;
        }
    }

    /// <summary>Keeps the unit of work small: thousands of cases in one scope would slow every save.</summary>
    private static void Flush(AppDbContext db, int n)
    {
        if (n % 5 == 0)
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary><paramref name="count"/> amounts in 分 summing exactly to <paramref name="total"/>.</summary>
    private static List<long> Amounts(Random random, int count, long total)
    {
        if (count <= 0)
        {
            return [];
        }

        var weights = Enumerable.Range(0, count).Select(_ => 1 + random.Next(100)).ToList();
        var sum = weights.Sum();
        var amounts = weights.Select(w => total * w / sum).ToList();
        amounts[^1] += total - amounts.Sum();
        return amounts;
    }

    /// <summary>A synthetic 公民身份号码 with a correct check character: 441900 (东莞), a 1980s birth date, a sequence.</summary>
    internal static string SyntheticIdNumber(int n)
    {
        var birth = new DateOnly(1980, 1, 1).AddDays(n * 41 % 3650);
        var body = $"441900{birth:yyyyMMdd}{(n % 900) + 100:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11].ToString(CultureInfo.InvariantCulture);
    }
}
