using Fazhi.Modules.Litigation.Cases;
using Fazhi.Modules.Litigation.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Litigation.Domain.LitigationProcedure;

namespace Fazhi.Modules.Litigation.Demo;

/// <summary>
/// 行政诉讼演示数据: the seed's ten 2022 suits against 演示镇, each defended in time and heard with a 负责人 appearing (the
/// seed's 出庭应诉率 100%), most decided in 2022; and two open suits of the last weeks — all through the module's own
/// use cases on the demo clock.
/// </summary>
public sealed class LitigationDemo : IDemoData
{
    public const int Cases2022 = 10;

    private const string Office = "demo.legal-office";

    private static readonly string[] Acts =
    [
        "责令限期拆除违法建设决定", "行政处罚决定（占道经营）", "政府信息公开答复", "强制拆除违法建设行为", "征收补偿协议履行",
        "不履行法定职责（查处违法建设）", "行政处罚决定（无证经营）", "责令停止违法行为通知", "政府信息公开答复", "土地权属处理决定",
    ];

    private static readonly LitigationOutcome[] Outcomes =
    [
        LitigationOutcome.ClaimsDismissed, LitigationOutcome.ClaimsDismissed, LitigationOutcome.SuitDismissed, LitigationOutcome.ClaimsDismissed,
        LitigationOutcome.ConfirmedIllegal, LitigationOutcome.Withdrawn, LitigationOutcome.ClaimsDismissed, LitigationOutcome.ClaimsDismissed,
    ];

    public string Name => "行政诉讼（应诉案件与出庭应诉）";

    public int Order => 71;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var db = services.Get<AppDbContext>();
        if (await db.Set<LitigationCase>().AnyAsync(c => c.RegionCode == DemoContext.Town, ct))
        {
            context.Report("演示镇已有行政诉讼案件，跳过");
            return;
        }

        var calendar = await services.CalendarAsync(ct);
        var office = ProcedureActor.From(await services.UserAsync(Office));
        string[] leaders = ["演示镇镇长", "演示镇副镇长", "演示镇副镇长（分管司法）"];
        LeaderRank[] ranks = [LeaderRank.Principal, LeaderRank.Deputy, LeaderRank.InCharge];
        for (var i = 0; i < Cases2022; i++)
        {
            var served = calendar.OnOrAfter(new DateOnly(2022, 1, 10).AddDays(i * 30 + context.Random.Next(8)));
            var c = await RegisterAsync(services, office, $"（2022）粤1973行初{101 + (i * 37)}号", i % 3 == 0 ? "某实业有限公司" : $"{"张王李赵陈刘黄周吴郑"[i]}某",
                $"演示镇人民政府作出的{Acts[i]}", served, ct);
            var defended = calendar.OnOrAfter(served.AddDays(8 + context.Random.Next(4)));
            await StepAsync(services, c.Id, P.Defend, defended, office, new SuitActionInput { Note = "提交答辩状、证据材料和规范性文件依据" }, ct);
            var heard = calendar.OnOrAfter(defended.AddDays(25 + context.Random.Next(20)));
            await StepAsync(services, c.Id, P.Hearing, heard, office, new SuitActionInput
            {
                LeaderAppeared = true,
                LeaderName = leaders[i % 3],
                LeaderRank = ranks[i % 3].ToString(),
                LeaderSpoke = i % 4 != 3,
                DelegateName = "镇司法所工作人员",
                Note = "负责人出庭应诉，涉案部门负责人旁听",
            }, ct);
            if (i >= Outcomes.Length)
            {
                continue;
            }

            var judged = calendar.OnOrAfter(heard.AddDays(30));
            await StepAsync(services, c.Id, P.Judge, judged, office, new SuitActionInput { Outcome = Outcomes[i].ToString() }, ct);
            // Past the appeal window even when its last day rolls over a long holiday (Spring Festival, National Day).
            var effective = calendar.OnOrAfter(judged.AddDays(Outcomes[i].IsRuling() ? 22 : 27));
            await StepAsync(services, c.Id, P.BecomeEffective, effective, office, new SuitActionInput { Note = "上诉期满，各方均未上诉" }, ct);
            await StepAsync(services, c.Id, P.Comply, calendar.OnOrAfter(effective.AddDays(10)), office,
                new SuitActionInput { Note = Outcomes[i].IsLoss() ? "已按判决要求整改，重新规范执法程序" : "裁判生效，归档" }, ct);
        }

        var today = LegalDate.Today(context.Services.GetRequiredService<TimeProvider>());
        if (calendar.HasYear(today.Year) && calendar.HasYear(today.AddDays(-60).Year))
        {
            await RegisterAsync(services, office, "", "某物业管理有限公司", "演示镇人民政府作出的行政处罚决定（消防安全）", OnOrBefore(calendar, today.AddDays(-4)), ct);
            var heardCase = await RegisterAsync(services, office, $"（{today.Year}）粤1973行初58号", "孙某", "演示镇人民政府作出的责令限期拆除决定", OnOrBefore(calendar, today.AddDays(-60)), ct);
            await StepAsync(services, heardCase.Id, P.Defend, OnOrBefore(calendar, today.AddDays(-50)), office, new SuitActionInput { Note = "提交答辩状和证据" }, ct);
            await StepAsync(services, heardCase.Id, P.Hearing, OnOrBefore(calendar, today.AddDays(-10)), office, new SuitActionInput
            {
                LeaderAppeared = false,
                DelegateName = "镇综合行政执法办负责人",
                Excuse = AppearanceExcuse.IrreplaceableDuty.ToString(),
                ExcuseNote = "镇长参加市防汛紧急会议，已向法院提交书面说明",
            }, ct);
        }

        services.Clock.Set(today);
        context.Report($"行政诉讼：{Cases2022}件2022年案件与在办案件");
    }

    private static DateOnly OnOrBefore(WorkingDayCalendar calendar, DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private static async Task<LitigationCase> RegisterAsync(DemoServices services, ProcedureActor office, string number, string plaintiff, string act, DateOnly served, CancellationToken ct)
    {
        services.Clock.Set(served);
        return await services.Get<RegisterSuit>().ExecuteAsync(new SuitInput
        {
            CourtCaseNumber = number,
            Court = "东莞市第三人民法院",
            Plaintiff = plaintiff,
            ChallengedAct = act,
            FiledOn = served.AddDays(-3),
            ServedOn = served,
        }, DemoContext.Town, office, ct);
    }

    private static async Task StepAsync(DemoServices services, Guid id, string action, DateOnly on, ProcedureActor actor, SuitActionInput input, CancellationToken ct)
    {
        services.Clock.Set(on);
        await services.Get<AdvanceSuit>().ExecuteAsync(id, action, input with { On = on }, actor, ct);
    }
}
