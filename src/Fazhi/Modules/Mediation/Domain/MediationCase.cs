using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.Mediation.Domain;

/// <summary>调解案件来源.</summary>
public enum CaseSource
{
    [Display(Name = "当事人申请")] Application,
    [Display(Name = "主动调解")] Proactive,
    [Display(Name = "人民法院委派")] Court,
    [Display(Name = "公安机关移送")] Police,
    [Display(Name = "12345热线转办")] Hotline,
    [Display(Name = "矛盾纠纷排查转入")] Screening,
}

/// <summary>调解协议形式.</summary>
public enum AgreementForm
{
    [Display(Name = "书面调解协议书")] Written,
    [Display(Name = "口头协议")] Oral,
}

/// <summary>协议履行情况.</summary>
public enum Performance
{
    [Display(Name = "全部履行")] Full,
    [Display(Name = "部分履行")] Partial,
    [Display(Name = "未履行")] None,
}

/// <summary>
/// 人民调解案件 (law.md §10): from application, proactive mediation or referral, through acceptance, assignment and
/// mediation sessions to a written or oral agreement or a failure, then the optional judicial confirmation, performance
/// monitoring and archiving. <see cref="State"/> mirrors the procedure's state.
/// </summary>
public sealed class MediationCase : IRegionScoped
{
    public const int MaxText = 4000;
    public const int MaxShort = 200;

    private MediationCase()
    {
    }

