using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Indicators.Domain;

public enum SubmissionStatus
{
    [Display(Name = "待审核")] Submitted,
    [Display(Name = "已采用")] Accepted,
    [Display(Name = "已退回")] Returned,
    [Display(Name = "已更正")] Superseded,
}

/// <summary>
/// 数据报送 (one department's value of one reported figure for one year): submitted with its source, reviewed by the
/// 依法治镇办 (accepted or returned with the reason). Only an accepted value is a figure; accepting a corrected value
/// marks the earlier accepted one 已更正, so the history stays and the figure traces to the submission behind it.
/// </summary>
public sealed class IndicatorSubmission : IRegionScoped
{
    /// <summary>The attachment owner type of a submission's supporting files (the department's statistics, the source system's export).</summary>
    public const string AttachmentOwner = "IndicatorSubmission";

    public const string Basis = "依法治镇办审核采用后方可作为统计指标";

    private IndicatorSubmission()
    {
    }

    public IndicatorSubmission(string regionCode, string key, int year, decimal value, string department, string source, DateOnly submittedOn,
        string submittedBy)
    {
        RegionCode = regionCode;
        Key = key;
        Year = year;
        Value = value;
        Department = department;
        Source = source;
        SubmittedOn = submittedOn;
        SubmittedBy = submittedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>The figure's key in <see cref="IndicatorCatalog"/>.</summary>
    public string Key { get; private set; } = "";

    public int Year { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>报送单位.</summary>
    public string Department { get; private set; } = "";

    /// <summary>数据来源, e.g. 广东省市场主体登记系统2022年12月31日统计.</summary>
    public string Source { get; private set; } = "";

    public DateOnly SubmittedOn { get; private set; }

    public string SubmittedBy { get; private set; } = "";

    public SubmissionStatus Status { get; private set; }

    public DateOnly? ReviewedOn { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? ReturnReason { get; private set; }

    public void Accept(DateOnly on, string reviewer)
    {
        Review(on, reviewer);
        Status = SubmissionStatus.Accepted;
    }

    public void Return(DateOnly on, string reviewer, string reason)
    {
        Review(on, reviewer);
        Status = SubmissionStatus.Returned;
        ReturnReason = reason;
    }

    /// <summary>A later accepted value for the same figure and year replaces this one.</summary>
    public void Supersede()
    {
        if (Status != SubmissionStatus.Accepted)
        {
            throw new InvalidOperationException("only an accepted value is superseded");
        }

        Status = SubmissionStatus.Superseded;
    }

    private void Review(DateOnly on, string reviewer)
    {
        if (Status != SubmissionStatus.Submitted)
        {
            throw new DomainRuleException($"该报送数据{DisplayNames.Of(Status)}，不能再审核", Basis);
        }

        if (string.Equals(reviewer, SubmittedBy, StringComparison.Ordinal))
        {
            throw new DomainRuleException("报送人不能审核本人报送的数据（报送与审核应由不同人员负责）", Basis, StatusCodes.Status403Forbidden);
        }

        if (on < SubmittedOn)
        {
            throw new DomainRuleException("审核日期不能早于报送日期", Basis);
        }

        ReviewedOn = on;
        ReviewedBy = reviewer;
    }
}
