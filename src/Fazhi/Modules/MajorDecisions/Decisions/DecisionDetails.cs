using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.MajorDecisions.Decisions;

public sealed record StepLine(int Sequence, DateOnly On, string Action, string From, string To, string Actor, string ActorName, string? Note);

/// <summary>期限 with how it was computed: engine clocks and the periods this module checks itself (征求意见、听证材料送达).</summary>
public sealed record ClockLine(string Name, string Status, DateOnly? StartedOn, DateOnly? DueDate, DateOnly? StoppedOn, string LegalBasis, IReadOnlyList<string> Explanation);

public sealed record MeetingLine(Guid Id, string MeetingType, DateOnly HeldOn, string Outcome, string? ChiefReasons, IReadOnlyList<ViewLine> Views);

public sealed record ViewLine(int Order, string Name, string Position, string View, string? Remarks, bool IsChief);

public sealed record ProcedureRequirement(string Name, bool Required, bool Done, string Detail);

/// <summary>决策详情: facts, required procedures and their state, timeline, clocks with explanations, records and the actions on offer.</summary>
public sealed record DecisionView(
    Guid Id, string RegionCode, string Title, string LeadUnit, string Proposer, int CatalogYear, string State, string StateName,
    string DraftText, string Explanation, DateOnly ProposedOn, DateOnly? DecidedOn, DateOnly? PartyReportedOn, string? PartyReport,
    DateOnly? PublishedOn, string? PublicationChannel, string? PublicationUrl, DateOnly? ArchivedOn, bool ExploratoryReform, string? LegalRiskStatement,
    string? EndReason, IReadOnlyList<ProcedureRequirement> Requirements, LegalityOpinionStatus? Legality, ConsultationStatus? Consultation,
    IReadOnlyList<StepLine> Timeline, IReadOnlyList<ClockLine> Clocks, IReadOnlyList<ExpertOpinion> Experts, RiskAssessment? Risk,
    IReadOnlyList<DecisionHearing> Hearings, IReadOnlyList<MeetingLine> Meetings, IReadOnlyList<PostEvaluation> Evaluations,
    IReadOnlyList<AttachmentInfo> Attachments, IReadOnlyList<OfferedAction> Actions, string? ParticipationExemption = null);

