using System.Globalization;

using Fazhi.Modules.Supervision.Contracts;
using Fazhi.Modules.WorkPlans.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.WorkPlans.Plans;

/// <summary>The plan list's filter: 检索 (名称、印发机关、发文字号), 类别, 年度 (a year the plan covers), 状态, sort and page.</summary>
public sealed record PlanFilter
{
    public string? Q { get; init; }

    public string? Kind { get; init; }

    public string? Year { get; init; }

    public string? Status { get; init; }

    /// <summary>year | title | issued (default: year, newest first), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>One plan as the list and the API show it.</summary>
public sealed record PlanItem(Guid Id, string Kind, string KindName, string Title, int FirstYear, int LastYear, string Period, string IssuingBody,
    string Status, string StatusName, DateOnly? IssuedOn, string? DocumentNumber, int Tasks);

/// <summary>A task of the breakdown with how its supervised task stands (once issued).</summary>
public sealed record TaskView(Guid Id, int Number, string Area, string Content, string LeadUnit, string? CoUnits, string Milestones, DateOnly Deadline,
    Guid? SupervisedTaskId, string? SupervisionStatus, bool Overdue);

public sealed record PlanDetails(PlanItem Plan, IReadOnlyList<TaskView> Tasks);

/// <summary>A row of the 任务分解表 (施工图): exported, and read back into a draft's breakdown.</summary>
public sealed class TaskLedgerRow
{
    public TaskView? View { get; set; }

    public string? Area { get; set; }

    public string? Content { get; set; }

    public string? LeadUnit { get; set; }

    public string? CoUnits { get; set; }

    public string? Milestones { get; set; }

    public DateOnly? Deadline { get; set; }

