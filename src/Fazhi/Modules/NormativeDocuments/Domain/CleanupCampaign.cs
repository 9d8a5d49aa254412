using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.NormativeDocuments.Domain;

public enum CleanupStatus
{
    [Display(Name = "清理中")] Open,
    [Display(Name = "已公布清理结果")] Published,
}

/// <summary>
/// 规范性文件清理 (clean-up campaign): documents are selected and each gets a conclusion (继续有效 / 修改 / 废止 /
/// 宣布失效); publishing the campaign publishes the lists and ends the repealed and invalidated documents.
/// </summary>
public sealed class CleanupCampaign : IRegionScoped
{
    public const int MaxName = 200;

    private CleanupCampaign()
    {
    }

    public CleanupCampaign(string regionCode, string name, string? reason, DateOnly startedOn, string createdBy)
    {
        RegionCode = regionCode;
        Name = name.Trim();
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        StartedOn = startedOn;
        CreatedBy = createdBy;
        Status = CleanupStatus.Open;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>清理名称, e.g. 2026年度规范性文件集中清理.</summary>
    public string Name { get; private set; } = "";

    /// <summary>清理原因 (periodic, or the superior law changed).</summary>
    public string? Reason { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public CleanupStatus Status { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public void EnsureOpen()
    {
        if (Status != CleanupStatus.Open)
        {
            throw new DomainRuleException("清理结果已公布，不能再修改");
        }
    }

    public void Publish(DateOnly on)
    {
        EnsureOpen();
        Status = CleanupStatus.Published;
        PublishedOn = on;
    }
}

/// <summary>清理结论 of one document in a campaign.</summary>
public sealed class CleanupItem : IRegionScoped
{
    private CleanupItem()
    {
    }

    public CleanupItem(CleanupCampaign campaign, NormativeDocument document, DocumentConclusion conclusion, string? note, string actor, DateTime at)
    {
        CampaignId = campaign.Id;
        DocumentId = document.Id;
        RegionCode = campaign.RegionCode;
        Change(conclusion, note, actor, at);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CampaignId { get; private set; }

    public Guid DocumentId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DocumentConclusion Conclusion { get; private set; }

    public string? Note { get; private set; }

    public string Actor { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }

    public void Change(DocumentConclusion conclusion, string? note, string actor, DateTime at)
    {
        Conclusion = conclusion;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Actor = actor;
        RecordedAt = at;
    }
}
