using System.Globalization;

using Fazhi.Platform.Web;

namespace Fazhi.Modules.WorkPlans.Domain;

/// <summary>A plan as typed on the form or sent to the API.</summary>
public sealed record PlanInput
{
    public string? Kind { get; init; }

    public string? Title { get; init; }

    public int? FirstYear { get; init; }

    public int? LastYear { get; init; }

    public string? IssuingBody { get; init; }
}

/// <summary>One task of the breakdown as typed, imported or sent to the API.</summary>
public sealed record PlanTaskInput
{
    public string? Area { get; init; }

    public string? Content { get; init; }

    public string? LeadUnit { get; init; }

    public string? CoUnits { get; init; }

    /// <summary>节点安排: "2023-03-31 完成调研；2023-06-30 出台制度" (a date, a space, the content; separated by ；).</summary>
    public string? Milestones { get; init; }

    public DateOnly? Deadline { get; init; }
}

/// <summary>印发: the real date and the document number.</summary>
public sealed record IssueInput(DateOnly? IssuedOn, string? DocumentNumber);

/// <summary>The checks of a plan and of a task of its breakdown, each mistake a Chinese field error.</summary>
public static class PlanInputs
{
    /// <summary>Reads 节点安排; an unreadable part is named in <paramref name="error"/> and skipped.</summary>
    public static IReadOnlyList<Milestone> ParseMilestones(string? text, out string? error)
    {
        error = null;
        var milestones = new List<Milestone>();
        foreach (var part in (text ?? "").Split(['；', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = part.IndexOfAny([' ', '　', '\t']);
            if (space > 0 && TryDate(part[..space], out var day) && part[(space + 1)..].Trim() is { Length: > 0 and <= 200 } content)
            {
                milestones.Add(new Milestone(day, content));
            }
            else
            {
                error ??= $"节点“{(part.Length > 30 ? part[..30] + "…" : part)}”应写成“日期 节点内容”，如“2023-03-31 完成调研”，多个节点用“；”分隔";
            }
        }

        return milestones;
    }

    /// <summary>Checks one task against its plan's period; the errors are keyed by field, prefixed with <paramref name="prefix"/>.</summary>
    public static PlanTaskDraft? Task(WorkPlan plan, PlanTaskInput input, IDictionary<string, string[]> errors, string prefix = "")
    {
        var before = errors.Count;
        var area = FieldChecks.Required(errors, input.Area, 200, prefix + "area", "重点板块");
        var content = FieldChecks.Required(errors, input.Content, 300, prefix + "content", "任务内容");
        var lead = FieldChecks.Required(errors, input.LeadUnit, 100, prefix + "leadUnit", "牵头单位");
        var co = FieldChecks.Optional(errors, input.CoUnits, 300, prefix + "coUnits", "配合单位");
        var milestones = ParseMilestones(input.Milestones, out var milestoneError);
        if (input.Deadline is not { } deadline)
        {
            errors[prefix + "deadline"] = ["请填写完成时限"];
            deadline = default;
        }
        else if (deadline < plan.FirstDay || deadline > plan.LastDay)
        {
            errors[prefix + "deadline"] = [$"完成时限应在方案期间（{plan.Period}）之内"];
        }

        if (milestoneError is not null)
        {
            errors[prefix + "milestones"] = [milestoneError];
        }
        else if (milestones.Count > 12)
        {
            errors[prefix + "milestones"] = ["每项任务的节点不超过12个"];
        }
        else if (milestones.Zip(milestones.Skip(1)).Any(p => p.Second.DueOn < p.First.DueOn))
        {
            errors[prefix + "milestones"] = ["节点应按日期先后排列"];
        }
        else if (input.Deadline is { } due && milestones.FirstOrDefault(m => m.DueOn > due || m.DueOn < plan.FirstDay.AddYears(-1)) is { } wrong)
        {
            errors[prefix + "milestones"] = [$"节点“{wrong}”不在方案期间内或晚于完成时限"];
        }

        return errors.Count > before ? null : new PlanTaskDraft(area!, content!, lead!, co, milestones, deadline);
    }

    private static bool TryDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