    public PlanTaskInput Input() => new()
    {
        Area = Area,
        Content = Content,
        LeadUnit = LeadUnit,
        CoUnits = CoUnits,
        Milestones = Milestones,
        Deadline = Deadline,
    };
}

/// <summary>Lists and details of plans, the plan list export, and the breakdown's export (the layout its import reads).</summary>
public sealed class PlanQueries(AppDbContext db, ISupervisedTasks supervised)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["area"] = "重点板块",
        ["content"] = "任务内容",
        ["leadUnit"] = "牵头单位",
        ["coUnits"] = "配合单位",
        ["milestones"] = "节点安排",
        ["deadline"] = "完成时限",
    };

    /// <summary>任务分解表: 序号 and 督办状态 are export-only (the order of the rows is the order of the tasks).</summary>
    public static readonly LedgerLayout<TaskLedgerRow> TaskLayout = new("工作任务分解表",
    [
        new("序号", r => r.View?.Number),
        new("重点板块", r => r.View?.Area, (r, v) => Cells.Accept(() => r.Area = v), Required: true),
        new("任务内容", r => r.View?.Content, (r, v) => Cells.Accept(() => r.Content = v), Required: true),
        new("牵头单位", r => r.View?.LeadUnit, (r, v) => Cells.Accept(() => r.LeadUnit = v), Required: true),
        new("配合单位", r => r.View?.CoUnits, (r, v) => Cells.Accept(() => r.CoUnits = v)),
        new("节点安排", r => r.View?.Milestones, (r, v) => Cells.Accept(() => r.Milestones = v)),
        new("完成时限", r => r.View?.Deadline, (r, v) => Cells.Date(v, out var d) ?? Cells.Accept(() => r.Deadline = d), Required: true),
        new("督办状态", r => r.View?.SupervisionStatus),
    ]);

    public static readonly LedgerLayout<PlanLedgerRow> PlanLayout = new("工作方案台账",
    [
        new("方案名称", r => r.Item?.Title),
        new("方案类别", r => r.Item?.KindName),
        new("方案期间", r => r.Item?.Period),
        new("印发机关", r => r.Item?.IssuingBody),
        new("状态", r => r.Item?.StatusName),
        new("印发日期", r => r.Item?.IssuedOn),
        new("发文字号", r => r.Item?.DocumentNumber),
        new("任务数", r => r.Item?.Tasks),
    ]);

    public static string HeaderOf(string field) => Headers.GetValueOrDefault(field, field);

    public async Task<Paged<PlanItem>> PageAsync(PlanFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var plans = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<PlanItem>(await ItemsAsync(plans, ct), page, size, total);
    }

    public async Task<byte[]> ExportPlansAsync(PlanFilter filter, CancellationToken ct)
    {
        var (query, _, _) = Build(filter with { Page = null, PageSize = null });
        var items = await ItemsAsync(await query.Take(Ledgers.MaxRows).ToListAsync(ct), ct);
        return await Ledgers.ExportXlsxAsync(PlanLayout, items.Select(i => new PlanLedgerRow { Item = i }), ct);
    }

    public async Task<PlanDetails> DetailsAsync(Guid id, CancellationToken ct)
    {
        var plan = await db.Set<WorkPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new RecordNotFoundException("工作方案不存在");
        var tasks = await db.Set<PlanTask>().AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Number).ToListAsync(ct);
        var status = plan.Status == PlanStatus.Issued
            ? (await supervised.StatusOfAsync(PlanUseCases.OriginKey(id), ct)).ToDictionary(s => s.TaskId)
            : [];
        return new PlanDetails(Item(plan, tasks.Count), tasks.Select(t =>
        {
            var s = t.SupervisedTaskId is { } sid ? status.GetValueOrDefault(sid) : null;
            return new TaskView(t.Id, t.Number, t.Area, t.Content, t.LeadUnit, t.CoUnits, t.MilestoneText, t.Deadline, t.SupervisedTaskId,
                s?.StatusName, s?.Overdue ?? false);
        }).ToList());
    }

    public async Task<byte[]> ExportTasksAsync(Guid id, CancellationToken ct)
    {
        var details = await DetailsAsync(id, ct);
        return await Ledgers.ExportXlsxAsync(TaskLayout, details.Tasks.Select(t => new TaskLedgerRow { View = t }), ct);
    }

    private (IQueryable<WorkPlan> Query, int Page, int Size) Build(PlanFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var query = db.Set<WorkPlan>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(p => p.Title.Contains(q) || p.IssuingBody.Contains(q) || (p.DocumentNumber != null && p.DocumentNumber.Contains(q)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            if (DisplayNames.Parse<PlanKind>(filter.Kind) is { } kind)
            {
                query = query.Where(p => p.Kind == kind);
            }
            else
            {
                errors["kind"] = ["方案类别不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (DisplayNames.Parse<PlanStatus>(filter.Status) is { } status)
            {
                query = query.Where(p => p.Status == status);
            }
            else
            {
                errors["status"] = ["方案状态不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                query = query.Where(p => p.FirstYear <= year && p.LastYear >= year);
            }
            else
            {
                errors["year"] = ["年度应为2000至2100之间的年份"];
            }
        }

        var sort = filter.Sort?.Trim() ?? "-year";
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "year" => descending ? query.OrderByDescending(p => p.FirstYear).ThenBy(p => p.Kind).ThenBy(p => p.Id) : query.OrderBy(p => p.FirstYear).ThenBy(p => p.Kind).ThenBy(p => p.Id),
            "title" => descending ? query.OrderByDescending(p => p.Title).ThenBy(p => p.Id) : query.OrderBy(p => p.Title).ThenBy(p => p.Id),
            "issued" => descending ? query.OrderByDescending(p => p.IssuedOn).ThenBy(p => p.Id) : query.OrderBy(p => p.IssuedOn).ThenBy(p => p.Id),
            _ => Invalid(query, errors),
        };
        FieldChecks.ThrowIfAny(errors);
        return (query, page, size);
    }

    private static IQueryable<WorkPlan> Invalid(IQueryable<WorkPlan> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 year（年度）、title（方案名称）或 issued（印发日期），前加“-”为倒序"];
        return query;
    }

    private async Task<List<PlanItem>> ItemsAsync(IReadOnlyList<WorkPlan> plans, CancellationToken ct)
    {
        var ids = plans.Select(p => p.Id).ToList();
        var counts = await db.Set<PlanTask>().AsNoTracking().Where(t => ids.Contains(t.PlanId)).GroupBy(t => t.PlanId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return plans.Select(p => Item(p, counts.GetValueOrDefault(p.Id))).ToList();
    }

    private static PlanItem Item(WorkPlan p, int tasks) => new(p.Id, p.Kind.ToString(), DisplayNames.Of(p.Kind), p.Title, p.FirstYear, p.LastYear, p.Period,
        p.IssuingBody, p.Status.ToString(), DisplayNames.Of(p.Status), p.IssuedOn, p.DocumentNumber, tasks);
}

/// <summary>A row of the plan list export.</summary>
public sealed class PlanLedgerRow
{
    public PlanItem? Item { get; set; }
}
