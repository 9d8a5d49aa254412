using System.ComponentModel.DataAnnotations;
using System.Globalization;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.WorkPlans.Domain;

/// <summary>方案类别: the plans a town makes for its rule-of-law work (the seed: 实施方案(2022-2025年), 年度工作要点, 专项实施方案).</summary>
public enum PlanKind
{
    /// <summary>法治建设实施方案 (several years, e.g. 2022–2025).</summary>
    [Display(Name = "实施方案")] ImplementationPlan,

    /// <summary>年度工作要点 (one year; the next year's is the report's 下一年度主要安排).</summary>
    [Display(Name = "年度工作要点")] AnnualPoints,

    /// <summary>专项工作方案 (e.g. 法治乡村建设实施方案).</summary>
    [Display(Name = "专项工作方案")] SpecialPlan,
}

/// <summary>方案状态: drafted (the breakdown may still be replaced) or issued (印发; each task is under 督查督办).</summary>
public enum PlanStatus
{
    [Display(Name = "起草中")] Draft,
    [Display(Name = "已印发")] Issued,
}

/// <summary>A 节点 of a task: what is due and by when.</summary>
public sealed record Milestone(DateOnly DueOn, string Content)
{
    public override string ToString() => $"{DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {Content}";
}

/// <summary>
/// 工作方案 (a plan: 实施方案, 年度工作要点, 专项方案) with its breakdown into tasks — the seed's 施工图: 把实施方案既定的各项任务目标
/// 转化为具体项目清单. While drafted the breakdown is edited or replaced from Excel; issuing it (印发) fixes the breakdown and
/// hands every task to 督查督办 with its lead unit, milestones and deadline, so the plan is carried out under supervision.
/// </summary>
public sealed class WorkPlan : IRegionScoped
{
    public const int MaxTasks = 300;

    private WorkPlan()
    {
    }

