namespace Fazhi.Modules.WorkPlans.Contracts;

/// <summary>A year's 工作要点 as the annual report's 下一年度主要安排 uses it: the plan's headings, each with its tasks.</summary>
public sealed record PlanArrangement(Guid PlanId, string Title, bool Issued, IReadOnlyList<ArrangementArea> Areas);

/// <summary>One 重点板块 of the plan and the content of its tasks, in the breakdown's order.</summary>
public sealed record ArrangementArea(string Area, IReadOnlyList<string> Tasks);

/// <summary>工作方案 as other modules see it.</summary>
public interface IWorkPlans
{
    /// <summary>
    /// The caller's 年度工作要点 for <paramref name="year"/> (the issued one; else the newest draft), or null when the town
    /// has none.
    /// </summary>
    Task<PlanArrangement?> ArrangementForAsync(int year, CancellationToken cancellationToken);
}
