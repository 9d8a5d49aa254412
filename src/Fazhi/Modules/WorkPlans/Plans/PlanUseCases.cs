using Fazhi.Modules.Supervision.Contracts;
using Fazhi.Modules.WorkPlans.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.WorkPlans.Plans;

/// <summary>
/// 工作方案的制定和印发: a plan is created as a draft, its breakdown (施工图) typed task by task or imported from Excel, and
/// issued on its real date, when every task is handed to 督查督办 in the same unit of work — the plan and its supervised
/// tasks are stored together or not at all.
/// </summary>
public sealed class PlanUseCases(AppDbContext db, ISupervisedTasks supervised, TimeProvider time)
{
    /// <summary>The origin under which a plan's tasks are supervised.</summary>
    public static string OriginKey(Guid planId) => $"workplans:{planId}";

    public async Task<WorkPlan> CreateAsync(PlanInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var errors = new Dictionary<string, string[]>();
        var region = db.Scope.WriteRegion ?? systemRegion;
        if (region is null)
        {
            errors["region"] = ["请以镇（街）用户制定工作方案"];
        }

        var kind = DisplayNames.Parse<PlanKind>(input.Kind);
        if (kind is null)
        {
            errors["kind"] = [$"请选择方案类别（{string.Join("、", Enum.GetValues<PlanKind>().Select(k => DisplayNames.Of(k)))}）"];
        }

        var title = FieldChecks.Required(errors, input.Title, 190, "title", "方案名称");
        var body = FieldChecks.Required(errors, input.IssuingBody, 100, "issuingBody", "印发机关");
        var today = LegalDate.Today(time);
        if (input.FirstYear is not (>= 2000 and <= 2100) || input.FirstYear > today.Year + 1)
        {
            errors["firstYear"] = [$"起始年度应为2000年至{today.Year + 1}年之间的年份"];
        }

        var last = input.LastYear ?? input.FirstYear;
        if (input.FirstYear is { } first && last is { } end)
        {
            if (end < first || end > first + 10)
            {
                errors["lastYear"] = ["截止年度应不早于起始年度，且方案期间不超过10年"];
            }
            else if (kind == PlanKind.AnnualPoints && end != first)
            {
                errors["lastYear"] = ["年度工作要点只对应一个年度"];
            }
        }

        FieldChecks.ThrowIfAny(errors);
        var printed = title!.StartsWith('《') ? title : $"《{title.Trim('《', '》')}》";
        var plan = new WorkPlan(region!, kind!.Value, printed, input.FirstYear!.Value, last!.Value, body!, actor, time.GetUtcNow().UtcDateTime);
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<PlanTask> AddTaskAsync(Guid planId, PlanTaskInput input, CancellationToken ct)
    {
        var plan = await FindAsync(planId, ct);
        var errors = new Dictionary<string, string[]>();
        var draft = PlanInputs.Task(plan, input, errors);
        FieldChecks.ThrowIfAny(errors);
        var task = plan.AddTask(draft!);
        db.Add(task);
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>
    /// Replaces a draft's whole breakdown with an imported 施工图 (same columns as the export): every bad row is reported by
    /// row and column in Chinese and nothing of the file is stored.
    /// </summary>
    public async Task<int> ImportTasksAsync(Guid planId, Stream file, string fileName, CancellationToken ct)
    {
        var plan = await FindAsync(planId, ct);
        plan.EnsureDraft();

        var import = await Ledgers.ImportAsync(PlanQueries.TaskLayout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        var drafts = new List<PlanTaskDraft>();
        foreach (var (row, value) in import.Rows)
        {
            var fieldErrors = new Dictionary<string, string[]>();
            if (PlanInputs.Task(plan, value.Input(), fieldErrors) is { } draft)
            {
                drafts.Add(draft);
            }

            errors.AddRange(fieldErrors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, PlanQueries.HeaderOf(kv.Key), m))));
        }

        if (errors.Count > 0)
        {
            throw new LedgerImportException(errors);
        }

        db.RemoveRange(plan.Tasks);
        db.AddRange(plan.ReplaceTasks(drafts));
        await db.SaveChangesAsync(ct);
        return drafts.Count;
    }

    /// <summary>印发: fixes the breakdown and hands every task to 督查督办 (source 工作方案任务, the plan's lead unit, milestones and deadline).</summary>
    public async Task<WorkPlan> IssueAsync(Guid planId, IssueInput input, string actor, CancellationToken ct)
    {
        var plan = await FindAsync(planId, ct);
        var errors = new Dictionary<string, string[]>();
        var issuedOn = FieldChecks.PastDate(errors, input.IssuedOn, LegalDate.Today(time), "issuedOn", "印发日期");
        var number = FieldChecks.Optional(errors, input.DocumentNumber, 60, "documentNumber", "发文字号");
        FieldChecks.ThrowIfAny(errors);
        plan.Issue(issuedOn, number, LegalDate.Today(time));
        foreach (var task in plan.Tasks)
        {
            try
            {
                var id = await supervised.AssignAsync(new SupervisedTaskRequest(task.Content, "WorkPlanTask",
                    $"{plan.Title}{(number is null ? "" : $"（{number}）")}第{task.Number}项", task.LeadUnit, task.CoUnits, issuedOn, task.Deadline,
                    OriginKey(plan.Id), task.Milestones.Select(m => new SupervisedMilestone(m.Content, m.DueOn)).ToList(), plan.RegionCode), actor, ct);
                task.Supervise(id);
            }
            catch (FieldValidationException e)
            {
                db.ChangeTracker.Clear();
                throw new FieldValidationException("tasks", $"第{task.Number}项任务交督查督办时被退回：{e.Errors.Values.SelectMany(m => m).FirstOrDefault()}");
            }
        }

        await db.SaveChangesAsync(ct);
        return plan;
    }

    internal async Task<WorkPlan> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<WorkPlan>().Include(p => p.Tasks.OrderBy(t => t.Number)).FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new RecordNotFoundException("工作方案不存在");
}