    public WorkPlan(string regionCode, PlanKind kind, string title, int firstYear, int lastYear, string issuingBody, string createdBy, DateTime createdAt)
    {
        RegionCode = regionCode;
        Kind = kind;
        Title = title;
        FirstYear = firstYear;
        LastYear = lastYear;
        IssuingBody = issuingBody;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public PlanKind Kind { get; private set; }

    /// <summary>方案名称, printed with 《》, e.g. 《2023年全面依法治镇工作要点》.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The years the plan covers (a 年度工作要点: one year).</summary>
    public int FirstYear { get; private set; }

    public int LastYear { get; private set; }

    /// <summary>印发机关, e.g. 中共某镇委全面依法治镇委员会.</summary>
    public string IssuingBody { get; private set; } = "";

    public PlanStatus Status { get; private set; }

    /// <summary>印发日期 (the real date, entered afterwards for plans issued before Fazhi).</summary>
    public DateOnly? IssuedOn { get; private set; }

    /// <summary>发文字号, e.g. 常法委〔2023〕1号.</summary>
    public string? DocumentNumber { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public List<PlanTask> Tasks { get; private set; } = [];

    public DateOnly FirstDay => new(FirstYear, 1, 1);

    public DateOnly LastDay => new(LastYear, 12, 31);

    public string Period => FirstYear == LastYear ? $"{FirstYear}年" : $"{FirstYear}—{LastYear}年";

    /// <summary>Replaces the whole breakdown (a draft only): the form's task list or an imported 施工图.</summary>
    public IReadOnlyList<PlanTask> ReplaceTasks(IReadOnlyList<PlanTaskDraft> drafts)
    {
        EnsureDraft();
        if (drafts.Count > MaxTasks)
        {
            throw new FieldValidationException("tasks", $"一个方案的任务分解不超过{MaxTasks}项");
        }

        Tasks.Clear();
        foreach (var draft in drafts)
        {
            Tasks.Add(new PlanTask(this, Tasks.Count + 1, draft));
        }

        return Tasks;
    }

    /// <summary>Adds one task at the end of the breakdown (a draft only).</summary>
    public PlanTask AddTask(PlanTaskDraft draft)
    {
        EnsureDraft();
        if (Tasks.Count >= MaxTasks)
        {
            throw new FieldValidationException("tasks", $"一个方案的任务分解不超过{MaxTasks}项");
        }

        var task = new PlanTask(this, Tasks.Count + 1, draft);
        Tasks.Add(task);
        return task;
    }

    /// <summary>
    /// 印发: the plan is issued on its real date; it must have tasks, and every task's milestones and deadline must fall
    /// after that date (the tasks are handed to 督查督办, which refuses a deadline not after the day of 交办).
    /// </summary>
    public void Issue(DateOnly issuedOn, string? documentNumber, DateOnly today)
    {
        EnsureDraft();
        var errors = new Dictionary<string, string[]>();
        if (issuedOn > today)
        {
            errors["issuedOn"] = ["印发日期不能晚于今天"];
        }
        else if (issuedOn.Year > LastYear || issuedOn < new DateOnly(FirstYear - 1, 1, 1))
        {
            errors["issuedOn"] = [$"印发日期应在方案期间（{Period}）之内或前一年"];
        }

        if (Tasks.Count == 0)
        {
            errors["tasks"] = ["方案尚无任务分解，不能印发；请先填写或导入任务分解（施工图）"];
        }
        else if (Tasks.Where(t => t.Deadline <= issuedOn).Select(t => t.Number).ToList() is { Count: > 0 } early)
        {
            errors["tasks"] = [$"第{string.Join("、", early)}项任务的完成时限不晚于印发日期，请调整后再印发"];
        }

        FieldChecks.ThrowIfAny(errors);
        Status = PlanStatus.Issued;
        IssuedOn = issuedOn;
        DocumentNumber = documentNumber;
    }

    /// <summary>Refuses any change to the breakdown of an issued plan.</summary>
    public void EnsureDraft()
    {
        if (Status != PlanStatus.Draft)
        {
            throw new DomainRuleException($"{Title}已于{IssuedOn:yyyy-MM-dd}印发，任务分解已交督查督办，不能再修改；任务调整请在督查督办中办理");
        }
    }
}

/// <summary>A task as typed or imported, already checked (see <c>PlanInputs.Task</c>).</summary>
public sealed record PlanTaskDraft(string Area, string Content, string LeadUnit, string? CoUnits, IReadOnlyList<Milestone> Milestones, DateOnly Deadline);

/// <summary>
/// 任务 of a plan's breakdown: 序号, 重点板块 (the plan's heading it falls under), 任务内容, 牵头单位, 配合单位, 节点安排 and
/// 完成时限; once the plan is issued, the supervised task that carries it.
/// </summary>
public sealed class PlanTask : IRegionScoped
{
    private PlanTask()
    {
    }

    internal PlanTask(WorkPlan plan, int number, PlanTaskDraft draft)
    {
        PlanId = plan.Id;
        RegionCode = plan.RegionCode;
        Number = number;
        Area = draft.Area;
        Content = draft.Content;
        LeadUnit = draft.LeadUnit;
        CoUnits = draft.CoUnits;
        MilestoneText = string.Join("；", draft.Milestones);
        Deadline = draft.Deadline;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PlanId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public string Area { get; private set; } = "";

    public string Content { get; private set; } = "";

    public string LeadUnit { get; private set; } = "";

    public string? CoUnits { get; private set; }

    /// <summary>节点安排 in its one written form: "2023-03-31 完成调研；2023-06-30 出台制度".</summary>
    public string MilestoneText { get; private set; } = "";

    public DateOnly Deadline { get; private set; }

    /// <summary>The 督办事项 carrying this task once the plan is issued.</summary>
    public Guid? SupervisedTaskId { get; private set; }

    public IReadOnlyList<Milestone> Milestones => PlanInputs.ParseMilestones(MilestoneText, out _);

    internal void Supervise(Guid supervisedTaskId) => SupervisedTaskId = supervisedTaskId;
}
