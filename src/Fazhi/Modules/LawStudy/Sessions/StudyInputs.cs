namespace Fazhi.Modules.LawStudy.Sessions;

/// <summary>登记学法活动. Kind is the Chinese name or the identifier; Regulations one title per entry.</summary>
public sealed record SessionInput
{
    public string? Kind { get; init; }

    public DateOnly? HeldOn { get; init; }

    public string? Topic { get; init; }

    public string? Presenter { get; init; }

    public int? Expected { get; init; }

    public int? Attended { get; init; }

    public string? Absentees { get; init; }

    public string? Court { get; init; }

    public string? CaseNumber { get; init; }

    public Guid? PlanItemId { get; init; }

    public IReadOnlyList<string>? Regulations { get; init; }
}

/// <summary>制定专题学习安排: its items as "month topic" pairs.</summary>
public sealed record PlanInput(int? Year, string? Title, DateOnly? AdoptedOn, IReadOnlyList<PlanItemInput>? Items);

public sealed record PlanItemInput(int? Month, string? Topic);

/// <summary>登记学法考试.</summary>
public sealed record ExamInput(DateOnly? HeldOn, string? Title, int? Candidates, int? Passed);

/// <summary>Filter, sort and page of the session list as query-string text (bad values are Chinese 400s).</summary>
public sealed record SessionFilter
{
    /// <summary>检索词: 学习主题, 主讲人 or a regulation studied contains it.</summary>
    public string? Q { get; init; }

    public string? Kind { get; init; }

    public string? Year { get; init; }

    /// <summary>held | topic | kind (default: held, newest first), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}
