using System.Globalization;

using Fazhi.Modules.Supervision.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Supervision.Tasks;

/// <summary>A milestone as entered: title and its own time limit.</summary>
public sealed record MilestoneInput(string? Title, DateOnly? DueOn);

/// <summary>交办 input (form, API and one ledger row alike).</summary>
public sealed record AssignTaskInput
{
    public string? Title { get; init; }

    /// <summary>来源: an enum name (MeetingDecision …) or its Chinese name (会议决定 …).</summary>
    public string? Source { get; init; }

    public string? SourceReference { get; init; }

    public string? LeadUnit { get; init; }

    public string? CoUnits { get; init; }

    public DateOnly? AssignedOn { get; init; }

    public DateOnly? Deadline { get; init; }

    /// <summary>承办区划: empty for the own region; a town or village code below it for 交办 down the tree.</summary>
    public string? Region { get; init; }

    public IReadOnlyList<MilestoneInput>? Milestones { get; init; }
}

/// <summary>交办督办事项 (assign tasks): one from a form or the API, many from a ledger file; both through the same gates.</summary>
public sealed class AssignTasks(AppDbContext db, TimeProvider time, ICalendarSource calendars)
{
    public static TaskSource? ParseSource(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var source in Enum.GetValues<TaskSource>())
        {
            if (string.Equals(source.ToString(), value, StringComparison.OrdinalIgnoreCase) || Names.Of(source) == value)
            {
                return source;
            }
        }

        return null;
    }

    public async Task<SupervisionTask> ExecuteAsync(AssignTaskInput input, string actor, CancellationToken ct, string? originKey = null)
    {
        var task = await AddAsync(input, actor, ct, originKey);
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>Checks and adds a task to the caller's unit of work without saving (the caller saves it with its own rows).</summary>
    public async Task<SupervisionTask> AddAsync(AssignTaskInput input, string actor, CancellationToken ct, string? originKey = null)
    {
        var task = await BuildAsync(input, actor, ct);
        if (originKey is not null)
        {
            task.LinkOrigin(originKey);
        }

        return task;
    }

    /// <summary>Imports a ledger: every bad row is reported (file row and column, in Chinese) and nothing of the file is stored.</summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string actor, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(ListTasks.Layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        foreach (var (row, value) in import.Rows)
        {
            try
            {
                await BuildAsync(value.Input(), actor, ct);
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, ListTasks.HeaderOf(kv.Key), m))));
            }
            catch (Exception e) when (e is DomainRuleException or RegionWriteDeniedException or CalendarYearMissingException)
            {
                errors.Add(new LedgerRowError(row, "承办区划", e.Message));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new LedgerImportException(errors);
        }

        await db.SaveChangesAsync(ct);
        return import.Rows.Count;
    }

    /// <summary>Validates the input and adds the task with its milestones to the unit of work (not saved).</summary>
    private async Task<SupervisionTask> BuildAsync(AssignTaskInput input, string actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var today = LegalDate.Today(time);
        var title = Text(input.Title, 300, "title", "督办事项", errors);
        var leadUnit = Text(input.LeadUnit, 100, "leadUnit", "承办单位", errors);
        var source = ParseSource(input.Source);
        if (source is null)
        {
            errors["source"] = [$"请选择事项来源（{string.Join("、", Enum.GetValues<TaskSource>().Select(s => Names.Of(s)))}）"];
        }

        if (input.SourceReference?.Trim().Length > 300 || input.CoUnits?.Trim().Length > 300)
        {
            errors["sourceReference"] = ["来源依据、协办单位不能超过300个字符"];
        }

        if (input.AssignedOn is not { } assignedOn)
        {
            errors["assignedOn"] = ["请填写交办日期"];
            assignedOn = today;
        }
        else if (assignedOn > today)
        {
            errors["assignedOn"] = ["交办日期不能晚于今天"];
        }

        var calendar = await calendars.GetAsync(ct);
        if (input.Deadline is not { } deadline)
        {
            errors["deadline"] = ["请填写办结时限"];
            deadline = assignedOn;
        }
        else if (deadline <= assignedOn)
        {
            errors["deadline"] = ["办结时限应晚于交办日期"];
        }
        else if (!calendar.HasYear(deadline.Year))
        {
            errors["deadline"] = [$"尚未载入{deadline.Year}年的节假日安排，无法计算催办日期"];
        }

        var region = await TargetRegionAsync(input.Region, errors, ct);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var task = new SupervisionTask(region, db.Scope.WriteRegion ?? region, title, source!.Value, Blank(input.SourceReference), leadUnit,
            Blank(input.CoUnits), assignedOn, deadline, actor, time.GetUtcNow().UtcDateTime);
        foreach (var milestone in input.Milestones ?? [])
        {
            if (string.IsNullOrWhiteSpace(milestone.Title) && milestone.DueOn is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(milestone.Title) || milestone.DueOn is null || milestone.Title.Trim().Length > 200)
            {
                throw new FieldValidationException("milestones", "每个节点须填写节点内容（200字以内）和节点时限");
            }

            task.AddMilestone(milestone.Title.Trim(), milestone.DueOn.Value);
        }

        db.Add(task);
        db.AddRange(task.Milestones);
        return task;
    }

    /// <summary>The own region, or a region strictly below it (交办 down the tree), which the unit of work is then allowed to write.</summary>
    private async Task<string> TargetRegionAsync(string? code, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var own = db.Scope.WriteRegion;
        var region = code?.Trim();
        if (string.IsNullOrEmpty(region) || region == own)
        {
            if (own is null)
            {
                errors["region"] = ["请填写承办区划"];
                return "";
            }

            return own;
        }

        if (!await db.Set<Fazhi.Platform.Regions.Region>().AsNoTracking().AnyAsync(r => r.Code == region, ct))
        {
            errors["region"] = ["承办区划不存在"];
            return region;
        }

        if (own is not null)
        {
            // Outside the subtree the region does not exist for this user: the same 404 as any other town's record.
            db.PermitAssignmentDown(region);
        }

        return region;
    }

    private static string Text(string? value, int max, string field, string label, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors[field] = [$"请填写{label}"];
        }
        else if (text.Length > max)
        {
            errors[field] = [$"{label}不能超过{max}个字符"];
        }

        return text;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
