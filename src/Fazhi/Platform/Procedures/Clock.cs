using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Platform.Procedures;

/// <summary>期限状态 (status of a clock).</summary>
public enum ClockStatus
{
    [Display(Name = "计时中")] Running,
    [Display(Name = "已中止")] Suspended,

    /// <summary>Past its due date and recorded as such by the scan (a <see cref="ClockAlert"/> exists for this due date).</summary>
    [Display(Name = "已超期")] Overdue,
    [Display(Name = "已停止")] Stopped,
}

/// <summary>期限调整的种类.</summary>
public enum ClockAdjustmentKind
{
    /// <summary>中止: from the day after <c>From</c> to <c>To</c> (inclusive) the clock does not run; open while <c>To</c> is null.</summary>
    [Display(Name = "中止")] Suspension,

    /// <summary>不计入期限: <c>From</c> to <c>To</c>, both inclusive, do not count.</summary>
    [Display(Name = "不计入期限")] Exclusion,

    /// <summary>延长 by <c>Length</c> units, approved by <c>Actor</c>.</summary>
    [Display(Name = "延长")] Extension,

    /// <summary>中断 / 重新计时: counting begins again from <c>From</c> (the start of a new round).</summary>
    [Display(Name = "重新计算")] Restart,
}

/// <summary>
/// 期限 (clock): a statutory period of one procedure instance as a first-class record. It copies its rule (unit, length,
/// roll-forward, warning threshold, extension cap, legal basis) so it stays explainable on its own, and keeps every
/// suspension, exclusion, extension and restart as a <see cref="ClockAdjustment"/> row. <see cref="Round"/> counts
/// restarts: only the current round's adjustments move the current due date.
/// </summary>
public sealed class Clock : IRegionScoped
{
    private Clock()
    {
    }

