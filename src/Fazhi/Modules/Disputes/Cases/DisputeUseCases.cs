using System.Globalization;

using Fazhi.Modules.Disputes.Domain;
using Fazhi.Modules.Mediation.Contracts;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Disputes.Domain.DisputeProcedure;

namespace Fazhi.Modules.Disputes.Cases;

/// <summary>Body of <c>POST /api/disputes</c> (登记纠纷).</summary>
public sealed record RegisterDisputeInput
{
    public string? Title { get; init; }

    public string? Facts { get; init; }

    public string? Type { get; init; }

    public string? Source { get; init; }

    public string? Risk { get; init; }

    public string? Location { get; init; }

    public Guid? ScreeningRoundId { get; init; }

    /// <summary>登记日期 (default today); not in the future, not before the screening round began.</summary>
    public DateOnly? On { get; init; }

    public IReadOnlyList<PartyInput>? Parties { get; init; }
}

/// <summary>What a step may carry besides its date and note.</summary>
public sealed record DisputeActionInput
{
    public DateOnly? On { get; init; }

    public string? Note { get; init; }

    /// <summary>交办: 责任单位, whether it is the 属事部门, and the deadline.</summary>
    public string? ResponsibleUnit { get; init; }

    public bool ReferToDepartment { get; init; }

    public DateOnly? DueOn { get; init; }

    /// <summary>分流: Mediation / Petition / Litigation (or 人民调解 / 信访办理 / 引导诉讼), and for 信访 / 诉讼 the reference as text.</summary>
    public string? Route { get; init; }

    public string? RouteReference { get; init; }

    /// <summary>化解: 化解情况.</summary>
    public string? Resolution { get; init; }

    /// <summary>回访办结: 回访情况.</summary>
    public string? FollowUp { get; init; }
}

/// <summary>登记纠纷: checks, numbers, encrypts the parties, starts the procedure; a 重大 risk is reported to the leaders at once.</summary>
public sealed class RegisterDispute(AppDbContext db, ProcedureEngine engine, IssueNumber numbers, IFieldProtector protector, TimeProvider time)
{
    public const string NumberKind = "disputes.dispute";

