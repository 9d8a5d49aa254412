using Fazhi.Modules.Reconsideration.Cases;
using Fazhi.Modules.Reconsideration.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Reconsideration.Domain.ReconsiderationProcedure;

namespace Fazhi.Modules.Reconsideration.Demo;

/// <summary>
/// 行政复议演示数据: the seed's two 2022 cases against 演示镇 (both heard and decided in 2022 under the 2017 law, replied in
/// time), and two open cases of the last weeks under the 2023 law — all through the module's own use cases on the
/// demo clock, so clocks and figures are computed as for a real town.
/// </summary>
public sealed class ReconsiderationDemo : IDemoData
{
    public const int Cases2022 = 2;

    private const string Office = "demo.legal-office";

    public string Name => "行政复议（被申请案件）";

    public int Order => 70;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 4));
        var db = services.Get<AppDbContext>();
        if (await db.Set<ReconsiderationCase>().AnyAsync(c => c.RegionCode == DemoContext.Town, ct))
        {
            context.Report("演示镇已有行政复议案件，跳过");
            return;
        }

        var calendar = await services.CalendarAsync(ct);
        var office = ProcedureActor.From(await services.UserAsync(Office));
        (string Applicant, string Act, string Number, DateOnly Accepted, ReconsiderationOutcome Outcome)[] cases2022 =
        [
            ("某五金制品有限公司", "演示镇人民政府作出的责令限期拆除违法建设决定", "演综执〔2022〕罚字第18号", new DateOnly(2022, 5, 9), ReconsiderationOutcome.Upheld),
            ("陈某", "演示镇人民政府作出的政府信息公开申请答复", "", new DateOnly(2022, 9, 13), ReconsiderationOutcome.TerminatedWithdrawn),
        ];
        foreach (var (applicant, act, number, accepted, outcome) in cases2022)
        {
            var c = await RegisterAsync(services, office, applicant, act, number, accepted, calendar.OnOrAfter(accepted.AddDays(3)), "ordinary", ct);
            var replied = calendar.OnOrAfter(c.CopyReceivedOn.AddDays(6));
            await StepAsync(services, c.Id, P.Reply, replied, office, new CaseActionInput { Note = "提交书面答复、证据和依据" }, ct);
            if (outcome.IsTermination())
            {
                await StepAsync(services, c.Id, P.Terminate, calendar.OnOrAfter(replied.AddDays(20)), office,
                    new CaseActionInput { Outcome = outcome.ToString(), Note = "申请人撤回行政复议申请，复议机关决定终止" }, ct);
            }
            else
            {
                var heard = calendar.OnOrAfter(replied.AddDays(14));
                await StepAsync(services, c.Id, P.RecordHearing, heard, office,
                    new CaseActionInput { LeaderAttended = true, LeaderName = "演示镇副镇长", Note = "复议机关听取双方意见" }, ct);
                var decided = calendar.OnOrAfter(heard.AddDays(20));
                await StepAsync(services, c.Id, P.Decide, decided, office, new CaseActionInput { Outcome = outcome.ToString(), Note = "复议机关决定维持原行政行为" }, ct);
                await StepAsync(services, c.Id, P.Comply, calendar.OnOrAfter(decided.AddDays(5)), office, new CaseActionInput { Note = "复议决定已生效，归档" }, ct);
            }
        }

        // Open cases of the last weeks under the 2023 law: one awaiting the reply, one under review.
        var today = LegalDate.Today(context.Services.GetRequiredService<TimeProvider>());
        if (calendar.HasYear(today.Year) && calendar.HasYear(today.AddDays(-40).Year))
        {
            var accepted = OnOrBefore(calendar, today.AddDays(-9));
            await RegisterAsync(services, office, "某餐饮管理有限公司", "演示镇人民政府作出的行政处罚决定（占道经营）", "演综执〔2026〕罚字第7号",
                accepted, Later(accepted, OnOrBefore(calendar, today.AddDays(-6))), "ordinary", ct);
            accepted = OnOrBefore(calendar, today.AddDays(-40));
            var reviewed = await RegisterAsync(services, office, "李某", "演示镇人民政府作出的政府信息公开答复", "", accepted,
                Later(accepted, OnOrBefore(calendar, today.AddDays(-38))), "simplified", ct);
            await StepAsync(services, reviewed.Id, P.Reply, Later(reviewed.CopyReceivedOn, OnOrBefore(calendar, today.AddDays(-35))), office,
                new CaseActionInput { Note = "提交书面答复和政府信息公开答复材料" }, ct);
        }

        services.Clock.Set(today);
        context.Report($"行政复议：{Cases2022}件2022年案件与在办案件");
    }

    internal static DateOnly OnOrBefore(WorkingDayCalendar calendar, DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static async Task<ReconsiderationCase> RegisterAsync(DemoServices services, ProcedureActor office, string applicant, string act, string number,
        DateOnly accepted, DateOnly received, string track, CancellationToken ct)
    {
        services.Clock.Set(received);
        return await services.Get<RegisterCase>().ExecuteAsync(new RegisterInput
        {
            Applicant = applicant,
            ChallengedAct = act,
            ChallengedCaseNumber = number.Length == 0 ? null : number,
            ReviewBody = "东莞市人民政府",
            AppliedOn = accepted.AddDays(-5),
            AcceptedOn = accepted,
            CopyReceivedOn = received,
            Track = track,
        }, DemoContext.Town, office, ct);
    }

    private static async Task StepAsync(DemoServices services, Guid id, string action, DateOnly on, ProcedureActor actor, CaseActionInput input, CancellationToken ct)
    {
        services.Clock.Set(on);
        await services.Get<AdvanceCase>().ExecuteAsync(id, action, input with { On = on }, actor, ct);
    }
}
