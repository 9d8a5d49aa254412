using Fazhi.Modules.Litigation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Litigation.Domain.LitigationProcedure;

namespace Fazhi.Modules.Litigation.Cases;

public sealed record StepLine(int Sequence, DateOnly On, string Action, string From, string To, string ActorName, string? Note);

public sealed record ClockLine(string RuleKey, string Name, string Status, DateOnly StartedOn, DateOnly DueDate, DateOnly? StoppedOn, string LegalBasis, IReadOnlyList<string> Explanation);

public sealed record HearingLine(Guid Id, DateOnly HeldOn, int Instance, bool LeaderAppeared, string? LeaderName, string? LeaderRank, bool LeaderSpoke,
    string? DelegateName, string? Excuse, string? ExcuseNote);

/// <summary>案件详情: facts, clocks with how each due date was computed, the timeline, hearings, court documents and the actions on offer.</summary>
public sealed record SuitView(
    Guid Id, string CourtCaseNumber, string Court, string Plaintiff, string ChallengedAct, string? ChallengedCaseNumber, DateOnly? FiledOn, DateOnly ServedOn,
    bool MandatoryAppearance, int Instance, string State, string StateName, DateOnly? DefenceDueOn, DateOnly? DefendedOn, bool? EvidenceLate, string? LateEvidenceWarning,
    string? FirstInstanceOutcome, DateOnly? FirstInstanceOn, DateOnly? AppealedOn, string? AppealOutcome, DateOnly? AppealDecidedOn, string? Outcome, bool Lost,
    DateOnly? EffectiveOn, DateOnly? ClosedOn, string? ComplianceNote,
    IReadOnlyList<ClockLine> Clocks, IReadOnlyList<StepLine> Timeline, IReadOnlyList<HearingLine> Hearings,
    IReadOnlyList<AttachmentInfo> Attachments, IReadOnlyList<OfferedAction> Actions);

public sealed class SuitDetails(AppDbContext db, AdvanceSuit advance)
{
    public async Task<SuitView> ExecuteAsync(Guid id, ProcedureActor actor, CancellationToken ct)
    {
        var c = await db.Set<LitigationCase>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("没有该行政诉讼案件");
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == c.ProcedureInstanceId).OrderBy(s => s.Sequence).ToListAsync(ct);
        var clocks = await db.Set<Clock>().AsNoTracking().Where(k => k.InstanceId == c.ProcedureInstanceId).OrderBy(k => k.StartedOn).ThenBy(k => k.Id).ToListAsync(ct);
        var hearings = await db.Set<LitigationHearing>().AsNoTracking().Where(h => h.CaseId == id).OrderBy(h => h.HeldOn).ThenBy(h => h.Id).ToListAsync(ct);
        var owner = id.ToString();
        var attachments = await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerType == P.SubjectType && a.OwnerId == owner).OrderBy(a => a.UploadedAt).ToListAsync(ct);
        var lateWarning = c.EvidenceLate == true
            ? $"答辩及证据于{c.DefendedOn:yyyy-MM-dd}提交，已超过{c.DefenceDueOn:yyyy-MM-dd}的期限：被告逾期提供证据的，视为没有相应证据（{Basis.LateEvidence}）。"
            : null;
        return new SuitView(c.Id, c.CourtCaseNumber, c.Court, c.Plaintiff, c.ChallengedAct, c.ChallengedCaseNumber, c.FiledOn, c.ServedOn, c.MandatoryAppearance,
            c.Instance, c.State, P.NameOf(c.State), c.DefenceDueOn, c.DefendedOn, c.EvidenceLate, lateWarning,
            Names.Of(c.FirstInstanceOutcome), c.FirstInstanceOn, c.AppealedOn, Names.Of(c.AppealOutcome), c.AppealDecidedOn, Names.Of(c.Outcome), c.Outcome is { } o && o.IsLoss(),
            c.EffectiveOn, c.ClosedOn, c.ComplianceNote,
            clocks.Select(k => new ClockLine(k.RuleKey, k.Name, Names.Of(k.Status), k.StartedOn, k.DueDate, k.StoppedOn, k.LegalBasis, k.Explanation)).ToList(),
            steps.Select(s => new StepLine(s.Sequence, s.On, s.ActionName, P.NameOf(s.FromState), P.NameOf(s.ToState), s.ActorName, s.Note)).ToList(),
            hearings.Select(h => new HearingLine(h.Id, h.HeldOn, h.Instance, h.LeaderAppeared, h.LeaderName, Names.Of(h.LeaderRank), h.LeaderSpoke,
                h.DelegateName, Names.Of(h.Excuse), h.ExcuseNote)).ToList(),
            attachments.Select(AttachmentInfo.Of).ToList(), await advance.OfferedAsync(c, actor, ct));
    }
}
