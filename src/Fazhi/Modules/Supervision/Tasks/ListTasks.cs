using System.Globalization;
using System.Text.RegularExpressions;

using Fazhi.Modules.Supervision.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Supervision.Tasks;

/// <summary>Filter, sort and page of the task list as query-string text (bad values are Chinese 400s).</summary>
public sealed record TaskFilter
{
    /// <summary>检索词: 督办事项, 承办单位 or 来源依据 contains it.</summary>
    public string? Q { get; init; }

    public string? Status { get; init; }

    public string? Source { get; init; }

    /// <summary>交办年度.</summary>
    public string? Year { get; init; }

    /// <summary>"1": only tasks past their deadline without a completion report.</summary>
    public string? Overdue { get; init; }

    /// <summary>deadline | assigned | title | status (default: deadline), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>One task as the list, the API and the ledger show it.</summary>
public sealed record TaskListItem(Guid Id, string RegionCode, string AssignedByRegion, string Title, string Source, string SourceName, string? SourceReference,
    string LeadUnit, string? CoUnits, DateOnly AssignedOn, DateOnly Deadline, string Status, string StatusName, DateOnly? CompletionReportedOn,
    DateOnly? VerifiedOn, DateOnly? ClosedOn, bool Overdue)
{
    public static TaskListItem Of(SupervisionTask t, DateOnly today) => new(t.Id, t.RegionCode, t.AssignedByRegion, t.Title, t.Source.ToString(), Names.Of(t.Source),
        t.SourceReference, t.LeadUnit, t.CoUnits, t.AssignedOn, t.Deadline, t.Status.ToString(), Names.Of(t.Status), t.CompletionReportedOn, t.VerifiedOn, t.ClosedOn,
        IsOverdue(t, today));

    public static bool IsOverdue(SupervisionTask t, DateOnly today) =>
        t.CompletionReportedOn is { } done ? done > t.Deadline : t.Deadline < today;
}

/// <summary>A ledger row: what is exported, and (the columns with a parser) what an import reads back as a 交办.</summary>
public sealed class TaskLedgerRow
{
    public int Number { get; set; }

    public TaskListItem? Item { get; set; }

    public string Milestones { get; set; } = "";

    public string? Title { get; set; }

    public string? Source { get; set; }

    public string? SourceReference { get; set; }

    public string? LeadUnit { get; set; }

    public string? CoUnits { get; set; }

    public string? Region { get; set; }

    public DateOnly? AssignedOn { get; set; }

    public DateOnly? Deadline { get; set; }

    public List<MilestoneInput> ParsedMilestones { get; } = [];

    public AssignTaskInput Input() => new()
    {
        Title = Title,
        Source = Source,
        SourceReference = SourceReference,
        LeadUnit = LeadUnit,
        CoUnits = CoUnits,
        Region = Region,
        AssignedOn = AssignedOn,
        Deadline = Deadline,
        Milestones = ParsedMilestones,
    };
}

/// <summary>Everything the task page shows.</summary>
public sealed record TaskDetails(SupervisionTask Task, IReadOnlyList<TaskProgressReport> Reports, IReadOnlyList<TaskReminder> Reminders,
    TaskEscalation? Escalation, ReminderSchedule.Days? Schedule, bool Overdue);

public sealed partial class ListTasks(AppDbContext db, TimeProvider time, ICalendarSource calendars, IOptions<SupervisionOptions> options)
{
    public const int MaxPageSize = 200;

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "督办事项",
        ["source"] = "事项来源",
        ["sourceReference"] = "来源依据",
        ["leadUnit"] = "承办单位",
        ["coUnits"] = "协办单位",
        ["region"] = "承办区划",
        ["assignedOn"] = "交办日期",
        ["deadline"] = "办结时限",
        ["milestones"] = "办理节点",
    };

    public static readonly LedgerLayout<TaskLedgerRow> Layout = new("督查督办台账",
    [
        new("序号", r => r.Number),
        new("督办事项", r => r.Item?.Title, (r, v) => Set(v, 300, s => r.Title = s), Required: true),
        new("事项来源", r => r.Item?.SourceName, (r, v) => AssignTasks.ParseSource(v) is null ? $"来源“{v}”不正确" : Set(v, 30, s => r.Source = s), Required: true),
        new("来源依据", r => r.Item?.SourceReference, (r, v) => Set(v, 300, s => r.SourceReference = s)),
        new("承办单位", r => r.Item?.LeadUnit, (r, v) => Set(v, 100, s => r.LeadUnit = s), Required: true),
        new("协办单位", r => r.Item?.CoUnits, (r, v) => Set(v, 300, s => r.CoUnits = s)),
        new("承办区划", r => r.Item?.RegionCode, (r, v) => Set(v, 12, s => r.Region = s)),
        new("交办日期", r => r.Item?.AssignedOn, (r, v) => Cells.Date(v, out var d) ?? Cells.Accept(() => r.AssignedOn = d), Required: true),
        new("办结时限", r => r.Item?.Deadline, (r, v) => Cells.Date(v, out var d) ?? Cells.Accept(() => r.Deadline = d), Required: true),
        new("办理节点", r => r.Milestones, ParseMilestones),
        new("办理状态", r => r.Item?.StatusName),
        new("报告办结日期", r => r.Item?.CompletionReportedOn),
        new("核查日期", r => r.Item?.VerifiedOn),
        new("销号日期", r => r.Item?.ClosedOn),
        new("是否超期", r => r.Item is null ? null : r.Item.Overdue ? "是" : "否"),
    ]);

    public static string HeaderOf(string field) => Headers.GetValueOrDefault(field, field);

