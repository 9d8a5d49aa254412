using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Procedures;

/// <summary>What the caller tells the engine about a step beyond its action.</summary>
public sealed record StepInput
{
    /// <summary>Legal date of the step (default: today in China); not in the future, not before the previous step.</summary>
    public DateOnly? On { get; init; }

    /// <summary>办理意见; for 延长 the reason (required), for 中止 / 不计入 the cause.</summary>
    public string? Note { get; init; }

    /// <summary>For an action that extends a clock: by how much, in the clock's unit.</summary>
    public int? ExtensionLength { get; init; }

    /// <summary>For an action that excludes a period from a clock: first and last excluded day (inclusive).</summary>
    public DateOnly? ExcludedFrom { get; init; }

    public DateOnly? ExcludedTo { get; init; }
}

/// <summary>What a step produced: the step and every new row (instance, clocks, adjustments, step) to add to the unit of work.</summary>
public sealed record StepResult(ProcedureInstance Instance, ProcedureStep Step, IReadOnlyList<object> Added);

/// <summary>
/// 程序规则 (the engine's rules without a database): checks the state, the actor and every gate, then records the step
/// and moves the clocks of an instance whose clocks are in memory. A refused step throws
/// <see cref="DomainRuleException"/> before anything changes. Modules use <see cref="ProcedureEngine"/>; tests of a
/// definition may use this directly.
/// </summary>
public sealed class ProcedureMachine(ProcedureRegistry registry, TimeProvider time)
{
    public const string StartActionKey = "start";

    public ProcedureDefinition DefinitionOf(ProcedureInstance instance) => registry.Get(instance.DefinitionKey, instance.DefinitionVersion);

    /// <summary>A new instance under the newest version of the definition, in its initial state.</summary>
    public StepResult Start(string definitionKey, string subjectType, Guid subjectId, string regionCode, ProcedureActor actor, DateOnly? on = null)
    {
        var definition = registry.Latest(definitionKey);
        var date = StepDate(on, null);
        var instance = new ProcedureInstance(definition, subjectType, subjectId, regionCode, date);
        var step = instance.Record(StartActionKey, $"启动{definition.Name}", definition.InitialState, actor, Now, date, null);
        return new StepResult(instance, step, [instance, step]);
    }

    /// <summary>The actions the actor could take now (state, permission and gates all pass): what a page offers.</summary>
    public IReadOnlyList<ProcedureAction> AvailableActions(ProcedureInstance instance, ProcedureActor actor, object? context) =>
        DefinitionOf(instance).Actions
            .Where(a => a.From.Contains(instance.State) && actor.MayTake(a) && a.Gates.All(g => g.IsMet(context)))
            .ToList();

