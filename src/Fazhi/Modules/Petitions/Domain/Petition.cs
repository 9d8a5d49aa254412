using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.Petitions.Domain;

/// <summary>信访渠道 (条例第十七条).</summary>
public enum PetitionChannel
{
    [Display(Name = "来信")] Letter,
    [Display(Name = "来访")] Visit,
    [Display(Name = "来电")] Phone,
    [Display(Name = "网上信访")] Online,
    [Display(Name = "传真")] Fax,
}

/// <summary>信访事项类别 (条例第二十九条至第三十一条).</summary>
public enum PetitionCategory
{
    [Display(Name = "建议意见类")] Suggestion,
    [Display(Name = "检举控告类")] Accusation,
    [Display(Name = "申诉求决类")] Grievance,
}

/// <summary>处理意见 (条例第三十二条).</summary>
public enum PetitionOutcome
{
    [Display(Name = "支持")] Support,
    [Display(Name = "解释说明")] Explain,
    [Display(Name = "不予支持")] NotSupport,
}

/// <summary>信访人满意度评价.</summary>
public enum SatisfactionRating
{
    [Display(Name = "满意")] Satisfied,
    [Display(Name = "基本满意")] BasicallySatisfied,
    [Display(Name = "不满意")] Unsatisfied,
}

/// <summary>
/// 信访事项 (one petition from registration through 办理, 复查 and 复核). The path between states is
/// <see cref="PetitionProcedure"/>; this aggregate keeps the facts each step produced. The petitioner's ID number and
/// phone are stored only as SM4 ciphertext plus a keyed SM3 blind index (to find repeat petitions); free text is stored
/// with any ID or phone number in it masked.
/// </summary>
public sealed class Petition : IRegionScoped
{
    public const int MaxText = 20_000;
    public const int MaxRepresentatives = 5;
    public const int GroupVisitThreshold = 5;

    private Petition()
    {
    }

