using System.Security.Claims;

using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Modules.LegalityReview.Reviews;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LegalityReview.Demo;

/// <summary>
/// 合法性审查演示数据 of 演示镇: first answers the reviews other modules requested (规范性文件草案), then reviews the town's
/// party and government documents of 2022 up to the scenario's 90, and its government contracts — 50 in 2021, 89 in
/// 2022 worth 76.4亿元 in all. Every case goes through 送审 → 受理 → 指定审查人员 → 出具意见 → 反馈 → 决定 → 归档 on
/// working days, through the module's own use cases.
/// </summary>
public sealed class LegalityReviewDemo : IDemoData
{
    public const int Documents2022 = 90;
    public const int Contracts2021 = 50;
    public const int Contracts2022 = 89;

    /// <summary>76.4亿元 in 分.</summary>
    public const long ContractsAmount2022Fen = 764_000_000_000;

    private const string Office = "demo.legal-office";
    private const string Adviser = "demo.legal-adviser";
    private const string Clerk = "demo.clerk";
    private const string Leader = "demo.leader";

    public string Name => "合法性审查（党委政府文件、政府合同）";

    /// <summary>After 公平竞争审查 (20) and the drafting half of 规范性文件 (10), whose requests it answers; before their publication (40).</summary>
    public int Order => 30;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var run = new Run(context, new DemoServices(context, new DateOnly(2021, 1, 4)), cancellationToken);
        await run.GenerateAsync();
    }

    private sealed record Plan(DateOnly Submit, bool Returned, bool Complex);

    private sealed class Run(DemoContext context, DemoServices services, CancellationToken ct)
    {
        private readonly Random _random = context.Random;
        private readonly AppDbContext _db = services.Get<AppDbContext>();
        private readonly SubmitReview _submit = services.Get<SubmitReview>();
        private readonly TakeReviewStep _step = services.Get<TakeReviewStep>();
        private readonly Dictionary<string, ClaimsPrincipal> _users = [];
        private WorkingDayCalendar _calendar = null!;

        public async Task GenerateAsync()
        {
            await EnsureCalendar2021Async();
            foreach (var login in new[] { Office, Adviser, Clerk, Leader })
            {
                _users[login] = await services.UserAsync(login);
            }

            await AnswerRequestsAsync();
            await DocumentsAsync();
            await ContractsAsync(2021, Contracts2021, null);
            await ContractsAsync(2022, Contracts2022, ContractsAmount2022Fen);
        }

        /// <summary>The 2021 contracts are counted on 2021 working days, so the year's notice (国办发明电〔2020〕27号) is loaded first.</summary>
        private async Task EnsureCalendar2021Async()
        {
            if (!(await services.CalendarAsync(ct)).HasYear(2021))
            {
                await services.Get<LoadHolidayYear>().ExecuteAsync(2021, Holidays2021.Source, Holidays2021.Json, "system", ct);
                context.Report("已载入2021年节假日安排（国办发明电〔2020〕27号）");
            }

            _calendar = await services.CalendarAsync(ct);
        }

        /// <summary>Reviews requested by other modules (e.g. 规范性文件草案) and still awaiting their opinion.</summary>
        private async Task AnswerRequestsAsync()
        {
            var pending = await _db.Set<Domain.LegalityReview>().AsNoTracking()
                .Where(r => r.RegionCode == DemoContext.Town && r.SubjectType != null && r.Status == ReviewStatus.Submitted)
                .OrderBy(r => r.SubmittedOn).ThenBy(r => r.Title)
                .Select(r => new { r.Id, r.SubmittedOn, r.DocumentType })
                .ToListAsync(ct);
            foreach (var request in pending)
            {
                // The requesting module records its own decision (集体审议); this module answers and the unit responds.
                await ReviewAsync(request.Id, request.SubmittedOn, request.DocumentType, decide: false);
                _db.ChangeTracker.Clear();
            }

            context.Report($"答复其他模块送审的审查请求 {pending.Count} 件");
        }

        private async Task DocumentsAsync()
        {
            var issued = await _db.Set<Domain.LegalityReview>().AsNoTracking()
                .CountAsync(r => r.RegionCode == DemoContext.Town && r.OpinionIssuedOn >= new DateOnly(2022, 1, 1) && r.OpinionIssuedOn <= new DateOnly(2022, 12, 31)
                    && (r.DocumentType == ReviewDocumentType.PartyDocument || r.DocumentType == ReviewDocumentType.GovernmentDocument
                        || r.DocumentType == ReviewDocumentType.NormativeDocumentDraft || r.DocumentType == ReviewDocumentType.MajorDecisionDraft), ct);
            var count = Math.Max(0, Documents2022 - issued);
            var documents = DocumentList(count);
            var days = _calendar.Spread(_random, new DateOnly(2022, 1, 5), new DateOnly(2022, 12, 9), count);
            for (var i = 0; i < count; i++)
            {
                var (type, title, unit) = documents[i];
                var complex = type == ReviewDocumentType.MajorDecisionDraft || _random.Next(8) == 0;
                var plan = new Plan(days[i], _random.Next(10) == 0, complex);
                var input = new SubmitReviewInput(title, type, unit, complex,
                    Basis: "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》及相关法律法规、上级文件",
                    Background: $"为做好{(type == ReviewDocumentType.PartyDocument ? "党委" : "政府")}相关工作，{unit}起草了本文件，经部门内部讨论形成送审稿。",
                    Consultation: type == ReviewDocumentType.MajorDecisionDraft ? "已通过镇政府网站公开征求意见30日，并召开村民代表会议听取意见。" : "已征求镇相关部门意见。");
                await RunCaseAsync(input, plan);
                if ((i + 1) % 30 == 0)
                {
                    context.Report($"党委政府文件 {i + 1}/{count}");
                }
            }

            context.Report($"党委政府文件审查 {count} 件（连同其他模块送审的共 {issued + count} 件）");
        }

        private List<(ReviewDocumentType Type, string Title, string Unit)> DocumentList(int count)
        {
            var list = DemoTexts.NamedDocuments.ToList();
            var topics = DemoTexts.Topics.OrderBy(_ => _random.Next()).ToList();
            var round = 0;
            while (list.Count < count)
            {
                foreach (var topic in topics.TakeWhile(_ => list.Count < count))
                {
                    var party = _random.Next(3) == 0;
                    var templates = party ? DemoTexts.PartyTemplates : DemoTexts.GovernmentTemplates;
                    var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, templates[(round + _random.Next(templates.Length)) % templates.Length], topic);
                    if (list.All(d => d.Title != title))
                    {
                        list.Add((party ? ReviewDocumentType.PartyDocument : ReviewDocumentType.GovernmentDocument, title, DemoTexts.Units[_random.Next(DemoTexts.Units.Length)]));
                    }
                }

                round++;
            }

            return list.Take(count).OrderBy(_ => _random.Next()).ToList();
        }

        private async Task ContractsAsync(int year, int count, long? totalFen)
        {
            var contracts = ContractList(year, count, totalFen);
            var days = _calendar.Spread(_random, new DateOnly(year, 1, 5), new DateOnly(year, 12, 9), count);
            for (var i = 0; i < count; i++)
            {
                var (kind, title, amountFen) = contracts[i];
                var (name, code) = DemoTexts.Counterparty(_random, kind);
                var major = kind.MinYuan == 0;
                var plan = new Plan(days[i], _random.Next(12) == 0, major || amountFen > 1_000_000_000);
                // Signed after the decision: review, answers and decision take at most about six weeks here.
                var starts = plan.Submit.AddDays(45 + _random.Next(20));
                var ends = starts.AddYears(major ? 5 : kind.MinYuan >= 1_000_000 ? 2 : 1).AddDays(-1);
                var milestones = new List<MilestoneInput>
                {
                    new("合同签订后支付预付款", starts.AddDays(15)),
                    new("中期履约检查及进度款支付", starts.AddDays((ends.DayNumber - starts.DayNumber) / 2)),
                    new("验收合格后办理结算", ends),
                };
                var input = new SubmitReviewInput(title, ReviewDocumentType.Contract, DemoTexts.Units[_random.Next(DemoTexts.Units.Length)], plan.Complex,
                    Basis: "《中华人民共和国民法典》合同编、《中华人民共和国政府采购法》《中华人民共和国招标投标法》",
                    Background: major ? "项目已列入镇重大行政决策事项目录，实施方案经镇政府常务会议审议通过。" : "合同相对人经政府采购（招标）程序确定。",
                    Contract: new ContractInput(title, name, code, amountFen / 100m, starts, ends, starts, milestones));
                await RunCaseAsync(input, plan);
                if ((i + 1) % 30 == 0)
                {
                    context.Report($"{year}年政府合同 {i + 1}/{count}");
                }
            }

            context.Report($"{year}年政府合同审查 {count} 份，合同金额 {contracts.Sum(c => c.AmountFen) / 100m:N2} 元");
        }

        /// <summary>Titles and amounts; with a total, the three major projects of the year carry what the others leave.</summary>
        private List<(DemoTexts.ContractKind Kind, string Title, long AmountFen)> ContractList(int year, int count, long? totalFen)
        {
            var list = new List<(DemoTexts.ContractKind Kind, string Title, long AmountFen)>();
            var majors = totalFen is null ? [] : DemoTexts.MajorProjects;
            var services = DemoTexts.Services.OrderBy(_ => _random.Next()).ToList();
            var works = DemoTexts.Works.OrderBy(_ => _random.Next()).ToList();
            var ordinary = count - majors.Length;
            for (var i = 0; list.Count < ordinary; i++)
            {
                var kind = i % 3 == 2 && i / 3 < works.Count ? works[i / 3] : services[i % services.Count];
                var lot = list.Count(c => c.Kind == kind);
                if (lot > 0 && kind.Form == "law")
                {
                    continue; // one legal-services contract of a kind a year
                }

                var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Title, year);
                title += kind.Title.Contains("{0}", StringComparison.Ordinal) ? Lots[Math.Min(lot, Lots.Length - 1)] : Phase(year, lot);

                list.Add((kind, title, Yuan(kind.MinYuan, kind.MaxYuan) * 100 + _random.Next(100)));
            }

            if (totalFen is { } total)
            {
                var rest = total - list.Sum(c => c.AmountFen);
                var first = rest * (40 + _random.Next(10)) / 100 / 1_000_000 * 1_000_000;
                var second = rest * (28 + _random.Next(8)) / 100 / 1_000_000 * 1_000_000;
                list.Add((majors[0], majors[0].Title, first));
                list.Add((majors[1], majors[1].Title, second));
                list.Add((majors[2], majors[2].Title, rest - first - second));
            }

            return list.OrderBy(_ => _random.Next()).ToList();
        }

        private static readonly string[] Lots = ["", "（东村片区）", "（西村片区）", "（中心社区片区）", "（工业园区片区）", "（其他片区）"];

        /// <summary>A works contract without a year in its name is a phase of the project: 一期 in 2021, 二期 in 2022.</summary>
        private static string Phase(int year, int lot) => $"（{(year <= 2021 ? "一" : "二")}期{(lot > 0 ? $"第{lot + 1}标段" : "")}）";

        private long Yuan(long min, long max) => (min + (long)(_random.NextDouble() * (max - min))) / 100 * 100;

        /// <summary>One case from submission to archive, each step on a working day after the previous one.</summary>
        private async Task RunCaseAsync(SubmitReviewInput input, Plan plan)
        {
            services.Clock.Set(plan.Submit);
            var review = await _submit.ExecuteAsync(input, DemoContext.Town, ProcedureActor.From(_users[Clerk]), ct);
            var on = plan.Submit;
            if (plan.Returned)
            {
                on = _calendar.After(on, 1);
                await StepAsync(review.Id, ReviewProcedure.Return, Office, on, new ReviewStepInput { Note = "送审材料不齐全，请补充起草说明及制定依据的原文" });
                on = _calendar.After(on, 1 + _random.Next(3));
                await StepAsync(review.Id, ReviewProcedure.Resubmit, Clerk, on, new ReviewStepInput { Background = input.Background + "（已补充起草说明及依据原文）" });
            }

            _db.ChangeTracker.Clear();
            await ReviewAsync(review.Id, on, input.DocumentType!.Value, decide: true, plan.Complex);
            _db.ChangeTracker.Clear();
        }

        /// <summary>受理 → 指定审查人员 → 出具意见 → 反馈 → (决定 → 归档).</summary>
        private async Task ReviewAsync(Guid id, DateOnly submitted, ReviewDocumentType type, bool decide, bool complex = false)
        {
            var contract = type == ReviewDocumentType.Contract;
            var on = _calendar.After(submitted, _random.Next(2));
            await StepAsync(id, ReviewProcedure.Accept, Office, on, new ReviewStepInput { Note = "材料齐全，予以受理" });
            var byAdviser = contract || type == ReviewDocumentType.MajorDecisionDraft || _random.Next(10) < 7;
            var reviewer = byAdviser ? Adviser : Office;
            await StepAsync(id, ReviewProcedure.Assign, Office, on, new ReviewStepInput { Reviewer = reviewer });

            on = _calendar.After(on, 2 + _random.Next(complex ? 6 : 3));
            var roll = _random.Next(100);
            var conclusion = type == ReviewDocumentType.PartyDocument || type == ReviewDocumentType.GovernmentDocument
                ? roll < 2 ? ReviewConclusion.Unlawful : roll < 55 ? ReviewConclusion.LawfulAfterRevision : ReviewConclusion.Lawful
                : roll < 60 ? ReviewConclusion.LawfulAfterRevision : ReviewConclusion.Lawful;
            var pool = contract ? DemoTexts.ContractItems : DemoTexts.DocumentItems;
            var items = conclusion == ReviewConclusion.Lawful ? [] : pool.OrderBy(_ => _random.Next()).Take(1 + _random.Next(3)).ToList();
            var summary = conclusion switch
            {
                ReviewConclusion.Lawful => contract
                    ? "经审查，合同主体适格，签约程序符合规定，主要条款完备，权利义务约定基本对等，未发现违反法律、行政法规强制性规定的内容。"
                    : "经审查，送审件制定主体适格，未超越法定权限，制定程序符合规定，内容与法律、法规、规章及上级文件不相抵触。",
                ReviewConclusion.LawfulAfterRevision => contract
                    ? "经审查，合同主体适格，签约程序符合规定；部分条款需按以下意见修改完善后签订。"
                    : "经审查，送审件制定主体适格、程序符合规定；部分内容需按以下意见修改后提请决定。",
                ReviewConclusion.Unlawful => "经审查，送审件部分条款设定的义务缺乏法律依据且与上位法相抵触，不合法，不得提请决定，请按以下意见修改后重新送审。",
            };
            await StepAsync(id, ReviewProcedure.Issue, reviewer, on, new ReviewStepInput
            {
                Conclusion = conclusion,
                Summary = summary,
                Items = items,
                AdviserName = byAdviser ? null : _random.Next(2) == 0 ? DemoTexts.Advisers[_random.Next(DemoTexts.Advisers.Length)] : null,
            });

            if (items.Count > 0 || !decide)
            {
                on = _calendar.After(on, 1 + _random.Next(3));
                var answers = items.Select((_, i) => _random.Next(10) == 0 && conclusion != ReviewConclusion.Unlawful
                    ? new ItemAnswerInput(i + 1, ItemResponse.NotAdopted, "该条款系执行上级文件的明确要求，经与上级主管部门沟通，予以保留。")
                    : new ItemAnswerInput(i + 1, ItemResponse.Adopted, "已按审查意见修改")).ToList();
                await StepAsync(id, ReviewProcedure.Answer, Clerk, on, new ReviewStepInput { Answers = answers });
            }

            if (!decide)
            {
                return;
            }

            if (conclusion != ReviewConclusion.Unlawful)
            {
                on = _calendar.After(on, 1 + _random.Next(4));
                await StepAsync(id, ReviewProcedure.Decide, Leader, on, new ReviewStepInput
                {
                    Note = contract ? "经镇政府常务会议研究，同意签订" : type == ReviewDocumentType.PartyDocument ? "经镇党委会议研究通过" : "经镇政府常务会议研究通过",
                });
            }

            on = _calendar.After(on, 1 + _random.Next(5));
            await StepAsync(id, ReviewProcedure.Archive, Office, on, new ReviewStepInput { Note = "审查意见书、采纳情况反馈及决定材料已归档" });
        }

        private async Task StepAsync(Guid id, string action, string login, DateOnly on, ReviewStepInput input)
        {
            services.Clock.Set(on, 10);
            await _step.ExecuteAsync(id, action, input with { On = on }, _users[login], ct);
        }
    }
}
