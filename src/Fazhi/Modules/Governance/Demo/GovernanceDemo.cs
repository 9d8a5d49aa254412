using Fazhi.Modules.Governance.Committees;
using Fazhi.Modules.Governance.Domain;
using Fazhi.Modules.Governance.Evaluations;
using Fazhi.Modules.Governance.Reports;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Governance.Demo;

/// <summary>
/// 依法治镇演示数据 for 演示镇, 2022: the committee (three meetings held before Fazhi, so its March meeting is the seed's
/// 第四次会议) with its decisions handed to 督查督办, quarterly office meetings and coordination-group meetings, the
/// secretary's and the mayor's year-end 述法, and the cadre evaluations of four departments for both halves of the year.
/// Everything goes through the module's use cases on the demo clock; fixed data, no random draws.
/// </summary>
public sealed class GovernanceDemo : IDemoData
{
    private const string Office = "demo.legal-office";

    public string Name => "依法治镇委员会（会议及议定事项、领导干部述法、中层干部履职能力评估）";

    public int Order => 58;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var db = services.Get<AppDbContext>();
        if (await db.Set<CommitteeBody>().AnyAsync(b => b.RegionCode == DemoContext.Town, ct))
        {
            return;
        }

        var calendar = await services.CalendarAsync(ct);
        var uses = services.Get<CommitteeUseCases>();
        var committee = await uses.CreateBodyAsync(new BodyInput("委员会", "演示镇全面依法治镇委员会", new DateOnly(2019, 4, 12), 3), ct, DemoContext.Town);
        var office = await uses.CreateBodyAsync(new BodyInput("委员会办公室", "演示镇全面依法治镇委员会办公室", new DateOnly(2019, 4, 12), 9), ct, DemoContext.Town);
        var enforcement = await uses.CreateBodyAsync(new BodyInput("协调小组", "演示镇依法治镇委员会执法协调小组", new DateOnly(2019, 5, 8), 4), ct, DemoContext.Town);
        var education = await uses.CreateBodyAsync(new BodyInput("协调小组", "演示镇依法治镇委员会守法普法协调小组", new DateOnly(2019, 5, 8), 4), ct, DemoContext.Town);
        foreach (var (name, post, role) in new[]
                 {
                     ("陈建华", "镇党委书记", "主任"), ("李志明", "镇党委副书记、镇长", "副主任"), ("王晓红", "镇党委副书记", "副主任"),
                     ("刘国强", "镇党委委员、政法委员", "委员"), ("张丽", "镇司法所所长", "委员"), ("黄伟", "镇综合行政执法办主任", "委员"),
                 })
        {
            await uses.AppointAsync(committee.Id, new MemberInput(name, post, role, new DateOnly(2021, 10, 8), null), ct);
        }

        await uses.AppointAsync(office.Id, new MemberInput("刘国强", "镇党委委员、政法委员", "主任", new DateOnly(2021, 10, 8), null), ct);
        await uses.AppointAsync(office.Id, new MemberInput("张丽", "镇司法所所长", "副主任", new DateOnly(2021, 10, 8), null), ct);

        var evaluations = services.Get<CadreEvaluations>();
        services.Clock.Set(new DateOnly(2022, 3, 1), 600);
        await evaluations.AdoptSchemeAsync(new SchemeInput("《演示镇中层干部履职能力评估办法》", new DateOnly(2022, 3, 1),
            [new("政治素质", 20), new("依法履职", 30), new("工作实绩", 30), new("廉洁自律", 20)]), ct, DemoContext.Town);

        var fourth = calendar.OnOrAfter(new DateOnly(2022, 3, 24));
        services.Clock.Set(fourth, 600);
        await uses.RecordMeetingAsync(new MeetingInput
        {
            BodyId = committee.Id,
            HeldOn = fourth,
            Place = "镇政府三楼会议室",
            Chair = "陈建华",
            Attendees = 23,
            Agenda = ["传达学习中央全面依法治国工作会议精神", "审议《演示镇2022年法治政府建设工作要点》", "研究部署法治政府建设示范创建工作"],
            Minutes = "会议听取了2021年法治建设工作情况汇报，审议通过2022年工作要点，对示范创建、执法规范化和普法工作作出部署。",
            Decisions =
            [
                new("印发《演示镇2022年法治政府建设工作要点》并分解任务", "镇依法治镇办", "镇党政办", new DateOnly(2022, 4, 29)),
                new("开展行政执法案卷评查，整改发现的问题", "镇综合行政执法办", "镇司法所", new DateOnly(2022, 9, 30)),
                new("制定“八五”普法中期自查方案并组织自查", "镇司法所", "镇宣传办", new DateOnly(2022, 8, 31)),
                new("完善镇政府法律顾问参与重大行政决策合法性审查机制", "镇司法所", "镇党政办", new DateOnly(2022, 6, 30)),
            ],
        }, Office, ct, DemoContext.Town);

