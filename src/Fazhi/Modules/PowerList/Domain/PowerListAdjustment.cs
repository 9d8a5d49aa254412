using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.PowerList.Domain;

/// <summary>调整启动情形 (what triggers an adjustment of the list).</summary>
public enum TriggerKind
{
    [Display(Name = "法律法规立改废")] LawChange,
    [Display(Name = "赋权或收回")] Delegation,
    [Display(Name = "机构职能调整")] Reorganisation,
    [Display(Name = "评估")] Evaluation,
}

/// <summary>调整状态: where the adjustment stands in 登记 → 提出 → 审核 → 审定 → 公布.</summary>
public enum AdjustmentStatus
{
    /// <summary>已登记 (or returned by a negative review): the proposal is drafted, changes may be added.</summary>
    [Display(Name = "待提出方案")] Registered,
    [Display(Name = "待审核")] Proposed,
    [Display(Name = "待审定")] Reviewed,
    [Display(Name = "待公布")] Approved,
    [Display(Name = "已公布")] Published,
}

/// <summary>调整方式 of one item.</summary>
public enum ChangeKind
{
    [Display(Name = "新增")] Add,
    [Display(Name = "变更")] Change,
    [Display(Name = "取消")] Cancel,
}

/// <summary>调整步骤.</summary>
public enum StepKind
{
    [Display(Name = "登记")] Trigger,
    [Display(Name = "提出")] Proposal,
    [Display(Name = "审核")] Review,
    [Display(Name = "审定")] Approval,
    [Display(Name = "公布")] Publication,
}

/// <summary>
/// 权责清单动态调整 (one adjustment of a town's list): what triggered it, the changes it makes (新增/变更/取消), and its steps
/// in order — 登记 → 提出 (by the town or a department) → 审核 (编办、司法所; a negative review returns it to the proposal) →
/// 审定 (党委政府) → 公布 with its 施行日期. Each step carries its real date, not before the previous one. Only publication
/// applies the changes: each writes a new version of its item effective from the 施行日期
/// (《关于推行地方各级政府工作部门权力清单制度的指导意见》).
/// </summary>
public sealed class PowerListAdjustment : IRegionScoped
{
    private PowerListAdjustment()
    {
    }

