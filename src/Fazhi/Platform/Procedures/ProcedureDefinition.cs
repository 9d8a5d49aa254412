using System.ComponentModel.DataAnnotations;

namespace Fazhi.Platform.Procedures;

/// <summary>法律依据 (legal basis): the article a gate or clock rests on, e.g. 《重大行政决策程序暂行条例》第二十六条.</summary>
public sealed record LegalBasis(string Citation)
{
    public override string ToString() => Citation;
}

/// <summary>期限单位 (time unit of a clock, law.md §0.1).</summary>
public enum ClockUnit
{
    [Display(Name = "日")] CalendarDays,
    [Display(Name = "个工作日")] WorkingDays,
    [Display(Name = "个月")] Months,
}

/// <summary>
/// 期限规则 (clock rule): how long a statutory period is and how it is counted. <see cref="MaxExtension"/> is in the
/// same unit as <see cref="Length"/>; 0 means the period cannot be extended.
/// </summary>
public sealed record ClockRule(string Key, string Name, int Length, ClockUnit Unit, LegalBasis Basis)
{
    /// <summary>A last day that is not a working day moves to the next working day (民事诉讼法第八十五条); WD clocks never end on one anyway.</summary>
    public bool RollForward { get; init; } = true;

    /// <summary>预警: the clock is near-due when this many working days or fewer are left.</summary>
    public int WarningWorkingDays { get; init; } = 3;

    public int MaxExtension { get; init; }

    /// <summary>Where the extension and its cap come from, when not from <see cref="Basis"/> (cited when an extension is refused).</summary>
    public LegalBasis? ExtensionBasis { get; init; }
}

/// <summary>程序状态 (a state of a procedure), e.g. ("review", "合法性审查中").</summary>
public sealed record ProcedureState(string Key, string Name);

/// <summary>
/// 前置条件 (gate): a predicate over the context the module passes to the engine; when it fails the step is refused
/// with <see cref="RefusalMessage"/> citing <see cref="Basis"/>.
/// </summary>
public sealed class Gate
{
    private readonly Func<object?, bool> _predicate;

    private Gate(Type contextType, Func<object?, bool> predicate, string refusalMessage, LegalBasis basis)
    {
        ContextType = contextType;
        _predicate = predicate;
        RefusalMessage = refusalMessage;
        Basis = basis;
    }

    public Type ContextType { get; }

    public string RefusalMessage { get; }

    public LegalBasis Basis { get; }

    /// <summary>A gate over the module's context type; the engine refuses to evaluate it against any other type.</summary>
    public static Gate For<TContext>(Func<TContext, bool> predicate, string refusalMessage, LegalBasis basis) =>
        new(typeof(TContext), context => context is TContext typed
            ? predicate(typed)
            : throw new InvalidOperationException($"前置条件需要 {typeof(TContext).Name} 类型的上下文，实际为 {context?.GetType().Name ?? "null"}"),
            refusalMessage, basis);

    public bool IsMet(object? context) => _predicate(context);
}

/// <summary>What an action does to a clock.</summary>
public enum ClockEffectKind
{
    /// <summary>开始计时; on a stopped clock, a new count from the event date.</summary>
    [Display(Name = "开始计时")] Start,

    /// <summary>停止计时 (the period is met); nothing happens when the clock is not counting.</summary>
    [Display(Name = "停止计时")] Stop,

    /// <summary>中止: the clock does not run until resumed; the due date moves by the time lost.</summary>
    [Display(Name = "中止")] Suspend,

    [Display(Name = "恢复计时")] Resume,

    /// <summary>中断: counting begins again from the event date.</summary>
    [Display(Name = "中断（重新计算）")] Restart,

    /// <summary>延长: the step input carries the length; the actor is the approver, the note the reason.</summary>
    [Display(Name = "延长")] Extend,

    /// <summary>不计入期限: the step input carries the excluded period (e.g. 检测、鉴定、听证 time).</summary>
    [Display(Name = "扣除不计入期限的期间")] Exclude,
}

/// <summary>One clock effect of an action.</summary>
public sealed record ClockEffect(ClockEffectKind Kind, string ClockKey)
{
    public static ClockEffect Start(string clockKey) => new(ClockEffectKind.Start, clockKey);