    public Petition(string regionCode, string number, PetitionChannel channel, DateOnly receivedOn, string petitionerName, string? idNumberCipher,
        string? idNumberIndex, string? phoneCipher, string? phoneIndex, string? address, int visitors, int representatives, string matter, string content,
        string createdBy, DateTime createdAt)
    {
        RegionCode = regionCode;
        Number = number;
        Channel = channel;
        ReceivedOn = receivedOn;
        PetitionerName = petitionerName;
        IdNumberCipher = idNumberCipher;
        IdNumberIndex = idNumberIndex;
        PhoneCipher = phoneCipher;
        PhoneIndex = phoneIndex;
        Address = address;
        Visitors = visitors;
        Representatives = representatives;
        Matter = matter;
        Content = content;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        State = PetitionProcedure.Received;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>信访件编号.</summary>
    public string Number { get; private set; } = "";

    public PetitionChannel Channel { get; private set; }

    /// <summary>收到（来访）日期.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public string PetitionerName { get; private set; } = "";

    public string? IdNumberCipher { get; private set; }

    public string? IdNumberIndex { get; private set; }

    public string? PhoneCipher { get; private set; }

    public string? PhoneIndex { get; private set; }

    public string? Address { get; private set; }

    /// <summary>来访人数 (1 for one person; ≥5 makes a 集体访).</summary>
    public int Visitors { get; private set; } = 1;

    /// <summary>集体访推选的代表人数 (≤5, 条例第二十条).</summary>
    public int Representatives { get; private set; }

    public bool IsGroupVisit => Channel == PetitionChannel.Visit && Visitors >= GroupVisitThreshold;

    /// <summary>信访事项（事由）.</summary>
    public string Matter { get; private set; } = "";

    /// <summary>诉求内容 (ID and phone numbers masked).</summary>
    public string Content { get; private set; } = "";

    public string State { get; private set; } = "";

    public Guid? ProcedureInstanceId { get; private set; }

    /// <summary>重复信访: an earlier petition of the same petitioner on the same matter was accepted.</summary>
    public bool IsRepeat { get; private set; }

    public Guid? RepeatOfId { get; private set; }

    public string? RepeatOfNumber { get; private set; }

    /// <summary>The earlier petition on the same matter has passed 复核: this one is not accepted again (条例第三十六条).</summary>
    public bool PriorFinal { get; private set; }

    public DateOnly AcknowledgeDue { get; private set; }

    public PetitionCategory? Category { get; private set; }

    /// <summary>申诉求决类 that fits none of the statutory channels (条例第三十一条第六项): handled on the 信访 track.</summary>
    public bool Residual { get; private set; }

    public string? HandlingUnit { get; private set; }

    public DateOnly? AcknowledgedOn { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>告知通过诉讼、仲裁、复议等法定途径办理的日期.</summary>
    public DateOnly? RoutedOn { get; private set; }

    public string? StatutoryChannel { get; private set; }

    public DateOnly? DeclinedOn { get; private set; }

    public DateOnly? HandleDue { get; private set; }

    public int ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public string? OpinionNumber { get; private set; }

    public PetitionOutcome? Outcome { get; private set; }

    /// <summary>查明的事实.</summary>
    public string? Facts { get; private set; }

    /// <summary>处理意见.</summary>
    public string? Opinion { get; private set; }

    /// <summary>处理依据.</summary>
    public string? OpinionBasis { get; private set; }

    public DateOnly? ReviewRequestDue { get; private set; }

    public DateOnly? ReviewRequestedOn { get; private set; }

    public DateOnly? ReviewDue { get; private set; }

    public DateOnly? ReviewedOn { get; private set; }

    public PetitionOutcome? ReviewOutcome { get; private set; }

    public string? ReviewOpinion { get; private set; }

    public DateOnly? RecheckRequestDue { get; private set; }

    public DateOnly? RecheckRequestedOn { get; private set; }

    public DateOnly? RecheckDue { get; private set; }

    public DateOnly? RecheckedOn { get; private set; }

    public PetitionOutcome? RecheckOutcome { get; private set; }

    public string? RecheckOpinion { get; private set; }

    public SatisfactionRating? Rating { get; private set; }

    public DateOnly? RatedOn { get; private set; }

    /// <summary>包案领导.</summary>
    public string? BaoAnLeader { get; private set; }

    /// <summary>一人一策：化解方案.</summary>
    public string? BaoAnPlan { get; private set; }

    /// <summary>一专班：工作专班成员.</summary>
    public string? BaoAnTeam { get; private set; }

    public DateOnly? BaoAnAssignedOn { get; private set; }

    public DateOnly? BaoAnResolvedOn { get; private set; }

    public Guid? CampaignId { get; private set; }

    public DateOnly? CampaignAddedOn { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>办结 (concluded): a 处理意见书 was issued; 复查/复核 may follow.</summary>
    public bool IsConcluded => AnsweredOn is not null;

    /// <summary>Blind-index purposes, so an ID number and a phone never share an index.</summary>
    public const string IdNumberPurpose = "petitions.id_number";
    public const string PhonePurpose = "petitions.phone";

    public void AssignNumber(string number) => Number = number;

    public void AttachProcedure(Guid instanceId) => ProcedureInstanceId = instanceId;

    public void MarkRepeat(Petition prior)
    {
        IsRepeat = true;
        RepeatOfId = prior.Id;
        RepeatOfNumber = prior.Number;
        PriorFinal = prior.State == PetitionProcedure.Final;
    }

    public void Registered(DateOnly acknowledgeDue) => AcknowledgeDue = acknowledgeDue;

    public void Classify(PetitionCategory category, bool residual, string? handlingUnit)
    {
        Category = category;
        Residual = category == PetitionCategory.Grievance && residual;
        HandlingUnit = string.IsNullOrWhiteSpace(handlingUnit) ? HandlingUnit : handlingUnit.Trim();
    }

    public void Accept(DateOnly on, DateOnly handleDue)
    {
        AcknowledgedOn = on;
        AcceptedOn = on;
        HandleDue = handleDue;
    }

    public void RouteToStatutoryChannel(DateOnly on, string channel)
    {
        AcknowledgedOn = on;
        RoutedOn = on;
        StatutoryChannel = channel;
    }

    public void Decline(DateOnly on)
    {
        AcknowledgedOn = on;
        DeclinedOn = on;
    }

    public void Extend(int days, string reason, DateOnly handleDue)
    {
        ExtensionDays += days;
        ExtensionReason = reason;
        HandleDue = handleDue;
    }

    public void Answer(DateOnly on, string opinionNumber, PetitionOutcome outcome, string facts, string opinion, string basis, DateOnly reviewRequestDue)
    {
        AnsweredOn = on;
        OpinionNumber = opinionNumber;
        Outcome = outcome;
        Facts = facts;
        Opinion = opinion;
        OpinionBasis = basis;
        ReviewRequestDue = reviewRequestDue;
    }

    public void RequestReview(DateOnly on, DateOnly due)
    {
        ReviewRequestedOn = on;
        ReviewDue = due;
    }

    public void AnswerReview(DateOnly on, PetitionOutcome outcome, string opinion, DateOnly recheckRequestDue)
    {
        ReviewedOn = on;
        ReviewOutcome = outcome;
        ReviewOpinion = opinion;
        RecheckRequestDue = recheckRequestDue;
    }

    public void RequestRecheck(DateOnly on, DateOnly due)
    {
        RecheckRequestedOn = on;
        RecheckDue = due;
    }

    public void MoveRecheckDue(DateOnly due) => RecheckDue = due;

    public void AnswerRecheck(DateOnly on, PetitionOutcome outcome, string opinion)
    {
        RecheckedOn = on;
        RecheckOutcome = outcome;
        RecheckOpinion = opinion;
    }

    public void MoveTo(string state) => State = state;

    public void Rate(SatisfactionRating rating, DateOnly on)
    {
        Rating = rating;
        RatedOn = on;
    }

    public void AssignBaoAn(string leader, string plan, string team, DateOnly on)
    {
        BaoAnLeader = leader;
        BaoAnPlan = plan;
        BaoAnTeam = team;
        BaoAnAssignedOn ??= on;
    }

    public void ResolveBaoAn(DateOnly on) => BaoAnResolvedOn = on;

    public void JoinCampaign(Guid campaignId, DateOnly on)
    {
        CampaignId = campaignId;
        CampaignAddedOn = on;
    }
}

/// <summary>专项攻坚批次 (a campaign list such as 百日攻坚): petitions tracked as one set.</summary>
public sealed class PetitionCampaign : IRegionScoped
{
    private PetitionCampaign()
    {
    }

    public PetitionCampaign(string regionCode, string name, DateOnly startsOn, DateOnly endsOn, string createdBy)
    {
        RegionCode = regionCode;
        Name = name;
        StartsOn = startsOn;
        EndsOn = endsOn;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public string CreatedBy { get; private set; } = "";
}

/// <summary>
/// 个人信息查看记录: each time a user reveals a petitioner's full ID number or phone. The row names the field, never the
/// value; its insert is the audited act (the audit interceptor chains it).
/// </summary>
public sealed class PersonalDataReveal : IRegionScoped
{
    private PersonalDataReveal()
    {
    }

    public PersonalDataReveal(Petition petition, string field, string reason, string actor, DateTime at)
    {
        RegionCode = petition.RegionCode;
        PetitionId = petition.Id;
        Field = field;
        Reason = reason;
        Actor = actor;
        At = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid PetitionId { get; private set; }

    /// <summary>id_number | phone.</summary>
    public string Field { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string Actor { get; private set; } = "";

    public DateTime At { get; private set; }
}
