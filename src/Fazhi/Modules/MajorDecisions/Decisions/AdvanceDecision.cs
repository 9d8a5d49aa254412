using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.MajorDecisions.Domain.DecisionProcedure;

namespace Fazhi.Modules.MajorDecisions.Decisions;

/// <summary>An action the actor may take now, with the gates it would fail today (the page shows them before a refusal).</summary>
public sealed record OfferedAction(string Key, string Name, IReadOnlyList<string> Unmet);

/// <summary>
/// 办理重大行政决策 (take one step): loads the decision and its records, asks the other modules for the gate facts
/// (征求意见, 公平竞争审查, 合法性审查), lets the procedure engine check and record the step, then records what the step
/// produced. Everything happens in one unit of work: a refused step — by this module's gates or by another module's
/// contract — changes nothing.
/// </summary>
public sealed class AdvanceDecision(
    AppDbContext db,
    ProcedureEngine engine,
    ILegalityReviews legality,
    IFairCompetitionReviews fairCompetition,
    IPublicConsultations consultations,
    TimeProvider time)
{
    public async Task<MajorDecision> ExecuteAsync(Guid id, string action, DecisionActionInput input, ProcedureActor actor, CancellationToken ct)
    {
        var decision = await db.Set<MajorDecision>().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new RecordNotFoundException("没有该决策事项");
        var instance = await InstanceAsync(decision, ct);
        var on = input.On ?? LegalDate.Today(time);
        var attendees = Check(decision, action, input, on);
        var context = await ContextAsync(decision, ct) with
        {
            ExploratoryReform = input.ExploratoryReform,
            LegalRiskStatement = input.LegalRiskStatement,
        };

        CheckDateOrder(action, on, context);
        if (action == P.Evaluate && context.Risk is { } risk && string.Equals(risk.Assessor, input.Evaluator!.Trim(), StringComparison.Ordinal))
        {
            throw new DomainRuleException("决策后评估不得由决策前开展风险评估的单位承担", Basis.PostEvaluation);
        }

        await engine.ApplyAsync(instance, action, actor, context, new StepInput { On = input.On, Note = Trim(input.Note) }, ct);
        await RecordAsync(decision, action, input, on, attendees, context, actor, ct);
        decision.MoveTo(instance.State);
        await db.SaveChangesAsync(ct);
        return decision;
    }

    /// <summary>The facts the gates look at.</summary>
    public async Task<DecisionGateContext> ContextAsync(MajorDecision decision, CancellationToken ct)
    {
        var experts = await db.Set<ExpertOpinion>().AsNoTracking().Where(e => e.DecisionId == decision.Id).OrderBy(e => e.GivenOn).ToListAsync(ct);
        var risk = await db.Set<RiskAssessment>().AsNoTracking().Where(e => e.DecisionId == decision.Id).OrderByDescending(e => e.ReportedOn).FirstOrDefaultAsync(ct);
        var hearings = await db.Set<DecisionHearing>().AsNoTracking().Where(e => e.DecisionId == decision.Id).OrderBy(e => e.HeldOn).ToListAsync(ct);
        var meeting = await db.Set<DecisionMeeting>().AsNoTracking().Where(e => e.DecisionId == decision.Id)
            .OrderByDescending(e => e.HeldOn).ThenByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        var consultation = decision.ConsultationId is null ? null : await consultations.StatusAsync(P.SubjectType, decision.Id, ct);
        var opinion = decision.LegalityReviewId is null ? null : await legality.StatusAsync(P.SubjectType, decision.Id, ct);
        var review = decision.AffectsBusiness && decision.FairCompetitionReviewId is not null ? await fairCompetition.StatusAsync(P.SubjectType, decision.Id, ct) : null;
        return new DecisionGateContext(decision, consultation, experts, risk, hearings, opinion, review, meeting);
    }

    public async Task<IReadOnlyList<OfferedAction>> OfferedAsync(MajorDecision decision, ProcedureActor actor, CancellationToken ct)
    {
        if (decision.ProcedureInstanceId is null)
        {
            return [];
        }

        var instance = await InstanceAsync(decision, ct);
        var context = await ContextAsync(decision, ct);
        return engine.DefinitionOf(instance).Actions
            .Where(a => a.From.Contains(instance.State) && actor.MayTake(a))
            .Where(a => a.Key != P.SubmitFairCompetition || decision.AffectsBusiness)
            .Select(a => new OfferedAction(a.Key, a.Name, a.Gates.Where(g => !g.IsMet(context)).Select(g => g.RefusalMessage).Distinct().ToList()))
            .ToList();
    }

    /// <summary>
    /// A step is not dated before the acts it relies on that other modules record with their own dates (the engine
    /// orders this procedure's own steps): review is sought after the comment window has closed, and the draft goes to
    /// collective discussion after the legality opinion and the fair-competition conclusion it rests on.
    /// </summary>
    private static void CheckDateOrder(string action, DateOnly on, DecisionGateContext context)
    {
        // While the window is still open the gate refuses the step (第二十七条); once it has closed, the step's date must be after it.
        if (action is P.SubmitLegalityReview or P.SubmitDiscussion && context.Consultation is { WindowClosed: true } consultation && on <= consultation.ClosesOn)
        {
            throw new FieldValidationException("on", $"办理日期应在公开征求意见期限届满（{consultation.ClosesOn:yyyy-MM-dd}）之后");
        }

        if (action != P.SubmitDiscussion)
        {
            return;
        }

        if (context.Legality is { OpinionIssued: true, IssuedOn: { } issued } && on < issued)
        {
            throw new FieldValidationException("on", $"提请集体讨论的日期不能早于其所依据的合法性审查意见的出具日期{issued:yyyy-MM-dd}");
        }

        if (context.FairCompetition is { ConcludedOn: { } concluded } && on < concluded)
        {
            throw new FieldValidationException("on", $"提请集体讨论的日期不能早于公平竞争审查结论的作出日期{concluded:yyyy-MM-dd}");
        }
    }

    private async Task<ProcedureInstance> InstanceAsync(MajorDecision decision, CancellationToken ct) =>
        await db.Set<ProcedureInstance>().FirstOrDefaultAsync(i => i.Id == decision.ProcedureInstanceId, ct)
        ?? throw new RecordNotFoundException("该决策没有办理程序");

    /// <summary>Input checks before the engine is asked, so a bad form never half-applies a step.</summary>
    private static IReadOnlyList<AttendeeInput>? Check(MajorDecision decision, string action, DecisionActionInput input, DateOnly on)
    {
        var errors = new Dictionary<string, string[]>();
        void Require(string field, string? value, string message, int max = MajorDecision.MaxText)
        {
            if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > max)
            {
                errors[field] = [message];
            }
        }

        IReadOnlyList<AttendeeInput>? attendees = null;
        switch (action)
        {
            case P.Initiate when input.LeadUnit is { } unit && (unit.Trim().Length is 0 or > CatalogItem.MaxUnit):
                errors["leadUnit"] = [$"承办单位不能超过{CatalogItem.MaxUnit}个字符"];
                break;
            case P.OpenConsultation:
                if (string.IsNullOrWhiteSpace(input.DraftText) && string.IsNullOrWhiteSpace(decision.DraftText))
                {
                    errors["draftText"] = ["请填写向社会公开的决策草案"];
                }

                if (string.IsNullOrWhiteSpace(input.Explanation) && string.IsNullOrWhiteSpace(decision.Explanation))
                {
                    errors["explanation"] = ["请填写决策草案的起草说明"];
                }

                if (input.ConsultationOpensOn is null || input.ConsultationClosesOn is null)
                {
                    errors["consultationClosesOn"] = ["请填写征求意见的起止日期"];
                }
                else if (input.ConsultationClosesOn <= input.ConsultationOpensOn)
                {
                    errors["consultationClosesOn"] = ["截止日期应晚于开始日期"];
                }

                break;
            case P.RecordHearing:
                if (input.HearingOn is null || input.MaterialsDeliveredOn is null || input.ParticipantsPublishedOn is null)
                {
                    errors["hearingOn"] = ["请填写听证日期、公布参加人名单日期和送达听证材料日期"];
                }

                Require("hearingPlace", input.HearingPlace, "请填写听证地点（不超过200个字符）", 200);
                Require("hearingSummary", input.HearingSummary, "请填写听证情况（主要意见及其处理）");
                break;
            case P.RecordExpertOpinion:
                Require("expert", input.Expert, "请填写专家姓名（不超过50个字符）", 50);
                Require("expertAffiliation", input.ExpertAffiliation, "请填写专家单位或职称（不超过100个字符）", 100);
                Require("expertOpinion", input.ExpertOpinion, "请填写书面论证意见");
                break;
            case P.RecordRiskAssessment:
                Require("assessor", input.Assessor, "请填写评估单位（不超过100个字符）", 100);
                Require("riskPoints", input.RiskPoints, "请写明风险点");
                Require("mitigations", input.Mitigations, "请写明风险防范措施");
                Require("contingencyPlan", input.ContingencyPlan, "请写明处置预案");
                if (input.RiskLevel is not ("低" or "中" or "高"))
                {
                    errors["riskLevel"] = ["风险等级应为低、中或高"];
                }

                break;
            case P.SubmitDiscussion when input.ExploratoryReform:
                Require("legalRiskStatement", input.LegalRiskStatement, "探索性改革决策事项须明示法律风险（不超过2000个字符）", 2000);
                break;
            case P.RecordMinutes:
                attendees = DecisionMeeting.Check(input.MeetingType, input.Attendees ?? AttendeeLines.Parse(input.AttendeesText), input.Outcome, input.ChiefReasons);
                break;
            case P.ReportToParty:
                Require("partyReport", input.PartyReport, "请填写请示报告的方式和党委意见（如 经镇党委会议研究同意，不超过500个字符）", 500);
                break;
            case P.Publish:
                Require("publicationChannel", input.PublicationChannel, "请填写公布途径（如 镇政府网站、政务新媒体，不超过200个字符）", 200);
                if (input.PublicationUrl is { Length: > 0 } url && (url.Length > 500 || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
                {
                    errors["publicationUrl"] = ["公布网址应为 http:// 或 https:// 开头的网址"];
                }

                break;
            case P.Evaluate:
                Require("evaluator", input.Evaluator, "请填写评估单位（不超过100个字符）", 100);
                Require("evaluationConclusion", input.EvaluationConclusion, "请填写评估结论");
                break;
            case P.Adjust or P.Suspend or P.ReturnToDrafting:
                Require("note", input.Note, "请填写理由", 2000);
                break;
            case P.RecordParticipationExemption:
                Require("note", input.Note, "请写明不听取公众意见的法定理由（如 依法不予公开的事项及其依据，不超过2000个字符）", 2000);
                break;
        }

        if (input.Note is { Length: > 2000 })
        {
            errors["note"] = ["办理意见不能超过2000个字符"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        if (action == P.RecordHearing && input.HearingOn!.Value.DayNumber - input.MaterialsDeliveredOn!.Value.DayNumber < DecisionHearing.MinNoticeDays)
        {
            throw new DomainRuleException(
                $"听证材料应当至少在听证会举行7日前送达听证参加人：材料{input.MaterialsDeliveredOn:yyyy-MM-dd}送达，听证{input.HearingOn:yyyy-MM-dd}举行，仅相隔{input.HearingOn.Value.DayNumber - input.MaterialsDeliveredOn.Value.DayNumber}日",
                Basis.Hearing);
        }

        if (action == P.RecordHearing && input.ParticipantsPublishedOn >= input.HearingOn)
        {
            throw new DomainRuleException("听证参加人名单应当在听证会举行前向社会公布", Basis.Hearing);
        }

        if (action == P.RecordHearing && input.HearingOn > on)
        {
            throw new FieldValidationException("hearingOn", "听证会尚未举行：听证日期不能晚于办理日期");
        }

        if (action == P.RecordExpertOpinion && !input.ExpertNoDirectInterest)
        {
            throw new DomainRuleException("论证专家应当与决策事项无直接利害关系（请确认专家的声明）", Basis.Experts);
        }

        if (action == P.RecordExpertOpinion && !input.ExpertSigned)
        {
            throw new DomainRuleException("专家论证意见应当书面提出并由专家签字或者盖章", Basis.Experts);
        }

        return attendees;
    }

    private async Task RecordAsync(MajorDecision decision, string action, DecisionActionInput input, DateOnly on, IReadOnlyList<AttendeeInput>? attendees,
        DecisionGateContext context, ProcedureActor actor, CancellationToken ct)
    {
        switch (action)
        {
            case P.Initiate:
                decision.Initiate(on, string.IsNullOrWhiteSpace(input.LeadUnit) ? decision.LeadUnit : input.LeadUnit);
                break;
            case P.StartDrafting:
                decision.Draft(input.DraftText, input.Explanation);
                break;
            case P.OpenConsultation:
                decision.Draft(input.DraftText, input.Explanation);
                // The contract refuses a window under 30 days without an urgency reason (条例第十五条) before anything is saved.
                var consultation = await consultations.OpenAsync(new ConsultationRequest(decision.RegionCode, P.SubjectType, decision.Id, decision.Title,
                    decision.DraftText, decision.Explanation, decision.LeadUnit, input.ConsultationOpensOn!.Value, input.ConsultationClosesOn!.Value)
                {
                    UrgencyReason = Trim(input.UrgencyReason),
                }, ct);
                decision.ConsultationOpened(consultation);
                break;
            case P.RecordHearing:
                db.Add(new DecisionHearing(decision, input.ParticipantsPublishedOn!.Value, input.MaterialsDeliveredOn!.Value, input.HearingOn!.Value,
                    input.HearingPlace!, input.HearingSummary!, input.RecordSigned));
                break;
            case P.RecordExpertOpinion:
                db.Add(new ExpertOpinion(decision, input.Expert!, input.ExpertAffiliation!, input.ExpertOpinion!, on, input.ExpertSigned, input.ExpertNoDirectInterest, actor.Login));
                break;
            case P.RecordRiskAssessment:
                db.Add(new RiskAssessment(decision, input.Assessor!, input.RiskPoints!, input.Mitigations!, input.ContingencyPlan!, input.RiskLevel!, on));
                break;
            case P.SubmitFairCompetition:
                if (!decision.AffectsBusiness)
                {
                    throw new DomainRuleException("目录未标注该事项涉及市场主体经济活动，无需公平竞争审查");
                }

                decision.FairCompetitionRegistered(await fairCompetition.RegisterAsync(
                    new PolicyMeasureRegistration(decision.RegionCode, P.SubjectType, decision.Id, decision.Title, decision.LeadUnit) { DraftedOn = on }, ct));
                break;
            case P.RecordParticipationExemption:
                decision.RecordParticipationExemption(on, input.Note!);
                break;
            case P.SubmitLegalityReview:
                decision.SentToLegalityReview(await legality.RequestAsync(new LegalityReviewRequest(decision.RegionCode, P.SubjectType, decision.Id,
                    ReviewDocumentType.MajorDecisionDraft, decision.Title, decision.LeadUnit, Complex: true)
                { SubmittedOn = on }, ct), on);
                break;
            case P.SubmitDiscussion:
                decision.SubmittedForDiscussion(on, context.LegalityPassed, !context.LegalityPassed && context.ExploratoryWithRisk, input.LegalRiskStatement);
                break;
            case P.RecordMinutes:
                var meeting = new DecisionMeeting(decision, input.MeetingType!.Trim(), on, input.Outcome!.Value, input.ChiefReasons, actor.Login);
                meeting.Record(attendees!);
                db.Add(meeting);
                db.AddRange(meeting.Views);
                if (meeting.Outcome == MeetingOutcome.Approved)
                {
                    if (context.LegalityPassed)
                    {
                        // 集体讨论 is the decision on the reviewed draft: 合法性审查 records it under its own gates (every opinion
                        // item answered); its refusal (409 with its legal basis) refuses these minutes.
                        await legality.RecordDecisionAsync(P.SubjectType, decision.Id, on, $"{meeting.MeetingType}集体讨论通过", ct);
                    }

                    decision.Decided(on);
                }

                break;
            case P.ReportToParty:
                decision.ReportedToParty(on, input.PartyReport!);
                break;
            case P.Publish:
                decision.Publish(on, input.PublicationChannel!, input.PublicationUrl);
                if (decision.AffectsBusiness)
                {
                    await fairCompetition.RecordIssuedAsync(P.SubjectType, decision.Id, on, null, ct);
                }

                if (decision.ConsultationId is not null)
                {
                    // 意见采纳情况 is published with the decision (条例第十八条、第三十二条).
                    await consultations.PublishAdoptionReportAsync(P.SubjectType, decision.Id, on, ct);
                }

                break;
            case P.Archive:
                decision.Archive(on);
                break;
            case P.Implement:
                decision.Implement(on);
                break;
            case P.Evaluate:
                db.Add(new PostEvaluation(decision, on, input.Evaluator!, input.EvaluationConclusion!, actor.Login));
                break;
            case P.Adjust or P.Suspend:
                decision.End(on, input.Note!);
                break;
            case P.ReturnToDrafting:
                await legality.WithdrawAsync(P.SubjectType, decision.Id, $"重大行政决策草案退回修改：{input.Note!.Trim()}", ct);
                decision.ReturnedToDrafting();
                break;
        }
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The page's attendee lines: “姓名，职务，同意/不同意/弃权，发言要点”, the chief marked “（行政首长）” after the name.</summary>
public static class AttendeeLines
{
    public const string ChiefMark = "（行政首长）";

    public static IReadOnlyList<AttendeeInput> Parse(string? text)
    {
        var result = new List<AttendeeInput>();
        foreach (var raw in (text ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(['，', ','], 4);
            var name = parts[0].Trim();
            var chief = name.Contains(ChiefMark, StringComparison.Ordinal) || name.Contains("(行政首长)", StringComparison.Ordinal);
            name = name.Replace(ChiefMark, "", StringComparison.Ordinal).Replace("(行政首长)", "", StringComparison.Ordinal).Trim();
            var view = parts.Length > 2 ? parts[2].Trim() switch
            {
                "同意" => AttendeeView.Agree,
                "不同意" => AttendeeView.Disagree,
                "弃权" => AttendeeView.Abstain,
                _ => (AttendeeView)0,
            } : (AttendeeView)0;
            result.Add(new AttendeeInput(name, parts.Length > 1 ? parts[1].Trim() : null, view, parts.Length > 3 ? parts[3].Trim() : null, chief));
        }

        return result;
    }

    public static string Format(IEnumerable<MeetingView> views) =>
        string.Join('\n', views.OrderBy(v => v.Order).Select(v => $"{v.Name}{(v.IsChief ? ChiefMark : "")}，{v.Position}，{Names.Of(v.View)}，{v.Remarks}"));
}
