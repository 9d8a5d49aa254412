using System.Security.Claims;

using Fazhi.Modules.FairCompetition.Domain;
using Fazhi.Modules.FairCompetition.Reviews;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.FairCompetition.Demo;

/// <summary>
/// 公平竞争审查演示数据 of 演示镇 for 2022: first concludes the reviews other modules registered (规范性文件), then
/// reviews the town's other policy measures up to the scenario's 44, none left violating (two were revised and
/// re-reviewed). Each measure goes through 登记 → 识别 → 逐项审查 → 书面结论 → 出台 on working days, through the module's
/// own use cases.
/// </summary>
public sealed class FairCompetitionDemo : IDemoData
{
    public const int Reviewed2022 = 44;

    private const string Office = "demo.legal-office";
    private const string Clerk = "demo.clerk";
    private const string Leader = "demo.leader";

    public string Name => "公平竞争审查";

    /// <summary>After the drafting half of 规范性文件 (10), whose measures it reviews; before their publication (40).</summary>
    public int Order => 20;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken) =>
        await new Run(context, new DemoServices(context, new DateOnly(2022, 1, 4)), cancellationToken).GenerateAsync();

    private sealed class Run(DemoContext context, DemoServices services, CancellationToken ct)
    {
        private const string Text2021 =
            "经对照《公平竞争审查制度实施细则》第十三条至第十六条规定的市场准入和退出、商品和要素自由流动、影响生产经营成本、影响生产经营行为四类18项标准逐项审查，";

        private readonly Random _random = context.Random;
        private readonly AppDbContext _db = services.Get<AppDbContext>();
        private readonly Dictionary<string, ClaimsPrincipal> _users = [];
        private WorkingDayCalendar _calendar = null!;
        private int _issueNumber;

        public async Task GenerateAsync()
        {
            _calendar = await services.CalendarAsync(ct);
            foreach (var login in new[] { Office, Clerk, Leader })
            {
                _users[login] = await services.UserAsync(login);
            }

            await ConcludeRegisteredAsync();
            var concluded = await _db.Set<FairCompetitionReview>().AsNoTracking().CountAsync(r => r.RegionCode == DemoContext.Town
                && r.Conclusion != null && r.ConcludedOn >= new DateOnly(2022, 1, 1) && r.ConcludedOn <= new DateOnly(2022, 12, 31), ct);
            await MeasuresAsync(Math.Max(0, Reviewed2022 - concluded));
        }

        /// <summary>Measures other modules registered (a normative document's draft): reviewed against every item, compliant.</summary>
        private async Task ConcludeRegisteredAsync()
        {
            var pending = await _db.Set<FairCompetitionReview>().AsNoTracking()
                .Where(r => r.RegionCode == DemoContext.Town && r.Status == ReviewStatus.Registered && r.SubjectType != FairCompetitionProcedure.SubjectType)
                .OrderBy(r => r.DraftedOn).ThenBy(r => r.Title)
                .Select(r => new { r.Id, r.DraftedOn })
                .ToListAsync(ct);
            foreach (var review in pending)
            {
                var on = _calendar.After(review.DraftedOn, 1);
                await DetermineAsync(review.Id, on, affects: true);
                await AnswerAsync(review.Id, on, []);
                await ConcludeAsync(review.Id, _calendar.After(on, 1 + _random.Next(2)), Text2021 + "该规范性文件不含排除、限制竞争的内容，符合审查标准，可以出台。");
                _db.ChangeTracker.Clear();
            }

            context.Report($"审查其他模块登记的政策措施 {pending.Count} 件");
        }

        private async Task MeasuresAsync(int count)
        {
            var affecting = DemoTexts.Measures.OrderBy(_ => _random.Next()).ToList();
            var internalOnly = DemoTexts.InternalMeasures.OrderBy(_ => _random.Next()).ToList();
            var notAffecting = Math.Min(internalOnly.Count, count / 5);
            var titles = internalOnly.Take(notAffecting).Select(t => (Title: t, Affects: false))
                .Concat(affecting.Take(count - notAffecting).Select(t => (Title: t, Affects: true)))
                .OrderBy(_ => _random.Next()).ToList();
            var days = _calendar.Spread(_random, new DateOnly(2022, 1, 10), new DateOnly(2022, 12, 9), titles.Count);
            // Two measures are found violating and revised, two rely on an exception (the scenario's story; none stays violating).
            var special = Enumerable.Range(0, titles.Count).Where(i => titles[i].Affects).OrderBy(_ => _random.Next()).Take(4).ToList();
            var revised = 0;
            var exceptions = 0;
            for (var i = 0; i < titles.Count; i++)
            {
                var (title, affects) = titles[i];
                var drafted = days[i];
                services.Clock.Set(drafted);
                var unit = DemoTexts.Units[_random.Next(DemoTexts.Units.Length)];
                var review = await services.Get<RegisterMeasure>().ExecuteAsync(
                    new RegisterMeasureInput(title, unit, MeasureKind.Other, drafted,
                        $"{unit}起草的《{title}》，拟由镇人民政府印发实施。"),
                    _users[Clerk], ct);
                var on = _calendar.After(drafted, 1 + _random.Next(2));
                await DetermineAsync(review.Id, on, affects);
                if (affects)
                {
                    var role = special.IndexOf(i);
                    on = await ReviewItemsAsync(review.Id, on, violateFirst: role is 0 or 1, exception: role is 2 or 3, () => revised++, () => exceptions++);
                }

                on = _calendar.After(on, 2 + _random.Next(8));
                services.Clock.Set(on, 30);
                await services.Get<RecordIssue>().ExecuteAsync(review.Id, new IssueInput(on, $"演府办〔{on.Year}〕{++_issueNumber}号"), _users[Leader], ct);
                _db.ChangeTracker.Clear();
            }

            context.Report($"本镇政策措施公平竞争审查 {titles.Count} 件（不涉及经营者经济活动 {notAffecting} 件，修改后重新审查 {revised} 件，适用例外规定 {exceptions} 件）");
        }

        /// <summary>逐项审查 and the written conclusion; a measure found violating is revised and reviewed again. Returns the conclusion date.</summary>
        private async Task<DateOnly> ReviewItemsAsync(Guid id, DateOnly on, bool violateFirst, bool exception, Action revised, Action excepted)
        {
            if (violateFirst)
            {
                await AnswerAsync(id, on, [new AnswerInput(DemoTexts.ViolatedItem, ChecklistVerdict.Violates, DemoTexts.ViolationNote)]);
                on = _calendar.After(on, 1);
                await ConcludeAsync(id, on, Text2021 + "该政策措施第五条要求参与企业须在本镇注册，排斥外地经营者参加本地招标投标活动，违反审查标准，不得出台，应修改后重新审查。");
                on = _calendar.After(on, 2 + _random.Next(3));
                await Step(on).Get<ReviseMeasure>().ExecuteAsync(id, new ReviseInput("已删除第五条“须在本镇注册”的要求，修改稿重新送审", on), _users[Office], ct);
                revised();
            }

            var answers = new List<AnswerInput>();
            if (exception)
            {
                answers.Add(new AnswerInput(DemoTexts.ExceptionItem, ChecklistVerdict.Exception, "对受灾困难经营户给予临时性租金减免",
                    "为实现扶贫开发、救灾救助等社会保障目的", DemoTexts.ExceptionJustification, "实施期限至2023年6月30日，期满自动终止", true));
                excepted();
            }

            await AnswerAsync(id, on, answers);
            on = _calendar.After(on, 1 + _random.Next(3));
            await ConcludeAsync(id, on, Text2021 + (exception
                ? "该政策措施中的临时租金减免适用例外规定，已明确实施期限，其余内容符合审查标准，可以出台，并按期评估实施效果。"
                : violateFirst ? "修改后的政策措施已删除排斥外地经营者的内容，符合审查标准，可以出台。" : "该政策措施不存在排除、限制竞争的情形，符合审查标准，可以出台。"));
            return on;
        }

        private DemoServices Step(DateOnly on, int minutes = 10)
        {
            services.Clock.Set(on, minutes);
            return services;
        }

        private Task DetermineAsync(Guid id, DateOnly on, bool affects) =>
            Step(on).Get<DetermineImpact>().ExecuteAsync(id, new DetermineInput(affects,
                affects ? "该政策措施涉及市场准入、财政奖补或经营行为，属于涉及经营者经济活动的政策措施。" : "该文件仅规范镇机关内部管理事务，不涉及市场准入、产业发展、招商引资、招标投标、政府采购、经营行为规范、资质标准等经营者经济活动。",
                on), _users[Office], ct);

        /// <summary>Answers every item of the measure's standard set: the given answers, and 符合 for the rest.</summary>
        private async Task AnswerAsync(Guid id, DateOnly on, IReadOnlyList<AnswerInput> given)
        {
            var setKey = await _db.Set<FairCompetitionReview>().AsNoTracking().Where(r => r.Id == id).Select(r => r.StandardSetKey).FirstAsync(ct);
            var codes = await _db.Set<ReviewStandard>().AsNoTracking().Where(s => s.SetKey == setKey).OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync(ct);
            var answers = codes.Select(code => given.FirstOrDefault(a => a.StandardCode == code) ?? new AnswerInput(code, ChecklistVerdict.Complies)).ToList();
            await Step(on, 20).Get<AnswerChecklist>().ExecuteAsync(id, new AnswersInput(answers, on), _users[Office], ct);
        }

        private Task ConcludeAsync(Guid id, DateOnly on, string text) =>
            Step(on, 40).Get<ConcludeReview>().ExecuteAsync(id, new ConcludeInput(text, "已通过镇政府网站征求利害关系人和社会公众意见，未收到涉及公平竞争的反对意见。", on), _users[Office], ct);
    }
}
