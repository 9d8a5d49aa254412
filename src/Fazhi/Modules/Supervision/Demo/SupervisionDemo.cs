using Fazhi.Modules.Supervision.Domain;
using Fazhi.Modules.Supervision.Tasks;
using Fazhi.Modules.Supervision.Teams;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Supervision.Demo;

/// <summary>
/// 督查督办演示数据 for 演示镇 in 2022: the seed's 2 专职重点工作督导组 (set up in March), a monthly inspection by each of a
/// village or department whose finding becomes a task, and tasks from leader instructions, 人大建议, 政协提案 and 信访.
/// The year is replayed day by day on the demo clock: acts on their working days, and the scheduled scan every working
/// day, so reminders and the escalation of the few late tasks are the scan's own records. Fixed dates, no random draws.
/// </summary>
public sealed class SupervisionDemo : IDemoData
{
    internal const string Office = "demo.legal-office";

    private static readonly string[] Villages = ["松柏塘村", "桥梓村", "常平村", "袁山贝村", "麦元村", "土塘村", "陈屋贝村", "司马村", "木棆村"];

    private static readonly string[] Departments = ["镇安全生产委员会办公室", "镇城市更新中心", "镇市场监督管理分局", "镇生态环境分局", "镇综合行政执法队", "镇教育管理中心", "镇卫生健康局", "镇公共服务办", "镇经济发展局"];

    private static readonly (TaskSource Source, string Title, string Reference, string Unit, int Month)[] Directed =
    [
        (TaskSource.LeaderInstruction, "落实“一网通办”事项梳理和办事指南更新", "镇长批示（2022年第3号）", "镇政务服务中心", 3),
        (TaskSource.DeputySuggestion, "关于完善桥梓村道路照明设施的建议办理", "镇人大代表建议第5号", "镇城市管理分局", 4),
        (TaskSource.CppccProposal, "关于加强校园周边食品安全监管的提案办理", "政协委员提案第12号", "镇市场监督管理分局", 5),
        (TaskSource.Petition, "常平村排水沟渠堵塞问题的信访事项督办", "信访事项（2022）第46号", "常平村", 6),
        (TaskSource.LeaderInstruction, "汛期危险边坡隐患排查整治", "镇委书记批示（2022年第7号）", "镇应急管理分局", 6),
        (TaskSource.SuperiorAssignment, "法治政府建设示范创建材料报送", "东莞市依法治市办交办（2022年第2号）", "镇司法所", 8),
        (TaskSource.DeputySuggestion, "关于增设社区法律服务点的建议办理", "镇人大代表建议第9号", "镇司法所", 9),
        (TaskSource.LeaderInstruction, "年底欠薪隐患排查化解", "镇长批示（2022年第15号）", "镇人力资源和社会保障分局", 11),
    ];

    public string Name => "督查督办（督导组、督导检查、督办事项、催办与通报）";

