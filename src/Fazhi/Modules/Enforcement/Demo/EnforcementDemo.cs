using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Modules.Enforcement.Inspections;
using Fazhi.Modules.Enforcement.Libraries;
using Fazhi.Modules.Enforcement.Publication;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Demo;

/// <summary>
/// 综合行政执法演示数据 of 演示镇, reproducing the seed report's enforcement paragraph for 2022: 700余宗 penalty cases, of
/// which 92 environmental and 30 medical (12 of them 非法行医, 罚没款约129万元); 2811 药店 and 935 医疗机构 inspections;
/// 21 training sessions; and a smaller 2021. Every case runs the ordinary procedure's steps on working days through the
/// procedure machine and the case's own methods (the same gates as the use cases), and is inserted in batches — the use
/// cases' one transaction per step would take minutes for 800 cases.
/// </summary>
public sealed class EnforcementDemo : IDemoData
{
    public const int PenaltyCases2022 = 746;
    public const int EnvironmentCases2022 = 92;
    public const int MedicalCases2022 = 30;
    public const int PharmacyInspections2022 = 2811;
    public const int MedicalInspections2022 = 935;
    public const int TrainingSessions2022 = 21;

    /// <summary>
    /// 逮捕涉“食药环知森”领域犯罪人员23人: cases transferred to the public security organ (食品药品、知识产权 — not 生态环境 or
    /// 医疗卫生, whose filed cases the seed counts as 92 and 30) and the persons arrested in each, 23 in all.
    /// </summary>
    public static readonly (string MatterKey, string Suspicion, int Arrested)[] Transfers2022 =
    [
        ("drug", "涉嫌销售假药", 4), ("drug", "涉嫌销售假药", 3), ("food", "涉嫌生产、销售有毒、有害食品", 5), ("food", "涉嫌生产、销售不符合安全标准的食品", 2),
        ("market", "涉嫌假冒注册商标", 4), ("market", "涉嫌销售假冒注册商标的商品", 3), ("market", "涉嫌销售假冒注册商标的商品", 2),
    ];

    /// <summary>非法行医 fines of 2022 in 元: 12 cases, 1,290,000 元 in all (约129万元).</summary>
    public static readonly long[] IllegalPracticeFinesYuan = [150_000, 120_000, 110_000, 110_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000];

    private const string IllegalPracticeMatterCode = "YL-001";
    private const string Officer = "demo.enforcement";
    private const string Leader = "demo.leader";
    private const string Reviewer = "demo.legal-office";
    private const int Batch = 100;

    public string Name => "综合行政执法（执法库、案件、公示、检查、培训）";

