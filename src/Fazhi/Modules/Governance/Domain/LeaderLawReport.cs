using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.Governance.Domain;

/// <summary>述法形式.</summary>
public enum ReportOccasion
{
    /// <summary>年终述职 with 述法 as part of it.</summary>
    [Display(Name = "年终述职")] YearEnd,

    [Display(Name = "专题述法")] Thematic,

    [Display(Name = "书面述法")] Written,
}

/// <summary>述法评议等次.</summary>
public enum ReportRating
{
    [Display(Name = "好")] Good,
    [Display(Name = "较好")] FairlyGood,
    [Display(Name = "一般")] Average,
    [Display(Name = "差")] Poor,
}

/// <summary>
/// 述法 (a leading cadre's report on how he or she carried out the duty of 推进法治建设第一责任人, 《党政主要负责人履行推进法治建设
/// 第一责任人职责规定》第十三条): who, in which post, for which year, when and on which occasion, whether the 第一责任人职责
/// was included, what was said, and how it was rated (a grade or a score). One per leader, year and occasion.
/// </summary>
public sealed class LeaderLawReport : IRegionScoped
{
    private LeaderLawReport()
    {
    }

    public LeaderLawReport(string regionCode, string leader, string post, int year, DateOnly givenOn, ReportOccasion occasion, bool includesFirstResponsibility,
        string summary, ReportRating? rating, int? score, string recordedBy)
    {
        RegionCode = regionCode;
        Leader = leader;
        Post = post;
        Year = year;
        GivenOn = givenOn;
        Occasion = occasion;
        IncludesFirstResponsibility = includesFirstResponsibility;
        Summary = summary;
        Rating = rating;
        Score = score;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Leader { get; private set; } = "";

    public string Post { get; private set; } = "";

    /// <summary>述法年度 (the year reported on).</summary>
    public int Year { get; private set; }

    public DateOnly GivenOn { get; private set; }

    public ReportOccasion Occasion { get; private set; }

    /// <summary>是否将履行推进法治建设第一责任人职责情况纳入述职内容.</summary>
    public bool IncludesFirstResponsibility { get; private set; }

    public string Summary { get; private set; } = "";

    public ReportRating? Rating { get; private set; }

    /// <summary>评议得分 (0–100), when the town scores instead of grading.</summary>
    public int? Score { get; private set; }

    public string RecordedBy { get; private set; } = "";
}
