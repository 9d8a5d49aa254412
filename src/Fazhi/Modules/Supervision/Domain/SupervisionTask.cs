using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Supervision.Domain;

/// <summary>督办事项来源 (where a supervised task comes from, law.md §15 step 1).</summary>
public enum TaskSource
{
    [Display(Name = "会议决定")] MeetingDecision,
    [Display(Name = "领导批示")] LeaderInstruction,
    [Display(Name = "上级交办")] SuperiorAssignment,
    [Display(Name = "人大代表建议")] DeputySuggestion,
    [Display(Name = "政协委员提案")] CppccProposal,
    [Display(Name = "信访事项")] Petition,
    [Display(Name = "督导检查发现")] InspectionFinding,

    /// <summary>A task of a plan's breakdown (实施方案、工作要点的任务分解，“施工图”).</summary>
    [Display(Name = "工作方案任务")] WorkPlanTask,
}

/// <summary>督办事项状态 (law.md §15: 交办 → 办理中 → 报告办结 → 核查 → 销号).</summary>
public enum SupervisionTaskStatus
{
    [Display(Name = "已交办")] Assigned,
    [Display(Name = "办理中")] InProgress,
    [Display(Name = "已报办结")] CompletionReported,
    [Display(Name = "已核查")] Verified,
    [Display(Name = "已销号")] Closed,
}

/// <summary>
/// 督办事项 (supervised task): assigned (交办) to a lead unit with co-units, a deadline and milestones; the unit reports
/// progress and completion, the supervising office verifies (核查) and closes it (销号). Reminders (催办) and the one
/// escalation (通报/约谈) of an overdue task are written by the scheduled scan. The row lives in the region that must do
/// the work; a county or city that assigns it down keeps its own code in <see cref="AssignedByRegion"/>.
/// </summary>
public sealed class SupervisionTask : IAssignedDown
{
    public static readonly string Basis = "参照《政府督查工作条例》第十八条";

    private SupervisionTask()
    {
    }

    public SupervisionTask(string regionCode, string assignedByRegion, string title, TaskSource source, string? sourceReference,
        string leadUnit, string? coUnits, DateOnly assignedOn, DateOnly deadline, string createdBy, DateTime createdAt)
    {
        RegionCode = regionCode;
        AssignedByRegion = assignedByRegion;
        Title = title;
        Source = source;
        SourceReference = sourceReference;
        LeadUnit = leadUnit;
        CoUnits = coUnits;
        AssignedOn = assignedOn;
        Deadline = deadline;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Status = SupervisionTaskStatus.Assigned;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>The region whose office assigned it (the same as <see cref="RegionCode"/> unless assigned down).</summary>
    public string AssignedByRegion { get; private set; } = "";

    public string Title { get; private set; } = "";

    public TaskSource Source { get; private set; }

    /// <summary>来源依据: the meeting and its ordinal, the instruction, the 文号 of the assignment or proposal.</summary>
    public string? SourceReference { get; private set; }

    /// <summary>The record of another module this task follows (e.g. a committee decision), "module.type:id".</summary>
    public string? OriginKey { get; private set; }

    public string LeadUnit { get; private set; } = "";

    public string? CoUnits { get; private set; }

    public DateOnly AssignedOn { get; private set; }

    /// <summary>办结时限.</summary>
    public DateOnly Deadline { get; private set; }

    public SupervisionTaskStatus Status { get; private set; }

    public DateOnly? CompletionReportedOn { get; private set; }

    public string? CompletionSummary { get; private set; }

    public DateOnly? VerifiedOn { get; private set; }

    public string? VerificationNote { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The legal date of the latest act on the task: a later act may not be dated before it.</summary>
    public DateOnly LastActOn { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public List<TaskMilestone> Milestones { get; private set; } = [];

    /// <summary>按期办结: completion was reported on or before the deadline.</summary>
    public bool CompletedOnTime => CompletionReportedOn is { } on && on <= Deadline;

    public bool IsOpen => Status is SupervisionTaskStatus.Assigned or SupervisionTaskStatus.InProgress;

    public void LinkOrigin(string originKey) => OriginKey = originKey;

    public TaskMilestone AddMilestone(string title, DateOnly dueOn)
    {
        if (dueOn < AssignedOn || dueOn > Deadline)
        {
            throw new FieldValidationException("milestones", $"节点“{title}”的时限应在交办日期与办结时限之间");
        }

        var milestone = new TaskMilestone(this, Milestones.Count + 1, title, dueOn);
        Milestones.Add(milestone);
        return milestone;
    }

    public TaskProgressReport ReportProgress(DateOnly on, string content, string reporter, Guid? milestoneId)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException($"督办事项{Names.Of(Status)}，不能再报告进展", Basis);
        }

        Dated(on);
        if (milestoneId is { } id)
        {
            var milestone = Milestones.FirstOrDefault(m => m.Id == id) ?? throw new FieldValidationException("milestoneId", "节点不存在");
            milestone.Done(on);
        }

        Status = SupervisionTaskStatus.InProgress;
        return new TaskProgressReport(this, on, content, reporter, milestoneId);
    }

    public void ReportCompletion(DateOnly on, string summary)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException($"督办事项{Names.Of(Status)}，不能报告办结", Basis);
        }

