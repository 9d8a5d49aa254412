using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using P = Fazhi.Modules.NormativeDocuments.Domain.NormativeDocumentProcedure;

namespace Fazhi.Modules.NormativeDocuments.Documents;

/// <summary>What a step may carry besides its date and note; each action reads the fields it needs.</summary>
public sealed record DocumentActionInput
{
    /// <summary>办理日期 (default today).</summary>
    public DateOnly? On { get; init; }

    /// <summary>办理意见; the reason of 修改 / 废止 / 宣布失效.</summary>
    public string? Note { get; init; }

    /// <summary>集体审议: the meeting.</summary>
    public string? MeetingName { get; init; }

    /// <summary>公布: 施行日期.</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>公布: 有效期至 (default: the longest period allowed).</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>公布: 原文链接.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>备案: 备案机关.</summary>
    public string? FilingAuthority { get; init; }

    /// <summary>实施后评估: 继续有效 / 修改 / 废止 / 宣布失效 (the enum member name).</summary>
    public string? Conclusion { get; init; }
}

/// <summary>An action the actor may take now, with the gates it would fail today (the page shows them before a refusal).</summary>
public sealed record OfferedAction(string Key, string Name, IReadOnlyList<string> Unmet);

/// <summary>
/// 办理规范性文件 (take one step of the procedure): loads the document, asks the other modules for the gate facts
/// (合法性审核意见, 公平竞争审查结论), lets the procedure engine check and record the step, then records what the step
/// produced (numbers, dates, evaluation). A refused step changes nothing.
/// </summary>
public sealed class AdvanceDocument(
    AppDbContext db,
    ProcedureEngine engine,
    ILegalityReviews legality,
    IFairCompetitionReviews fairCompetition,
    IssueNumber numbers,
    IOptions<NormativeDocumentOptions> options,
    TimeProvider time)
{
    private NormativeDocumentOptions Options => options.Value;

    public async Task<NormativeDocument> ExecuteAsync(Guid id, string action, DocumentActionInput input, ProcedureActor actor, CancellationToken ct)
    {
        var document = await db.Set<NormativeDocument>().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new RecordNotFoundException();
        var instance = await InstanceAsync(document, ct);
        if (action.StartsWith(P.Import, StringComparison.Ordinal))
        {
            throw new FieldValidationException("action", "台账导入只能通过导入台账文件办理");
        }

        var on = input.On ?? LegalDate.Today(time);
        var conclusion = Check(document, action, input, on);
        var context = await ContextAsync(document, instance, on, ct);
        CheckDateOrder(action, on, context);

        // The engine checks (and may refuse) before any transaction starts; a refusal changes nothing.
        await engine.ApplyAsync(instance, action, actor, context, new StepInput { On = input.On, Note = input.Note }, ct);
        if (action != P.Register || db.Database.CurrentTransaction is not null)
        {
            await RecordAsync(document, instance, action, input, on, conclusion, context, actor, ct);
            document.MoveTo(instance.State);
            await db.SaveChangesAsync(ct);
            return document;
        }

        // Numbers are taken in the step's transaction, so a failed save never burns one. The rollback is explicit: a
        // transaction only disposed does not tell the audit interceptor it ended, and its chain lock would stay held.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await RecordAsync(document, instance, action, input, on, conclusion, context, actor, ct);
            document.MoveTo(instance.State);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }

        return document;
    }

    /// <summary>The facts the gates look at, as of <paramref name="on"/>.</summary>
    public async Task<DocumentGateContext> ContextAsync(NormativeDocument document, ProcedureInstance instance, DateOnly on, CancellationToken ct)
    {
        var opinion = await legality.StatusAsync(P.SubjectType, document.Id, ct);
        var review = document.AffectsBusiness ? await fairCompetition.StatusAsync(P.SubjectType, document.Id, ct) : null;
        var consultationDue = await db.Set<Clock>().AsNoTracking()
            .Where(c => c.InstanceId == instance.Id && c.RuleKey == P.ConsultationClock && c.Status != ClockStatus.Stopped)
            .Select(c => (DateOnly?)c.DueDate)
            .FirstOrDefaultAsync(ct);
        return new DocumentGateContext(document, on, opinion, review, consultationDue);
    }

    /// <summary>The steps the actor could take from the current state (import and the automatic expiry excluded).</summary>
    public async Task<IReadOnlyList<OfferedAction>> OfferedAsync(NormativeDocument document, ProcedureActor actor, CancellationToken ct)
    {
        if (document.ProcedureInstanceId is null)
        {
            return [];
        }

        var instance = await InstanceAsync(document, ct);
        var context = await ContextAsync(document, instance, LegalDate.Today(time), ct);
        return engine.DefinitionOf(instance).Actions
            .Where(a => a.From.Contains(instance.State) && actor.MayTake(a) && a.Key != P.Expire && !a.Key.StartsWith(P.Import, StringComparison.Ordinal))
            .Select(a => new OfferedAction(a.Key, a.Name, a.Gates.Where(g => !g.IsMet(context)).Select(g => g.RefusalMessage).ToList()))
            .ToList();
    }

    /// <summary>
    /// A step is not dated before the opinion or conclusion it rests on, which the other modules record with their own
    /// dates (the engine orders this procedure's own steps).
    /// </summary>
    private static void CheckDateOrder(string action, DateOnly on, DocumentGateContext context)
    {
        if (action == P.SubmitDeliberation && context.Legality is { OpinionIssued: true, IssuedOn: { } issued } && on < issued)
        {
            throw new FieldValidationException("on", $"提请集体审议的日期不能早于其所依据的合法性审核意见的出具日期{issued:yyyy-MM-dd}");
        }

        if (action is P.SubmitDeliberation or P.Register && context.Document.AffectsBusiness
            && context.FairCompetition is { ConcludedOn: { } concluded } && on < concluded)
        {
            throw new FieldValidationException("on", $"办理日期不能早于公平竞争审查结论的作出日期{concluded:yyyy-MM-dd}");
        }
    }

    private async Task<ProcedureInstance> InstanceAsync(NormativeDocument document, CancellationToken ct) =>
        await db.Set<ProcedureInstance>().FirstOrDefaultAsync(i => i.Id == document.ProcedureInstanceId, ct)
        ?? throw new RecordNotFoundException("该文件没有办理程序");

    /// <summary>Input checks before the engine is asked, so a bad form never half-applies a step.</summary>
    private DocumentConclusion? Check(NormativeDocument document, string action, DocumentActionInput input, DateOnly on)
    {
        var errors = new Dictionary<string, string[]>();
        DocumentConclusion? conclusion = null;
        switch (action)
        {
            case P.SubmitFairCompetition when !document.AffectsBusiness:
                throw new DomainRuleException("本文件未标注“涉及经营者经济活动”，无需公平竞争审查；如涉及，请先修改草案信息");
            case P.Deliberate when string.IsNullOrWhiteSpace(input.MeetingName):
                errors["meetingName"] = ["请填写审议会议（如 镇政府常务会议）"];
                break;
            case P.Deliberate when input.MeetingName!.Trim().Length > 200:
                errors["meetingName"] = ["审议会议不能超过200个字符"];
                break;
            case P.Publish:
                CheckPublication(document, input, on, errors);
                break;
            case P.File when string.IsNullOrWhiteSpace(input.FilingAuthority) || input.FilingAuthority.Trim().Length > NormativeDocument.MaxUnit:
                errors["filingAuthority"] = [$"请填写备案机关（不超过{NormativeDocument.MaxUnit}个字符）"];
                break;
            case P.Evaluate:
                if (!Enum.TryParse<DocumentConclusion>(input.Conclusion, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(input.Conclusion, out _))
                {
                    errors["conclusion"] = ["请选择评估结论：继续有效、修改、废止或宣布失效"];
                }
                else
                {
                    conclusion = parsed;
                }

                break;
            case P.Amend or P.Repeal or P.DeclareInvalid when string.IsNullOrWhiteSpace(input.Note):
                errors["note"] = ["请填写理由（修改的，写明替代文件的文号）"];
                break;
        }

        if (input.Note is { Length: > 2000 })
        {
            errors["note"] = ["办理意见不能超过2000个字符"];
        }

        return errors.Count > 0 ? throw new FieldValidationException(errors) : conclusion;
    }

    private void CheckPublication(NormativeDocument document, DocumentActionInput input, DateOnly on, Dictionary<string, string[]> errors)
    {
        if (input.EffectiveOn is not { } effective)
        {
            errors["effectiveOn"] = ["请填写施行日期"];
            return;
        }

        if (effective < on)
        {
            // 未经公布的规范性文件不得作为行政管理依据: it cannot take effect before it is published.
            errors["effectiveOn"] = ["施行日期不得早于公布日期"];
        }

        if (input.SourceUrl is { Length: > 0 } url
            && (url.Length > NormativeDocument.MaxUrl || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors["sourceUrl"] = ["原文链接应为 http:// 或 https:// 开头的网址"];
        }

        if (input.ExpiresOn is { } expires && ValidityPeriod.Refuse(document.Title, effective, expires, Options) is { } refusal)
        {
            if (expires < effective)
            {
                errors["expiresOn"] = [refusal];
            }
            else if (errors.Count == 0)
            {
                throw new DomainRuleException(refusal, ValidityPeriod.Basis);
            }
        }
    }

    private async Task RecordAsync(NormativeDocument document, ProcedureInstance instance, string action, DocumentActionInput input, DateOnly on,
        DocumentConclusion? conclusion, DocumentGateContext context, ProcedureActor actor, CancellationToken ct)
    {
        switch (action)
        {
            case P.CloseConsultation:
                document.EndConsultation(on);
                break;
            case P.SubmitFairCompetition:
                document.SentToFairCompetitionReview(await fairCompetition.RegisterAsync(
                    new PolicyMeasureRegistration(document.RegionCode, P.SubjectType, document.Id, document.Title, document.DraftingUnit) { DraftedOn = on }, ct));
                break;
            case P.SubmitLegalityReview:
                document.SentToLegalityReview(await legality.RequestAsync(
                    new LegalityReviewRequest(document.RegionCode, P.SubjectType, document.Id, ReviewDocumentType.NormativeDocumentDraft, document.Title, document.DraftingUnit)
                    {
                        SubmittedOn = on,
                    }, ct));
                break;
            case P.SubmitDeliberation:
                document.LegalityOpinionReceived(context.Legality?.OpinionNumber);
                break;
            case P.ReturnToDrafting:
                // A review still awaiting its opinion concerned the draft now being revised: 合法性审查 withdraws it (clock
                // stopped, not counted as reviewed); an issued opinion stays on record and the revised draft is reviewed afresh.
                await legality.WithdrawAsync(P.SubjectType, document.Id,
                    string.IsNullOrWhiteSpace(input.Note) ? "规范性文件退回起草单位修改" : $"规范性文件退回起草单位修改：{input.Note.Trim()}", ct);
                break;
            case P.Deliberate:
                // 集体审议 is the decision on the reviewed draft: 合法性审查 records it under its own decision gates (every
                // opinion item answered by the drafting unit), and its refusal (409 with its legal basis) refuses this step.
                await legality.RecordDecisionAsync(P.SubjectType, document.Id, on, $"{input.MeetingName!.Trim()}集体审议通过", ct);
                document.Deliberated(on, input.MeetingName!);
                break;
            case P.Register:
                var subject = new NumberSubject(P.SubjectType, document.Id.ToString());
                var registration = await numbers.NextAsync(db, document.RegionCode, Options.RegistrationNumberKind, on.Year, subject, ct);
                var number = await numbers.NextAsync(db, document.RegionCode, Options.DocumentNumberKind, on.Year, subject, ct);
                document.Register(registration.Text, number.Text, on);
                if (document.AffectsBusiness)
                {
                    // 统一印发 is the measure's 出台: 公平竞争审查 records it (date and 文号) in the same transaction.
                    await fairCompetition.RecordIssuedAsync(P.SubjectType, document.Id, on, number.Text, ct);
                }

                break;
            case P.Publish:
                var effective = input.EffectiveOn!.Value;
                document.Publish(on, effective, input.ExpiresOn ?? ValidityPeriod.LatestExpiry(effective, ValidityPeriod.MaxYears(document.Title, Options)), input.SourceUrl);
                break;
            case P.File:
                var clock = instance.Clocks.FirstOrDefault(c => c.RuleKey == P.FilingClock);
                document.File(on, input.FilingAuthority!, clock is null || on <= clock.DueDate);
                break;
            case P.Evaluate:
                db.Add(new ImplementationEvaluation(document, on, conclusion!.Value, input.Note, actor.Login, time.GetUtcNow().UtcDateTime));
                document.Evaluated(on);
                break;
            case P.Amend or P.Repeal or P.DeclareInvalid:
                document.End(on, input.Note!.Trim());
                break;
            case P.Expire:
                document.End(on, "有效期届满");
                break;
        }
    }
}
