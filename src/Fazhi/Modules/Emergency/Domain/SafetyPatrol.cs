using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Emergency.Domain;

/// <summary>重点部位类别.</summary>
public enum SiteKind
{
    [Display(Name = "人员密集场所")] Crowded,
    [Display(Name = "危险化学品场所")] HazardousChemicals,
    [Display(Name = "建筑施工工地")] Construction,
    [Display(Name = "防汛重点部位")] FloodControl,
    [Display(Name = "出租屋、三小场所")] Rental,
    [Display(Name = "防疫隔离场所")] Quarantine,
    [Display(Name = "其他重点部位")] Other,
}

/// <summary>
/// 安全巡查 (safety patrol or inspection) of a key site by law-enforcement staff and safety officers: what was found and,
/// for a hazard (隐患), the rectification deadline and when it was rectified.
/// </summary>
public sealed class SafetyPatrol : IRegionScoped
{
    private SafetyPatrol()
    {
    }

    public SafetyPatrol(string regionCode, string site, SiteKind siteKind, DateOnly patrolledOn, string inspectors, string? findings,
        DateOnly? rectifyBy, string createdBy, DateTime createdAt)
    {
        if (rectifyBy is { } by && by <= patrolledOn)
        {
            throw new FieldValidationException("rectifyBy", "整改期限应晚于巡查日期");
        }

        if (rectifyBy is not null && string.IsNullOrWhiteSpace(findings))
        {
            throw new FieldValidationException("findings", "限期整改的，请填写发现的隐患");
        }

        RegionCode = regionCode;
        Site = site;
        SiteKind = siteKind;
        PatrolledOn = patrolledOn;
        Inspectors = inspectors;
        Findings = string.IsNullOrWhiteSpace(findings) ? null : findings.Trim();
        RectifyBy = rectifyBy;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>巡查部位, e.g. 常平火车站广场.</summary>
    public string Site { get; private set; } = "";

    public SiteKind SiteKind { get; private set; }

    public DateOnly PatrolledOn { get; private set; }

    /// <summary>巡查人员 (执法人员、专职安全员).</summary>
    public string Inspectors { get; private set; } = "";

    /// <summary>发现的问题（隐患）; empty when none was found.</summary>
    public string? Findings { get; private set; }

    /// <summary>整改期限 (a hazard to be rectified).</summary>
    public DateOnly? RectifyBy { get; private set; }

    public DateOnly? RectifiedOn { get; private set; }

    public string? RectificationNote { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public bool HazardFound => RectifyBy is not null;

    /// <summary>整改逾期: past the deadline without rectification, or rectified after it.</summary>
    public bool RectificationOverdueOn(DateOnly today) =>
        RectifyBy is { } by && (RectifiedOn is { } done ? done > by : today > by);

    public void Rectify(DateOnly on, string note)
    {
        if (RectifyBy is null)
        {
            throw new DomainRuleException("该次巡查未发现需限期整改的隐患");
        }

        if (RectifiedOn is not null)
        {
            throw new DomainRuleException("该隐患已整改完毕");
        }

        if (on < PatrolledOn)
        {
            throw new FieldValidationException("on", $"整改完成日期不能早于巡查日期{PatrolledOn:yyyy-MM-dd}");
        }

        RectifiedOn = on;
        RectificationNote = note;
    }
}
