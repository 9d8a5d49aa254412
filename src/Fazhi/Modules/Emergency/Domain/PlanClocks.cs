namespace Fazhi.Modules.Emergency.Domain;

/// <summary>One clock of a plan: when it falls due, from what, and why — in words a clerk can check.</summary>
public sealed record PlanClock(string Name, DateOnly DueOn, string Explanation, string Basis)
{
    public bool OverdueOn(DateOnly today) => today > DueOn;

    public bool DueSoonOn(DateOnly today, int days) => !OverdueOn(today) && today.AddDays(days) >= DueOn;
}

/// <summary>
/// 预案的期限: the drill clock (演练周期, 办法第二十二条) and the revision clock (定期评估周期, 办法第二十四条, and the
/// revision due after a trigger of 第二十五条). These are cycles of years counted in calendar dates by the month rule of
/// law.md §0.1 (the same-numbered day; 29 February → 28 February), not statutory periods that roll over holidays.
/// </summary>
public static class PlanClocks
{
    public static bool DrillRequired(PlanClass planClass, EmergencyOptions options) => planClass switch
    {
        PlanClass.Specialised or PlanClass.Departmental => true,
        PlanClass.Overall => options.DrillOverallPlans,
        PlanClass.Grassroots => options.DrillGrassrootsPlans,
    };

    /// <summary>演练期限: <see cref="EmergencyOptions.DrillCycleYears"/> years after the last drill, or after publication if never drilled.</summary>
    public static PlanClock? Drill(EmergencyPlan plan, EmergencyOptions options)
    {
        if (!plan.InForce || !DrillRequired(plan.Class, options) || plan.PublishedOn is not { } published)
        {
            return null;
        }

        var (from, what) = plan.LastDrilledOn is { } drilled ? (drilled, "上次演练") : (published, "预案公布");
        var due = from.AddYears(options.DrillCycleYears);
        return new PlanClock("演练期限", due,
            $"{Names.Of(plan.Class)}至少每{options.DrillCycleYears}年演练一次：自{what}（{from:yyyy-MM-dd}）起{options.DrillCycleYears}年，至{due:yyyy-MM-dd}",
            EmergencyBasis.Drills(from));
    }

    /// <summary>评估期限: <see cref="EmergencyOptions.EvaluationCycleYears"/> years after publication or the last evaluation or revision.</summary>
    public static PlanClock? Evaluation(EmergencyPlan plan, EmergencyOptions options)
    {
        if (!plan.InForce || plan.PublishedOn is not { } published)
        {
            return null;
        }

        var (from, what) = new[] { (published, "预案公布"), (plan.LastEvaluatedOn, "上次评估"), (plan.LastRevisedOn, "上次修订") }
            .Where(c => c.Item1 is not null)
            .Select(c => (On: c.Item1!.Value, What: c.Item2))
            .MaxBy(c => c.On);
        var due = from.AddYears(options.EvaluationCycleYears);
        return new PlanClock("评估期限", due,
            $"预案每{options.EvaluationCycleYears}年至少评估一次：自{what}（{from:yyyy-MM-dd}）起{options.EvaluationCycleYears}年，至{due:yyyy-MM-dd}",
            EmergencyBasis.Evaluation(from));
    }

    /// <summary>修订期限: set by a trigger or by an evaluation that calls for revision.</summary>
    public static PlanClock? Revision(EmergencyPlan plan, EmergencyOptions options) =>
        plan.InForce && plan.RevisionDueOn is { } due
            ? new PlanClock("修订期限", due,
                $"出现应当修订的情形（或评估认为应当修订）后{options.RevisionAfterTriggerMonths}个月内完成修订，至{due:yyyy-MM-dd}",
                EmergencyBasis.Revision(due))
            : null;

    public static IReadOnlyList<PlanClock> All(EmergencyPlan plan, EmergencyOptions options) =>
        new[] { Drill(plan, options), Evaluation(plan, options), Revision(plan, options) }.OfType<PlanClock>().ToList();
}