    /// <summary>After 合法性审查 (30), which loads the 2021 holiday calendar the 2021 cases count on.</summary>
    public int Order => 60;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var run = new Run(context, new DemoServices(context, new DateOnly(2021, 1, 4)), cancellationToken);
        await run.GenerateAsync();
    }

    private sealed record CasePlan(EnforcementMatter Matter, DiscretionStandard Standard, long FineFen, PartyKind Party, string PartyName, DateOnly Clue, bool Published);

    private sealed class Run(DemoContext context, DemoServices services, CancellationToken ct)
    {
        private readonly Random _random = context.Random;
        private readonly AppDbContext _db = services.Get<AppDbContext>();
        private readonly ProcedureMachine _machine = services.Get<ProcedureMachine>();
        private readonly IssueNumber _numbers = services.Get<IssueNumber>();
        private readonly string _town = DemoContext.Town;
        private WorkingDayCalendar _calendar = null!;
        private ProcedureActor _officer = null!;
        private ProcedureActor _leader = null!;
        private ProcedureActor _legalOffice = null!;
        private EnforcementAgency _agency = null!;
        private List<Officer> _officers = [];
        private List<Officer> _reviewers = [];
        private List<LegalReviewCatalogItem> _catalog = [];
        private readonly Dictionary<string, (EnforcementMatter Matter, DiscretionStandard Standard)> _matters = [];

        public async Task GenerateAsync()
        {
            if (await _db.Set<EnforcementAgency>().AnyAsync(a => a.RegionCode == _town, ct))
            {
                context.Report("演示镇已有执法库，跳过");
                return;
            }

            _calendar = await services.CalendarAsync(ct);
            _officer = ProcedureActor.From(await services.UserAsync(Officer));
            _leader = ProcedureActor.From(await services.UserAsync(Leader));
            _legalOffice = ProcedureActor.From(await services.UserAsync(Reviewer));
            await LibrariesAsync();
            if (_calendar.HasYear(2021))
            {
                await CasesAsync(2021, 80, 8, 3, []);
            }

            await CasesAsync(2022, PenaltyCases2022, EnvironmentCases2022, MedicalCases2022, IllegalPracticeFinesYuan);
            await TransfersAsync(2022, Transfers2022);
            await InspectionsAsync(2021, 2380, 860);
            await InspectionsAsync(2022, PharmacyInspections2022, MedicalInspections2022);
            await TrainingsAsync(2021, 17);
            await TrainingsAsync(2022, TrainingSessions2022);
        }

        private async Task LibrariesAsync()
        {
            _agency = new EnforcementAgency(_town, "演示镇人民政府", "广东省人民政府关于乡镇街道综合行政执法的公告（2020年8月）；东莞市人民政府关于镇街综合行政执法事项目录的公告");
            _db.Add(_agency);
            var surnames = "陈李黄张梁林刘何罗郑叶王邓谢钟杨吴周徐莫袁卢".ToCharArray();
            var given = new[] { "志强", "建华", "伟明", "国栋", "丽娟", "海燕", "文杰", "俊豪", "嘉欣", "家辉", "晓东", "少华", "永康", "振宇", "秀英", "子健", "锦荣", "婉婷" };
            for (var i = 0; i < 36; i++)
            {
                var reviewer = i < 3;
                var name = $"{surnames[i % surnames.Length]}{given[(i * 7) % given.Length]}";
                _officers.Add(new Officer(_town, name, $"44190{(2019_0001 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                    reviewer ? "法制审核" : "综合行政执法", new DateOnly(2019, 7, 1), new DateOnly(2027, 6, 30), reviewer, reviewer));
            }

            _db.AddRange(_officers);
            _reviewers = _officers.Take(3).ToList();
            _officers = _officers.Skip(3).ToList();
            foreach (var (key, code, name, domain, basis, violation, min, max) in MatterList())
            {
                var matter = new EnforcementMatter(_town, _agency.Id, code, name, domain, basis);
                var standard = new DiscretionStandard(_town, matter.Id, violation, "一般情节", min * 100, max * 100, basis);
                _db.AddRange(matter, standard);
                _matters[key] = (matter, standard);
            }

            _catalog =
            [
                new LegalReviewCatalogItem(_town, LegalReviewCriterion.FineAtLeast, "拟作出较大数额罚款（5万元以上）的", 50_000_00),
                new LegalReviewCatalogItem(_town, LegalReviewCriterion.LicenceMeasure, "拟吊销许可证件、降低资质等级的"),
                new LegalReviewCatalogItem(_town, LegalReviewCriterion.BusinessMeasure, "拟责令停产停业、责令关闭、限制从业的"),
            ];
            _db.AddRange(_catalog);
            await _db.SaveChangesAsync(ct);
            _db.ChangeTracker.Clear();
            context.Report($"执法主体1个，执法人员{_officers.Count + _reviewers.Count}名（法制审核人员{_reviewers.Count}名），执法事项{_matters.Count}项");
        }

        private static IEnumerable<(string Key, string Code, string Name, EnforcementDomain Domain, string Basis, string Violation, long Min, long Max)> MatterList() =>
        [
            ("illegal", IllegalPracticeMatterCode, "对非法行医（未取得医疗机构执业许可证擅自执业）的行政处罚", EnforcementDomain.Medical, "《中华人民共和国基本医疗卫生法》第九十九条第一款", "未取得医疗机构执业许可证擅自执业", 50_000, 200_000),
            ("medical", "YL-002", "对医疗机构使用非卫生技术人员从事医疗卫生技术工作的行政处罚", EnforcementDomain.Medical, "《医疗机构管理条例》第四十七条", "使用非卫生技术人员", 10_000, 50_000),
            ("water", "HJ-001", "对超标排放水污染物的行政处罚", EnforcementDomain.Environment, "《中华人民共和国水污染防治法》第八十三条", "超标排放水污染物", 100_000, 1_000_000),
            ("air", "HJ-002", "对未采取措施防治扬尘污染的行政处罚", EnforcementDomain.Environment, "《中华人民共和国大气污染防治法》第一百一十五条", "施工工地未采取扬尘污染防治措施", 10_000, 100_000),
            ("drug", "SY-001", "对药品零售企业未凭处方销售处方药的行政处罚", EnforcementDomain.FoodAndDrugs, "《药品流通监督管理办法》第三十八条", "未凭处方销售处方药", 200, 1_000),
            ("food", "SY-002", "对食品经营者未按规定公示食品经营许可证的行政处罚", EnforcementDomain.FoodAndDrugs, "《中华人民共和国食品安全法》第一百二十六条", "未按规定公示许可证", 5_000, 50_000),
            ("market", "SC-001", "对未按规定明码标价的行政处罚", EnforcementDomain.Market, "《明码标价和禁止价格欺诈规定》第二十一条", "未按规定明码标价", 200, 5_000),
            ("city", "CG-001", "对擅自占用城市道路摆卖的行政处罚", EnforcementDomain.CityManagement, "《城市市容和环境卫生管理条例》第三十六条", "擅自占道经营", 200, 2_000),
            ("sign", "CG-002", "对擅自设置户外广告设施的行政处罚", EnforcementDomain.CityManagement, "《广东省城乡生活垃圾管理条例》及东莞市户外广告设施管理规定", "擅自设置户外广告设施", 1_000, 10_000),
            ("build", "GH-001", "对未取得建设工程规划许可证进行建设的行政处罚", EnforcementDomain.Planning, "《中华人民共和国城乡规划法》第六十四条", "未取得建设工程规划许可证建设", 5_000, 50_000),
            ("safety", "AQ-001", "对生产经营单位未按规定开展安全生产教育培训的行政处罚", EnforcementDomain.Safety, "《中华人民共和国安全生产法》第九十七条", "未按规定开展安全生产教育培训", 10_000, 50_000),
        ];

        private async Task CasesAsync(int year, int total, int environment, int medical, long[] illegalFinesYuan)
        {
            var plans = Plans(year, total, environment, medical, illegalFinesYuan);
            for (var i = 0; i < plans.Count; i += Batch)
            {
                await using var transaction = await _db.Database.BeginTransactionAsync(ct);
                foreach (var plan in plans.Skip(i).Take(Batch))
                {
                    await CaseAsync(plan);
                }

                await _db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                _db.ChangeTracker.Clear();
            }

            context.Report($"{year}年行政处罚案件 {plans.Count} 宗（生态环境{environment}宗、医疗卫生{medical}宗，其中非法行医{illegalFinesYuan.Length}宗）");
        }

        private List<CasePlan> Plans(int year, int total, int environment, int medical, long[] illegalFinesYuan)
        {
            var days = _calendar.Spread(_random, new DateOnly(year, 1, 4), new DateOnly(year, 10, 14), total);
            var keys = new List<string>();
            keys.AddRange(Enumerable.Repeat("illegal", illegalFinesYuan.Length));
            keys.AddRange(Enumerable.Repeat("medical", medical - illegalFinesYuan.Length));
            keys.AddRange(Enumerable.Range(0, environment).Select(i => i % 3 == 0 ? "water" : "air"));
            string[] others = ["drug", "drug", "food", "market", "market", "city", "city", "city", "sign", "build", "safety"];
            while (keys.Count < total)
            {
                keys.Add(others[_random.Next(others.Length)]);
            }

            keys = keys.OrderBy(_ => _random.Next()).ToList();
            var illegal = 0;
            var plans = new List<CasePlan>();
            for (var i = 0; i < total; i++)
            {
                var (matter, standard) = _matters[keys[i]];
                var fine = keys[i] == "illegal"
                    ? illegalFinesYuan[illegal++] * 100
                    : RoundedFine(standard);
                var individual = keys[i] is "illegal" or "city" || (keys[i] == "market" && _random.Next(2) == 0);
                var party = individual ? PersonName() : CompanyName(matter.Domain);
                plans.Add(new CasePlan(matter, standard, fine, individual ? PartyKind.Individual : PartyKind.Organisation, party, days[i], true));
            }

            return plans;
        }

        private long RoundedFine(DiscretionStandard s)
        {
            var step = s.MaxFineFen >= 1_000_000_00 ? 10_000_00 : s.MaxFineFen >= 50_000_00 ? 1_000_00 : 100_00;
            var steps = (s.MaxFineFen - s.MinFineFen) / step;
            // Most fines sit in the lower part of the range, as 裁量 usually does for a first violation.
            return s.MinFineFen + (step * (long)(steps * Math.Pow(_random.NextDouble(), 2)));
        }

        private string PersonName()
        {
            const string surnames = "陈李黄张梁林刘何罗郑叶王邓谢钟杨吴周徐莫袁卢苏蔡";
            const string given = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国荣";
            return $"{surnames[_random.Next(surnames.Length)]}{given[_random.Next(given.Length)]}{(_random.Next(3) == 0 ? "" : given[_random.Next(given.Length)].ToString())}";
        }

        private string CompanyName(EnforcementDomain domain)
        {
            string[] words = ["宏达", "兴业", "永盛", "华丰", "恒通", "鑫源", "晟辉", "俊扬", "富强", "金利", "嘉禾", "百顺", "联发", "创辉"];
            var kind = domain switch
            {
                EnforcementDomain.Environment => new[] { "五金制品厂", "电子有限公司", "塑胶制品有限公司", "印染有限公司", "建筑工程有限公司" },
                EnforcementDomain.Medical => ["门诊部", "诊所", "口腔诊所"],
                EnforcementDomain.FoodAndDrugs => ["大药房", "药店", "餐饮店", "食品商行"],
                EnforcementDomain.Safety => ["机械有限公司", "家具厂", "物流有限公司"],
                EnforcementDomain.Planning => ["实业有限公司", "房地产开发有限公司"],
                _ => ["商行", "百货店", "贸易有限公司"],
            };
            return $"东莞市{words[_random.Next(words.Length)]}{words[_random.Next(words.Length)]}{kind[_random.Next(kind.Length)]}";
        }

        /// <summary>One case through 线索 → 立案 → 调查 → 终结 → (法制审核) → 告知 → 陈述申辩 → 决定 → 送达 → 公示 → 缴款 → 结案.</summary>
        private async Task CaseAsync(CasePlan plan)
        {
            var c = new EnforcementCase(_town, $"{plan.PartyName}{plan.Standard.Violation}案", plan.Matter.Id, plan.Matter.Domain, plan.Party, plan.PartyName, null,
                plan.Matter.Domain == EnforcementDomain.Medical ? ClueSource.Complaint : (ClueSource)(1 + _random.Next(3)),
                $"{plan.PartyName}涉嫌{plan.Standard.Violation}", plan.Clue);
            if (plan.Matter.Code == IllegalPracticeMatterCode)
            {
                c.MarkIllegalMedicalPractice();
            }

            var on = plan.Clue;
            var (instance, investigators) = await FileAndInvestigateAsync(c, on);
            _db.Add(new CaseEvidence(c, "现场检查笔录", $"执法人员现场检查，{plan.PartyName}存在{plan.Standard.Violation}的情形，当场制作现场检查笔录并拍照取证", on,
                string.Join("、", investigators.Select(o => $"{o.Name}（{o.CertificateNumber}）"))));
            Step(c, instance, "record_evidence", _officer, on, investigators);

            on = _calendar.After(on, 3 + _random.Next(20));
            c.Report(on, $"经查，{plan.PartyName}存在{plan.Standard.Violation}的违法行为，事实清楚，证据确凿。", CaseOutcome.Penalty, PenaltyMeasures.Fine,
                plan.FineFen, null, plan.Standard, null, false, false, false);
            Step(c, instance, "report", _officer, on, investigators);
            if (c.LegalReviewReasons(_catalog).Count > 0)
            {
                on = _calendar.After(on, 1 + _random.Next(3));
                var reviewer = _reviewers[_random.Next(_reviewers.Count)];
                c.RecordLegalReview(reviewer, on, true, "主体合法，事实清楚，证据确凿，适用依据正确，程序合法，处罚适当，同意。");
                Step(c, instance, "legal_review", _legalOffice, on, investigators, reviewer);
            }

            on = _calendar.After(on, 1 + _random.Next(2));
            c.ServeNotice(on, c.HearingEligible);
            Step(c, instance, "notify", _officer, on, investigators);
            if (_random.Next(3) == 0)
            {
                // No statement within the period: closed on the first working day after it lapsed.
                on = _calendar.After(HearingRules.RequestDeadline(_calendar, on).Due, 1);
                Step(c, instance, "close_defence", _officer, on, investigators);
            }
            else
            {
                on = _calendar.After(on, 1);
                c.WaiveRights(on);
                Step(c, instance, "waive_rights", _officer, on, investigators);
            }

            on = _calendar.After(on, 1 + _random.Next(3));
            c.Decide(on, CaseOutcome.Penalty, plan.FineFen, plan.Standard, "");
            c.AssignDecisionNumber((await _numbers.NextAsync(_db, _town, TakeCaseAction.DecisionNumberKind, on.Year, new NumberSubject(nameof(EnforcementCase), c.Id.ToString()), ct)).Text);
            Step(c, instance, "decide_penalty", _leader, on, investigators);
            var publication = Register(c);

            Step(c, instance, "serve_with_fine", _officer, on, investigators);
            c.Serve(on, instance.Clocks.First(k => k.RuleKey == OrdinaryProcedure.PaymentClock).DueDate);

            on = _calendar.After(on, 1 + _random.Next(4));
            c.Publish(on);
            Step(c, instance, "publish", _officer, on, investigators);
            Publish(publication, c, on);

            // Paid within the 15 days after service (第六十七条), and not before the last step.
            var paidOn = c.ServedOn!.Value.AddDays(3 + _random.Next(10));
            on = paidOn > on ? paidOn : on;
            services.Clock.Set(on);
            c.RecordPayment(on, plan.FineFen);
            Step(c, instance, "record_payment", _officer, on, investigators);

            on = _calendar.After(on, 1 + _random.Next(3));
            c.Close(on);
            Step(c, instance, "close", _leader, on, investigators);
        }

        /// <summary>线索 → 立案 → 调查 → 移送司法机关 → 登记司法机关处理结果 → 结案, for crimes found in investigation.</summary>
        private async Task TransfersAsync(int year, (string MatterKey, string Suspicion, int Arrested)[] transfers)
        {
            var days = _calendar.Spread(_random, new DateOnly(year, 2, 7), new DateOnly(year, 9, 30), transfers.Length);
            for (var i = 0; i < transfers.Length; i++)
            {
                var (matterKey, suspicion, arrested) = transfers[i];
                var (matter, _) = _matters[matterKey];
                var party = CompanyName(matter.Domain);
                var on = days[i];
                var c = new EnforcementCase(_town, $"{party}{suspicion}案", matter.Id, matter.Domain, PartyKind.Organisation, party, null, ClueSource.Inspection,
                    $"{party}{suspicion}", on);
                var (instance, investigators) = await FileAndInvestigateAsync(c, on);

                // 行政执法机关移送涉嫌犯罪案件的规定: 涉嫌犯罪的，应当向公安机关移送.
                on = _calendar.After(on, 2 + _random.Next(5));
                c.Decide(on, CaseOutcome.Transfer, 0, null, "");
                Step(c, instance, "transfer", _leader, on, investigators);

                on = _calendar.After(on, 10 + _random.Next(20));
                var detained = arrested + _random.Next(3);
                c.RecordJudicialOutcome(on, $"公安机关立案侦查，刑事拘留犯罪嫌疑人{detained}人，经检察机关批准逮捕{arrested}人", arrested, detained);
                Step(c, instance, "record_judicial_outcome", _officer, on, investigators);
                on = _calendar.After(on, 1);
                c.Close(on);
                Step(c, instance, "close", _leader, on, investigators);
                await _db.SaveChangesAsync(ct);
            }

            _db.ChangeTracker.Clear();
            context.Report($"{year}年移送公安机关涉嫌犯罪案件 {transfers.Length} 宗，逮捕 {transfers.Sum(t => t.Arrested)} 人");
        }

        /// <summary>线索 → 立案 (with its case number) → 调查 by two certified officers, on the clue's day.</summary>
        private async Task<(ProcedureInstance Instance, List<Officer> Investigators)> FileAndInvestigateAsync(EnforcementCase c, DateOnly on)
        {
            services.Clock.Set(on);
            var start = _machine.Start(OrdinaryProcedure.Key, EnforcementCase.SubjectType, c.Id, _town, _officer, on);
            _db.AddRange(start.Added);
            var instance = start.Instance;
            c.Attach(instance.Id);
            _db.Add(c);
            var investigators = PickOfficers();
            c.File(on, (await _numbers.NextAsync(_db, _town, TakeCaseAction.CaseNumberKind, on.Year, new NumberSubject(nameof(EnforcementCase), c.Id.ToString()), ct)).Text);
            Step(c, instance, "file", _leader, on, investigators);
            _db.AddRange(c.AssignOfficers(investigators, on));
            Step(c, instance, "investigate", _officer, on, investigators);
            return (instance, investigators);
        }

        private List<Officer> PickOfficers()
        {
            var first = _random.Next(_officers.Count);
            var second = (first + 1 + _random.Next(_officers.Count - 1)) % _officers.Count;
            return [_officers[first], _officers[second]];
        }

        private void Step(EnforcementCase c, ProcedureInstance instance, string action, ProcedureActor actor, DateOnly on, List<Officer> investigators, Officer? reviewer = null)
        {
            services.Clock.Set(on, instance.StepCount);
            var result = _machine.Apply(instance, action, actor, new CaseGateContext(c, investigators, _catalog, _calendar, on, reviewer), new StepInput { On = on }, _calendar);
            _db.AddRange(result.Added);
            c.Moved(instance.State);
        }

        private DecisionPublication Register(EnforcementCase c)
        {
            var publication = new DecisionPublication(c, PublicationKind.Penalty);
            var start = _machine.Start(PublicationProcedure.Key, DecisionPublication.SubjectType, publication.Id, _town, _officer, publication.DecidedOn);
            publication.Attach(start.Instance.Id);
            var registered = _machine.Apply(start.Instance, "register_penalty", _leader, null, new StepInput { On = publication.DecidedOn }, _calendar);
            publication.Moved(start.Instance.State);
            publication.Due(start.Instance.Clocks.Single().DueDate);
            _db.AddRange(start.Added);
            _db.AddRange(registered.Added);
            _db.Add(publication);
            _pending = start.Instance;
            return publication;
        }

        private ProcedureInstance? _pending;

        private void Publish(DecisionPublication publication, EnforcementCase c, DateOnly on)
        {
            var result = _machine.Apply(_pending!, "publish", _officer, null, new StepInput { On = on }, _calendar);
            _db.AddRange(result.Added);
            publication.Moved(_pending!.State);
            publication.Publish(c, _agency.Name, on);
        }

        private async Task InspectionsAsync(int year, int pharmacies, int medical)
        {
            var plans = new[]
            {
                new InspectionPlan(_town, year, $"{year}年药品安全全覆盖检查（食品药品安全专项整治）", InspectionCategory.Pharmacy, InspectionPlanKind.Special, "按照“四个最严”要求，对辖区药店全覆盖检查"),
                new InspectionPlan(_town, year, $"{year}年医疗机构日常监督检查", InspectionCategory.Medical, InspectionPlanKind.Routine, "对辖区医疗机构开展日常监督检查和双随机抽查"),
            };
            _db.AddRange(plans);
            await _db.SaveChangesAsync(ct);
            var pharmacyNames = Enumerable.Range(1, 250).Select(i => $"东莞市演示镇{CompanyName(EnforcementDomain.FoodAndDrugs).Replace("东莞市", "", StringComparison.Ordinal)}（第{i}号）").ToList();
            var clinicNames = Enumerable.Range(1, 90).Select(i => $"演示镇{CompanyName(EnforcementDomain.Medical).Replace("东莞市", "", StringComparison.Ordinal)}（第{i}号）").ToList();
            await InspectAsync(plans[0], pharmacies, pharmacyNames, year);
            await InspectAsync(plans[1], medical, clinicNames, year);
            context.Report($"{year}年检查药店{pharmacies}家次、医疗机构{medical}间次");
        }

        private async Task InspectAsync(InspectionPlan plan, int count, List<string> entities, int year)
        {
            var days = _calendar.Spread(_random, new DateOnly(year, 1, 4), new DateOnly(year, 12, 23), count);
            var rows = new List<InspectionRecord>(count);
            for (var i = 0; i < count; i++)
            {
                var pair = PickOfficers();
                var record = new InspectionRecord(_town, plan.Id, null, days[i], entities[i % entities.Count], null, plan.Category, pair[0], pair[1]);
                var roll = _random.Next(100);
                var (result, findings) = roll switch
                {
                    < 90 => (InspectionResult.Compliant, (string?)null),
                    < 98 => (InspectionResult.Rectification, "台账记录不完整，已责令限期整改"),
                    _ => (InspectionResult.Violation, plan.Category == InspectionCategory.Pharmacy ? "涉嫌未凭处方销售处方药" : "涉嫌使用非卫生技术人员从事医疗卫生技术工作"),
                };
                record.RecordResult(days[i], result, findings);
                rows.Add(record);
            }

            foreach (var chunk in rows.Chunk(1000))
            {
                _db.AddRange(chunk);
                await _db.SaveChangesAsync(ct);
                _db.ChangeTracker.Clear();
            }
        }

        private async Task TrainingsAsync(int year, int count)
        {
            string[] topics =
            [
                "新修订《行政处罚法》解读", "行政执法“三项制度”实务", "行政处罚裁量基准适用", "执法文书制作规范", "医疗卫生监督执法实务", "生态环境执法与证据固定",
                "药品安全监管法律法规", "城市管理执法规范化", "安全生产执法检查要点", "行政强制措施实施程序", "包容审慎监管与柔性执法", "全过程记录与执法记录仪使用",
                "广东省一体化行政执法平台操作", "行政执法与刑事司法衔接", "食品安全法律法规", "建设工程规划执法", "重大执法决定法制审核", "执法人员职业道德与廉政",
                "行政复议与行政诉讼应诉", "消防安全执法实务", "市场监管执法实务",
            ];
            var days = _calendar.Spread(_random, new DateOnly(year, 2, 14), new DateOnly(year, 12, 16), count);
            var all = _officers.Concat(_reviewers).ToList();
            for (var i = 0; i < count; i++)
            {
                var attendees = all.Where(_ => _random.Next(4) != 0).Select(o => o.Id).ToList();
                _db.Add(new TrainingSession(_town, days[i], topics[i % topics.Length], 4, i % 3 == 0 ? "上级行业主管部门" : "镇综合行政执法办", attendees));
            }

            await _db.SaveChangesAsync(ct);
            context.Report($"{year}年执法业务学习培训班 {count} 个");
        }
    }
}
