using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.NormativeDocuments.Domain;

/// <summary>规范性文件状态: the procedure's states (the member names are the procedure's state keys).</summary>
public enum NormativeDocumentStatus
{
    [Display(Name = "列入制定计划")] Planned,
    [Display(Name = "起草中")] Drafting,
    [Display(Name = "公开征求意见中")] PublicConsultation,
    [Display(Name = "公平竞争审查中")] FairCompetitionReview,
    [Display(Name = "合法性审核中")] LegalityReview,
    [Display(Name = "待集体审议")] AwaitingDeliberation,
    [Display(Name = "集体审议通过")] Approved,
    [Display(Name = "已统一登记编号")] Registered,
    [Display(Name = "已公布（待备案）")] Published,
    [Display(Name = "现行有效（已备案）")] InForce,
    [Display(Name = "已失效")] Expired,
    [Display(Name = "已修改")] Amended,
    [Display(Name = "已废止")] Repealed,
    [Display(Name = "宣布失效")] DeclaredInvalid,
}

/// <summary>
/// 行政规范性文件 (normative document): one document from plan to expiry. The path between states is the procedure
/// <c>normative_documents.document</c> (see <see cref="NormativeDocumentProcedure"/>); this aggregate keeps the facts
/// each step produced (numbers, dates, validity) and its <see cref="Status"/> mirrors the procedure's state.
/// </summary>
public sealed class NormativeDocument : IRegionScoped
{
    public const int MaxTitle = 200;
    public const int MaxUnit = 100;
    public const int MaxBody = 200_000;
    public const int MaxUrl = 500;

    private NormativeDocument()
    {
    }

