using Fazhi.Modules.Reconsideration.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Reconsideration.Domain.ReconsiderationProcedure;

namespace Fazhi.Modules.Reconsideration.Cases;

public sealed record StepLine(int Sequence, DateOnly On, string Action, string From, string To, string ActorName, string? Note);

public sealed record ClockLine(string RuleKey, string Name, string Status, DateOnly StartedOn, DateOnly DueDate, DateOnly? StoppedOn, string LegalBasis, IReadOnlyList<string> Explanation);

public sealed record HearingLine(Guid Id, DateOnly HeldOn, bool LeaderAttended, string? LeaderName, string? DelegateName, string? DelegationReason, string? Note);

/// <summary>案件详情: facts, clocks with how each due date was computed, the timeline, hearings, attachments and the actions on offer.</summary>
public sealed record CaseView(
    Guid Id, string CaseNumber, string Applicant, string ChallengedAct, string? ChallengedCaseNumber, string ReviewBody,
    DateOnly AppliedOn, DateOnly AcceptedOn, DateOnly CopyReceivedOn, string Track, string Law, string ProcedureName, string State, string StateName,
    DateOnly? RepliedOn, DateOnly? ReplyDueOn, bool? ReplyOnTime, string? Outcome, string? OutcomeName, DateOnly? DecidedOn, string? DecisionSummary,
    DateOnly? OpinionReceivedOn, DateOnly? OpinionAnsweredOn, DateOnly? ClosedOn, string? ComplianceNote,
    IReadOnlyList<ClockLine> Clocks, IReadOnlyList<StepLine> Timeline, IReadOnlyList<HearingLine> Hearings,
    IReadOnlyList<AttachmentInfo> Attachments, IReadOnlyList<OfferedAction> Actions);

public sealed class CaseDetails(AppDbContext db, AdvanceCase advance, ProcedureRegistry registry)
{
    public async Task<CaseView> ExecuteAsync(Guid id, ProcedureActor actor, CancellationToken ct)
    {
        var c = await db.Set<ReconsiderationCase>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("没有该行政复议案件");
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == c.ProcedureInstanceId).OrderBy(s => s.Sequence).ToListAsync(ct);
        var clocks = await db.Set<Clock>().AsNoTracking().Where(k => k.InstanceId == c.ProcedureInstanceId).OrderBy(k => k.StartedOn).ThenBy(k => k.Id).ToListAsync(ct);
        var hearings = await db.Set<ReconsiderationHearing>().AsNoTracking().Where(h => h.CaseId == id).OrderBy(h => h.HeldOn).ThenBy(h => h.Id).ToListAsync(ct);
        var owner = id.ToString();
        var attachments = await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerType == P.SubjectType && a.OwnerId == owner).OrderBy(a => a.UploadedAt).ToListAsync(ct);
        return new CaseView(c.Id, c.CaseNumber, c.Applicant, c.ChallengedAct, c.ChallengedCaseNumber, c.ReviewBody, c.AppliedOn, c.AcceptedOn, c.CopyReceivedOn,
            Names.Of(c.Track), Names.Of(c.Law), registry.Find(c.DefinitionKey, 1)?.Name ?? c.DefinitionKey, c.State, P.NameOf(c.State),
            c.RepliedOn, c.ReplyDueOn, c.ReplyOnTime, c.Outcome?.ToString(), Names.Of(c.Outcome), c.DecidedOn, c.DecisionSummary,
            c.OpinionReceivedOn, c.OpinionAnsweredOn, c.ClosedOn, c.ComplianceNote,
            clocks.Select(k => new ClockLine(k.RuleKey, k.Name, Names.Of(k.Status), k.StartedOn, k.DueDate, k.StoppedOn, k.LegalBasis, k.Explanation)).ToList(),
            steps.Select(s => new StepLine(s.Sequence, s.On, s.ActionName, P.NameOf(s.FromState), P.NameOf(s.ToState), s.ActorName, s.Note)).ToList(),
            hearings.Select(h => new HearingLine(h.Id, h.HeldOn, h.LeaderAttended, h.LeaderName, h.DelegateName, h.DelegationReason, h.Note)).ToList(),
            attachments.Select(AttachmentInfo.Of).ToList(), await advance.OfferedAsync(c, actor, ct));
    }
}
