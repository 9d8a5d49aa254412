using Fazhi.Modules.LawStudy.Domain;
using Fazhi.Modules.LawStudy.Sessions;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LawStudy.Demo;

/// <summary>
/// 领导干部学法演示数据 for 演示镇, 2021 and 2022: each year's 专题学习安排 adopted in February, a leaders' law-study session
/// for most plan items (in 2022 the seed's 8 sessions covering its 12 laws and policies), two court observations, a
/// lecture and a law exam. Everything goes through the module's use cases on the demo clock; fixed data, no random draws.
/// </summary>
public sealed class LawStudyDemo : IDemoData
{
    private const string Office = "demo.legal-office";

    /// <summary>(month, kind, topic, presenter, laws studied): 2022 follows the seed report's list.</summary>
    private static readonly (int Month, StudyKind Kind, string Topic, string Presenter, string[] Laws)[] Year2022 =
    [
        (2, StudyKind.TheoryGroup, "传达学习习近平总书记对政法工作的重要指示精神", "镇党委书记", ["习近平总书记对政法工作的重要指示", "《中国共产党政法工作条例》"]),
        (3, StudyKind.Thematic, "专题学习《广东省重大行政决策程序规定》", "镇政府法律顾问", ["《广东省重大行政决策程序规定》", "《重大行政决策程序暂行条例》"]),
        (4, StudyKind.PreMeeting, "会前学法：行政处罚法修订要点", "镇司法所所长", ["《中华人民共和国行政处罚法》"]),
        (5, StudyKind.Thematic, "专题学习《法治东莞建设规划（2021-2025年）》", "镇依法治镇办主任", ["《法治东莞建设规划（2021-2025年）》", "《法治政府建设实施纲要（2021-2025年）》"]),
        (6, StudyKind.TheoryGroup, "传达学习全国、全省党内法规工作会议精神", "镇党委副书记", ["全国党内法规工作会议精神", "《中国共产党党内法规制定条例》"]),
        (8, StudyKind.Thematic, "专题学习安全生产法律法规", "镇应急管理分局负责人", ["《中华人民共和国安全生产法》"]),
        (9, StudyKind.PreMeeting, "会前学法：优化营商环境条例", "镇政府法律顾问", ["《优化营商环境条例》"]),
        (11, StudyKind.Thematic, "专题学习《中华人民共和国行政复议法》", "市司法局讲师", ["《中华人民共和国行政复议法》", "《中华人民共和国行政处罚法》"]),
    ];

    private static readonly (int Month, StudyKind Kind, string Topic, string Presenter, string[] Laws)[] Year2021 =
    [
        (3, StudyKind.TheoryGroup, "学习《法治中国建设规划（2020-2025年）》", "镇党委书记", ["《法治中国建设规划（2020-2025年）》"]),
        (5, StudyKind.Thematic, "专题学习《中华人民共和国民法典》", "镇政府法律顾问", ["《中华人民共和国民法典》"]),
        (7, StudyKind.PreMeeting, "会前学法：新修订的行政处罚法", "镇司法所所长", ["《中华人民共和国行政处罚法》"]),
        (9, StudyKind.Thematic, "专题学习《法治政府建设实施纲要（2021-2025年）》", "镇依法治镇办主任", ["《法治政府建设实施纲要（2021-2025年）》"]),
        (11, StudyKind.TheoryGroup, "学习《中华人民共和国数据安全法》", "镇党委副书记", ["《中华人民共和国数据安全法》", "《中华人民共和国个人信息保护法》"]),
    ];

    public string Name => "领导干部学法（专题学习安排、学法活动、旁听庭审、学法考试）";

    public int Order => 62;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2021, 2, 8));
        var db = services.Get<AppDbContext>();
        if (await db.Set<StudyPlan>().AnyAsync(p => p.RegionCode == DemoContext.Town, ct))
        {
            return;
        }

        var sessions = 0;
        foreach (var (year, plan) in new[] { (2021, Year2021), (2022, Year2022) })
        {
            sessions += await YearAsync(services, year, plan, ct);
        }

        context.Report($"领导干部学法：已登记{sessions}次学法活动");
    }

    private static async Task<int> YearAsync(DemoServices services, int year, (int Month, StudyKind Kind, string Topic, string Presenter, string[] Laws)[] plan,
        CancellationToken ct)
    {
        var calendar = await services.CalendarAsync(ct);
        var uses = services.Get<StudyUseCases>();
        var adopted = calendar.OnOrAfter(new DateOnly(year, 2, 10));
        services.Clock.Set(adopted);
        var adoptedPlan = await uses.AdoptPlanAsync(new PlanInput(year, $"《{year}年演示镇党委理论学习中心组专题学习安排》", adopted,
            plan.Select(p => new PlanItemInput(p.Month, p.Topic)).Append(new PlanItemInput(12, "年终述法及法治建设第一责任人职责学习")).ToList()), ct, DemoContext.Town);
        var items = adoptedPlan.Items.ToList();
        var count = 0;
        foreach (var (entry, index) in plan.Select((p, i) => (p, i)))
        {
            var day = calendar.OnOrAfter(new DateOnly(year, entry.Month, 18));
            services.Clock.Set(day, 600);
            var expected = 21;
            var attended = expected - (index % 3 == 0 ? 2 : 0);
            await uses.RecordSessionAsync(new SessionInput
            {
                Kind = entry.Kind.ToString(),
                HeldOn = day,
                Topic = entry.Topic,
                Presenter = entry.Presenter,
                Expected = expected,
                Attended = attended,
                Absentees = attended < expected ? "2人因公出差（已补学）" : null,
                PlanItemId = items[index].Id,
                Regulations = entry.Laws,
            }, Office, ct, DemoContext.Town);
            count++;
        }

        foreach (var (month, number) in new[] { (6, 87), (10, 142) })
        {
            var day = calendar.OnOrAfter(new DateOnly(year, month, 25));
            services.Clock.Set(day, 600);
            await uses.RecordSessionAsync(new SessionInput
            {
                Kind = nameof(StudyKind.CourtObservation),
                HeldOn = day,
                Topic = "组织镇领导干部旁听行政案件庭审",
                Expected = 12,
                Attended = 12,
                Court = "东莞市第二人民法院",
                CaseNumber = $"（{year}）粤1972行初{number}号",
            }, Office, ct, DemoContext.Town);
            count++;
        }

        var lecture = calendar.OnOrAfter(new DateOnly(year, 12, 6));
        services.Clock.Set(lecture, 600);
        await uses.RecordSessionAsync(new SessionInput
        {
            Kind = nameof(StudyKind.Lecture),
            HeldOn = lecture,
            Topic = "“12·4”国家宪法日法治讲座",
            Presenter = "镇政府法律顾问",
            Expected = 60,
            Attended = 57,
            Absentees = "3人值班",
            Regulations = ["《中华人民共和国宪法》"],
        }, Office, ct, DemoContext.Town);
        count++;

        var exam = calendar.OnOrAfter(new DateOnly(year, 12, 15));
        services.Clock.Set(exam, 600);
        await uses.RecordExamAsync(new ExamInput(exam, $"{year}年度镇领导干部和公职人员学法考试", 186, year == 2022 ? 183 : 178), Office, ct, DemoContext.Town);
        return count;
    }
}
