using Fazhi.Modules.Litigation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using P = Fazhi.Modules.Litigation.Domain.LitigationProcedure;

namespace Fazhi.Modules.Litigation.Cases;

/// <summary>登记行政诉讼案件: the served complaint starts the 15-day defence clock (行政诉讼法第六十七条).</summary>
public sealed class RegisterSuit(AppDbContext db, ProcedureEngine engine, TimeProvider time)
{
    public async Task<LitigationCase> ExecuteAsync(SuitInput input, string region, ProcedureActor actor, CancellationToken ct)
    {
        var c = await AddAsync(input, region, actor, ct);
        await db.SaveChangesAsync(ct);
        return c;
    }

    internal async Task<LitigationCase> AddAsync(SuitInput input, string region, ProcedureActor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "court", input.Court, LitigationCase.MaxName, "请填写受理法院");
        Require(errors, "plaintiff", input.Plaintiff, LitigationCase.MaxName, "请填写原告（不超过200个字符）");
        Require(errors, "challengedAct", input.ChallengedAct, LitigationCase.MaxText, "请填写被诉行政行为");
        if (input.CourtCaseNumber?.Trim().Length > 100)
        {
            errors["courtCaseNumber"] = ["案号不能超过100个字符"];
        }

        if (input.ChallengedCaseNumber?.Trim().Length > 100)
        {
            errors["challengedCaseNumber"] = ["关联执法案件案号不能超过100个字符"];
        }

        var today = LegalDate.Today(time);
        if (input.ServedOn is not { } served)
        {
            errors["servedOn"] = ["请填写收到起诉状副本的日期"];
            throw new FieldValidationException(errors);
        }

        if (served > today)
        {
            errors["servedOn"] = ["收到起诉状副本的日期不能晚于今天"];
        }

        if (input.FiledOn is { } filed && filed > served)
        {
            errors["filedOn"] = ["法院立案日期不能晚于收到起诉状副本的日期"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var c = new LitigationCase(region, input, served, actor.Login, time.GetUtcNow().UtcDateTime);
        db.Add(c);
        var instance = engine.Start(P.Key, P.SubjectType, c.Id, region, actor, input.FiledOn ?? served);
        c.AttachProcedure(instance.Id);
        await engine.ApplyAsync(instance, P.Serve, actor, new LitigationContext(c, null, null, false, false), new StepInput { On = served, Note = $"{c.Court}送达起诉状副本及应诉通知书" }, ct);
        c.MoveTo(instance.State);
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
