using Fazhi.Platform.Data;

namespace Fazhi.Modules.PublicConsultation.Domain;

/// <summary>审核状态 of a public comment (先审后发).</summary>
public enum CommentStatus
{
    /// <summary>待审核: received, not public.</summary>
    Pending,

    /// <summary>已通过: public on the portal and answered by the lead unit.</summary>
    Approved,

    /// <summary>已隐藏 (with reason): not public and not answered (abuse, advertising, personal data …).</summary>
    Hidden,

    /// <summary>已合并: a duplicate answered through the comment it was merged into.</summary>
    Merged,
}

/// <summary>采纳情况 of a comment.</summary>
public enum AdoptionAnswer
{
    /// <summary>采纳.</summary>
    Adopted,

    /// <summary>部分采纳 (reason required).</summary>
    PartlyAdopted,

    /// <summary>不采纳 (reason required).</summary>
    NotAdopted,
}

/// <summary>
/// 公众意见 (a public comment) on a consultation's draft, on the whole draft or on a selected passage (anchored by the
/// W3C TextQuoteSelector quote/prefix/suffix and the TextPositionSelector start/end). Stored as plain text; the optional
/// contact phone is stored encrypted only and is never shown.
/// </summary>
/// <remarks>
/// Region-tagged, not region-scoped: an anonymous member of the public writes it (the write guard would refuse an
/// anonymous writer any region), so staff reads filter explicitly by the consultation's region.
/// </remarks>
public sealed class PublicComment : IRegionTagged
{
    public const int MaxBody = 2000;
    public const int MaxQuote = 1000;
    public const int MaxContext = 64;
    public const int MaxName = 30;
    public const int MaxLabel = 50;
    public const int MaxReason = 1000;

    private PublicComment()
    {
    }

    public PublicComment(Consultation consultation, string body, string? displayName, TextAnchor? anchor, string? phoneCipher, DateTime receivedAt)
    {
        Id = Guid.CreateVersion7();
        RegionCode = consultation.RegionCode;
        ConsultationId = consultation.Id;
        Body = body;
        DisplayName = displayName;
        Quote = anchor?.Quote;
        QuotePrefix = anchor?.Prefix;
        QuoteSuffix = anchor?.Suffix;
        QuoteStart = anchor?.Start;
        QuoteEnd = anchor?.End;
        PhoneCipher = phoneCipher;
        ReceivedAt = receivedAt;
        Status = CommentStatus.Pending;
    }

    public Guid Id { get; private set; }

    public string RegionCode { get; private set; } = "";

    public Guid ConsultationId { get; private set; }

    public string Body { get; private set; } = "";

    /// <summary>署名 the commenter chose to show (optional; "网友" when empty).</summary>
    public string? DisplayName { get; private set; }

    public string? Quote { get; private set; }

    public string? QuotePrefix { get; private set; }

    public string? QuoteSuffix { get; private set; }

    public int? QuoteStart { get; private set; }

    public int? QuoteEnd { get; private set; }

    /// <summary>联系电话, SM4-GCM ciphertext (Platform/Crypto); never decrypted for display.</summary>
    public string? PhoneCipher { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public CommentStatus Status { get; private set; }

    public string? ModeratedBy { get; private set; }

    public DateTime? ModeratedAt { get; private set; }

    public string? HiddenReason { get; private set; }

    public Guid? MergedIntoId { get; private set; }

    /// <summary>归类 (topic/group label the lead unit gives).</summary>
    public string? GroupLabel { get; private set; }

    public AdoptionAnswer? Answer { get; private set; }

    public string? AnswerReason { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTime? AnsweredAt { get; private set; }

    public TextAnchor? Anchor => Quote is null ? null : new TextAnchor(Quote, QuotePrefix ?? "", QuoteSuffix ?? "", QuoteStart ?? 0, QuoteEnd ?? 0);

    public bool HasPhone => PhoneCipher is not null;

    /// <summary>Awaits moderation or an answer: what keeps the consultation from being done.</summary>
    public bool IsUnanswered => Status == CommentStatus.Pending || (Status == CommentStatus.Approved && Answer is null);

    public void Approve(string actor, DateTime at) => Moderate(CommentStatus.Approved, actor, at, null, null);

    public void Hide(string reason, string actor, DateTime at) => Moderate(CommentStatus.Hidden, actor, at, reason, null);

    public void MergeInto(Guid target, string actor, DateTime at) => Moderate(CommentStatus.Merged, actor, at, null, target);

    public void Group(string? label) => GroupLabel = label;

    public void AnswerWith(AdoptionAnswer answer, string? reason, string actor, DateTime at)
    {
        Answer = answer;
        AnswerReason = reason;
        AnsweredBy = actor;
        AnsweredAt = at;
    }

    private void Moderate(CommentStatus status, string actor, DateTime at, string? reason, Guid? mergedInto)
    {
        Status = status;
        ModeratedBy = actor;
        ModeratedAt = at;
        HiddenReason = reason;
        MergedIntoId = mergedInto;
        if (status != CommentStatus.Approved)
        {
            Answer = null;
            AnswerReason = null;
        }
    }
}

/// <summary>
/// 引用的原文段落: W3C Web Annotation TextQuoteSelector (exact + prefix + suffix) and TextPositionSelector (start/end
/// character offsets in the draft text), so the anchor is found again after the draft is re-rendered.
/// </summary>
public sealed record TextAnchor(string Quote, string Prefix, string Suffix, int Start, int End);
