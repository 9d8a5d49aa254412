using Fazhi.Modules.Litigation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Litigation.Domain.LitigationProcedure;

namespace Fazhi.Modules.Litigation.Cases;

/// <summary>An action the actor may take now (<see cref="Key"/> is what the page and API post).</summary>
public sealed record OfferedAction(string Key, string Name);

/// <summary>
/// 办理一个应诉环节: checks the form, lets the procedure engine check the state, the actor, the gates and the date (not
/// in the future, not before the previous step), moves the clocks, then records what the step produced.
/// </summary>
public sealed class AdvanceSuit(AppDbContext db, ProcedureEngine engine, TimeProvider time)
{
    private static readonly string[] Verbs = [P.Defend, P.Hearing, P.Judge, P.Appeal, P.BecomeEffective, P.RecordAppealDecision, P.Comply];

    public async Task<LitigationCase> ExecuteAsync(Guid id, string action, SuitActionInput input, ProcedureActor actor, CancellationToken ct)
    {
        var c = await db.Set<LitigationCase>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("没有该行政诉讼案件");
        await ApplyAsync(c, action, input, actor, ct);
        await db.SaveChangesAsync(ct);
        return c;
    }

    internal async Task ApplyAsync(LitigationCase c, string verb, SuitActionInput input, ProcedureActor actor, CancellationToken ct)
    {
        if (!Verbs.Contains(verb))
        {
            throw new FieldValidationException("action", "没有该办理环节");
        }

        var instance = db.Set<ProcedureInstance>().Local.FirstOrDefault(i => i.Id == c.ProcedureInstanceId)
            ?? await db.Set<ProcedureInstance>().FirstOrDefaultAsync(i => i.Id == c.ProcedureInstanceId, ct)
            ?? throw new RecordNotFoundException("该案件没有办理程序");
        if (!Names.TryParse<LitigationOutcome>(input.Outcome, out var outcome))
        {
            throw new FieldValidationException("outcome", "裁判结果不正确");
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > 2000)
        {
            throw new FieldValidationException("note", "办理意见不能超过2000个字符");
        }

        var action = verb switch
        {
            P.Hearing => instance.State == P.Appealed ? P.RecordAppealHearing : P.RecordHearing,
            P.Judge => outcome is { } o && o.IsRuling() ? P.RecordRuling : P.RecordJudgment,
            _ => verb,
        };
        var hearing = action is P.RecordHearing or P.RecordAppealHearing ? ParseHearing(input) : null;
        var on = input.On ?? LegalDate.Today(time);
        var appealDue = await AppealDueAsync(instance, ct);
        var context = new LitigationContext(c, outcome,
            hearing is null ? null : new AppearanceFacts(hearing.LeaderAppeared, hearing.Rank is not null, hearing.DelegateName is not null, hearing.Excuse is not null),
            appealDue is { } due && on <= due, note is not null);
        var step = await engine.ApplyAsync(instance, action, actor, context, new StepInput { On = input.On, Note = note }, ct);
        switch (action)
        {
            case P.Defend:
                c.RecordDefence(step.On, instance.Clocks.First(k => k.RuleKey == P.DefenceClock).DueDate);
                break;
            case P.RecordHearing or P.RecordAppealHearing:
                db.Add(new LitigationHearing(c, step.On, hearing!));
                break;
            case P.RecordJudgment or P.RecordRuling:
                c.RecordFirstInstance(outcome!.Value, step.On);
                break;
            case P.Appeal:
                c.RecordAppeal(step.On);
                break;
            case P.BecomeEffective:
                c.RecordEffective(step.On);
                break;
            case P.RecordAppealDecision:
                c.RecordAppealDecision(outcome!.Value, step.On);
                break;
            case P.Comply:
                c.Close(step.On, note);
                break;
        }

        c.MoveTo(instance.State);
    }

    public async Task<IReadOnlyList<OfferedAction>> OfferedAsync(LitigationCase c, ProcedureActor actor, CancellationToken ct)
    {
        var instance = await db.Set<ProcedureInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == c.ProcedureInstanceId, ct);
        if (instance is null)
        {
            return [];
        }

        var offered = new List<OfferedAction>();
        foreach (var a in engine.DefinitionOf(instance).Actions.Where(a => a.From.Contains(instance.State) && actor.MayTake(a)))
        {
            var verb = a.Key switch
            {
                P.RecordHearing or P.RecordAppealHearing => P.Hearing,
                P.RecordJudgment or P.RecordRuling => P.Judge,
                P.Serve => null,
                _ => a.Key,
            };
            if (verb is not null && offered.All(o => o.Key != verb))
            {
                offered.Add(new OfferedAction(verb, verb == P.Judge ? "收到一审判决或裁定" : a.Name));
            }
        }

        return offered;
    }

    /// <summary>The due date of the appeal window that is running, if any.</summary>
    private async Task<DateOnly?> AppealDueAsync(ProcedureInstance instance, CancellationToken ct)
    {
        var clocks = db.Set<Clock>().Local.Where(k => k.InstanceId == instance.Id).ToList();
        if (clocks.Count == 0)
        {
            clocks = await db.Set<Clock>().AsNoTracking().Where(k => k.InstanceId == instance.Id).ToListAsync(ct);
        }

        return clocks.Where(k => k.RuleKey is P.AppealJudgmentClock or P.AppealRulingClock && k.Status != ClockStatus.Stopped)
            .Select(k => (DateOnly?)k.DueDate).FirstOrDefault();
    }

    private static HearingInput ParseHearing(SuitActionInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Names.TryParse<LeaderRank>(input.LeaderRank, out var rank))
        {
            errors["leaderRank"] = ["负责人职务应为正职、副职或其他参与分管的负责人"];
        }

        if (!Names.TryParse<AppearanceExcuse>(input.Excuse, out var excuse))
        {
            errors["excuse"] = ["不能出庭的理由应为不可抗力、意外事件、需要履行他人不能代替的公务或其他正当事由"];
        }

        if (input.LeaderAppeared && string.IsNullOrWhiteSpace(input.LeaderName))
        {
            errors["leaderName"] = ["请填写出庭负责人的姓名"];
        }

        if (input.LeaderName?.Trim().Length > 100 || input.DelegateName?.Trim().Length > 100 || input.ExcuseNote?.Trim().Length > 2000)
        {
            errors["leaderName"] = ["姓名不能超过100个字符，理由说明不能超过2000个字符"];
        }

        return errors.Count > 0
            ? throw new FieldValidationException(errors)
            : new HearingInput(input.LeaderAppeared, Trim(input.LeaderName), rank, input.LeaderSpoke, Trim(input.DelegateName), excuse, Trim(input.ExcuseNote));
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