    public async Task<Paged<TaskListItem>> PageAsync(TaskFilter filter, CancellationToken ct)
    {
        var today = LegalDate();
        var (query, page, size) = Build(filter, today);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<TaskListItem>(items.Select(t => TaskListItem.Of(t, today)).ToList(), page, size, total);
    }

    public async Task<byte[]> ExportAsync(TaskFilter filter, CancellationToken ct)
    {
        var today = LegalDate();
        var tasks = await Build(filter, today).Query.Include(t => t.Milestones).Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, tasks.Select((t, i) => new TaskLedgerRow
        {
            Number = i + 1,
            Item = TaskListItem.Of(t, today),
            Milestones = string.Join("；", t.Milestones.OrderBy(m => m.Number).Select(m => $"{m.Title}（{AssignTasks.Day(m.DueOn)}）")),
        }), ct);
    }

    public async Task<TaskDetails> DetailsAsync(Guid id, CancellationToken ct)
    {
        var task = await db.Set<SupervisionTask>().AsNoTracking().Include(t => t.Milestones).FirstOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new RecordNotFoundException("督办事项不存在");
        var reports = await db.Set<TaskProgressReport>().AsNoTracking().Where(r => r.TaskId == id).OrderBy(r => r.ReportedOn).ThenBy(r => r.Id).ToListAsync(ct);
        var reminders = await db.Set<TaskReminder>().AsNoTracking().Where(r => r.TaskId == id).OrderBy(r => r.On).ThenBy(r => r.Id).ToListAsync(ct);
        var escalation = await db.Set<TaskEscalation>().AsNoTracking().FirstOrDefaultAsync(e => e.TaskId == id, ct);
        var calendar = await calendars.GetAsync(ct);
        var schedule = calendar.HasYear(task.Deadline.Year) && calendar.HasYear(task.Deadline.AddDays(-30).Year)
            ? ReminderSchedule.For(calendar, task.Deadline, options.Value.ReminderWorkingDays)
            : null;
        return new TaskDetails(task, reports, reminders, escalation, schedule, TaskListItem.IsOverdue(task, LegalDate()));
    }

    private DateOnly LegalDate() => Fazhi.Platform.Procedures.LegalDate.Today(time);

    private (IQueryable<SupervisionTask> Query, int Page, int Size) Build(TaskFilter filter, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<SupervisionTask>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            query = query.Where(t => t.Title.Contains(q) || t.LeadUnit.Contains(q) || (t.SourceReference != null && t.SourceReference.Contains(q)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (Enum.TryParse<SupervisionTaskStatus>(filter.Status.Trim(), true, out var status) && Enum.IsDefined(status))
            {
                query = query.Where(t => t.Status == status);
            }
            else
            {
                errors["status"] = ["办理状态不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Source))
        {
            if (AssignTasks.ParseSource(filter.Source) is { } source)
            {
                query = query.Where(t => t.Source == source);
            }
            else
            {
                errors["source"] = ["事项来源不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                var first = new DateOnly(year, 1, 1);
                var end = first.AddYears(1);
                query = query.Where(t => t.AssignedOn >= first && t.AssignedOn < end);
            }
            else
            {
                errors["year"] = ["年度应为四位数字"];
            }
        }

        if (filter.Overdue == "1")
        {
            query = query.Where(t => (t.CompletionReportedOn == null && t.Deadline < today) || t.CompletionReportedOn > t.Deadline);
        }
        else if (!string.IsNullOrEmpty(filter.Overdue) && filter.Overdue != "0")
        {
            errors["overdue"] = ["超期筛选应为1或0"];
        }

        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors, maxSize: MaxPageSize);
        var sort = filter.Sort?.Trim() ?? "";
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "" or "deadline" => descending ? query.OrderByDescending(t => t.Deadline).ThenBy(t => t.Id) : query.OrderBy(t => t.Deadline).ThenBy(t => t.Id),
            "assigned" => descending ? query.OrderByDescending(t => t.AssignedOn).ThenBy(t => t.Id) : query.OrderBy(t => t.AssignedOn).ThenBy(t => t.Id),
            "title" => descending ? query.OrderByDescending(t => t.Title).ThenBy(t => t.Id) : query.OrderBy(t => t.Title).ThenBy(t => t.Id),
            "status" => descending ? query.OrderByDescending(t => t.Status).ThenBy(t => t.Id) : query.OrderBy(t => t.Status).ThenBy(t => t.Id),
            _ => Invalid(query, errors),
        };

        return errors.Count > 0 ? throw new FieldValidationException(errors) : (query, page, size);
    }

    private static IQueryable<SupervisionTask> Invalid(IQueryable<SupervisionTask> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 deadline、assigned、title 或 status（前加 - 为倒序）"];
        return query;
    }

    private static string? Set(string value, int max, Action<string> set)
    {
        var text = value.Trim();
        if (text.Length > max)
        {
            return $"不能超过{max}个字符";
        }

        set(text);
        return null;
    }


    /// <summary>“节点（yyyy-MM-dd）；节点（yyyy-MM-dd）” — the form the export writes.</summary>
    private static string? ParseMilestones(TaskLedgerRow row, string text)
    {
        foreach (var part in text.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = MilestonePattern().Match(part);
            if (!match.Success || Cells.Date(match.Groups[2].Value, out var due) is not null)
            {
                return $"节点“{part}”应写作“节点内容（yyyy-MM-dd）”，多个节点以“；”分隔";
            }

            row.ParsedMilestones.Add(new MilestoneInput(match.Groups[1].Value.Trim(), due));
        }

        return null;
    }

    [GeneratedRegex(@"^(.+)[（(](\d{4}-\d{1,2}-\d{1,2})[）)]$")]
    private static partial Regex MilestonePattern();
}
