using Fazhi.Modules.Enforcement.Contracts;
using Fazhi.Modules.Reconsideration.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Reconsideration.Domain.ReconsiderationProcedure;

namespace Fazhi.Modules.Reconsideration.Cases;

/// <summary>An action the actor may take now.</summary>
public sealed record OfferedAction(string Key, string Name);

/// <summary>
/// 办理一个环节: checks the form, lets the procedure engine check the state, the actor, the gates and the date (not in
/// the future, not before the previous step), moves the clocks, then records what the step produced on the case.
/// </summary>
public sealed class AdvanceCase(AppDbContext db, ProcedureEngine engine, IChallengedDecisions challenged)
{
    public async Task<ReconsiderationCase> ExecuteAsync(Guid id, string action, CaseActionInput input, ProcedureActor actor, CancellationToken ct)
    {
        var c = await db.Set<ReconsiderationCase>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("没有该行政复议案件");
        await ApplyAsync(c, action, input, actor, ct);
        await db.SaveChangesAsync(ct);
        return c;
    }

    internal async Task ApplyAsync(ReconsiderationCase c, string action, CaseActionInput input, ProcedureActor actor, CancellationToken ct)
    {
        if (!P.UserActions.Contains(action))
        {
            throw new FieldValidationException("action", "没有该办理环节");
        }

        var instance = await InstanceAsync(c, ct);
        var outcome = action is P.Decide or P.Terminate ? ParseOutcome(input.Outcome) : null;
        HearingFacts? hearing = null;
        if (action == P.RecordHearing)
        {
            if (input.LeaderAttended && string.IsNullOrWhiteSpace(input.LeaderName))
            {
                throw new FieldValidationException("leaderName", "请填写参加听证的负责人姓名");
            }

            hearing = new HearingFacts(input.LeaderAttended, !string.IsNullOrWhiteSpace(input.DelegateName), !string.IsNullOrWhiteSpace(input.DelegationReason));
        }

        var note = Trim(input.Note);
        if (note?.Length > 2000 || input.LeaderName?.Trim().Length > 100 || input.DelegateName?.Trim().Length > 100 || input.DelegationReason?.Trim().Length > 2000)
        {
            throw new FieldValidationException("note", "办理意见和委托理由不能超过2000个字符，姓名不能超过100个字符");
        }

        var context = new ReconsiderationContext(c, outcome, hearing, note is not null);
        var step = await engine.ApplyAsync(instance, action, actor, context,
            new StepInput { On = input.On, Note = note, ExtensionLength = input.ExtensionDays }, ct);
        var on = step.On;
        switch (action)
        {
            case P.Reply:
                c.RecordReply(on, instance.Clocks.First(k => k.RuleKey == P.ReplyClock).DueDate);
                break;
            case P.RecordHearing:
                db.Add(new ReconsiderationHearing(c, on, input.LeaderAttended, Trim(input.LeaderName), Trim(input.DelegateName), Trim(input.DelegationReason), note));
                break;
            case P.Decide or P.Terminate:
                c.RecordDecision(outcome!.Value, on, note);
                if (c.ChallengedCaseNumber is { Length: > 0 } number)
                {
                    // The reconsideration period ends with its decision: the challenged case's 加处罚款 counts again from here.
                    await challenged.ChallengeEndedAsync(c.RegionCode, number, on, ct);
                }

                break;
            case P.ReceiveOpinion:
                c.RecordOpinionReceived(on);
                break;
            case P.AnswerOpinion:
                c.RecordOpinionAnswered(on);
                break;
            case P.Comply:
                c.Close(on, note);
                break;
        }

        c.MoveTo(instance.State);
    }

    public async Task<IReadOnlyList<OfferedAction>> OfferedAsync(ReconsiderationCase c, ProcedureActor actor, CancellationToken ct)
    {
        var instance = await db.Set<ProcedureInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == c.ProcedureInstanceId, ct);
        return instance is null
            ? []
            : engine.DefinitionOf(instance).Actions
                .Where(a => P.UserActions.Contains(a.Key) && a.From.Contains(instance.State) && actor.MayTake(a))
                .Where(a => a.Key != P.Extend || c.Track == ReconsiderationTrack.Ordinary)
                .Select(a => new OfferedAction(a.Key, a.Name)).ToList();
    }

    public static ReconsiderationOutcome? ParseOutcome(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        foreach (var o in Enum.GetValues<ReconsiderationOutcome>())
        {
            if (string.Equals(o.ToString(), value, StringComparison.OrdinalIgnoreCase) || Names.Of(o) == value)
            {
                return o;
            }
        }

        throw new FieldValidationException("outcome", "复议结果应为维持、驳回、撤销、变更、确认违法、确认无效、责令履行、终止（撤回申请）或终止（和解）");
    }

    private async Task<ProcedureInstance> InstanceAsync(ReconsiderationCase c, CancellationToken ct) =>
        db.Set<ProcedureInstance>().Local.FirstOrDefault(i => i.Id == c.ProcedureInstanceId)
        ?? await db.Set<ProcedureInstance>().FirstOrDefaultAsync(i => i.Id == c.ProcedureInstanceId, ct)
        ?? throw new RecordNotFoundException("该案件没有办理程序");

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