    public static ClockEffect Stop(string clockKey) => new(ClockEffectKind.Stop, clockKey);

    public static ClockEffect Suspend(string clockKey) => new(ClockEffectKind.Suspend, clockKey);

    public static ClockEffect Resume(string clockKey) => new(ClockEffectKind.Resume, clockKey);

    public static ClockEffect Restart(string clockKey) => new(ClockEffectKind.Restart, clockKey);

    public static ClockEffect Extend(string clockKey) => new(ClockEffectKind.Extend, clockKey);

    public static ClockEffect Exclude(string clockKey) => new(ClockEffectKind.Exclude, clockKey);
}

/// <summary>
/// 程序环节 (action): a step from one of <see cref="From"/> to <see cref="To"/>, allowed to holders of any listed
/// permission or role, refused unless every gate is met, moving the listed clocks.
/// </summary>
public sealed record ProcedureAction(string Key, string Name, IReadOnlyList<string> From, string To)
{
    public IReadOnlyList<string> Permissions { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<Gate> Gates { get; init; } = [];

    public IReadOnlyList<ClockEffect> Clocks { get; init; } = [];
}

/// <summary>
/// 程序定义 (procedure definition): the states, actions, gates and clocks of one statutory procedure, in code. A case
/// keeps the <see cref="Version"/> it started under, so a changed procedure gets a new version and the old one stays
/// registered while cases under it are open.
/// </summary>
public sealed record ProcedureDefinition(string Key, int Version, string Name)
{
    public required IReadOnlyList<ProcedureState> States { get; init; }

    public required string InitialState { get; init; }

    public required IReadOnlyList<ProcedureAction> Actions { get; init; }

    public IReadOnlyList<ClockRule> Clocks { get; init; } = [];

    public ProcedureState State(string key) =>
        States.FirstOrDefault(s => s.Key == key) ?? throw new InvalidOperationException($"程序“{Name}”没有状态 {key}");

    public ProcedureAction? FindAction(string key) => Actions.FirstOrDefault(a => a.Key == key);

    public ClockRule Clock(string key) =>
        Clocks.FirstOrDefault(c => c.Key == key) ?? throw new InvalidOperationException($"程序“{Name}”没有期限 {key}");

    /// <summary>Checks the definition is coherent; a broken definition stops start-up rather than a case.</summary>
    public ProcedureDefinition Validated()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Key) || Version < 1)
        {
            errors.Add("程序定义需要键和不小于1的版本号");
        }

        var states = States.Select(s => s.Key).ToList();
        var clocks = Clocks.Select(c => c.Key).ToList();
        errors.AddRange(Duplicates(states).Select(k => $"状态 {k} 重复"));
        errors.AddRange(Duplicates(Actions.Select(a => a.Key)).Select(k => $"环节 {k} 重复"));
        errors.AddRange(Duplicates(clocks).Select(k => $"期限 {k} 重复"));
        if (!states.Contains(InitialState))
        {
            errors.Add($"初始状态 {InitialState} 未定义");
        }

        foreach (var rule in Clocks.Where(r => r.Length < 1 || r.MaxExtension < 0 || r.WarningWorkingDays < 0))
        {
            errors.Add($"期限 {rule.Key} 的长度、预警天数或延长上限不合理");
        }

        foreach (var action in Actions)
        {
            errors.AddRange(action.From.Append(action.To).Where(s => !states.Contains(s)).Select(s => $"环节 {action.Key} 引用了未定义的状态 {s}"));
            errors.AddRange(action.Clocks.Where(e => !clocks.Contains(e.ClockKey)).Select(e => $"环节 {action.Key} 引用了未定义的期限 {e.ClockKey}"));
            // One effect per clock keeps every effect's precondition independent, so a refusal can be checked up front.
            errors.AddRange(Duplicates(action.Clocks.Select(e => e.ClockKey)).Select(k => $"环节 {action.Key} 对期限 {k} 有多个作用"));
            if (action.Permissions.Count == 0 && action.Roles.Count == 0)
            {
                errors.Add($"环节 {action.Key} 未规定谁可以执行");
            }
        }

        return errors.Count == 0
            ? this
            : throw new InvalidOperationException($"程序定义 {Key} v{Version} 有误：{string.Join("；", errors)}");
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}
