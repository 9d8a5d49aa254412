using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Petitions.Cases;

public sealed record StepLine(int Sequence, DateOnly On, string Action, string From, string To, string ActorName, string? Note);

public sealed record ClockLine(string Name, string Status, DateOnly StartedOn, DateOnly DueDate, DateOnly? StoppedOn, string LegalBasis, IReadOnlyList<string> Explanation);

/// <summary>
/// 信访事项详情 as every page and API response shows it: the petitioner's ID number, phone, name and address masked (the
/// full values only through <see cref="RevealPersonalData"/>).
/// </summary>
public sealed record PetitionView(
    Guid Id, string Number, string Channel, bool IsGroupVisit, int Visitors, int Representatives, DateOnly ReceivedOn,
    string PetitionerName, string? IdNumber, string? Phone, string? Address, string Matter, string Content, string State, string StateName,
    bool IsRepeat, Guid? RepeatOfId, string? RepeatOfNumber, bool PriorFinal, string? Category, bool Residual, string? HandlingUnit,
    DateOnly AcknowledgeDue, DateOnly? AcknowledgedOn, DateOnly? AcceptedOn, DateOnly? RoutedOn, string? StatutoryChannel, DateOnly? DeclinedOn,
    DateOnly? HandleDue, int ExtensionDays, string? ExtensionReason, DateOnly? AnsweredOn, string? OpinionNumber, string? Outcome, string? Facts,
    string? Opinion, string? OpinionBasis, DateOnly? ReviewRequestDue, DateOnly? ReviewRequestedOn, DateOnly? ReviewDue, DateOnly? ReviewedOn,
    string? ReviewOutcome, string? ReviewOpinion, DateOnly? RecheckRequestDue, DateOnly? RecheckRequestedOn, DateOnly? RecheckDue,
    DateOnly? RecheckedOn, string? RecheckOutcome, string? RecheckOpinion, string? Rating, DateOnly? RatedOn, string? BaoAnLeader,
    string? BaoAnPlan, string? BaoAnTeam, DateOnly? BaoAnAssignedOn, DateOnly? BaoAnResolvedOn, Guid? CampaignId, string? CampaignName,
    IReadOnlyList<StepLine> Timeline, IReadOnlyList<ClockLine> Clocks, IReadOnlyList<OfferedAction> Actions, int Reveals);

public sealed class PetitionDetails(AppDbContext db, AdvancePetition advance, IFieldProtector protector)
{
    public async Task<PetitionView> ExecuteAsync(Guid id, ProcedureActor actor, CancellationToken ct)
    {
        var p = await db.Set<Petition>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("没有该信访事项");
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == p.ProcedureInstanceId).OrderBy(s => s.Sequence).ToListAsync(ct);
        var clocks = await db.Set<Clock>().AsNoTracking().Where(c => c.InstanceId == p.ProcedureInstanceId).OrderBy(c => c.StartedOn).ThenBy(c => c.Id).ToListAsync(ct);
        var campaign = p.CampaignId is { } cid ? await db.Set<PetitionCampaign>().AsNoTracking().Where(c => c.Id == cid).Select(c => c.Name).FirstOrDefaultAsync(ct) : null;
        var reveals = await db.Set<PersonalDataReveal>().AsNoTracking().CountAsync(r => r.PetitionId == id, ct);
        return new PetitionView(p.Id, p.Number, Names.Of(p.Channel), p.IsGroupVisit, p.Visitors, p.Representatives, p.ReceivedOn,
            Masking.PersonName(p.PetitionerName), MaskedIdNumber(protector, p), MaskedPhone(protector, p),
            Masking.Address(p.Address), p.Matter, p.Content, p.State, PetitionProcedure.NameOf(p.State), p.IsRepeat, p.RepeatOfId, p.RepeatOfNumber, p.PriorFinal,
            Names.Of(p.Category), p.Residual, p.HandlingUnit, p.AcknowledgeDue, p.AcknowledgedOn, p.AcceptedOn, p.RoutedOn, p.StatutoryChannel, p.DeclinedOn,
            p.HandleDue, p.ExtensionDays, p.ExtensionReason, p.AnsweredOn, p.OpinionNumber, Names.Of(p.Outcome), p.Facts, p.Opinion, p.OpinionBasis,
            p.ReviewRequestDue, p.ReviewRequestedOn, p.ReviewDue, p.ReviewedOn, Names.Of(p.ReviewOutcome), p.ReviewOpinion, p.RecheckRequestDue,
            p.RecheckRequestedOn, p.RecheckDue, p.RecheckedOn, Names.Of(p.RecheckOutcome), p.RecheckOpinion, Names.Of(p.Rating), p.RatedOn,
            p.BaoAnLeader, p.BaoAnPlan, p.BaoAnTeam, p.BaoAnAssignedOn, p.BaoAnResolvedOn, p.CampaignId, campaign,
            steps.Select(s => new StepLine(s.Sequence, s.On, s.ActionName, PetitionProcedure.NameOf(s.FromState), PetitionProcedure.NameOf(s.ToState), s.ActorName, s.Note)).ToList(),
            clocks.Select(c => new ClockLine(c.Name, Names.Of(c.Status), c.StartedOn, c.DueDate, c.StoppedOn, c.LegalBasis, c.Explanation)).ToList(),
            advance.Offered(p, actor), reveals);
    }

    /// <summary>441900********123X: decrypted only to be masked at once; the full number only through a recorded reveal.</summary>
    public static string? MaskedIdNumber(IFieldProtector protector, Petition p) =>
        p.IdNumberCipher is { } c ? Masking.IdNumber(protector.Unprotect(c)) : null;

    public static string? MaskedPhone(IFieldProtector protector, Petition p) =>
        p.PhoneCipher is { } c ? Masking.Mobile(protector.Unprotect(c)) : null;
}
