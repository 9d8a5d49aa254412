namespace Fazhi.Modules.Mediation.Cases;

/// <summary>Body of <c>POST /api/mediation/cases</c>: a case from an application, proactive mediation or a referral.</summary>
public sealed record OpenCaseInput
{
    public Guid? CommitteeId { get; init; }

    /// <summary>Application / Proactive / Court / Police / Hotline (or the Chinese names).</summary>
    public string? Source { get; init; }

    public string? Matter { get; init; }

    public string? Facts { get; init; }

    public string? DisputeType { get; init; }

    /// <summary>委派或移送单位 (required for 法院、公安、12345).</summary>
    public string? ReferredBy { get; init; }

    /// <summary>申请（或发现、委派）日期.</summary>
    public DateOnly? On { get; init; }

    public IReadOnlyList<PartyInput>? Parties { get; init; }
}

/// <summary>What a step may carry besides its date and note.</summary>
public sealed record CaseActionInput
{
    public DateOnly? On { get; init; }

    public string? Note { get; init; }

    /// <summary>拒绝调解的当事人.</summary>
    public string? RefusingParty { get; init; }

    /// <summary>指定调解员 (names, 、-separated).</summary>
    public string? Mediators { get; init; }

    /// <summary>调解记录.</summary>
    public string? SessionPlace { get; init; }

    public string? SessionParticipants { get; init; }

    public string? SessionRecord { get; init; }

    /// <summary>协议: Written / Oral.</summary>
    public string? AgreementForm { get; init; }

    /// <summary>当事人的权利义务 (or the oral agreement's content).</summary>
    public string? Obligations { get; init; }

    /// <summary>履行协议的方式、期限.</summary>
    public string? PerformanceTerms { get; init; }

    /// <summary>协议涉及金额 (元, two decimals at most).</summary>
    public decimal? AmountYuan { get; init; }

    public bool PartiesSigned { get; init; }

    public bool MediatorSigned { get; init; }

    public bool Sealed { get; init; }

    /// <summary>调解不成: reason and the routes explained to the parties.</summary>
    public string? FailureReason { get; init; }

    public string? RoutesExplained { get; init; }

    /// <summary>司法确认: the court, joint application, result.</summary>
    public string? Court { get; init; }

    public bool JointApplication { get; init; }

    public bool? Confirmed { get; init; }

    /// <summary>履行情况: Full / Partial / None.</summary>
    public string? Performance { get; init; }
}
