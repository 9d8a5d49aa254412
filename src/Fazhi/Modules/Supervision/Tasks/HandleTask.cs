using Fazhi.Modules.Supervision.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Supervision.Tasks;

/// <summary>An act on a task: its legal date (default today), text, and for 核查 whether it passed.</summary>
public sealed record TaskActInput
{
    public DateOnly? On { get; init; }

    /// <summary>进展情况 / 办结情况 / 核查意见.</summary>
    public string? Content { get; init; }

    /// <summary>For a progress report: the milestone it completes.</summary>
    public Guid? MilestoneId { get; init; }

    /// <summary>For 核查: true = 核查通过, false = 退回继续办理.</summary>
    public bool? Passed { get; init; }
}

/// <summary>
/// 办理督办事项: the lead unit reports progress and completion (in the task's region); the assigning office verifies
/// (核查) and closes (销号) it — a county that assigned the task down does so in the town's record.
/// </summary>
public sealed class HandleTask(AppDbContext db, TimeProvider time)
{
    public async Task ReportProgressAsync(Guid id, TaskActInput input, string reporter, CancellationToken ct)
    {
        var task = await LoadAsync(id, ct);
        var content = Content(input, "进展情况");
        db.Add(task.ReportProgress(Date(input), content, reporter, input.MilestoneId));
        await db.SaveChangesAsync(ct);
    }

    public async Task ReportCompletionAsync(Guid id, TaskActInput input, CancellationToken ct)
    {
        var task = await LoadAsync(id, ct);
        task.ReportCompletion(Date(input), Content(input, "办结情况"));
        await db.SaveChangesAsync(ct);
    }

    public async Task VerifyAsync(Guid id, TaskActInput input, CancellationToken ct)
    {
        var task = await LoadAsync(id, ct);
        ByAssigner(task, "核查");
        if (input.Passed is not { } passed)
        {
            throw new FieldValidationException("passed", "请选择核查结论（通过或退回）");
        }

        task.Verify(Date(input), passed, Content(input, "核查意见"));
        await db.SaveChangesAsync(ct);
    }

    public async Task CloseAsync(Guid id, TaskActInput input, CancellationToken ct)
    {
        var task = await LoadAsync(id, ct);
        ByAssigner(task, "销号");
        task.Close(Date(input));
        await db.SaveChangesAsync(ct);
    }

    private async Task<SupervisionTask> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Set<SupervisionTask>().Include(t => t.Milestones).FirstOrDefaultAsync(t => t.Id == id, ct)
        ?? throw new RecordNotFoundException("督办事项不存在");

    /// <summary>核查 and 销号 belong to the office that assigned the task; a county does them in its town's record.</summary>
    private void ByAssigner(SupervisionTask task, string act)
    {
        var own = db.Scope.WriteRegion;
        if (own is null || own == task.AssignedByRegion)
        {
            if (own is not null && task.RegionCode != own)
            {
                db.PermitAssignmentDown(task.RegionCode);
            }

            return;
        }

        throw new DomainRuleException($"该事项由上级交办，应由交办单位{act}", SupervisionTask.Basis, StatusCodes.Status403Forbidden);
    }

    private DateOnly Date(TaskActInput input)
    {
        var today = LegalDate.Today(time);
        var on = input.On ?? today;
        return on > today ? throw new FieldValidationException("on", "办理日期不能晚于今天") : on;
    }

    private static string Content(TaskActInput input, string label)
    {
        var text = input.Content?.Trim() ?? "";
        return text.Length switch
        {
            0 => throw new FieldValidationException("content", $"请填写{label}"),
            > 2000 => throw new FieldValidationException("content", $"{label}不能超过2000个字符"),
            _ => text,
        };
    }
}