public sealed class DecisionDetails(AppDbContext db, AdvanceDecision advance)
{
    public async Task<DecisionView> ExecuteAsync(Guid id, ProcedureActor actor, CancellationToken ct)
    {
        var decision = await db.Set<MajorDecision>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new RecordNotFoundException("没有该决策事项");
        var context = await advance.ContextAsync(decision, ct);
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == decision.ProcedureInstanceId).OrderBy(s => s.Sequence).ToListAsync(ct);
        var clocks = await db.Set<Clock>().AsNoTracking().Where(c => c.InstanceId == decision.ProcedureInstanceId).OrderBy(c => c.StartedOn).ToListAsync(ct);
        var meetings = await db.Set<DecisionMeeting>().AsNoTracking().Include(m => m.Views).Where(m => m.DecisionId == id).OrderBy(m => m.HeldOn).ThenBy(m => m.Id).ToListAsync(ct);
        var evaluations = await db.Set<PostEvaluation>().AsNoTracking().Where(e => e.DecisionId == id).OrderBy(e => e.EvaluatedOn).ToListAsync(ct);
        var owner = id.ToString();
        var attachments = await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerType == DecisionProcedure.SubjectType && a.OwnerId == owner)
            .OrderBy(a => a.UploadedAt).ToListAsync(ct);
        var offered = await advance.OfferedAsync(decision, actor, ct);
        return new DecisionView(decision.Id, decision.RegionCode, decision.Title, decision.LeadUnit, decision.Proposer, decision.CatalogYear, decision.State,
            DecisionProcedure.NameOf(decision.State), decision.DraftText, decision.Explanation, decision.ProposedOn, decision.DecidedOn, decision.PartyReportedOn,
            decision.PartyReport, decision.PublishedOn, decision.PublicationChannel, decision.PublicationUrl, decision.ArchivedOn, decision.ExploratoryReform,
            decision.LegalRiskStatement, decision.EndReason, Requirements(context), context.Legality, context.Consultation,
            steps.Select(s => new StepLine(s.Sequence, s.On, s.ActionName, DecisionProcedure.NameOf(s.FromState), DecisionProcedure.NameOf(s.ToState), s.Actor, s.ActorName, s.Note)).ToList(),
            Clocks(context, clocks), context.Experts, context.Risk, context.Hearings,
            meetings.Select(m => new MeetingLine(m.Id, m.MeetingType, m.HeldOn, Names.Of(m.Outcome), m.ChiefReasons,
                m.Views.OrderBy(v => v.Order).Select(v => new ViewLine(v.Order, v.Name, v.Position, Names.Of(v.View), v.Remarks, v.IsChief)).ToList())).ToList(),
            evaluations, attachments.Select(AttachmentInfo.Of).ToList(), offered, decision.ParticipationExemption);
    }

    public static IReadOnlyList<ProcedureRequirement> Requirements(DecisionGateContext c)
    {
        var d = c.Decision;
        var consultation = c.Consultation is { } s
            ? $"{s.OpensOn:yyyy-MM-dd}至{s.ClosesOn:yyyy-MM-dd}，收到意见{s.Received}条，待答复{s.Unanswered}条{(s.WindowClosed ? "，已截止" : "，征求中")}"
            : "尚未公开征求意见";
        var legality = c.Legality switch
        {
            null => "尚未送审",
            { Withdrawn: true } => "已撤回",
            { OpinionIssued: false } => "审查中（意见尚未出具）",
            { } l => $"已出具意见 {l.OpinionNumber}（{l.IssuedOn:yyyy-MM-dd}，{ConclusionName(l.Conclusion)}）",
        };
        var heard = c.Consultation is { Done: true } ? "已公开征求意见"
            : c.Hearings.Any(h => h.Valid) ? "已举行听证"
            : d.ParticipationExemption is { } reason ? $"不听取公众意见的理由（{d.ParticipationExemptedOn:yyyy-MM-dd}载明）：{reason}"
            : "尚未听取公众意见，也未载明法定理由";
        return
        [
            new("听取公众意见（条例第十四条）", true, c.PublicOpinionHeard, heard),
            new("公众参与（公开征求意见）", d.RequiresPublicParticipation, c.Consultation is { Done: true }, consultation),
            new("听证", d.RequiresHearing, c.Hearings.Any(h => h.Valid), c.Hearings.Count == 0 ? "尚未举行" : string.Join("；", c.Hearings.Select(h => $"{h.HeldOn:yyyy-MM-dd} {h.Place}（材料提前{h.NoticeDays}日送达{(h.RecordSigned ? "，笔录已签字" : "，笔录未签字")}）"))),
            new("专家论证", d.RequiresExpertReview, c.Experts.Count > 0 && c.Experts.All(e => e.Valid), c.Experts.Count == 0 ? "尚无论证意见" : $"书面论证意见{c.Experts.Count}份"),
            new("风险评估", d.RequiresRiskAssessment, c.Risk is not null, c.Risk is { } r ? $"{r.Assessor}，{r.ReportedOn:yyyy-MM-dd}，风险等级{r.RiskLevel}" : "尚无风险评估报告"),
            new("公平竞争审查", d.AffectsBusiness, c.FairCompetition is { MayBeIssued: true }, c.FairCompetition is { } f ? (f.Concluded ? $"已作出结论（{f.ConcludedOn:yyyy-MM-dd}）" : "审查中") : "尚未送审"),
            new("合法性审查", true, c.LegalityPassed, legality),
        ];
    }

    public static string ConclusionName(ReviewConclusion? conclusion) => conclusion switch
    {
        ReviewConclusion.Lawful => "合法",
        ReviewConclusion.LawfulAfterRevision => "修改后合法",
        ReviewConclusion.Unlawful => "不合法",
        _ => "—",
    };

    private static List<ClockLine> Clocks(DecisionGateContext c, IReadOnlyList<Clock> clocks)
    {
        var lines = new List<ClockLine>();
        if (c.Consultation is { } s)
        {
            var days = s.ClosesOn.DayNumber - s.OpensOn.DayNumber + 1;
            lines.Add(new ClockLine("公开征求意见期限", s.WindowClosed ? "已截止" : "征求中", s.OpensOn, s.ClosesOn, s.WindowClosed ? s.ClosesOn : null, Basis.Consultation,
            [
                $"征求意见自{s.OpensOn:yyyy-MM-dd}起至{s.ClosesOn:yyyy-MM-dd}止，共{days}日（按日历日计算，首尾两日均计入）。",
                days >= 30 ? "不少于30日，符合条例第十五条。" : "少于30日：因情况紧急缩短期限，缩短理由已随征求意见公布（条例第十五条）。",
                $"收到意见{s.Received}条：采纳{s.Adopted}条、部分采纳{s.PartlyAdopted}条、不采纳{s.NotAdopted}条、待答复{s.Unanswered}条；截止且全部答复后方视为公众参与完成。",
            ]));
        }

        foreach (var h in c.Hearings)
        {
            lines.Add(new ClockLine("听证材料送达期限", h.NoticeDays >= DecisionHearing.MinNoticeDays ? "符合" : "不足7日", h.MaterialsDeliveredOn, h.HeldOn.AddDays(-DecisionHearing.MinNoticeDays), null, Basis.Hearing,
            [
                $"听证会{h.HeldOn:yyyy-MM-dd}举行，听证材料至迟应于{h.HeldOn.AddDays(-DecisionHearing.MinNoticeDays):yyyy-MM-dd}（听证日前7日，按日历日计算）送达。",
                $"材料实际于{h.MaterialsDeliveredOn:yyyy-MM-dd}送达，距听证{h.NoticeDays}日；参加人名单于{h.ParticipantsPublishedOn:yyyy-MM-dd}公布。",
            ]));
        }

        foreach (var clock in clocks)
        {
            var explanation = new List<string>(clock.Explanation)
            {
                "这是保障给审查机构的最短审查时间：届满前不应要求审查机构出具意见；审查机构按合法性审查模块的审查期限出具意见。",
            };
            if (c.Legality is { IssuedOn: { } issued })
            {
                explanation.Add($"合法性审查意见于{issued:yyyy-MM-dd}出具。");
            }

            lines.Add(new ClockLine(clock.Name, Names.Of(clock.Status), clock.StartedOn, clock.DueDate, clock.StoppedOn, clock.LegalBasis, explanation));
        }

        return lines;
    }
}