    public int Order => 60;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 3, 1));
        var db = services.Get<AppDbContext>();
        var calendar = await services.CalendarAsync(ct);
        if (await db.Set<SupervisionTeam>().AnyAsync(t => t.RegionCode == DemoContext.Town, ct))
        {
            return;
        }

        var first = calendar.OnOrAfter(new DateOnly(2022, 3, 1));
        var plans = new List<(DateOnly Day, Func<Task> Act)>();
        var number = 0;

        // Teams first, then each month's inspections (planned on the 10th, held on that working day).
        plans.Add((first, async () =>
        {
            var uses = services.Get<InspectionUseCases>();
            foreach (var (name, leader, members, scope) in new[]
            {
                ("第一重点工作督导组", "陈国强", "陈国强、黄丽、叶志明", "各村（社区）"),
                ("第二重点工作督导组", "林志华", "林志华、莫晓燕、刘家豪", "各部门（单位）"),
            })
            {
                await uses.CreateTeamAsync(new TeamInput(name, leader, members, scope, first), ct, DemoContext.Town);
            }
        }
        ));

        for (var month = 4; month <= 12; month++)
        {
            var day = calendar.OnOrAfter(new DateOnly(2022, month, 10));
            var index = month - 4;
            plans.Add((day, () => InspectAsync(services, calendar, day, "第一重点工作督导组", InspectionTargetKind.Village, Villages[index], "城市更新和安全生产重点工作推进", ct)));
            plans.Add((day, () => InspectAsync(services, calendar, day, "第二重点工作督导组", InspectionTargetKind.Department, Departments[index], "重点工作任务落实和依法行政", ct)));
        }

        foreach (var (source, title, reference, unit, month) in Directed)
        {
            var assigned = calendar.OnOrAfter(new DateOnly(2022, month, 15));
            plans.Add((assigned, async () =>
            {
                await services.Get<AssignTasks>().ExecuteAsync(new AssignTaskInput
                {
                    Title = title,
                    Source = source.ToString(),
                    SourceReference = reference,
                    LeadUnit = unit,
                    Region = DemoContext.Town,
                    AssignedOn = assigned,
                    Deadline = calendar.After(assigned, 20),
                    Milestones = [new MilestoneInput("制定工作方案", calendar.After(assigned, 5))],
                }, Office, ct);
            }
            ));
        }

        var last = new DateOnly(2022, 12, 30);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            services.Clock.Set(day);
            foreach (var (_, act) in plans.Where(p => p.Day == day))
            {
                await act();
            }

            number += await AdvanceAsync(services, calendar, day, ct);
            services.Clock.Set(day, 600);
            await services.Get<RemindTasks>().RunAsync(ct);
            db.ChangeTracker.Clear();
        }

        context.Report($"督查督办：已按工作日推进{number}个办理环节");
    }

    private static async Task InspectAsync(DemoServices services, WorkingDayCalendar calendar, DateOnly day, string teamName, InspectionTargetKind kind,
        string target, string subject, CancellationToken ct)
    {
        var db = services.Get<AppDbContext>();
        var uses = services.Get<InspectionUseCases>();
        var team = await db.Set<SupervisionTeam>().AsNoTracking().FirstAsync(t => t.RegionCode == DemoContext.Town && t.Name == teamName, ct);
        var inspection = await uses.PlanAsync(new PlanInspectionInput(team.Id, kind.ToString(), target, subject, day), ct);
        await uses.RecordAsync(inspection.Id, new RecordInspectionInput(day, $"{teamName}到{target}实地督导{subject}，查阅台账并现场检查。",
            [new FindingInput($"{target}{(kind == InspectionTargetKind.Village ? "出租屋消防安全隐患台账未及时更新" : "重点工作任务台账未按月更新进度")}", null, calendar.After(day, 15))]), Office, ct);
    }

    /// <summary>
    /// Each open task's unit reports progress 5 working days after assignment and completion 2 working days before the
    /// deadline — except every fifth task, which reports 3 working days late; the office verifies 2 and closes 3
    /// working days after the report.
    /// </summary>
    private static async Task<int> AdvanceAsync(DemoServices services, WorkingDayCalendar calendar, DateOnly day, CancellationToken ct)
    {
        var db = services.Get<AppDbContext>();
        var handle = services.Get<HandleTask>();
        var tasks = await db.Set<SupervisionTask>().AsNoTracking()
            .Where(t => t.RegionCode == DemoContext.Town && t.Status != SupervisionTaskStatus.Closed)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .ToListAsync(ct);
        var all = await db.Set<SupervisionTask>().AsNoTracking().Where(t => t.RegionCode == DemoContext.Town)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        var acts = 0;
        foreach (var task in tasks)
        {
            var late = all.IndexOf(task.Id) % 5 == 4;
            var complete = late ? calendar.After(task.Deadline, 3) : Before(calendar, task.Deadline, 2);
            switch (task.Status)
            {
                case SupervisionTaskStatus.Assigned when day == calendar.After(task.AssignedOn, 5):
                    var milestone = (await db.Set<TaskMilestone>().AsNoTracking().Where(m => m.TaskId == task.Id).OrderBy(m => m.Number).FirstOrDefaultAsync(ct))?.Id;
                    await handle.ReportProgressAsync(task.Id, new TaskActInput { On = day, Content = "已制定工作方案，明确责任人和完成时间。", MilestoneId = milestone }, task.LeadUnit, ct);
                    acts++;
                    break;
                case SupervisionTaskStatus.InProgress when day == complete:
                    await handle.ReportCompletionAsync(task.Id, new TaskActInput { On = day, Content = "已按要求整改完成，相关台账和照片已上传。" }, ct);
                    acts++;
                    break;
                case SupervisionTaskStatus.CompletionReported when day == calendar.After(task.CompletionReportedOn!.Value, 2):
                    await handle.VerifyAsync(task.Id, new TaskActInput { On = day, Content = "经实地核查，整改到位。", Passed = true }, ct);
                    acts++;
                    break;
                case SupervisionTaskStatus.Verified when day == calendar.After(task.VerifiedOn!.Value, 1):
                    await handle.CloseAsync(task.Id, new TaskActInput { On = day }, ct);
                    acts++;
                    break;
                default:
                    break;
            }
        }

        return acts;
    }

    private static DateOnly Before(WorkingDayCalendar calendar, DateOnly deadline, int workingDays) =>
        ReminderSchedule.For(calendar, deadline, workingDays).Before;
}