    public MediationCase(string regionCode, string number, Guid committeeId, CaseSource source, string matter, string facts, string disputeType,
        DateOnly appliedOn, string? referredBy, string createdBy, DateTime createdAt)
    {
        RegionCode = regionCode;
        Number = number;
        CommitteeId = committeeId;
        Source = source;
        Matter = matter;
        Facts = facts;
        DisputeType = disputeType;
        AppliedOn = appliedOn;
        ReferredBy = referredBy;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        State = MediationProcedure.Applied;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>调解案号.</summary>
    public string Number { get; private set; } = "";

    public Guid CommitteeId { get; private set; }

    public CaseSource Source { get; private set; }

    /// <summary>纠纷事项.</summary>
    public string Matter { get; private set; } = "";

    /// <summary>纠纷主要事实、争议事项 (第二十九条第二项).</summary>
    public string Facts { get; private set; } = "";

    public string DisputeType { get; private set; } = "";

    /// <summary>委派或移送单位 (法院、派出所、12345), for referred cases (第十八条).</summary>
    public string? ReferredBy { get; private set; }

    /// <summary>The screened dispute this case continues (one citizen issue, one history).</summary>
    public Guid? DisputeId { get; private set; }

    public string? DisputeNumber { get; private set; }

    public DateOnly? DisputeRegisteredOn { get; private set; }

    /// <summary>The deadline the dispute was assigned with: its clock continues here.</summary>
    public DateOnly? DisputeDueOn { get; private set; }

    public string State { get; private set; } = "";

    public Guid? ProcedureInstanceId { get; private set; }

    public DateOnly AppliedOn { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>当事人明确拒绝调解 (第十七条): the case ends before it starts.</summary>
    public DateOnly? RefusedOn { get; private set; }

    public string? RefusingParty { get; private set; }

    /// <summary>调解员 (names; 第十九条).</summary>
    public string? Mediators { get; private set; }

    public DateOnly? AssignedOn { get; private set; }

    public AgreementForm? AgreementForm { get; private set; }

    public DateOnly? AgreedOn { get; private set; }

    /// <summary>协议生效日: a written agreement when all parties and the mediator have signed and the seal is affixed; an oral one on agreement.</summary>
    public DateOnly? AgreementEffectiveOn { get; private set; }

    /// <summary>当事人的权利义务 (第二十九条第三项) / the oral agreement's content.</summary>
    public string? Obligations { get; private set; }

    /// <summary>履行协议的方式、期限 (第二十九条第四项).</summary>
    public string? PerformanceTerms { get; private set; }

    /// <summary>协议涉及金额 in 分.</summary>
    public long AmountFen { get; private set; }

    public DateOnly? FailedOn { get; private set; }

    public string? FailureReason { get; private set; }

    /// <summary>告知的其他途径 (仲裁、行政、司法, 第二十六条).</summary>
    public string? RoutesExplained { get; private set; }

    public DateOnly? ConfirmationAppliedOn { get; private set; }

    public string? ConfirmationCourt { get; private set; }

    public DateOnly? ConfirmationDecidedOn { get; private set; }

    public bool? Confirmed { get; private set; }

    public Performance? Performance { get; private set; }

    public DateOnly? PerformanceCheckedOn { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public bool Concluded => AgreedOn is not null || FailedOn is not null || RefusedOn is not null;

    public void AttachProcedure(Guid instanceId) => ProcedureInstanceId = instanceId;

    public void MoveTo(string state) => State = state;

    public void FromDispute(Guid disputeId, string number, DateOnly registeredOn, DateOnly? dueOn)
    {
        DisputeId = disputeId;
        DisputeNumber = number;
        DisputeRegisteredOn = registeredOn;
        DisputeDueOn = dueOn;
    }

    public void Accept(DateOnly on) => AcceptedOn = on;

    public void Refuse(DateOnly on, string party)
    {
        RefusedOn = on;
        RefusingParty = party;
    }

    public void Assign(DateOnly on, string mediators)
    {
        AssignedOn = on;
        Mediators = mediators;
    }

    public void Agree(DateOnly on, AgreementForm form, string obligations, string? terms, long amountFen)
    {
        AgreedOn = on;
        AgreementEffectiveOn = on;
        AgreementForm = form;
        Obligations = obligations;
        PerformanceTerms = terms;
        AmountFen = amountFen;
    }

    public void Fail(DateOnly on, string reason, string routes)
    {
        FailedOn = on;
        FailureReason = reason;
        RoutesExplained = routes;
    }

    public void ApplyForConfirmation(DateOnly on, string court)
    {
        ConfirmationAppliedOn = on;
        ConfirmationCourt = court;
    }

    public void ConfirmationDecided(DateOnly on, bool confirmed)
    {
        ConfirmationDecidedOn = on;
        Confirmed = confirmed;
    }

    public void PerformanceChecked(DateOnly on, Performance performance)
    {
        PerformanceCheckedOn = on;
        Performance = performance;
    }

    public void Archive(DateOnly on) => ArchivedOn = on;
}

/// <summary>调解当事人: the ID number and phone only as SM4 ciphertext and masked text.</summary>
public sealed class MediationParty : IRegionScoped
{
    private MediationParty()
    {
    }

    public MediationParty(MediationCase mediationCase, int order, string name, string role, string? idNumberCipher, string? idNumberMasked, string? phoneCipher, string? phoneMasked)
    {
        CaseId = mediationCase.Id;
        RegionCode = mediationCase.RegionCode;
        Order = order;
        Name = name;
        Role = role;
        IdNumberCipher = idNumberCipher;
        IdNumberMasked = idNumberMasked;
        PhoneCipher = phoneCipher;
        PhoneMasked = phoneMasked;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CaseId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    public string Role { get; private set; } = "";

    public string? IdNumberCipher { get; private set; }

    public string? IdNumberMasked { get; private set; }

    public string? PhoneCipher { get; private set; }

    public string? PhoneMasked { get; private set; }
}

/// <summary>调解记录 (one session, 第二十七条).</summary>
public sealed class MediationSession : IRegionScoped
{
    private MediationSession()
    {
    }

    public MediationSession(MediationCase mediationCase, DateOnly heldOn, string place, string participants, string record, string recordedBy)
    {
        CaseId = mediationCase.Id;
        RegionCode = mediationCase.RegionCode;
        HeldOn = heldOn;
        Place = place;
        Participants = participants;
        Record = record;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CaseId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public string Place { get; private set; } = "";

    public string Participants { get; private set; } = "";

    public string Record { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";
}
