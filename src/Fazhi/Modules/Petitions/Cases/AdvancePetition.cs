using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Petitions.Domain.PetitionProcedure;

namespace Fazhi.Modules.Petitions.Cases;

/// <summary>Body of <c>POST /api/petitions/{id}/actions/{action}</c>: what each step needs (unused fields are ignored).</summary>
public sealed record PetitionActionInput
{
    /// <summary>办理日期 (the act's real date; default today).</summary>
    public DateOnly? On { get; init; }

    /// <summary>办理意见; for 延长 the reason (notified to the petitioner), for 不予受理 the reason.</summary>
    public string? Note { get; init; }

    /// <summary>受理: 建议意见类 / 检举控告类 / 申诉求决类 (name or Chinese name).</summary>
    public string? Category { get; init; }

    /// <summary>申诉求决类 that fits none of the statutory channels (第三十一条第六项).</summary>
    public bool Residual { get; init; }

    public string? HandlingUnit { get; init; }

    /// <summary>导入法定途径: 诉讼、仲裁、行政复议 …</summary>
    public string? StatutoryChannel { get; init; }

    /// <summary>延长的日数 (≤30).</summary>
    public int? ExtensionDays { get; init; }

    /// <summary>处理（复查、复核）意见: 支持 / 解释说明 / 不予支持.</summary>
    public string? Outcome { get; init; }

    public string? Facts { get; init; }

    public string? Opinion { get; init; }

    public string? OpinionBasis { get; init; }

    public DateOnly? ExcludedFrom { get; init; }

    public DateOnly? ExcludedTo { get; init; }
}

/// <summary>An action the page or API offers on the petition now.</summary>
public sealed record OfferedAction(string Key, string Name);

/// <summary>
/// 办理一个环节: the engine checks the state, the actor and the gates (each citing its article) and moves the clocks; this
/// use case records the step's facts on the petition, copying each clock's due date so the figures can read them.
/// </summary>
public sealed class AdvancePetition(AppDbContext db, ProcedureEngine engine, IssueNumber numbers, TimeProvider time, ICalendarSource calendars)
{
    public const string OpinionNumberKind = "petitions.opinion";

    public async Task<Petition> ExecuteAsync(Guid id, string actionKey, PetitionActionInput input, ProcedureActor actor, CancellationToken ct)
    {
        var petition = await db.Set<Petition>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new RecordNotFoundException("没有该信访事项");
        var instance = await db.Set<ProcedureInstance>().FirstAsync(i => i.Id == petition.ProcedureInstanceId, ct);
        var on = input.On ?? LegalDate.Today(time);
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : Masking.Text(input.Note.Trim());
        if (note is { Length: > Petition.MaxText })
        {
            throw new FieldValidationException("note", "办理意见过长");
        }

        PetitionOutcome? outcome = null;
        switch (actionKey)
        {
            case P.Accept or P.Route:
                var category = Names.Parse<PetitionCategory>(input.Category)
                    ?? throw new FieldValidationException("category", "请选择信访事项类别（建议意见类、检举控告类、申诉求决类）");
                petition.Classify(category, input.Residual, input.HandlingUnit);
                if (actionKey == P.Route && string.IsNullOrWhiteSpace(input.StatutoryChannel))
                {
                    throw new FieldValidationException("statutoryChannel", "请填写导入的法定途径（如 诉讼、仲裁、行政复议、劳动仲裁）");
                }

                break;
            case P.Decline when note is null:
                throw new FieldValidationException("note", "请填写不予受理的理由");
            case P.AnswerAction or P.AnswerReview or P.AnswerRecheck:
                outcome = Names.Parse<PetitionOutcome>(input.Outcome)
                    ?? throw new FieldValidationException("outcome", "请选择处理意见（支持、解释说明、不予支持）");
                var errors = new Dictionary<string, string[]>();
                if (string.IsNullOrWhiteSpace(input.Opinion))
                {
                    errors["opinion"] = ["请填写处理意见"];
                }

                if (actionKey == P.AnswerAction && string.IsNullOrWhiteSpace(input.Facts))
                {
                    errors["facts"] = ["处理意见书应当载明查明的事实（条例第三十二条）"];
                }

                if (actionKey == P.AnswerAction && string.IsNullOrWhiteSpace(input.OpinionBasis))
                {
                    errors["opinionBasis"] = ["处理意见书应当载明处理依据（条例第三十二条）"];
                }

                if (errors.Count > 0)
                {
                    throw new FieldValidationException(errors);
                }

                break;
        }

        var window = actionKey switch
        {
            P.RequestReview => petition.ReviewRequestDue,
            P.RequestRecheck => petition.RecheckRequestDue,
            _ => null,
        };
        var step = new StepInput
        {
            On = on,
            Note = note,
            ExtensionLength = actionKey == P.Extend ? input.ExtensionDays : null,
            ExcludedFrom = input.ExcludedFrom,
            ExcludedTo = input.ExcludedTo,
        };

        // The calendar is loaded (and on a new database imported, by a save of its own) before the transaction holds the audit chain.
        await calendars.GetAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await engine.ApplyAsync(instance, actionKey, actor, new PetitionGateContext(petition, on, window), step, ct);
        DateOnly Due(string clock) => instance.Clocks.Single(c => c.RuleKey == clock).DueDate;
        switch (actionKey)
        {
            case P.Accept:
                petition.Accept(on, Due(P.HandleClock));
                break;
            case P.Route:
                petition.RouteToStatutoryChannel(on, input.StatutoryChannel!.Trim());
                break;
            case P.Decline:
                petition.Decline(on);
                break;
            case P.Extend:
                petition.Extend(input.ExtensionDays ?? 0, note!, Due(P.HandleClock));
                break;
            case P.AnswerAction:
                var number = await numbers.NextAsync(db, petition.RegionCode, OpinionNumberKind, on.Year, new NumberSubject(nameof(Petition), petition.Id.ToString()), ct);
                petition.Answer(on, number.Text, outcome!.Value, Masking.Text(input.Facts!.Trim()), Masking.Text(input.Opinion!.Trim()),
                    Masking.Text(input.OpinionBasis!.Trim()), Due(P.ReviewRequestClock));
                break;
            case P.RequestReview:
                petition.RequestReview(on, Due(P.ReviewClock));
                break;
            case P.AnswerReview:
                petition.AnswerReview(on, outcome!.Value, Masking.Text(input.Opinion!.Trim()), Due(P.RecheckRequestClock));
                break;
            case P.RequestRecheck:
                petition.RequestRecheck(on, Due(P.RecheckClock));
                break;
            case P.ExcludeHearing:
                petition.MoveRecheckDue(Due(P.RecheckClock));
                break;
            case P.AnswerRecheck:
                petition.AnswerRecheck(on, outcome!.Value, Masking.Text(input.Opinion!.Trim()));
                break;
        }

        petition.MoveTo(instance.State);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return petition;
    }

    /// <summary>The steps the actor may take from the petition's state (gates are checked when the step is taken).</summary>
    public IReadOnlyList<OfferedAction> Offered(Petition petition, ProcedureActor actor) =>
        P.V1.Actions.Where(a => a.From.Contains(petition.State) && a.Key != P.Register && actor.MayTake(a))
            .Select(a => new OfferedAction(a.Key, a.Name)).ToList();
}
