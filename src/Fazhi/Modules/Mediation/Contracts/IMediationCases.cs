using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Mediation.Contracts;

/// <summary>A party handed over with a dispute: the ID number and phone stay ciphertext (with their masked forms).</summary>
public sealed record ReferredParty(string Name, string Role, string? IdNumberCipher, string? IdNumberMasked, string? PhoneCipher, string? PhoneMasked);

/// <summary>
/// A screened dispute routed into people's mediation: its record (number, facts, parties) and its clock (registration
/// date and the deadline set when it was assigned) come across, so the mediation case continues one citizen's history.
/// </summary>
public sealed record MediationReferral(
    string RegionCode, Guid DisputeId, string DisputeNumber, string Matter, string Facts, string DisputeType,
    DateOnly RegisteredOn, DateOnly? DisputeDueOn, DateOnly On, IReadOnlyList<ReferredParty> Parties);

/// <summary>One step of a mediation case, for the dispute's timeline.</summary>
public sealed record MediationStepLine(DateOnly On, string Action, string ActorName, string? Note);

/// <summary>What another module may know of a mediation case.</summary>
public sealed record MediationCaseStatus(
    Guid Id, string Number, string State, string StateName, bool Concluded, bool Agreed, DateOnly? AcceptedOn, DateOnly? ConcludedOn,
    IReadOnlyList<MediationStepLine> Steps);

/// <summary>人民调解 as seen by the dispute-screening module.</summary>
public interface IMediationCases
{
    /// <summary>Opens a mediation case from a dispute (source 纠纷排查转入) in the caller's unit of work; the caller saves.</summary>
    Task<MediationCaseStatus> ReferAsync(MediationReferral referral, ProcedureActor actor, CancellationToken ct);

    Task<MediationCaseStatus?> StatusAsync(Guid caseId, CancellationToken ct);
}