    public NormativeDocument(string regionCode, string title, string draftingUnit, string issuingAuthority, string? bodyText,
        bool affectsBusiness, bool requiresConsultation, int planYear, DateTime createdAt, string createdBy)
    {
        RegionCode = regionCode;
        Title = title.Trim();
        DraftingUnit = draftingUnit.Trim();
        IssuingAuthority = issuingAuthority.Trim();
        BodyText = bodyText?.Trim() ?? "";
        AffectsBusiness = affectsBusiness;
        RequiresConsultation = requiresConsultation;
        PlanYear = planYear;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        Status = NormativeDocumentStatus.Planned;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>文件名称.</summary>
    public string Title { get; private set; } = "";

    /// <summary>起草单位.</summary>
    public string DraftingUnit { get; private set; } = "";

    /// <summary>制定机关 (e.g. 某某镇人民政府).</summary>
    public string IssuingAuthority { get; private set; } = "";

    /// <summary>正文 (plain text, searched on the portal).</summary>
    public string BodyText { get; private set; } = "";

    /// <summary>涉及经营者经济活动: then 公平竞争审查 is required before it is issued.</summary>
    public bool AffectsBusiness { get; private set; }

    /// <summary>涉及群众切身利益/权利义务: then 公开征求意见 is required before legality review.</summary>
    public bool RequiresConsultation { get; private set; }

    /// <summary>制定计划年度.</summary>
    public int PlanYear { get; private set; }

    public NormativeDocumentStatus Status { get; private set; }

    public Guid? ProcedureInstanceId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    /// <summary>Recorded from the ledger file rather than made through the platform's procedure.</summary>
    public bool Imported { get; private set; }

    public DateOnly? ConsultationEndedOn { get; private set; }

    public Guid? FairCompetitionReviewId { get; private set; }

    /// <summary>经公平竞争审查: the review the ledger says an imported document had before it was issued.</summary>
    public bool FairCompetitionReviewedBeforeIssue { get; private set; }

    public Guid? LegalityReviewId { get; private set; }

    /// <summary>合法性审核意见 was issued before 集体审议 (NDOC-2's numerator).</summary>
    public bool LegalityReviewedBeforeDeliberation { get; private set; }

    public string? LegalityOpinionNumber { get; private set; }

    public DateOnly? DeliberatedOn { get; private set; }

    /// <summary>审议会议 (e.g. 镇政府常务会议 2026 年第 3 次).</summary>
    public string? MeetingName { get; private set; }

    /// <summary>登记编号 (统一登记).</summary>
    public string? RegistrationNumber { get; private set; }

    /// <summary>文号 (统一编号).</summary>
    public string? DocumentNumber { get; private set; }

    public DateOnly? RegisteredOn { get; private set; }

    /// <summary>公布日期.</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>施行日期.</summary>
    public DateOnly? EffectiveOn { get; private set; }

    /// <summary>有效期至.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>原文链接 (government website or 公报).</summary>
    public string? SourceUrl { get; private set; }

    /// <summary>报送备案日期.</summary>
    public DateOnly? FiledOn { get; private set; }

    /// <summary>备案机关.</summary>
    public string? FilingAuthority { get; private set; }

    /// <summary>Filed within the filing period (NDOC-3 报备及时率); null until filed.</summary>
    public bool? FiledOnTime { get; private set; }

    /// <summary>失效日期 (expiry, repeal, amendment or declaration of invalidity).</summary>
    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>The day the 实施后评估 reminder was recorded by the validity check.</summary>
    public DateOnly? EvaluationRemindedOn { get; private set; }

    public DateOnly? LastEvaluatedOn { get; private set; }

    /// <summary>Published and not ended: 有效 on the public list.</summary>
    public bool IsValid => Status is NormativeDocumentStatus.Published or NormativeDocumentStatus.InForce;

    /// <summary>
    /// The status as of <paramref name="day"/>: a valid document whose 有效期至 has passed shows as 已失效 (read-time
    /// validity, so a list is right at every instant, before the periodic validity check records the 失效 step).
    /// </summary>
    public NormativeDocumentStatus StatusOn(DateOnly day) => IsValid && LapsedBy(day) ? NormativeDocumentStatus.Expired : Status;

    /// <summary>失效日期 as of <paramref name="day"/> (the day after 有效期至 for a lapsed one not yet flipped).</summary>
    public DateOnly? EndedOnAsOf(DateOnly day) => IsValid && LapsedBy(day) ? ValidityPeriod.LapsesOn(ExpiresOn!.Value) : EndedOn;

    private bool LapsedBy(DateOnly day) => ExpiresOn is { } expires && expires < day;

    public static NormativeDocument FromLedger(string regionCode, string title, string issuingAuthority, string? draftingUnit,
        string documentNumber, string? registrationNumber, DateOnly publishedOn, DateOnly effectiveOn, DateOnly expiresOn,
        string? sourceUrl, DateOnly? filedOn, bool? filedOnTime, bool legalityReviewed, bool affectsBusiness, bool fairCompetitionReviewed,
        DateTime createdAt, string createdBy)
    {
        var document = new NormativeDocument(regionCode, title, draftingUnit ?? issuingAuthority, issuingAuthority, null,
            affectsBusiness, false, publishedOn.Year, createdAt, createdBy)
        {
            Imported = true,
            DocumentNumber = documentNumber.Trim(),
            RegistrationNumber = string.IsNullOrWhiteSpace(registrationNumber) ? null : registrationNumber.Trim(),
            RegisteredOn = publishedOn,
            PublishedOn = publishedOn,
            EffectiveOn = effectiveOn,
            ExpiresOn = expiresOn,
            SourceUrl = string.IsNullOrWhiteSpace(sourceUrl) ? null : sourceUrl.Trim(),
            FiledOn = filedOn,
            FiledOnTime = filedOn is null ? null : filedOnTime,
            LegalityReviewedBeforeDeliberation = legalityReviewed,
            FairCompetitionReviewedBeforeIssue = fairCompetitionReviewed,
        };
        return document;
    }

    public void AttachProcedure(Guid instanceId) => ProcedureInstanceId = instanceId;

    /// <summary>Follows the procedure's state after a step.</summary>
    public void MoveTo(string state) =>
        Status = Enum.TryParse<NormativeDocumentStatus>(state, out var status)
            ? status
            : throw new InvalidOperationException($"规范性文件程序状态 {state} 无对应的文件状态");

    public void Revise(string title, string draftingUnit, string issuingAuthority, string? bodyText, bool affectsBusiness, bool requiresConsultation)
    {
        if (Status is not (NormativeDocumentStatus.Planned or NormativeDocumentStatus.Drafting))
        {
            throw new DomainRuleException("只有列入计划或起草中的文件可以修改草案信息");
        }

        Title = title.Trim();
        DraftingUnit = draftingUnit.Trim();
        IssuingAuthority = issuingAuthority.Trim();
        BodyText = bodyText?.Trim() ?? "";
        AffectsBusiness = affectsBusiness;
        RequiresConsultation = requiresConsultation;
    }

    public void EndConsultation(DateOnly on) => ConsultationEndedOn = on;

    public void SentToFairCompetitionReview(Guid reviewId) => FairCompetitionReviewId = reviewId;

    public void SentToLegalityReview(Guid reviewId) => LegalityReviewId = reviewId;

    public void LegalityOpinionReceived(string? opinionNumber)
    {
        LegalityReviewedBeforeDeliberation = true;
        LegalityOpinionNumber = opinionNumber;
    }

    public void Deliberated(DateOnly on, string meetingName)
    {
        DeliberatedOn = on;
        MeetingName = meetingName.Trim();
    }

    public void Register(string registrationNumber, string documentNumber, DateOnly on)
    {
        RegistrationNumber = registrationNumber;
        DocumentNumber = documentNumber;
        RegisteredOn = on;
    }

    public void Publish(DateOnly on, DateOnly effectiveOn, DateOnly expiresOn, string? sourceUrl)
    {
        PublishedOn = on;
        EffectiveOn = effectiveOn;
        ExpiresOn = expiresOn;
        SourceUrl = string.IsNullOrWhiteSpace(sourceUrl) ? null : sourceUrl.Trim();
    }

    public void File(DateOnly on, string authority, bool onTime)
    {
        FiledOn = on;
        FilingAuthority = authority.Trim();
        FiledOnTime = onTime;
    }

    public void End(DateOnly on, string reason)
    {
        EndedOn = on;
        EndReason = reason;
    }

    public void EvaluationReminded(DateOnly on) => EvaluationRemindedOn = on;

    public void Evaluated(DateOnly on) => LastEvaluatedOn = on;
}
