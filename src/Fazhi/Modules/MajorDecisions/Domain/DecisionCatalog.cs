using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.MajorDecisions.Domain;

/// <summary>目录版本状态: 编制中 → 党委已同意 → 已公布 → 已被调整后的版本替代.</summary>
public enum CatalogStatus
{
    [Display(Name = "编制中")] Draft = 1,
    [Display(Name = "党委已同意")] Approved = 2,
    [Display(Name = "已公布")] Published = 3,
    [Display(Name = "已调整（被新版本替代）")] Superseded = 4,
}

/// <summary>
/// 重大行政决策事项目录 (one version of a region's catalog for a year). An adjustment during the year is a new version
/// copied from the published one; every version stays on record and on the portal (条例第三条).
/// </summary>
public sealed class DecisionCatalog : IRegionScoped
{
    public const int MaxText = 500;

    private DecisionCatalog()
    {
    }

    public DecisionCatalog(string regionCode, int year, int version, Guid? previousVersionId, string? adjustmentReason, string createdBy, DateTime createdAt)
    {
        RegionCode = regionCode;
        Year = year;
        Version = version;
        PreviousVersionId = previousVersionId;
        AdjustmentReason = adjustmentReason;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Status = CatalogStatus.Draft;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public int Year { get; private set; }

    /// <summary>版本号: 1 for the catalog first fixed, +1 for each adjustment.</summary>
    public int Version { get; private set; }

    public CatalogStatus Status { get; private set; }

    public Guid? PreviousVersionId { get; private set; }

    /// <summary>调整理由 (versions after the first).</summary>
    public string? AdjustmentReason { get; private set; }

    /// <summary>同级党委同意的日期.</summary>
    public DateOnly? PartyApprovedOn { get; private set; }

    /// <summary>党委同意的依据, e.g. 镇党委会议纪要〔2022〕3号.</summary>
    public string? PartyApproval { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>公布网址 (the town page on the government website), besides this platform's portal.</summary>
    public string? PublicationUrl { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public List<CatalogItem> Items { get; private set; } = [];

    public void EnsureEditable()
    {
        if (Status != CatalogStatus.Draft)
        {
            throw new DomainRuleException("目录已报党委同意或已公布，不能直接修改；请“调整目录”形成新版本（每个版本均予保留）", Basis.Catalog);
        }
    }

    public void Approve(DateOnly on, string approval)
    {
        EnsureEditable();
        if (Items.Count == 0)
        {
            throw new DomainRuleException("目录没有事项，不能报党委同意");
        }

        PartyApprovedOn = on;
        PartyApproval = approval.Trim();
        Status = CatalogStatus.Approved;
    }

    public void Publish(DateOnly on, string? url)
    {
        if (Status == CatalogStatus.Draft || PartyApprovedOn is null)
        {
            throw new DomainRuleException("决策事项目录须经同级党委同意后才能向社会公布", Basis.Catalog);
        }

        if (Status != CatalogStatus.Approved)
        {
            throw new DomainRuleException("该版本已公布");
        }

        if (on < PartyApprovedOn)
        {
            throw new FieldValidationException("on", "公布日期不能早于党委同意的日期");
        }

        PublishedOn = on;
        PublicationUrl = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        Status = CatalogStatus.Published;
    }

    public void Supersede() => Status = CatalogStatus.Superseded;
}

/// <summary>目录事项: one decision matter, its 承办单位, 计划时间 and the procedures it requires.</summary>
public sealed class CatalogItem : IRegionScoped
{
    public const int MaxTitle = 200;
    public const int MaxUnit = 100;

    private CatalogItem()
    {
    }

    public CatalogItem(DecisionCatalog catalog, Guid itemKey, int number, CatalogItemInput input)
    {
        CatalogId = catalog.Id;
        RegionCode = catalog.RegionCode;
        ItemKey = itemKey;
        Number = number;
        Title = input.Title!.Trim();
        LeadUnit = input.LeadUnit!.Trim();
        PlannedStart = input.PlannedStart;
        PlannedEnd = input.PlannedEnd;
        RequiresPublicParticipation = input.RequiresPublicParticipation;
        RequiresExpertReview = input.RequiresExpertReview;
        RequiresRiskAssessment = input.RequiresRiskAssessment;
        RequiresHearing = input.RequiresHearing;
        AffectsBusiness = input.AffectsBusiness;
        Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CatalogId { get; private set; }

    public string RegionCode { get; private set; } = "";

    /// <summary>The same matter across the catalog's versions (a decision refers to it, whatever version it was initiated under).</summary>
    public Guid ItemKey { get; private set; }

    /// <summary>序号 within the version.</summary>
    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>决策承办单位.</summary>
    public string LeadUnit { get; private set; } = "";

    public DateOnly? PlannedStart { get; private set; }

    public DateOnly? PlannedEnd { get; private set; }

    /// <summary>须公众参与 (公开征求意见).</summary>
    public bool RequiresPublicParticipation { get; private set; }

    /// <summary>须专家论证.</summary>
    public bool RequiresExpertReview { get; private set; }

    /// <summary>须风险评估.</summary>
    public bool RequiresRiskAssessment { get; private set; }

    /// <summary>须举行听证.</summary>
    public bool RequiresHearing { get; private set; }

    /// <summary>涉及市场主体经济活动 (须公平竞争审查).</summary>
    public bool AffectsBusiness { get; private set; }

    public string? Note { get; private set; }

    public CatalogItemInput ToInput() => new()
    {
        Title = Title,
        LeadUnit = LeadUnit,
        PlannedStart = PlannedStart,
        PlannedEnd = PlannedEnd,
        RequiresPublicParticipation = RequiresPublicParticipation,
        RequiresExpertReview = RequiresExpertReview,
        RequiresRiskAssessment = RequiresRiskAssessment,
        RequiresHearing = RequiresHearing,
        AffectsBusiness = AffectsBusiness,
        Note = Note,
    };

    public string RequiredProcedures()
    {
        var list = new List<string>();
        if (RequiresPublicParticipation)
        {
            list.Add("公众参与");
        }

        if (RequiresExpertReview)
        {
            list.Add("专家论证");
        }

        if (RequiresRiskAssessment)
        {
            list.Add("风险评估");
        }

        if (RequiresHearing)
        {
            list.Add("听证");
        }

        if (AffectsBusiness)
        {
            list.Add("公平竞争审查");
        }

        list.Add("合法性审查");
        list.Add("集体讨论决定");
        return string.Join("、", list);
    }
}

/// <summary>目录事项的填报内容 (form, API and import).</summary>
public sealed record CatalogItemInput
{
    public string? Title { get; init; }

    public string? LeadUnit { get; init; }

    public DateOnly? PlannedStart { get; init; }

    public DateOnly? PlannedEnd { get; init; }

    public bool RequiresPublicParticipation { get; init; }

    public bool RequiresExpertReview { get; init; }

    public bool RequiresRiskAssessment { get; init; }

    public bool RequiresHearing { get; init; }

    public bool AffectsBusiness { get; init; }

    public string? Note { get; init; }

    public void Validate(int year)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > CatalogItem.MaxTitle)
        {
            errors["title"] = [$"请填写决策事项名称（不超过{CatalogItem.MaxTitle}个字符）"];
        }

        if (string.IsNullOrWhiteSpace(LeadUnit) || LeadUnit.Trim().Length > CatalogItem.MaxUnit)
        {
            errors["leadUnit"] = [$"请填写承办单位（不超过{CatalogItem.MaxUnit}个字符）"];
        }

        if (PlannedStart is { } s && PlannedEnd is { } e && e < s)
        {
            errors["plannedEnd"] = ["计划完成时间不能早于计划启动时间"];
        }

        if (PlannedStart is { } start && Math.Abs(start.Year - year) > 1)
        {
            errors["plannedStart"] = [$"计划启动时间应在{year}年前后"];
        }

        if (Note is { Length: > DecisionCatalog.MaxText })
        {
            errors["note"] = [$"备注不能超过{DecisionCatalog.MaxText}个字符"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }
}
