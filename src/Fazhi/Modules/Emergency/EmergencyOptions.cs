namespace Fazhi.Modules.Emergency;

/// <summary>
/// Emergency settings (section "Emergency"). The 3-year drill cycle of 专项、部门预案 is the 2013 办法's (art. 22, checked
/// only against a secondary source); the 2024 办法's values, the evaluation cycle and the time to revise after a trigger are
/// unconfirmed (law.md §12, §21 item 9), so every period is a setting.
/// </summary>
public sealed class EmergencyOptions
{
    /// <summary>演练周期: a plan that must be drilled is drilled at least once every this many years.</summary>
    public int DrillCycleYears { get; set; } = 3;

    /// <summary>总体预案 also on the drill clock (the 2013 办法 names only 专项、部门预案).</summary>
    public bool DrillOverallPlans { get; set; }

    /// <summary>基层（村居、企业）预案 also on the drill clock (the 办法 asks high-risk places to drill "经常", without a number).</summary>
    public bool DrillGrassrootsPlans { get; set; }

    /// <summary>定期评估周期: a plan in force is evaluated at least once every this many years after publication or its last evaluation or revision.</summary>
    public int EvaluationCycleYears { get; set; } = 3;

    /// <summary>修订时限: months after a revision trigger (办法第二十五条) by which the plan is revised.</summary>
    public int RevisionAfterTriggerMonths { get; set; } = 6;

    /// <summary>物资储备标准: persons the region's relief supplies must cover when the region has set no standard of its own (the seed: 500人).</summary>
    public int SupplyStandardPersons { get; set; } = 500;

    /// <summary>Days before a drill or evaluation falls due that the plan shows as 临期.</summary>
    public int DueSoonDays { get; set; } = 90;
}