    public PowerListAdjustment(string regionCode, string title, TriggerKind trigger, string triggerDescription, DateOnly triggeredOn, DateOnly dueOn,
        string recordedBy)
    {
        RegionCode = regionCode;
        Title = title;
        Trigger = trigger;
        TriggerDescription = triggerDescription;
        TriggeredOn = triggeredOn;
        DueOn = dueOn;
        RecordedBy = recordedBy;
        Steps.Add(new AdjustmentStep(this, 1, StepKind.Trigger, triggeredOn, recordedBy, triggerDescription, null));
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>调整事项 (a short title, e.g. 因《行政处罚法》修订调整处罚类事项).</summary>
    public string Title { get; private set; } = "";

    public TriggerKind Trigger { get; private set; }

    public string TriggerDescription { get; private set; } = "";

    /// <summary>启动日期 (the law's change, the 赋权 decision, the reorganisation or the evaluation).</summary>
    public DateOnly TriggeredOn { get; private set; }

    /// <summary>调整时限: <c>PowerList:AdjustWithinWorkingDays</c> working days after <see cref="TriggeredOn"/>, fixed at registration.</summary>
    public DateOnly DueOn { get; private set; }

    public AdjustmentStatus Status { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>施行日期 (not before publication).</summary>
    public DateOnly? EffectiveOn { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public List<AdjustmentStep> Steps { get; private set; } = [];

    public List<AdjustmentChange> Changes { get; private set; } = [];

    public bool IsOverdue(DateOnly today) => Status != AdjustmentStatus.Published && today > DueOn;

    /// <summary>A change of the proposal, while it is drafted (before 提出, or after a negative review returned it).</summary>
    public AdjustmentChange AddChange(ChangeKind kind, string code, Guid? itemId, PowerItemFields fields, string? reason)
    {
        if (Status != AdjustmentStatus.Registered)
        {
            throw new DomainRuleException("调整方案已提出，不能再增减调整事项；审核不通过退回后可修改", PowerItem.Guidance);
        }

        if (Changes.Any(c => c.Code == code))
        {
            throw new FieldValidationException("code", $"本次调整已包含事项{code}，同一事项只调整一次");
        }

        var change = new AdjustmentChange(this, Changes.Count + 1, kind, code, itemId, fields, reason);
        Changes.Add(change);
        return change;
    }

    /// <summary>提出: the town or a department proposes the changes.</summary>
    public AdjustmentStep Propose(DateOnly on, DateOnly today, string proposer, string? content)
    {
        Expect(AdjustmentStatus.Registered, "提出调整方案", "调整方案已提出");
        if (Changes.Count == 0)
        {
            throw new DomainRuleException("调整方案应至少包含一项新增、变更或取消的事项", PowerItem.Guidance);
        }

        var step = Step(StepKind.Proposal, on, today, proposer, content, null);
        Status = AdjustmentStatus.Proposed;
        return step;
    }

    /// <summary>审核 by 编办 and 司法所: passed, it goes to 审定; not passed, back to the proposal.</summary>
    public AdjustmentStep Review(DateOnly on, DateOnly today, string reviewer, string opinion, bool passed)
    {
        Expect(AdjustmentStatus.Proposed, "审核", "调整方案尚未提出");
        var step = Step(StepKind.Review, on, today, reviewer, opinion, passed);
        Status = passed ? AdjustmentStatus.Reviewed : AdjustmentStatus.Registered;
        return step;
    }

    /// <summary>审定 by the 党委政府 (the meeting that approved it).</summary>
    public AdjustmentStep Approve(DateOnly on, DateOnly today, string meeting, string? opinion)
    {
        Expect(AdjustmentStatus.Reviewed, "提交党委政府审定", "调整方案尚未经编办、司法所审核通过");
        var step = Step(StepKind.Approval, on, today, meeting, opinion, null);
        Status = AdjustmentStatus.Approved;
        return step;
    }

    /// <summary>
    /// 公布 with its 施行日期: the changes apply now — each writes a new version of its item (a new item for 新增) from the
    /// 施行日期. Returns the rows to add. <paramref name="items"/> holds the items the changes name.
    /// </summary>
    public IReadOnlyList<object> Publish(DateOnly on, DateOnly effectiveOn, DateOnly today, string publisher, IReadOnlyDictionary<Guid, PowerItem> items)
    {
        Expect(AdjustmentStatus.Approved, "公布", "调整方案尚未经党委政府审定");
        if (effectiveOn < on)
        {
            throw new FieldValidationException("effectiveOn", $"施行日期不能早于公布日期（{on:yyyy-MM-dd}）");
        }

        var step = Step(StepKind.Publication, on, today, publisher, $"自{effectiveOn:yyyy-MM-dd}起施行", null);
        var added = new List<object>();
        foreach (var change in Changes.OrderBy(c => c.Number))
        {
            var note = $"{Title}（{DisplayNames.Of(change.Kind)}）";
            switch (change.Kind)
            {
                case ChangeKind.Add:
                    var (item, first) = PowerItem.Create(RegionCode, change.Code, change.Fields, effectiveOn, Id, note);
                    change.Published(item.Id, null);
                    added.Add(item);
                    added.Add(first);
                    break;
                case ChangeKind.Change:
                    var changed = ItemOf(change, items);
                    var previous = changed.Version;
                    added.Add(changed.Change(change.Fields, effectiveOn, Id, change.Reason is { } why ? $"{note}：{why}" : note));
                    change.Published(changed.Id, previous);
                    break;
                case ChangeKind.Cancel:
                    var cancelled = ItemOf(change, items);
                    var before = cancelled.Version;
                    added.Add(cancelled.Cancel(effectiveOn, Id, change.Reason ?? note));
                    change.Published(cancelled.Id, before);
                    break;
            }
        }

        Status = AdjustmentStatus.Published;
        PublishedOn = on;
        EffectiveOn = effectiveOn;
        added.Add(step);
        return added;
    }

    private static PowerItem ItemOf(AdjustmentChange change, IReadOnlyDictionary<Guid, PowerItem> items) =>
        change.ItemId is { } id && items.TryGetValue(id, out var item)
            ? item
            : throw new DomainRuleException($"事项{change.Code}已不在清单中，不能{DisplayNames.Of(change.Kind)}", PowerItem.Guidance);

    private void Expect(AdjustmentStatus status, string act, string reason)
    {
        if (Status == AdjustmentStatus.Published)
        {
            throw new DomainRuleException($"本次调整已公布，不能再{act}", PowerItem.Guidance);
        }

        if (Status != status)
        {
            throw new DomainRuleException($"{reason}，不能{act}（现为“{DisplayNames.Of(Status)}”；权责清单调整依次经提出、编办和司法所审核、党委政府审定后公布）",
                PowerItem.Guidance);
        }
    }

    private AdjustmentStep Step(StepKind kind, DateOnly on, DateOnly today, string actor, string? opinion, bool? passed)
    {
        var last = Steps.OrderBy(s => s.Sequence).Last();
        var label = $"{DisplayNames.Of(kind)}日期";
        if (on > today)
        {
            throw new FieldValidationException("on", $"{label}不能晚于今天");
        }

        if (on < last.On)
        {
            throw new FieldValidationException("on", $"{label}不能早于上一步骤（{DisplayNames.Of(last.Kind)}，{last.On:yyyy-MM-dd}）");
        }

        var step = new AdjustmentStep(this, last.Sequence + 1, kind, on, actor, opinion, passed);
        Steps.Add(step);
        return step;
    }
}

/// <summary>调整步骤 (one step as taken: when, by whom or at which meeting, the opinion, and for a review whether it passed).</summary>
public sealed class AdjustmentStep : IRegionScoped
{
    private AdjustmentStep()
    {
    }

    internal AdjustmentStep(PowerListAdjustment adjustment, int sequence, StepKind kind, DateOnly on, string actor, string? opinion, bool? passed)
    {
        RegionCode = adjustment.RegionCode;
        AdjustmentId = adjustment.Id;
        Sequence = sequence;
        Kind = kind;
        On = on;
        Actor = actor;
        Opinion = opinion;
        Passed = passed;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid AdjustmentId { get; private set; }

    public int Sequence { get; private set; }

    public StepKind Kind { get; private set; }

    public DateOnly On { get; private set; }

    /// <summary>登记人, 提出单位, 审核单位/审核人, 审定会议 or 公布单位.</summary>
    public string Actor { get; private set; } = "";

    public string? Opinion { get; private set; }

    /// <summary>审核是否通过 (reviews only).</summary>
    public bool? Passed { get; private set; }
}

/// <summary>
/// 调整事项 (one change of an adjustment): 新增 an item with all its fields, 变更 an item's fields, or 取消 an item with the
/// reason. Proposed fields are kept as proposed; once published the change names the item and the version it replaced,
/// so its diff (old → new) is read from the item's versions.
/// </summary>
public sealed class AdjustmentChange : IRegionScoped
{
    private AdjustmentChange()
    {
    }

    internal AdjustmentChange(PowerListAdjustment adjustment, int number, ChangeKind kind, string code, Guid? itemId, PowerItemFields f, string? reason)
    {
        RegionCode = adjustment.RegionCode;
        AdjustmentId = adjustment.Id;
        Number = number;
        Kind = kind;
        Code = code;
        ItemId = itemId;
        (Name, SubItem, Type, Basis, Responsibilities, Accountability, Authority, Handler, Category) =
            (f.Name, f.SubItem, f.Type, f.Basis, f.Responsibilities, f.Accountability, f.Authority, f.Handler, f.Category);
        Reason = reason;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid AdjustmentId { get; private set; }

    public int Number { get; private set; }

    public ChangeKind Kind { get; private set; }

    public string Code { get; private set; } = "";

    /// <summary>The item changed or cancelled; for 新增, the item created at publication.</summary>
    public Guid? ItemId { get; private set; }

    /// <summary>The version the publication replaced (变更/取消).</summary>
    public int? PreviousVersion { get; private set; }

    public string Name { get; private set; } = "";

    public string? SubItem { get; private set; }

    public PowerType Type { get; private set; }

    public string Basis { get; private set; } = "";

    public string Responsibilities { get; private set; } = "";

    public string Accountability { get; private set; } = "";

    public string Authority { get; private set; } = "";

    public string Handler { get; private set; } = "";

    public DutyCategory? Category { get; private set; }

    /// <summary>调整理由 (required to cancel).</summary>
    public string? Reason { get; private set; }

    /// <summary>The fields as proposed (for 取消, the item's fields when the cancellation was proposed).</summary>
    public PowerItemFields Fields => new(Name, SubItem, Type, Basis, Responsibilities, Accountability, Authority, Handler, Category);

    internal void Published(Guid itemId, int? previousVersion)
    {
        ItemId = itemId;
        PreviousVersion = previousVersion;
    }
}
