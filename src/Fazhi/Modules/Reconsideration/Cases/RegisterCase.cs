using Fazhi.Modules.Enforcement.Contracts;
using Fazhi.Modules.Reconsideration.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using P = Fazhi.Modules.Reconsideration.Domain.ReconsiderationProcedure;

namespace Fazhi.Modules.Reconsideration.Cases;

/// <summary>
/// 登记被申请行政复议案件: the review body's acceptance and the town's receipt of the application copy, each a dated
/// step, under the rule set in force on the acceptance date (law.md §0.2). The decision clock runs from acceptance, the
/// reply clock from receipt.
/// </summary>
public sealed class RegisterCase(AppDbContext db, ProcedureEngine engine, TimeProvider time, IChallengedDecisions challenged)
{
    public async Task<ReconsiderationCase> ExecuteAsync(RegisterInput input, string region, ProcedureActor actor, CancellationToken ct)
    {
        var c = await AddAsync(input, region, actor, ct);
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>Adds the case and its steps to the unit of work without saving (the ledger import saves all rows or none).</summary>
    internal async Task<ReconsiderationCase> AddAsync(RegisterInput input, string region, ProcedureActor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "applicant", input.Applicant, ReconsiderationCase.MaxName, "请填写申请人（不超过200个字符）");
        Require(errors, "challengedAct", input.ChallengedAct, ReconsiderationCase.MaxText, "请填写被申请复议的行政行为");
        Require(errors, "reviewBody", input.ReviewBody, ReconsiderationCase.MaxName, "请填写复议机关");
        if (input.CaseNumber?.Trim().Length > 100)
        {
            errors["caseNumber"] = ["复议案号不能超过100个字符"];
        }

        if (input.ChallengedCaseNumber?.Trim().Length > 100)
        {
            errors["challengedCaseNumber"] = ["关联执法案件案号不能超过100个字符"];
        }

        var track = input.Track?.Trim().ToLowerInvariant() switch
        {
            null or "" or "ordinary" or "普通程序" => ReconsiderationTrack.Ordinary,
            "simplified" or "简易程序" => ReconsiderationTrack.Simplified,
            _ => (ReconsiderationTrack?)null,
        };
        if (track is null)
        {
            errors["track"] = ["审理程序应为普通程序或简易程序"];
        }

        var today = LegalDate.Today(time);
        if (input.AcceptedOn is not { } accepted)
        {
            errors["acceptedOn"] = ["请填写复议机关受理日期"];
            throw new FieldValidationException(errors);
        }

        var applied = input.AppliedOn ?? accepted;
        var received = input.CopyReceivedOn ?? accepted;
        if (applied > accepted)
        {
            errors["appliedOn"] = ["申请日期不能晚于受理日期"];
        }

        if (accepted > today)
        {
            errors["acceptedOn"] = ["受理日期不能晚于今天"];
        }

        if (received < accepted)
        {
            errors["copyReceivedOn"] = ["收到申请书副本的日期不能早于受理日期"];
        }
        else if (received > today)
        {
            errors["copyReceivedOn"] = ["收到申请书副本的日期不能晚于今天"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var key = P.KeyFor(accepted, track!.Value);
        var c = new ReconsiderationCase(region, input, applied, accepted, received, track.Value, key, actor.Login, time.GetUtcNow().UtcDateTime);
        db.Add(c);
        var instance = engine.Start(key, P.SubjectType, c.Id, region, actor, accepted);
        c.AttachProcedure(instance.Id);
        var context = new ReconsiderationContext(c, null, null, false);
        await engine.ApplyAsync(instance, P.Accept, actor, context, new StepInput { On = accepted, Note = $"{c.ReviewBody}受理（{Names.Of(c.Law)}，{Names.Of(c.Track)}）" }, ct);
        await engine.ApplyAsync(instance, P.ReceiveCopy, actor, context, new StepInput { On = received }, ct);
        c.MoveTo(instance.State);

        // The challenged decision, when it is a case of the town's enforcement: its 加处罚款 pauses from the application.
        if (c.ChallengedCaseNumber is { Length: > 0 } number)
        {
            await challenged.ChallengeStartedAsync(region, number, ChallengeKind.Reconsideration, applied, ct);
        }

        return c;
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > max)
        {
            errors[field] = [message];
        }
    }
}