    private Clock(ProcedureInstance instance, ClockRule rule, DateOnly on)
    {
        InstanceId = instance.Id;
        RegionCode = instance.RegionCode;
        RuleKey = rule.Key;
        Name = rule.Name;
        Unit = rule.Unit;
        Length = rule.Length;
        RollForward = rule.RollForward;
        WarningWorkingDays = rule.WarningWorkingDays;
        MaxExtension = rule.MaxExtension;
        LegalBasis = rule.Basis.Citation;
        StartedOn = on;
        CountingFrom = on;
        Status = ClockStatus.Running;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InstanceId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string RuleKey { get; private set; } = "";

    public string Name { get; private set; } = "";

    public ClockUnit Unit { get; private set; }

    public int Length { get; private set; }

    public bool RollForward { get; private set; }

    public int WarningWorkingDays { get; private set; }

    public int MaxExtension { get; private set; }

    public string LegalBasis { get; private set; } = "";

    /// <summary>The event date the clock first started (the day itself is not counted).</summary>
    public DateOnly StartedOn { get; private set; }

    /// <summary>The day counting runs from in the current round (<see cref="StartedOn"/>, or the latest restart).</summary>
    public DateOnly CountingFrom { get; private set; }

    public int Round { get; private set; }

    public ClockStatus Status { get; private set; }

    /// <summary>届满日: the last day on which the act is still in time.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>
    /// 届满日暂定: the period reaches a year whose holiday notice is not loaded yet, so <see cref="DueDate"/> is reckoned
    /// from weekends alone and cannot be final; it is recomputed when the notice is loaded (law.md §17).
    /// </summary>
    public bool DueDateProvisional { get; private set; }

    /// <summary>预警日: from this day on, <see cref="WarningWorkingDays"/> or fewer working days are left.</summary>
    public DateOnly WarnOn { get; private set; }

    public DateOnly? StoppedOn { get; private set; }

    /// <summary>The due date a 预警 alert was recorded for (a new due date may be warned about again).</summary>
    public DateOnly? NearDueAlertedFor { get; private set; }

    /// <summary>The due date a 超期 alert was recorded for.</summary>
    public DateOnly? OverdueAlertedFor { get; private set; }

    /// <summary>How the due date was computed, one line per fact, in Chinese.</summary>
    public List<string> Explanation { get; private set; } = [];

    public List<ClockAdjustment> Adjustments { get; private set; } = [];

    public bool IsCounting => Status switch
    {
        ClockStatus.Running or ClockStatus.Overdue => true,
        ClockStatus.Suspended or ClockStatus.Stopped => false,
    };

    internal IEnumerable<ClockAdjustment> CurrentRound => Adjustments.Where(a => a.Round == Round);

    internal ClockAdjustment? OpenSuspension =>
        CurrentRound.FirstOrDefault(a => a.Kind == ClockAdjustmentKind.Suspension && a.To is null);

    internal int ExtendedBy => CurrentRound.Where(a => a.Kind == ClockAdjustmentKind.Extension).Sum(a => a.Length ?? 0);

    /// <summary>
    /// The clock transition table: why <paramref name="change"/> may not happen to <paramref name="clock"/> (null = not
    /// started yet), or null when it may. Pure, so the engine can check every effect before changing anything.
    /// </summary>
    internal static DomainRuleException? Refuse(Clock? clock, ClockRule rule, ClockChange change)
    {
        if (clock is null)
        {
            return change.Kind is ClockEffectKind.Start or ClockEffectKind.Stop
                ? null
                : new DomainRuleException($"期限“{rule.Name}”尚未开始计时");
        }

        return (clock.Status, change.Kind) switch
        {
            (ClockStatus.Stopped, ClockEffectKind.Start or ClockEffectKind.Stop) => null,
            (ClockStatus.Stopped, _) => new DomainRuleException($"期限“{rule.Name}”已停止计时"),
            (_, ClockEffectKind.Start) => new DomainRuleException($"期限“{rule.Name}”已在计时"),
            (_, ClockEffectKind.Stop or ClockEffectKind.Restart) => null,
            (ClockStatus.Suspended, ClockEffectKind.Suspend) => new DomainRuleException($"期限“{rule.Name}”已中止"),
            (_, ClockEffectKind.Suspend) => null,
            (ClockStatus.Suspended, ClockEffectKind.Resume) => null,
            (_, ClockEffectKind.Resume) => new DomainRuleException($"期限“{rule.Name}”未中止，无需恢复"),
            (_, ClockEffectKind.Extend) => clock.RefuseExtension(rule, change.Length ?? 0, change.On),
            (_, ClockEffectKind.Exclude) => clock.RefuseExclusion(rule, change.From!.Value, change.To!.Value, change.On),
        };
    }

    /// <summary>A lapsed period cannot be revived: an extension is approved on or before the due date as it stands.</summary>
    private DomainRuleException? RefuseExtension(ClockRule rule, int length, DateOnly on)
    {
        var basis = (rule.ExtensionBasis ?? rule.Basis).Citation;
        if (MaxExtension == 0)
        {
            return new DomainRuleException($"期限“{rule.Name}”依法不得延长", basis);
        }

        if (Status != ClockStatus.Suspended && on > DueDate)
        {
            return new DomainRuleException(
                $"期限“{rule.Name}”已于{ClockSchedule.Day(DueDate)}届满，延长须在期限届满前批准，届满后不得再延长", basis);
        }

        var unit = ClockSchedule.UnitName(Unit);
        return ExtendedBy + length > MaxExtension
            ? new DomainRuleException($"期限“{rule.Name}”累计延长不得超过{MaxExtension}{unit}（已延长{ExtendedBy}{unit}）", basis)
            : null;
    }

    /// <summary>
    /// An excluded period is registered before the period lapses and lies within it as it stands: registering a hearing or
    /// a test after the due date would revive a lapsed period and turn a late decision into a timely one.
    /// </summary>
    private DomainRuleException? RefuseExclusion(ClockRule rule, DateOnly from, DateOnly to, DateOnly on)
    {
        if (from <= CountingFrom || to < from || to > on)
        {
            return new DomainRuleException($"不计入期限的期间应在{CountingFrom:yyyy-MM-dd}之后、不晚于办理日期，且起日不晚于止日");
        }

        if (Status != ClockStatus.Suspended && (on > DueDate || to > DueDate))
        {
            return new DomainRuleException(
                $"期限“{rule.Name}”届满日为{ClockSchedule.Day(DueDate)}：不计入期限的期间须在届满前登记，且不得超过届满日（已届满的期限不能因事后扣除而恢复）",
                rule.Basis.Citation);
        }

        // Excluded days after the current start day: a suspension covers (From, To], an exclusion [From, To].
        var overlaps = CurrentRound.Any(a => a.Kind switch
        {
            ClockAdjustmentKind.Suspension => from <= (a.To ?? DateOnly.MaxValue) && to > a.From,
            ClockAdjustmentKind.Exclusion => from <= a.To && to >= a.From,
            ClockAdjustmentKind.Extension or ClockAdjustmentKind.Restart => false,
        });
        return overlaps ? new DomainRuleException($"期限“{rule.Name}”的该期间与已登记的中止或不计入期间重叠") : null;
    }

    /// <summary>Starts a clock that has never run, counting from the step's date.</summary>
    internal static Clock Begin(ProcedureInstance instance, ClockRule rule, DateOnly on, WorkingDayCalendar calendar)
    {
        var clock = new Clock(instance, rule, on);
        clock.Recompute(calendar);
        return clock;
    }

    /// <summary>Applies a change the engine has already checked with <see cref="Refuse"/>; returns the adjustment row it adds, if any.</summary>
    internal ClockAdjustment? Apply(ClockChange change, WorkingDayCalendar calendar)
    {
        var added = change.Kind switch
        {
            // A stopped clock started again counts anew, like a restart.
            ClockEffectKind.Start => BeginRound(change),
            ClockEffectKind.Stop => Stop(change.On),
            ClockEffectKind.Suspend => Suspend(change),
            ClockEffectKind.Resume => Resume(change.On),
            ClockEffectKind.Restart => BeginRound(change),
            ClockEffectKind.Extend => Add(ClockAdjustmentKind.Extension, change, change.On, null, change.Length),
            ClockEffectKind.Exclude => Add(ClockAdjustmentKind.Exclusion, change, change.From!.Value, change.To, null),
        };
        Recompute(calendar);
        return added;
    }

    /// <summary>Computes the due date and its explanation from the rule and the current round's adjustments.</summary>
    internal void Recompute(WorkingDayCalendar calendar)
    {
        ClockSchedule.Result schedule;
        try
        {
            schedule = ClockSchedule.Compute(this, calendar);
            DueDateProvisional = false;
        }
        catch (CalendarYearMissingException)
        {
            // A missing notice never blocks recording the act (立案 is recorded promptly): the due date is 暂定 until it is loaded.
            var assumed = calendar.AssumingWeekendsForMissingYears();
            schedule = ClockSchedule.Compute(this, assumed);
            DueDateProvisional = true;
            var years = string.Join("、", assumed.AssumedYears);
            schedule = schedule with
            {
                Lines =
                [
                    .. schedule.Lines,
                    $"{years}年节假日安排尚未载入，届满日暂不能最终确定：以上按周六、周日休息暂算为{ClockSchedule.Day(schedule.Due)}，载入该年节假日安排后自动重新计算。",
                ],
            };
        }

        DueDate = schedule.Due;
        WarnOn = schedule.WarnOn;
        Explanation = [.. schedule.Lines];
        if (IsCounting)
        {
            // Overdue means "recorded overdue for this due date": a moved due date counts as running until the scan says otherwise.
            Status = OverdueAlertedFor == DueDate ? ClockStatus.Overdue : ClockStatus.Running;
        }
    }

    internal void MarkNearDue() => NearDueAlertedFor = DueDate;

    internal void MarkOverdue()
    {
        OverdueAlertedFor = DueDate;
        Status = ClockStatus.Overdue;
    }

    private ClockAdjustment? Stop(DateOnly on)
    {
        if (Status != ClockStatus.Stopped)
        {
            CloseSuspension(on);
            Status = ClockStatus.Stopped;
            StoppedOn = on;
        }

        return null;
    }

    private ClockAdjustment Suspend(ClockChange change)
    {
        Status = ClockStatus.Suspended;
        return Add(ClockAdjustmentKind.Suspension, change, change.On, null, null);
    }

    private ClockAdjustment? Resume(DateOnly on)
    {
        CloseSuspension(on);
        Status = ClockStatus.Running;
        return null;
    }

    private ClockAdjustment BeginRound(ClockChange change)
    {
        CloseSuspension(change.On);
        Round++;
        CountingFrom = change.On;
        StoppedOn = null;
        Status = ClockStatus.Running;
        return Add(ClockAdjustmentKind.Restart, change, change.On, null, null);
    }

    private void CloseSuspension(DateOnly on)
    {
        OpenSuspension?.Close(on);
    }

    private ClockAdjustment Add(ClockAdjustmentKind kind, ClockChange change, DateOnly from, DateOnly? to, int? length)
    {
        var adjustment = new ClockAdjustment(this, kind, from, to, length, change.Note ?? "", change.Actor, change.At);
        Adjustments.Add(adjustment);
        return adjustment;
    }
}

/// <summary>One clock effect about to happen, with the step's date, actor and input.</summary>
internal sealed record ClockChange(ClockEffectKind Kind, DateOnly On, DateTime At, string Actor, string? Note, int? Length, DateOnly? From, DateOnly? To);

/// <summary>期限调整 (a suspension, exclusion, extension or restart of a clock), kept as history.</summary>
public sealed class ClockAdjustment : IRegionScoped
{
    private ClockAdjustment()
    {
    }

    internal ClockAdjustment(Clock clock, ClockAdjustmentKind kind, DateOnly from, DateOnly? to, int? length, string reason, string actor, DateTime at)
    {
        ClockId = clock.Id;
        RegionCode = clock.RegionCode;
        Round = clock.Round;
        Kind = kind;
        From = from;
        To = to;
        Length = length;
        Reason = reason;
        Actor = actor;
        RecordedAt = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ClockId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Round { get; private set; }

    public ClockAdjustmentKind Kind { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    /// <summary>延长的长度, in the clock's unit.</summary>
    public int? Length { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>Who decided it (for 延长, the approver), as "姓名（登录名）".</summary>
    public string Actor { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }

    internal void Close(DateOnly on) => To = on;
}