    public StepResult Apply(ProcedureInstance instance, string actionKey, ProcedureActor actor, object? context, StepInput? input, WorkingDayCalendar calendar)
    {
        input ??= new StepInput();
        var definition = DefinitionOf(instance);
        var action = definition.FindAction(actionKey)
            ?? throw new FieldValidationException("action", $"“{definition.Name}”没有该办理环节");
        if (!action.From.Contains(instance.State))
        {
            throw new DomainRuleException($"当前为“{definition.State(instance.State).Name}”，不能{action.Name}");
        }

        if (!actor.MayTake(action))
        {
            throw new DomainRuleException($"您没有“{action.Name}”的权限", statusCode: StatusCodes.Status403Forbidden);
        }

        var failed = action.Gates.Where(g => !g.IsMet(context)).ToList();
        if (failed.Count > 0)
        {
            throw new DomainRuleException(
                string.Join("；", failed.Select(g => g.RefusalMessage)),
                string.Join("；", failed.Select(g => g.Basis.Citation).Distinct()));
        }

        var on = StepDate(input.On, instance);
        var changes = action.Clocks.Select(effect => (Effect: effect, Rule: definition.Clock(effect.ClockKey), Change: Change(effect, on, actor, input))).ToList();
        foreach (var (effect, rule, change) in changes)
        {
            if (Clock.Refuse(Find(instance, effect.ClockKey), rule, change) is { } refusal)
            {
                throw refusal;
            }
        }

        var added = new List<object>();
        foreach (var (effect, rule, change) in changes)
        {
            if (Find(instance, effect.ClockKey) is { } clock)
            {
                if (clock.Apply(change, calendar) is { } adjustment)
                {
                    added.Add(adjustment);
                }
            }
            else if (effect.Kind == ClockEffectKind.Start)
            {
                var started = Clock.Begin(instance, rule, on, calendar);
                instance.Clocks.Add(started);
                added.Add(started);
            }
        }

        var step = instance.Record(action.Key, action.Name, action.To, actor, Now, on, input.Note);
        added.Add(step);
        return new StepResult(instance, step, added);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private static Clock? Find(ProcedureInstance instance, string clockKey) => instance.Clocks.FirstOrDefault(c => c.RuleKey == clockKey);

    private DateOnly StepDate(DateOnly? on, ProcedureInstance? instance)
    {
        var today = LegalDate.Today(time);
        var date = on ?? today;
        if (date > today)
        {
            throw new FieldValidationException("on", "办理日期不能晚于今天");
        }

        if (instance is not null && date < instance.LastStepOn)
        {
            throw new FieldValidationException("on", $"办理日期不能早于上一环节的日期{ClockSchedule.Day(instance.LastStepOn)}");
        }

        return date;
    }

    private ClockChange Change(ClockEffect effect, DateOnly on, ProcedureActor actor, StepInput input)
    {
        var who = actor.DisplayName == actor.Login ? actor.Login : $"{actor.DisplayName}（{actor.Login}）";
        switch (effect.Kind)
        {
            case ClockEffectKind.Extend when input.ExtensionLength is not > 0:
                throw new FieldValidationException("extensionLength", "请填写延长的期限（正整数）");
            case ClockEffectKind.Extend when string.IsNullOrWhiteSpace(input.Note):
                throw new FieldValidationException("note", "请填写延长期限的理由");
            case ClockEffectKind.Exclude when input.ExcludedFrom is null || input.ExcludedTo is null:
                throw new FieldValidationException("excludedFrom", "请填写不计入期限的起止日期");
            case ClockEffectKind.Exclude when string.IsNullOrWhiteSpace(input.Note):
                throw new FieldValidationException("note", "请写明不计入期限的事由及证明材料（如听证通知书、检测委托书）");
            default:
                return new ClockChange(effect.Kind, on, Now, who, input.Note, input.ExtensionLength, input.ExcludedFrom, input.ExcludedTo);
        }
    }
}

/// <summary>
/// 程序引擎 (procedure engine) in the caller's unit of work: <see cref="ApplyAsync"/> loads the instance's clocks into
/// the caller's DbContext, lets <see cref="ProcedureMachine"/> check and take the step, and adds the new rows; the
/// caller saves. A refused step throws <see cref="DomainRuleException"/> and changes nothing. A deadline reaching a year
/// beyond the loaded holiday notices does not block the step: its clock's due date is 暂定 (<see cref="Clock.DueDateProvisional"/>,
/// said so in its explanation) and is recomputed when the notice is loaded (<see cref="RecomputeProvisionalClocks"/>).
/// </summary>
public sealed class ProcedureEngine(AppDbContext db, ProcedureMachine machine, ICalendarSource calendars)
{
    public ProcedureDefinition DefinitionOf(ProcedureInstance instance) => machine.DefinitionOf(instance);

    public IReadOnlyList<ProcedureAction> AvailableActions(ProcedureInstance instance, ProcedureActor actor, object? context) =>
        machine.AvailableActions(instance, actor, context);

    /// <summary>Starts a new instance under the newest version of the definition, in its initial state.</summary>
    public ProcedureInstance Start(string definitionKey, string subjectType, Guid subjectId, string regionCode, ProcedureActor actor, DateOnly? on = null)
    {
        var result = machine.Start(definitionKey, subjectType, subjectId, regionCode, actor, on);
        db.AddRange(result.Added);
        return result.Instance;
    }

    public async Task<ProcedureStep> ApplyAsync(ProcedureInstance instance, string actionKey, ProcedureActor actor, object? context,
        StepInput? input = null, CancellationToken cancellationToken = default)
    {
        await LoadClocksAsync(instance, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var result = machine.Apply(instance, actionKey, actor, context, input, calendar);
        db.AddRange(result.Added);
        return result.Step;
    }

    /// <summary>Brings the instance's clocks and their adjustments into the caller's context, however the caller loaded it.</summary>
    private async Task LoadClocksAsync(ProcedureInstance instance, CancellationToken cancellationToken)
    {
        var entry = db.Entry(instance);
        switch (entry.State)
        {
            case EntityState.Detached:
                throw new InvalidOperationException("程序实例须由同一 DbContext 跟踪，否则办理结果无法保存");
            case EntityState.Added:
                return;
            default:
                // Tracked query: identity resolution fills instance.Clocks and each clock's Adjustments.
                await db.Set<Clock>().Include(c => c.Adjustments).Where(c => c.InstanceId == instance.Id).ToListAsync(cancellationToken);
                return;
        }
    }
}
