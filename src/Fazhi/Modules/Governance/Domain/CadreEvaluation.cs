using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.Governance.Domain;

/// <summary>评估周期.</summary>
public enum PeriodKind
{
    [Display(Name = "上半年")] FirstHalf,
    [Display(Name = "下半年")] SecondHalf,
    [Display(Name = "年度")] Annual,
}

/// <summary>跟进措施 after an evaluation.</summary>
public enum FollowUpAction
{
    [Display(Name = "留任")] Retain,
    [Display(Name = "调整")] Reassign,
    [Display(Name = "提醒谈话")] ReminderTalk,
    [Display(Name = "培训")] Training,
}

/// <summary>An evaluation period: 2022年上半年, 2022年下半年 or 2022年度.</summary>
public readonly record struct EvaluationPeriod(int Year, PeriodKind Kind)
{
    public DateOnly FirstDay => new(Year, Kind == PeriodKind.SecondHalf ? 7 : 1, 1);

    public DateOnly LastDay => Kind == PeriodKind.FirstHalf ? new(Year, 6, 30) : new(Year, 12, 31);

    public override string ToString() => Kind == PeriodKind.Annual ? $"{Year}年度" : $"{Year}年{(Kind == PeriodKind.FirstHalf ? "上半年" : "下半年")}";
}

/// <summary>
/// 中层干部履职能力评估标准 (the town's catalogue of criteria with weights): adopted on a date, replaced by a later one.
/// The weights add up to 100, so a weighted total is on the same 100-point scale as the scores.
/// </summary>
public sealed class EvaluationScheme : IRegionScoped
{
    public const int TotalWeight = 100;

    private EvaluationScheme()
    {
    }

    public EvaluationScheme(string regionCode, string title, DateOnly adoptedOn, IReadOnlyList<(string Name, int Weight)> criteria)
    {
        if (criteria.Count == 0 || criteria.Sum(c => c.Weight) != TotalWeight || criteria.Any(c => c.Weight <= 0))
        {
            throw new ArgumentException("评估指标的权重应为正整数且合计为100", nameof(criteria));
        }

        RegionCode = regionCode;
        Title = title;
        AdoptedOn = adoptedOn;
        Criteria = criteria.Select((c, i) => new EvaluationCriterion(this, i + 1, c.Name, c.Weight)).ToList();
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public DateOnly AdoptedOn { get; private set; }

    public List<EvaluationCriterion> Criteria { get; private set; } = [];

    /// <summary>The weights add up to 100 and each is positive (the rule the form and import enforce).</summary>
    public static bool WeightsAreValid(IEnumerable<int> weights)
    {
        var list = weights.ToList();
        return list.Count > 0 && list.All(w => w > 0) && list.Sum() == TotalWeight;
    }
}

/// <summary>评估指标: a criterion of the catalogue and its weight (percent).</summary>
public sealed class EvaluationCriterion : IRegionScoped
{
    private EvaluationCriterion()
    {
    }

    internal EvaluationCriterion(EvaluationScheme scheme, int number, string name, int weight)
    {
        SchemeId = scheme.Id;
        RegionCode = scheme.RegionCode;
        Number = number;
        Name = name;
        Weight = weight;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SchemeId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public string Name { get; private set; } = "";

    public int Weight { get; private set; }
}

/// <summary>
/// 中层干部履职能力评估 (one person's evaluation for one period): the department, person and post, a score per criterion of
/// the scheme, the weighted total (computed, never typed), the grade the town's thresholds give it, and the follow-up.
/// </summary>
public sealed class CadreEvaluation : IRegionScoped
{
    private CadreEvaluation()
    {
    }

    public CadreEvaluation(string regionCode, EvaluationScheme scheme, EvaluationPeriod period, string department, string person, string post,
        DateOnly evaluatedOn, IReadOnlyList<int> scores, string grade, FollowUpAction? followUp, DateOnly? followUpOn, string? followUpNote, string recordedBy)
    {
        if (scores.Count != scheme.Criteria.Count || scores.Any(s => s is < 0 or > 100))
        {
            throw new ArgumentException("每项评估指标的得分应在0至100之间", nameof(scores));
        }

        RegionCode = regionCode;
        SchemeId = scheme.Id;
        Year = period.Year;
        PeriodKind = period.Kind;
        Department = department;
        Person = person;
        Post = post;
        EvaluatedOn = evaluatedOn;
        var criteria = scheme.Criteria.OrderBy(c => c.Number).ToList();
        Scores = criteria.Select((c, i) => new CriterionScore(this, c, scores[i])).ToList();
        TotalHundredths = WeightedHundredths(criteria.Select(c => c.Weight).ToList(), scores);
        Grade = grade;
        FollowUp = followUp;
        FollowUpOn = followUpOn;
        FollowUpNote = followUpNote;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid SchemeId { get; private set; }

    public int Year { get; private set; }

    public PeriodKind PeriodKind { get; private set; }

    public EvaluationPeriod Period => new(Year, PeriodKind);

    public string Department { get; private set; } = "";

    public string Person { get; private set; } = "";

    public string Post { get; private set; } = "";

    public DateOnly EvaluatedOn { get; private set; }

    /// <summary>总分 in hundredths of a point (Σ score × weight, the weights summing to 100): integer, so it sorts on every database.</summary>
    public int TotalHundredths { get; private set; }

    public decimal Total => TotalHundredths / 100m;

    /// <summary>评估等次 given by the thresholds in force when it was recorded.</summary>
    public string Grade { get; private set; } = "";

    public FollowUpAction? FollowUp { get; private set; }

    public DateOnly? FollowUpOn { get; private set; }

    public string? FollowUpNote { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public List<CriterionScore> Scores { get; private set; } = [];

    /// <summary>Σ score × weight: with weights summing to 100 this is the total in hundredths of a point.</summary>
    public static int WeightedHundredths(IReadOnlyList<int> weights, IReadOnlyList<int> scores) =>
        weights.Zip(scores, (w, s) => w * s).Sum();
}

/// <summary>One criterion's score in an evaluation (0–100).</summary>
public sealed class CriterionScore : IRegionScoped
{
    private CriterionScore()
    {
    }

    internal CriterionScore(CadreEvaluation evaluation, EvaluationCriterion criterion, int score)
    {
        EvaluationId = evaluation.Id;
        RegionCode = evaluation.RegionCode;
        CriterionId = criterion.Id;
        Number = criterion.Number;
        Criterion = criterion.Name;
        Weight = criterion.Weight;
        Score = score;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid EvaluationId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public Guid CriterionId { get; private set; }

    public int Number { get; private set; }

    public string Criterion { get; private set; } = "";

    public int Weight { get; private set; }

    public int Score { get; private set; }
}