        var meetings = 1;
        foreach (var month in new[] { 3, 6, 9, 12 })
        {
            var day = calendar.OnOrAfter(new DateOnly(2022, month, 10));
            services.Clock.Set(day, 600);
            await uses.RecordMeetingAsync(new MeetingInput
            {
                BodyId = office.Id,
                HeldOn = day,
                Place = "镇司法所会议室",
                Chair = "刘国强",
                Attendees = 11,
                Agenda = [$"通报{(month == 3 ? "上年度" : "本季度")}法治建设重点工作进展", "研究议定事项督办情况"],
            }, Office, ct, DemoContext.Town);
            meetings++;
        }

        foreach (var (body, months, chair) in new[] { (enforcement, new[] { 5, 11 }, "黄伟"), (education, new[] { 4, 10 }, "张丽") })
        {
            foreach (var month in months)
            {
                var day = calendar.OnOrAfter(new DateOnly(2022, month, 18));
                services.Clock.Set(day, 600);
                await uses.RecordMeetingAsync(new MeetingInput
                {
                    BodyId = body.Id,
                    HeldOn = day,
                    Place = "镇政府二楼会议室",
                    Chair = chair,
                    Attendees = 9,
                    Agenda = [body == enforcement ? "研究行政执法协调中的问题" : "部署守法普法重点工作"],
                    Decisions = month > 6 ? [] :
                    [
                        new(body == enforcement ? "建立执法部门信息共享和联合执法机制" : "组织“民法典进村居”宣传活动", body == enforcement ? "镇综合行政执法办" : "镇司法所",
                            null, calendar.OnOrAfter(new DateOnly(2022, month + 3, 20))),
                    ],
                }, Office, ct, DemoContext.Town);
                meetings++;
            }
        }

        var reports = services.Get<LawReports>();
        var reportDay = calendar.OnOrAfter(new DateOnly(2022, 12, 28));
        services.Clock.Set(reportDay, 600);
        foreach (var (leader, post, rating) in new[] { ("陈建华", "镇党委书记", "好"), ("李志明", "镇党委副书记、镇长", "好") })
        {
            await reports.RecordAsync(new LawReportInput
            {
                Leader = leader,
                Post = post,
                Year = 2022,
                GivenOn = reportDay,
                Occasion = "年终述职",
                IncludesFirstResponsibility = true,
                Summary = $"{leader}同志报告2022年履行推进法治建设第一责任人职责情况：主持召开依法治镇委员会会议，研究部署法治政府建设，带头学法、尊法、守法、用法。",
                Rating = rating,
            }, Office, ct, DemoContext.Town);
        }

        var people = new[]
        {
            ("镇综合行政执法办", "黄伟", "主任", new[] { 92, 90, 88, 95 }, new[] { 93, 92, 90, 95 }),
            ("镇司法所", "张丽", "所长", new[] { 90, 94, 91, 96 }, new[] { 91, 95, 93, 96 }),
            ("镇政务服务中心", "周敏", "主任", new[] { 85, 80, 78, 90 }, new[] { 86, 83, 82, 90 }),
            ("镇应急管理办", "吴强", "副主任", new[] { 80, 62, 58, 85 }, new[] { 82, 70, 68, 86 }),
        };
        var count = 0;
        foreach (var (period, day, pick) in new[] { ("上半年", new DateOnly(2022, 7, 15), 0), ("年度", new DateOnly(2023, 1, 16), 1) })
        {
            var evaluatedOn = calendar.OnOrAfter(day);
            services.Clock.Set(calendar.After(evaluatedOn, 10), 600);
            foreach (var (department, person, post, first, annual) in people)
            {
                var scores = pick == 0 ? first : annual;
                var weak = scores[2] < 70;
                await evaluations.RecordAsync(new EvaluationInput
                {
                    Year = 2022,
                    Period = period,
                    Department = department,
                    Person = person,
                    Post = post,
                    EvaluatedOn = evaluatedOn,
                    Scores = [new("政治素质", scores[0]), new("依法履职", scores[1]), new("工作实绩", scores[2]), new("廉洁自律", scores[3])],
                    FollowUp = weak ? "提醒谈话" : pick == 1 ? "留任" : null,
                    FollowUpOn = weak || pick == 1 ? calendar.After(evaluatedOn, 5) : null,
                    FollowUpNote = weak ? "工作实绩偏低，由分管领导提醒谈话并制定改进措施" : null,
                }, Office, ct, DemoContext.Town);
                count++;
            }
        }

        context.Report($"依法治镇委员会：已登记{meetings}次会议、2人次述法、{count}人次履职能力评估");
    }
}