        Dated(on);
        CompletionReportedOn = on;
        CompletionSummary = summary;
        Status = SupervisionTaskStatus.CompletionReported;
    }

    /// <summary>核查: passed → 已核查; not passed → back to 办理中 (the report of completion is withdrawn).</summary>
    public void Verify(DateOnly on, bool passed, string note)
    {
        if (Status != SupervisionTaskStatus.CompletionReported)
        {
            throw new DomainRuleException("承办单位报告办结后方可核查", Basis);
        }

        Dated(on);
        VerificationNote = note;
        if (passed)
        {
            VerifiedOn = on;
            Status = SupervisionTaskStatus.Verified;
        }
        else
        {
            CompletionReportedOn = null;
            CompletionSummary = null;
            Status = SupervisionTaskStatus.InProgress;
        }
    }

    public void Close(DateOnly on)
    {
        if (Status != SupervisionTaskStatus.Verified)
        {
            throw new DomainRuleException("督办事项经核查办结后方可销号", Basis);
        }

        Dated(on);
        ClosedOn = on;
        Status = SupervisionTaskStatus.Closed;
    }

    private void Dated(DateOnly on)
    {
        var floor = LastActOn > AssignedOn ? LastActOn : AssignedOn;
        if (on < floor)
        {
            throw new FieldValidationException("on", $"办理日期不能早于{floor:yyyy-MM-dd}（交办或上一次办理的日期）");
        }

        LastActOn = on;
    }
}

/// <summary>办理节点 (milestone) of a task.</summary>
public sealed class TaskMilestone : IAssignedDown
{
    private TaskMilestone()
    {
    }

    internal TaskMilestone(SupervisionTask task, int number, string title, DateOnly dueOn)
    {
        TaskId = task.Id;
        RegionCode = task.RegionCode;
        Number = number;
        Title = title;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TaskId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    internal void Done(DateOnly on) => DoneOn ??= on;
}

/// <summary>进展报告 (progress report) of the lead unit.</summary>
public sealed class TaskProgressReport : IRegionScoped
{
    private TaskProgressReport()
    {
    }

    internal TaskProgressReport(SupervisionTask task, DateOnly on, string content, string reporter, Guid? milestoneId)
    {
        TaskId = task.Id;
        RegionCode = task.RegionCode;
        ReportedOn = on;
        Content = content;
        Reporter = reporter;
        MilestoneId = milestoneId;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TaskId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly ReportedOn { get; private set; }

    public string Content { get; private set; } = "";

    public string Reporter { get; private set; } = "";

    public Guid? MilestoneId { get; private set; }
}

/// <summary>催办的种类.</summary>
public enum ReminderKind
{
    [Display(Name = "临期催办")] BeforeDeadline,
    [Display(Name = "到期催办")] AtDeadline,
}

/// <summary>
/// 催办记录 (reminder): written by the scheduled scan on the working day it falls due — once per task, kind and deadline
/// (a unique index) — as an audited insert.
/// </summary>
public sealed class TaskReminder : IRegionScoped
{
    private TaskReminder()
    {
    }

    public TaskReminder(SupervisionTask task, ReminderKind kind, DateOnly on, DateTime at, int workingDaysLeft)
    {
        TaskId = task.Id;
        RegionCode = task.RegionCode;
        Kind = kind;
        Deadline = task.Deadline;
        On = on;
        At = at;
        Message = kind switch
        {
            ReminderKind.BeforeDeadline => $"“{task.Title}”将于{task.Deadline:yyyy-MM-dd}到期，剩余{workingDaysLeft}个工作日，请{task.LeadUnit}抓紧办理",
            ReminderKind.AtDeadline => $"“{task.Title}”今日（{task.Deadline:yyyy-MM-dd}）到期，请{task.LeadUnit}今日内报告办结情况",
        };
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TaskId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public ReminderKind Kind { get; private set; }

    /// <summary>The deadline reminded of (a changed deadline may be reminded of again).</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>The working day the reminder was issued.</summary>
    public DateOnly On { get; private set; }

    public DateTime At { get; private set; }

    public string Message { get; private set; } = "";
}

/// <summary>问责方式 of an overdue task.</summary>
public enum EscalationKind
{
    [Display(Name = "通报")] Notice,
    [Display(Name = "约谈")] Interview,
}

/// <summary>超期问责 (escalation): an overdue task is 通报 or 约谈 once (a unique index on the task), by the scan.</summary>
public sealed class TaskEscalation : IRegionScoped
{
    private TaskEscalation()
    {
    }

    public TaskEscalation(SupervisionTask task, EscalationKind kind, DateOnly on, DateTime at)
    {
        TaskId = task.Id;
        RegionCode = task.RegionCode;
        Kind = kind;
        Deadline = task.Deadline;
        On = on;
        At = at;
        Reason = $"“{task.Title}”已于{task.Deadline:yyyy-MM-dd}到期未报办结，对{task.LeadUnit}予以{Names.Of(kind)}";
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TaskId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public EscalationKind Kind { get; private set; }

    public DateOnly Deadline { get; private set; }

    public DateOnly On { get; private set; }

    public DateTime At { get; private set; }

    public string Reason { get; private set; } = "";
}
