using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.AnnualReports.Domain;

/// <summary>
/// 一致性检查确认: a reviewer accepted a warning of the checks (a hand-typed number no figure matches, a printed zero) with
/// a reason. It refers to the issue by fingerprint — rule, section, sentence and number — so an edited sentence raises the
/// warning again. Saved through the audited unit of work like every record.
/// </summary>
public sealed class ReportIssueAcceptance : IRegionScoped
{
    public const int MinReason = 4;
    public const int MaxReason = 500;

    private ReportIssueAcceptance()
    {
    }

    public ReportIssueAcceptance(AnnualReport report, string fingerprint, string rule, string message, string? reason, string acceptedBy, DateTime now)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length < MinReason || reason.Length > MaxReason)
        {
            throw new FieldValidationException("reason", $"请写明确认理由（如数据来源、核实情况），{MinReason}至{MaxReason}字");
        }

        ReportId = report.Id;
        RegionCode = report.RegionCode;
        Fingerprint = fingerprint;
        Rule = rule;
        Message = message.Length > 1000 ? message[..1000] : message;
        Reason = reason;
        AcceptedBy = acceptedBy;
        AcceptedAt = now;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ReportId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Fingerprint { get; private set; } = "";

    public string Rule { get; private set; } = "";

    /// <summary>The warning as it read when accepted.</summary>
    public string Message { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string AcceptedBy { get; private set; } = "";

    public DateTime AcceptedAt { get; private set; }
}

/// <summary>
/// 报送快照: what was submitted — the figures (with the records behind each), the text and the date — stored when the
/// report is submitted. A submitted, cleared or published report prints from it, so a record entered or back-dated later
/// never changes what the town sent; the page shows where the live figures now differ.
/// </summary>
public sealed class AnnualReportSnapshot : IRegionScoped
{
    private AnnualReportSnapshot()
    {
    }

    public AnnualReportSnapshot(AnnualReport report, DateOnly submittedOn, string regionName, string content, DateTime now)
    {
        ReportId = report.Id;
        RegionCode = report.RegionCode;
        SubmittedOn = submittedOn;
        RegionName = regionName;
        Content = content;
        TakenAt = now;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ReportId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly SubmittedOn { get; private set; }

    public string RegionName { get; private set; } = "";

    /// <summary>JSON: the sections' headings and texts, the figures and the record references behind each figure.</summary>
    public string Content { get; private set; } = "";

    public DateTime TakenAt { get; private set; }
}