    public async Task<Dispute> ExecuteAsync(RegisterDisputeInput input, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var today = LegalDate.Today(time);
        var errors = new Dictionary<string, string[]>();
        var title = Text(input.Title, "title", "请填写纠纷名称（不超过200个字符）", Dispute.MaxShort, errors);
        var facts = Text(input.Facts, "facts", "请填写纠纷简要情况（不超过4000个字符）", Dispute.MaxText, errors);
        var location = Text(input.Location, "location", "请填写发生地（村、社区或网格，不超过200个字符）", Dispute.MaxShort, errors);
        var type = Names.Parse<DisputeType>(input.Type);
        if (type is null)
        {
            errors["type"] = ["请选择纠纷类型"];
        }

        var source = Names.Parse<DisputeSource>(input.Source);
        if (source is null)
        {
            errors["source"] = ["请选择纠纷来源"];
        }

        var risk = Names.Parse<RiskLevel>(input.Risk);
        if (risk is null)
        {
            errors["risk"] = ["请选择风险等级（一般、较大、重大）"];
        }

        var on = input.On ?? today;
        if (on > today)
        {
            errors["on"] = ["登记日期不能晚于今天"];
        }

        ScreeningRound? round = null;
        if (input.ScreeningRoundId is { } roundId)
        {
            round = await db.Set<ScreeningRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
            if (round is null)
            {
                errors["screeningRoundId"] = ["没有该排查轮次"];
            }
            else if (on < round.StartedOn)
            {
                errors["on"] = [$"登记日期不能早于排查开始日期{round.StartedOn:yyyy-MM-dd}"];
            }
        }

        var parties = Parties.Check(input.Parties, today, protector, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var id = Guid.CreateVersion7();
        // An import registers many disputes in its own transaction; alone, a dispute and its number commit together.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var number = await numbers.NextAsync(db, regionCode, NumberKind, on.Year, new NumberSubject(P.SubjectType, id.ToString()), ct);
        var dispute = new Dispute(regionCode, number.Text, title!, facts!, type!.Value, source!.Value, risk!.Value, location!, round?.Id, on, actor.Login,
            time.GetUtcNow().UtcDateTime);
        var instance = engine.Start(P.Key, P.SubjectType, dispute.Id, regionCode, actor, on);
        dispute.AttachProcedure(instance.Id);
        db.Add(dispute);
        db.AddRange(parties.Select((p, i) => new DisputeParty(dispute, i + 1, p.Name, p.Role, p.IdNumberCipher, p.IdNumberMasked, p.PhoneCipher, p.PhoneMasked)));
        if (dispute.Risk == RiskLevel.Major)
        {
            Escalate(db, dispute, on, "登记时评定为重大风险，即时上报镇领导", actor, time);
        }

        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return dispute;
    }

    internal static void Escalate(AppDbContext db, Dispute dispute, DateOnly on, string reason, ProcedureActor actor, TimeProvider time)
    {
        dispute.Escalated(on);
        db.Add(new DisputeEscalation(dispute, on, reason, actor.Login, time.GetUtcNow().UtcDateTime));
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
/// 办理纠纷 (take one step): 交办 / 分流 / 化解 / 回访办结 through the procedure engine, in one unit of work. Routing into
/// mediation opens the mediation case through its contract, carrying the dispute's record and clock across.
/// </summary>
public sealed class AdvanceDispute(AppDbContext db, ProcedureEngine engine, IMediationCases mediation, TimeProvider time)
{
    public async Task<Dispute> ExecuteAsync(Guid id, string action, DisputeActionInput input, ProcedureActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var dispute = await db.Set<Dispute>().Include(d => d.Parties).FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new RecordNotFoundException("没有该纠纷");
        var instance = await db.Set<ProcedureInstance>().FirstOrDefaultAsync(i => i.Id == dispute.ProcedureInstanceId, ct)
            ?? throw new RecordNotFoundException("该纠纷没有办理程序");
        var on = input.On ?? LegalDate.Today(time);
        var route = Check(action, input, on);
        var context = await ContextAsync(dispute, ct);
        // DEBT: the mediation case number is taken in its own transaction (a refused save leaves a gap); an outer transaction
        // here timed out on the audit chain lock — to be looked at with the kernel's owner.
        await engine.ApplyAsync(instance, action, actor, context, new StepInput { On = input.On, Note = Trim(input.Note) }, ct);
        switch (action)
        {
            case P.Assign:
                dispute.Assign(on, input.ResponsibleUnit!.Trim(), input.ReferToDepartment, input.DueOn!.Value);
                break;
            case P.Route when route == DisputeRoute.Mediation:
                var opened = await mediation.ReferAsync(new MediationReferral(dispute.RegionCode, dispute.Id, dispute.Number, dispute.Title, dispute.Facts,
                    Names.Of(dispute.Type), dispute.RegisteredOn, dispute.DueOn, on,
                    dispute.Parties.OrderBy(p => p.Order).Select(p => new ReferredParty(p.Name, p.Role, p.IdNumberCipher, p.IdNumberMasked, p.PhoneCipher, p.PhoneMasked)).ToList()),
                    actor, ct);
                dispute.Routed(on, DisputeRoute.Mediation, opened.Number, opened.Id);
                break;
            case P.Route:
                dispute.Routed(on, route!.Value, Trim(input.RouteReference), null);
                break;
            case P.Resolve:
                dispute.Resolve(on, input.Resolution!.Trim());
                break;
            case P.Close:
                dispute.Close(on, input.FollowUp!.Trim());
                break;
        }

        dispute.MoveTo(instance.State);
        await db.SaveChangesAsync(ct);
        return dispute;
    }

    public async Task<DisputeGateContext> ContextAsync(Dispute dispute, CancellationToken ct) =>
        new(dispute, dispute.MediationCaseId is { } caseId ? await mediation.StatusAsync(caseId, ct) : null);

    /// <summary>上报镇领导 (raising the risk to 重大 if it was lower): recorded and audited, shown on the leaders' list.</summary>
    public async Task EscalateAsync(Guid id, DisputeActionInput input, ProcedureActor actor, CancellationToken ct)
    {
        var dispute = await db.Set<Dispute>().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new RecordNotFoundException("没有该纠纷");
        var today = LegalDate.Today(time);
        var on = input.On ?? today;
        if (on > today || on < dispute.RegisteredOn)
        {
            throw new FieldValidationException("on", $"上报日期应在登记日期{dispute.RegisteredOn:yyyy-MM-dd}与今天之间");
        }

        if (dispute.State == P.Closed)
        {
            throw new DomainRuleException("纠纷已回访办结，无需上报");
        }

        var reason = RegisterDispute.Text(input.Note, "note", "请填写上报理由（重大风险情形，不超过2000个字符）", 2000, new Dictionary<string, string[]>())
            ?? throw new FieldValidationException("note", "请填写上报理由（重大风险情形，不超过2000个字符）");
        dispute.RaiseRisk(RiskLevel.Major);
        RegisterDispute.Escalate(db, dispute, on, reason, actor, time);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>镇领导签收上报 (with an optional 批示).</summary>
    public async Task AcknowledgeAsync(Guid escalationId, string? instruction, ProcedureActor actor, CancellationToken ct)
    {
        var escalation = await db.Set<DisputeEscalation>().FirstOrDefaultAsync(e => e.Id == escalationId, ct) ?? throw new RecordNotFoundException("没有该上报");
        if (escalation.AcknowledgedAt is not null)
        {
            throw new DomainRuleException("该上报已签收");
        }

        if (instruction?.Trim().Length > 2000)
        {
            throw new FieldValidationException("instruction", "批示不能超过2000个字符");
        }

        escalation.Acknowledge(actor.Login, time.GetUtcNow().UtcDateTime, Trim(instruction));
        await db.SaveChangesAsync(ct);
    }

    private static DisputeRoute? Check(string action, DisputeActionInput input, DateOnly on)
    {
        var errors = new Dictionary<string, string[]>();
        DisputeRoute? route = null;
        switch (action)
        {
            case P.Assign:
                RegisterDispute.Text(input.ResponsibleUnit, "responsibleUnit", "请填写责任单位（不超过200个字符）", Dispute.MaxShort, errors);
                if (input.DueOn is not { } due)
                {
                    errors["dueOn"] = ["请填写办理时限"];
                }
                else if (due <= on)
                {
                    errors["dueOn"] = ["办理时限应晚于交办日期"];
                }

                break;
            case P.Route:
                route = Names.Parse<DisputeRoute>(input.Route);
                if (route is null)
                {
                    errors["route"] = ["请选择分流途径（人民调解、信访办理、引导诉讼）"];
                }
                else if (route != DisputeRoute.Mediation && string.IsNullOrWhiteSpace(input.RouteReference))
                {
                    errors["routeReference"] = ["请填写信访件编号或诉讼引导记录（文字）"];
                }
                else if (input.RouteReference?.Trim().Length > Dispute.MaxShort)
                {
                    errors["routeReference"] = ["编号不能超过200个字符"];
                }

                break;
            case P.Resolve:
                RegisterDispute.Text(input.Resolution, "resolution", "请填写化解情况（不超过4000个字符）", Dispute.MaxText, errors);
                break;
            case P.Close:
                RegisterDispute.Text(input.FollowUp, "followUp", "请填写回访情况（不超过4000个字符）", Dispute.MaxText, errors);
                break;
        }

        if (input.Note?.Length > 2000)
        {
            errors["note"] = ["办理意见不能超过2000个字符"];
        }

        return errors.Count > 0 ? throw new FieldValidationException(errors) : route;
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>登记排查轮次.</summary>
public sealed record ScreeningRoundInput(string? Level, string? Unit, DateOnly? StartedOn, DateOnly? EndedOn, string? Summary);

/// <summary>结束排查.</summary>
public sealed record ScreeningRoundEndInput(DateOnly? EndedOn, string? Summary);

/// <summary>One screening round with what it found.</summary>
public sealed record ScreeningRoundRow(ScreeningRound Round, int Found, int Resolved, int Referred, int Major);

public sealed record ScreeningRoundFilter
{
    /// <summary>排查单位 contains it.</summary>
    public string? Q { get; init; }

    public string? Level { get; init; }

    public string? Year { get; init; }

    /// <summary>-started (default, newest first) | started.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

public sealed class ScreeningRounds(AppDbContext db, TimeProvider time)
{
    public async Task<ScreeningRound> CreateAsync(ScreeningRoundInput input, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var today = LegalDate.Today(time);
        var errors = new Dictionary<string, string[]>();
        var level = Names.Parse<ScreeningLevel>(input.Level);
        if (level is null)
        {
            errors["level"] = ["请选择排查层级（网格、村（社区）、镇综治中心）"];
        }

        var unit = RegisterDispute.Text(input.Unit, "unit", "请填写排查单位（不超过200个字符）", Dispute.MaxShort, errors);
        if (input.StartedOn is not { } start || start > today)
        {
            errors["startedOn"] = ["请填写排查开始日期（不能晚于今天）"];
        }
        else if (input.EndedOn is { } end && (end < start || end > today))
        {
            errors["endedOn"] = ["排查结束日期应在开始日期与今天之间"];
        }

        if (input.Summary?.Length > Dispute.MaxText)
        {
            errors["summary"] = ["排查情况不能超过4000个字符"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var round = new ScreeningRound(regionCode, level!.Value, unit!, input.StartedOn!.Value, input.EndedOn, input.Summary?.Trim(), actor.Login);
        db.Add(round);
        await db.SaveChangesAsync(ct);
        return round;
    }

    /// <summary>结束排查: the end date (not before the start, not in the future) and the round's findings.</summary>
    public async Task<ScreeningRound> EndAsync(Guid id, ScreeningRoundEndInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var round = await db.Set<ScreeningRound>().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new RecordNotFoundException("没有该排查轮次");
        if (round.EndedOn is { } ended)
        {
            throw new DomainRuleException($"该轮排查已于{ended:yyyy-MM-dd}结束");
        }

        var errors = new Dictionary<string, string[]>();
        if (input.EndedOn is not { } end || end > LegalDate.Today(time))
        {
            errors["endedOn"] = ["请填写排查结束日期（不能晚于今天）"];
        }
        else if (end < round.StartedOn)
        {
            errors["endedOn"] = [$"排查结束日期不能早于开始日期{round.StartedOn:yyyy-MM-dd}"];
        }
        else if (await db.Set<Dispute>().Where(d => d.ScreeningRoundId == id && d.RegisteredOn > end).MinAsync(d => (DateOnly?)d.RegisteredOn, ct) is { } later)
        {
            errors["endedOn"] = [$"本轮已有{later:yyyy-MM-dd}登记的纠纷，结束日期不能早于该日"];
        }

        if (input.Summary?.Length > Dispute.MaxText)
        {
            errors["summary"] = ["排查情况不能超过4000个字符"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        round.End(input.EndedOn!.Value, string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim());
        await db.SaveChangesAsync(ct);
        return round;
    }

    /// <summary>One round with what it found: disputes registered in it, resolved, referred, and major risks.</summary>
    public async Task<ScreeningRoundRow> GetAsync(Guid id, CancellationToken ct)
    {
        var round = await db.Set<ScreeningRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new RecordNotFoundException("没有该排查轮次");
        return (await RowsAsync([round], ct))[0];
    }

    public async Task<IReadOnlyList<ScreeningRoundRow>> ListAsync(int? year, CancellationToken ct) =>
        (await PageAsync(new ScreeningRoundFilter { Year = year?.ToString(CultureInfo.InvariantCulture), PageSize = "200" }, ct)).Items;

    /// <summary>排查轮次 list: filter by year (of the start), level and unit, sorted by start date, paged.</summary>
    public async Task<Paged<ScreeningRoundRow>> PageAsync(ScreeningRoundFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<ScreeningRound>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100)
            {
                query = query.Where(r => r.StartedOn >= new DateOnly(y, 1, 1) && r.StartedOn < new DateOnly(y + 1, 1, 1));
            }
            else
            {
                errors["year"] = ["年度应为四位数字"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Level))
        {
            if (Names.Parse<ScreeningLevel>(filter.Level) is { } level)
            {
                query = query.Where(r => r.Level == level);
            }
            else
            {
                errors["level"] = ["排查层级应为网格、村（社区）或镇综治中心"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 50)
            {
                errors["q"] = ["检索词不能超过50个字符"];
            }

            query = query.Where(r => r.Unit.Contains(q));
        }

        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        query = filter.Sort?.Trim() switch
        {
            null or "" or "-started" => query.OrderByDescending(r => r.StartedOn).ThenBy(r => r.Id),
            "started" => query.OrderBy(r => r.StartedOn).ThenBy(r => r.Id),
            _ => Invalid(query, errors),
        };

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var total = await query.CountAsync(ct);
        var rounds = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<ScreeningRoundRow>(await RowsAsync(rounds, ct), page, size, total);
    }

    private static IQueryable<ScreeningRound> Invalid(IQueryable<ScreeningRound> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 started 或 -started"];
        return query;
    }

    private async Task<IReadOnlyList<ScreeningRoundRow>> RowsAsync(IReadOnlyList<ScreeningRound> rounds, CancellationToken ct)
    {
        var ids = rounds.Select(r => r.Id).ToList();
        var counts = await db.Set<Dispute>().AsNoTracking().Where(d => d.ScreeningRoundId != null && ids.Contains(d.ScreeningRoundId.Value))
            .GroupBy(d => d.ScreeningRoundId)
            .Select(g => new
            {
                g.Key,
                Found = g.Count(),
                Resolved = g.Count(d => d.ResolvedOn != null),
                Referred = g.Count(d => d.ReferredToDepartment),
                Major = g.Count(d => d.Risk == RiskLevel.Major),
            })
            .ToListAsync(ct);
        return rounds.Select(r => counts.FirstOrDefault(c => c.Key == r.Id) is { } c
            ? new ScreeningRoundRow(r, c.Found, c.Resolved, c.Referred, c.Major)
            : new ScreeningRoundRow(r, 0, 0, 0, 0)).ToList();
    }
}
