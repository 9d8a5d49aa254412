namespace Fazhi.Modules.Governance;

/// <summary>依法治镇设置 (configuration section "Governance").</summary>
public sealed class GovernanceOptions
{
    private static readonly GradeThreshold[] DefaultGrades = [new() { Name = "优秀", Minimum = 90 }, new() { Name = "良好", Minimum = 80 }, new() { Name = "合格", Minimum = 60 }];

    /// <summary>
    /// 中层干部履职能力评估等次 and the lowest total (out of 100) of each; a total below all of them is <see cref="LowestGrade"/>.
    /// The seed only says the town sets its own mechanism (建立健全中层干部履职能力评估机制), so the grades and thresholds are
    /// settings (empty: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60). Left null by default because the configuration binder appends to a list.
    /// </summary>
    public List<GradeThreshold>? Grades { get; set; }

    public string LowestGrade { get; set; } = "不合格";

    public IReadOnlyList<GradeThreshold> EffectiveGrades => Grades is { Count: > 0 } ? Grades : DefaultGrades;

    /// <summary>The grade of a total (0–100) under these thresholds.</summary>
    public string GradeOf(decimal total) =>
        EffectiveGrades.OrderByDescending(g => g.Minimum).FirstOrDefault(g => total >= g.Minimum)?.Name ?? LowestGrade;
}

/// <summary>An evaluation grade and the lowest total that earns it.</summary>
public sealed class GradeThreshold
{
    public string Name { get; set; } = "";

    public decimal Minimum { get; set; }
}
