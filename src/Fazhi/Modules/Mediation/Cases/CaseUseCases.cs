using Fazhi.Modules.Mediation.Contracts;
using Fazhi.Modules.Mediation.Domain;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Mediation.Domain.MediationProcedure;

namespace Fazhi.Modules.Mediation.Cases;

/// <summary>
/// 登记调解案件 (申请、主动调解、法院委派、公安移送、12345转办; 第十七条、第十八条): checks, numbers, encrypts the parties and
/// starts the procedure in 申请（待受理）.
/// </summary>
public sealed class OpenCase(AppDbContext db, ProcedureEngine engine, IssueNumber numbers, IFieldProtector protector, TimeProvider time)
{
    public const string NumberKind = "mediation.case";

    public async Task<MediationCase> ExecuteAsync(OpenCaseInput input, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var today = LegalDate.Today(time);
        var errors = new Dictionary<string, string[]>();
        var matter = Text(input.Matter, "matter", "请填写纠纷事项（不超过200个字符）", MediationCase.MaxShort, errors);
        var facts = Text(input.Facts, "facts", "请填写纠纷主要事实和争议事项（不超过4000个字符）", MediationCase.MaxText, errors);
        var type = Text(input.DisputeType ?? "其他纠纷", "disputeType", "纠纷类型不能超过50个字符", 50, errors);
        var source = Names.Parse<CaseSource>(input.Source);
        if (source is null or CaseSource.Screening)
        {
            errors["source"] = ["请选择案件来源（当事人申请、主动调解、人民法院委派、公安机关移送、12345热线转办）"];
        }

        var referredBy = input.ReferredBy?.Trim();
        if (source is CaseSource.Court or CaseSource.Police or CaseSource.Hotline && string.IsNullOrEmpty(referredBy))
        {
            errors["referredBy"] = ["委派、移送或转办的案件请填写委派（移送）单位"];
        }
        else if (referredBy?.Length > MediationCase.MaxShort)
        {
            errors["referredBy"] = ["委派（移送）单位不能超过200个字符"];
        }

        var on = input.On ?? today;
        if (on > today)
        {
            errors["on"] = ["申请日期不能晚于今天"];
        }

        Committee? committee = null;
        if (input.CommitteeId is not { } committeeId || (committee = await db.Set<Committee>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == committeeId, ct)) is null)
        {
            errors["committeeId"] = ["请选择受理的人民调解委员会"];
        }
        else if (committee.EstablishedOn > on || committee.DissolvedOn <= on)
        {
            errors["committeeId"] = ["该人民调解委员会在申请日期尚未设立或已撤销"];
        }

        var parties = Parties.Check(input.Parties, today, protector, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return await CreateAsync(regionCode, committee!.Id, source!.Value, matter!, facts!, type!, on, string.IsNullOrEmpty(referredBy) ? null : referredBy,
            parties.Select(p => new ReferredParty(p.Name, p.Role, p.IdNumberCipher, p.IdNumberMasked, p.PhoneCipher, p.PhoneMasked)).ToList(), actor, null, ct);
    }

    /// <summary>Creates the case and its procedure in the caller's unit of work and saves (a dispute's referral saves with the dispute).</summary>
    internal async Task<MediationCase> CreateAsync(string regionCode, Guid committeeId, CaseSource source, string matter, string facts, string type, DateOnly on,
        string? referredBy, IReadOnlyList<ReferredParty> parties, ProcedureActor actor, MediationReferral? referral, CancellationToken ct, bool save = true)
    {
        var id = Guid.CreateVersion7();
        await using var transaction = save && db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var number = await numbers.NextAsync(db, regionCode, NumberKind, on.Year, new NumberSubject(P.SubjectType, id.ToString()), ct);
        var mediationCase = new MediationCase(regionCode, number.Text, committeeId, source, matter, facts, type, on, referredBy, actor.Login, time.GetUtcNow().UtcDateTime);
        if (referral is not null)
        {
            mediationCase.FromDispute(referral.DisputeId, referral.DisputeNumber, referral.RegisteredOn, referral.DisputeDueOn);
        }

        var instance = engine.Start(P.Key, P.SubjectType, mediationCase.Id, regionCode, actor, on);
        mediationCase.AttachProcedure(instance.Id);
        db.Add(mediationCase);
        db.AddRange(parties.Select((p, i) => new MediationParty(mediationCase, i + 1, p.Name, p.Role, p.IdNumberCipher, p.IdNumberMasked, p.PhoneCipher, p.PhoneMasked)));
        if (save)
        {
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }

        return mediationCase;
    }

