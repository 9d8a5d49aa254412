using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.DataSharing.Domain;

/// <summary>共享申请的状态.</summary>
public enum SharingStatus
{
    [Display(Name = "待审批")] Pending,
    [Display(Name = "已同意")] Approved,
    [Display(Name = "不予同意")] Rejected,
    [Display(Name = "已停止共享")] Revoked,
}

/// <summary>
/// 数据共享申请: another department asks to use a resource of the catalogue for a stated purpose, basis and period. The
/// providing side answers within the reply period (working days, a setting); an approval issues a 共享令牌 scoped to this
/// one resource and region and valid until the period ends — the consumer reads through it, each read is logged, and the
/// token can be revoked. The secret is shown once; only its SHA-256 is kept.
/// </summary>
public sealed class SharingRequest : IRegionScoped
{
    public const string TokenPrefix = "fzs_";

    private SharingRequest()
    {
    }

    public SharingRequest(string regionCode, Guid resourceId, string applicant, string contact, string purpose, string basis, DateOnly usableFrom,
        DateOnly usableTo, DateOnly receivedOn, DateOnly replyDue, string recordedBy)
    {
        RegionCode = regionCode;
        ResourceId = resourceId;
        Applicant = applicant;
        Contact = contact;
        Purpose = purpose;
        Basis = basis;
        UsableFrom = usableFrom;
        UsableTo = usableTo;
        ReceivedOn = receivedOn;
        ReplyDue = replyDue;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid ResourceId { get; private set; }

    /// <summary>申请单位 (使用部门).</summary>
    public string Applicant { get; private set; } = "";

    /// <summary>经办人 (name only: no phone is kept).</summary>
    public string Contact { get; private set; } = "";

    /// <summary>使用用途和应用场景.</summary>
    public string Purpose { get; private set; } = "";

    /// <summary>共享依据 (the duty that needs the data).</summary>
    public string Basis { get; private set; } = "";

    public DateOnly UsableFrom { get; private set; }

    public DateOnly UsableTo { get; private set; }

    /// <summary>收到申请日期.</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>答复期限 (ReceivedOn + the reply period in working days).</summary>
    public DateOnly ReplyDue { get; private set; }

    public SharingStatus Status { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>审批意见 (required when refusing: the reason and its basis).</summary>
    public string? Opinion { get; private set; }

    public string? TokenHash { get; private set; }

    /// <summary>The first characters of the token, to recognise it in lists (never the secret).</summary>
    public string? TokenHint { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public bool RepliedLate => DecidedOn is { } on ? on > ReplyDue : false;

    /// <summary>同意: returns the token secret (shown once).</summary>
    public string Approve(DateOnly on, string by, string? opinion)
    {
        EnsurePending(on);
        Status = SharingStatus.Approved;
        Decide(on, by, opinion);
        var secret = TokenSecrets.New(TokenPrefix);
        TokenHash = Hash(secret);
        TokenHint = secret[..10];
        return secret;
    }

    /// <summary>不予同意, with the reason.</summary>
    public void Reject(DateOnly on, string by, string? opinion)
    {
        EnsurePending(on);
        if (string.IsNullOrWhiteSpace(opinion))
        {
            throw new FieldValidationException("opinion", "不予同意的，应当说明理由");
        }

        Status = SharingStatus.Rejected;
        Decide(on, by, opinion);
    }

    /// <summary>停止共享: the token stops working at once.</summary>
    public void Revoke(DateOnly on, string reason)
    {
        if (Status != SharingStatus.Approved)
        {
            throw new DomainRuleException("只有已同意的共享才能停止");
        }

        if (on < DecidedOn)
        {
            throw new FieldValidationException("on", "停止共享日期不能早于同意日期");
        }

        Status = SharingStatus.Revoked;
        RevokedOn = on;
        Opinion = string.IsNullOrWhiteSpace(reason) ? Opinion : $"{Opinion}；停止共享：{reason.Trim()}".TrimStart('；');
    }

    /// <summary>Whether the token may read on <paramref name="day"/>.</summary>
    public bool Usable(DateOnly day) => Status == SharingStatus.Approved && day >= UsableFrom && day <= UsableTo;

    public static string Hash(string secret) => TokenSecrets.Hash(secret);

    private void EnsurePending(DateOnly on)
    {
        if (Status != SharingStatus.Pending)
        {
            throw new DomainRuleException("该申请已经审批，不能重复审批");
        }

        if (on < ReceivedOn)
        {
            throw new FieldValidationException("decidedOn", "审批日期不能早于收到申请日期");
        }
    }

    private void Decide(DateOnly on, string by, string? opinion)
    {
        DecidedOn = on;
        DecidedBy = by;
        Opinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
    }
}

/// <summary>共享调用记录: one read through a 共享令牌 (what, when, for which year, how many figures).</summary>
public sealed class SharingAccess : IRegionScoped
{
    private SharingAccess()
    {
    }

    public SharingAccess(SharingRequest request, DateTime at, int year, int figures)
    {
        RegionCode = request.RegionCode;
        RequestId = request.Id;
        At = at;
        Year = year;
        Figures = figures;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid RequestId { get; private set; }

    public DateTime At { get; private set; }

    public int Year { get; private set; }

    public int Figures { get; private set; }
}