    internal static string? Text(string? value, string field, string message, int max, IDictionary<string, string[]> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > max)
        {
            errors[field] = [message];
            return null;
        }

        return text;
    }
}

/// <summary>
/// 办理调解案件 (take one step) through the procedure engine, in one unit of work; the gates cite 人民调解法.
/// </summary>
public sealed class AdvanceCase(AppDbContext db, ProcedureEngine engine, TimeProvider time)
{
    public async Task<MediationCase> ExecuteAsync(Guid id, string action, CaseActionInput input, ProcedureActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mediationCase = await db.Set<MediationCase>().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new RecordNotFoundException("没有该调解案件");
        var instance = await db.Set<ProcedureInstance>().FirstOrDefaultAsync(i => i.Id == mediationCase.ProcedureInstanceId, ct)
            ?? throw new RecordNotFoundException("该案件没有办理程序");
        var on = input.On ?? LegalDate.Today(time);
        var (form, amount, performance) = Check(action, input);
        var context = await ContextAsync(mediationCase, on, ct) with
        {
            Form = form,
            PartiesSigned = input.PartiesSigned,
            MediatorSigned = input.MediatorSigned,
            Sealed = input.Sealed,
            RoutesExplained = !string.IsNullOrWhiteSpace(input.RoutesExplained),
            JointApplication = input.JointApplication,
        };
        await engine.ApplyAsync(instance, action, actor, context, new StepInput { On = input.On, Note = Trim(input.Note) }, ct);
        switch (action)
        {
            case P.Accept:
                mediationCase.Accept(on);
                break;
            case P.Refuse:
                mediationCase.Refuse(on, input.RefusingParty!.Trim());
                break;
            case P.Assign:
                mediationCase.Assign(on, input.Mediators!.Trim());
                break;
            case P.RecordSession:
                db.Add(new MediationSession(mediationCase, on, input.SessionPlace!.Trim(), input.SessionParticipants!.Trim(), input.SessionRecord!.Trim(), actor.Login));
                break;
            case P.Agree:
                mediationCase.Agree(on, form!.Value, input.Obligations!.Trim(), Trim(input.PerformanceTerms), amount);
                break;
            case P.Fail:
                mediationCase.Fail(on, input.FailureReason!.Trim(), input.RoutesExplained!.Trim());
                break;
            case P.ApplyConfirmation:
                mediationCase.ApplyForConfirmation(on, input.Court!.Trim());
                break;
            case P.RecordConfirmation:
                mediationCase.ConfirmationDecided(on, input.Confirmed!.Value);
                break;
            case P.CheckPerformance:
                mediationCase.PerformanceChecked(on, performance!.Value);
                break;
            case P.Archive:
                mediationCase.Archive(on);
                break;
        }

        mediationCase.MoveTo(instance.State);
        await db.SaveChangesAsync(ct);
        return mediationCase;
    }

    /// <summary>The gate facts: the case, the step date and the due date of the 30-day confirmation clock (when it runs).</summary>
    public async Task<MediationGateContext> ContextAsync(MediationCase mediationCase, DateOnly on, CancellationToken ct)
    {
        var due = await db.Set<Clock>().AsNoTracking()
            .Where(c => c.InstanceId == mediationCase.ProcedureInstanceId && c.RuleKey == P.ConfirmationClock)
            .Select(c => (DateOnly?)c.DueDate).FirstOrDefaultAsync(ct);
        return new MediationGateContext(mediationCase, on, due);
    }

    private static (AgreementForm? Form, long AmountFen, Performance? Performance) Check(string action, CaseActionInput input)
    {
        var errors = new Dictionary<string, string[]>();
        AgreementForm? form = null;
        Performance? performance = null;
        long amount = 0;
        switch (action)
        {
            case P.Refuse:
                OpenCase.Text(input.RefusingParty, "refusingParty", "请填写明确拒绝调解的当事人（不超过100个字符）", 100, errors);
                break;
            case P.Assign:
                OpenCase.Text(input.Mediators, "mediators", "请填写指定（或当事人选择）的调解员（不超过200个字符）", MediationCase.MaxShort, errors);
                break;
            case P.RecordSession:
                OpenCase.Text(input.SessionPlace, "sessionPlace", "请填写调解地点（不超过200个字符）", MediationCase.MaxShort, errors);
                OpenCase.Text(input.SessionParticipants, "sessionParticipants", "请填写参加人（不超过200个字符）", MediationCase.MaxShort, errors);
                OpenCase.Text(input.SessionRecord, "sessionRecord", "请填写调解情况记录（不超过4000个字符）", MediationCase.MaxText, errors);
                break;
            case P.Agree:
                form = Names.Parse<AgreementForm>(input.AgreementForm);
                if (form is null)
                {
                    errors["agreementForm"] = ["请选择协议形式（书面调解协议书或口头协议）"];
                }

                OpenCase.Text(input.Obligations, "obligations", "请填写当事人的权利义务（协议内容，不超过4000个字符）", MediationCase.MaxText, errors);
                if (form == AgreementForm.Written)
                {
                    OpenCase.Text(input.PerformanceTerms, "performanceTerms", "书面调解协议书应写明履行协议的方式、期限（人民调解法第二十九条）", MediationCase.MaxText, errors);
                }

                if (input.AmountYuan is { } yuan)
                {
                    if (yuan < 0 || decimal.Round(yuan, 2) != yuan || yuan > 100_000_000_000m)
                    {
                        errors["amountYuan"] = ["协议涉及金额应为不小于0的数，最多两位小数（元）"];
                    }
                    else
                    {
                        amount = (long)(yuan * 100);
                    }
                }

                break;
            case P.Fail:
                OpenCase.Text(input.FailureReason, "failureReason", "请填写调解不成的原因（不超过4000个字符）", MediationCase.MaxText, errors);
                if (input.RoutesExplained?.Trim().Length > MediationCase.MaxText)
                {
                    errors["routesExplained"] = ["告知内容不能超过4000个字符"];
                }

                break;
            case P.ApplyConfirmation:
                OpenCase.Text(input.Court, "court", "请填写受理司法确认的人民法院（不超过200个字符）", MediationCase.MaxShort, errors);
                break;
            case P.RecordConfirmation when input.Confirmed is null:
                errors["confirmed"] = ["请选择人民法院是否确认调解协议有效"];
                break;
            case P.CheckPerformance:
                performance = Names.Parse<Performance>(input.Performance);
                if (performance is null)
                {
                    errors["performance"] = ["请选择履行情况（全部履行、部分履行、未履行）"];
                }

                break;
        }

        if (input.Note?.Length > 2000)
        {
            errors["note"] = ["办理意见不能超过2000个字符"];
        }

        return errors.Count > 0 ? throw new FieldValidationException(errors) : (form, amount, performance);
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary><see cref="IMediationCases"/> for the dispute-screening module.</summary>
public sealed class MediationCases(AppDbContext db, OpenCase open) : IMediationCases
{
    public async Task<MediationCaseStatus> ReferAsync(MediationReferral referral, ProcedureActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(referral);
        // The town's own committee takes a screened dispute (小事不出村、大事不出镇); failing that, any committee in force.
        var committees = await db.Set<Committee>().AsNoTracking()
            .Where(c => c.EstablishedOn <= referral.On && (c.DissolvedOn == null || c.DissolvedOn > referral.On))
            .OrderBy(c => c.Kind != CommitteeKind.Town).ThenBy(c => c.EstablishedOn).Select(c => c.Id).FirstOrDefaultAsync(ct);
        if (committees == Guid.Empty)
        {
            throw new DomainRuleException("本镇尚未登记在设的人民调解委员会，不能分流人民调解");
        }

        var created = await open.CreateAsync(referral.RegionCode, committees, CaseSource.Screening, referral.Matter, referral.Facts, referral.DisputeType, referral.On,
            $"矛盾纠纷排查（{referral.DisputeNumber}）", referral.Parties, actor, referral, ct, save: false);
        return new MediationCaseStatus(created.Id, created.Number, created.State, P.NameOf(created.State), false, false, null, null, []);
    }

    public async Task<MediationCaseStatus?> StatusAsync(Guid caseId, CancellationToken ct)
    {
        var c = await db.Set<MediationCase>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return null;
        }

        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == c.ProcedureInstanceId).OrderBy(s => s.Sequence).ToListAsync(ct);
        return new MediationCaseStatus(c.Id, c.Number, c.State, P.NameOf(c.State), c.Concluded, c.AgreedOn is not null, c.AcceptedOn,
            c.AgreedOn ?? c.FailedOn ?? c.RefusedOn, steps.Select(s => new MediationStepLine(s.On, s.ActionName, s.ActorName, s.Note)).ToList());
    }
}
