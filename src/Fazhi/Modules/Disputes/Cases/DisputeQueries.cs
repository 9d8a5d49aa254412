using System.Globalization;

using Fazhi.Modules.Disputes.Contracts;
using Fazhi.Modules.Disputes.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Disputes.Domain.DisputeProcedure;

namespace Fazhi.Modules.Disputes.Cases;

/// <summary>A party as every screen, export and API shows it: masked, never the clear ID number or phone.</summary>
public sealed record PartyLine(string Name, string Role, string? IdNumber, string? Phone);

public sealed record StepLine(int Sequence, DateOnly On, string Action, string From, string To, string ActorName, string? Note);

/// <summary>办理时限 as the page shows it: the deadline and how far it is.</summary>
public sealed record DeadlineLine(string Name, DateOnly? StartedOn, DateOnly DueOn, string Status, string Explanation);

public sealed record EscalationLine(Guid Id, DateOnly On, string Reason, string ReportedBy, string? AcknowledgedBy, DateTime? AcknowledgedAt, string? Instruction);

public sealed record OfferedAction(string Key, string Name, IReadOnlyList<string> Unmet);

/// <summary>纠纷详情: facts, masked parties, timeline (with the mediation case's steps when it went there), deadline, escalations.</summary>
public sealed record DisputeView(
    Guid Id, string Number, string Title, string Facts, string Type, string Source, string Risk, string Location, string State, string StateName,
    DateOnly RegisteredOn, string? ResponsibleUnit, bool ReferredToDepartment, DateOnly? AssignedOn, DateOnly? DueOn, string? Route,
    string? RouteReference, DateOnly? RoutedOn, Guid? MediationCaseId, string? MediationState, DateOnly? ResolvedOn, string? Resolution,
    DateOnly? ClosedOn, string? FollowUp, IReadOnlyList<PartyLine> Parties, IReadOnlyList<StepLine> Timeline, IReadOnlyList<DeadlineLine> Deadlines,
    IReadOnlyList<EscalationLine> Escalations, IReadOnlyList<OfferedAction> Actions);

public sealed class DisputeDetails(AppDbContext db, AdvanceDispute advance, ProcedureEngine engine, TimeProvider time)
{
    public async Task<DisputeView> ExecuteAsync(Guid id, ProcedureActor actor, CancellationToken ct)
    {
        var d = await db.Set<Dispute>().AsNoTracking().Include(x => x.Parties).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("没有该纠纷");
        var context = await advance.ContextAsync(d, ct);
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == d.ProcedureInstanceId).OrderBy(s => s.Sequence).ToListAsync(ct);
        var timeline = steps.Select(s => new StepLine(s.Sequence, s.On, s.ActionName, P.NameOf(s.FromState), P.NameOf(s.ToState), s.ActorName, s.Note)).ToList();
        if (context.Mediation is { } m)
        {
            // One citizen issue, one history: the mediation case's steps continue the dispute's timeline.
            timeline.AddRange(m.Steps.Select((s, i) => new StepLine(steps.Count + i + 1, s.On, $"人民调解（{m.Number}）：{s.Action}", "", m.StateName, s.ActorName, s.Note)));
            timeline = [.. timeline.OrderBy(s => s.On).ThenBy(s => s.Sequence)];
        }

        var escalations = await db.Set<DisputeEscalation>().AsNoTracking().Where(e => e.DisputeId == id).OrderBy(e => e.At).ToListAsync(ct);
        var instance = await db.Set<ProcedureInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == d.ProcedureInstanceId, ct);
        var offered = instance is null
            ? []
            : engine.DefinitionOf(instance).Actions.Where(a => a.From.Contains(instance.State) && actor.MayTake(a))
                .Select(a => new OfferedAction(a.Key, a.Name, a.Gates.Where(g => !g.IsMet(context)).Select(g => g.RefusalMessage).ToList())).ToList();
        return new DisputeView(d.Id, d.Number, d.Title, d.Facts, Names.Of(d.Type), Names.Of(d.Source), Names.Of(d.Risk), d.Location, d.State, P.NameOf(d.State),
            d.RegisteredOn, d.ResponsibleUnit, d.ReferredToDepartment, d.AssignedOn, d.DueOn, d.Route is { } r ? Names.Of(r) : null, d.RouteReference, d.RoutedOn,
            d.MediationCaseId, context.Mediation?.StateName, d.ResolvedOn, d.Resolution, d.ClosedOn, d.FollowUp,
            d.Parties.OrderBy(p => p.Order).Select(p => new PartyLine(p.Name, p.Role, p.IdNumberMasked, p.PhoneMasked)).ToList(),
            timeline, Deadlines(d, LegalDate.Today(time)),
            escalations.Select(e => new EscalationLine(e.Id, e.On, e.Reason, e.ReportedBy, e.AcknowledgedBy, e.AcknowledgedAt, e.Instruction)).ToList(), offered);
    }

    public static IReadOnlyList<DeadlineLine> Deadlines(Dispute d, DateOnly today)
    {
        if (d.DueOn is not { } due)
        {
            return [];
        }

        var end = d.ResolvedOn ?? d.ClosedOn;
        var status = end is { } e
            ? (e <= due ? $"已于{e:yyyy-MM-dd}办结，未超期" : $"已于{e:yyyy-MM-dd}办结，超期{e.DayNumber - due.DayNumber}日")
            : today <= due ? $"办理中，剩余{due.DayNumber - today.DayNumber}日" : $"已逾期{today.DayNumber - due.DayNumber}日";
        return [new DeadlineLine("交办办理时限", d.AssignedOn, due, status, $"{d.AssignedOn:yyyy-MM-dd}交办{d.ResponsibleUnit}，限{due:yyyy-MM-dd}前办结反馈（交办时确定）")];
    }
}

/// <summary>The dispute's record and steps for the mediation case (<see cref="IDisputeHistory"/>).</summary>
public sealed class DisputeHistories(AppDbContext db) : IDisputeHistory
{
    public async Task<DisputeHistory?> HistoryAsync(Guid disputeId, CancellationToken ct)
    {
        var d = await db.Set<Dispute>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == disputeId, ct);
        if (d is null)
        {
            return null;
        }

        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == d.ProcedureInstanceId).OrderBy(s => s.Sequence).ToListAsync(ct);
        return new DisputeHistory(d.Id, d.Number, d.Title, P.NameOf(d.State), Names.Of(d.Risk), d.RegisteredOn, d.ResponsibleUnit, d.DueOn,
            steps.Select(s => new DisputeStepLine(s.On, s.ActionName, s.ActorName, s.Note)).ToList());
    }
}

/// <summary>Filter, sort and page of the dispute ledger, as query-string text (bad values become Chinese 400s).</summary>
public sealed record DisputeFilter
{
    /// <summary>检索词: 编号、纠纷名称、发生地、责任单位 or a party's name contains it.</summary>
    public string? Q { get; init; }

    public string? State { get; init; }

    public string? Risk { get; init; }

    public string? Type { get; init; }

    /// <summary>发生地: the village, community or grid whose name contains it.</summary>
    public string? Village { get; init; }

    public string? Year { get; init; }

    /// <summary>排查轮次: only the disputes found in this round.</summary>
    public string? Round { get; init; }

    /// <summary>registered (default, newest first) | risk | state | due; "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>One ledger row, both directions (export writes it; import reads it back and registers it).</summary>
public sealed class DisputeLedgerRow
{
    public int Number { get; set; }

    public string? RegistrationNumber { get; set; }

    public DateOnly RegisteredOn { get; set; }

    public string Title { get; set; } = "";

    public string Type { get; set; } = "";

    public string Source { get; set; } = "";

    public string Risk { get; set; } = "";

    public string Location { get; set; } = "";

    public string Facts { get; set; } = "";

    public string Parties { get; set; } = "";

    public string? State { get; set; }

    public string? ResponsibleUnit { get; set; }

    public DateOnly? DueOn { get; set; }

    public string? Route { get; set; }
}

public sealed class ListDisputes(AppDbContext db, RegisterDispute register)
{
    public static readonly LedgerLayout<DisputeLedgerRow> Layout = new("矛盾纠纷排查台账",
    [
        new("序号", r => r.Number),
        new("登记编号", r => r.RegistrationNumber),
        new("登记日期", r => r.RegisteredOn, (r, t) => { var e = Cells.Date(t, out var d); r.RegisteredOn = d; return e; }, Required: true),
        new("纠纷名称", r => r.Title, (r, t) => { r.Title = t; return null; }, Required: true),
        new("纠纷类型", r => r.Type, (r, t) => { r.Type = t; return Names.Parse<DisputeType>(t) is null ? "纠纷类型不正确" : null; }, Required: true),
        new("纠纷来源", r => r.Source, (r, t) => { r.Source = t; return Names.Parse<DisputeSource>(t) is null ? "纠纷来源不正确" : null; }, Required: true),
        new("风险等级", r => r.Risk, (r, t) => { r.Risk = t; return Names.Parse<RiskLevel>(t) is null ? "风险等级应为一般、较大或重大" : null; }, Required: true),
        new("发生地", r => r.Location, (r, t) => { r.Location = t; return null; }, Required: true),
        new("简要情况", r => r.Facts, (r, t) => { r.Facts = t; return null; }, Required: true),
        new("当事人（姓名，身份，身份证号，手机；多人以“；”分隔）", r => r.Parties, (r, t) => { r.Parties = t; return null; }, Required: true),
        new("当前环节", r => r.State),
        new("责任单位", r => r.ResponsibleUnit),
        new("办理时限", r => r.DueOn),
        new("分流途径", r => r.Route),
    ]);

    public async Task<Paged<Dispute>> PageAsync(DisputeFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<Dispute>(items, page, size, total);
    }

    public async Task<byte[]> ExportAsync(DisputeFilter filter, CancellationToken ct)
    {
        var rows = await Build(filter).Query.Include(d => d.Parties).Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select((d, i) => new DisputeLedgerRow
        {
            Number = i + 1,
            RegistrationNumber = d.Number,
            RegisteredOn = d.RegisteredOn,
            Title = d.Title,
            Type = Names.Of(d.Type),
            Source = Names.Of(d.Source),
            Risk = Names.Of(d.Risk),
            Location = d.Location,
            Facts = d.Facts,
            // Masked: an export never carries a clear ID number or phone (re-importing a masked number is refused as invalid).
            Parties = string.Join("；", d.Parties.OrderBy(p => p.Order).Select(p => $"{p.Name}，{p.Role}，{p.IdNumberMasked}，{p.PhoneMasked}".TrimEnd('，'))),
            State = P.NameOf(d.State),
            ResponsibleUnit = d.ResponsibleUnit,
            DueOn = d.DueOn,
            Route = d.Route is { } r ? Names.Of(r) : null,
        }), ct);
    }

    /// <summary>
    /// 导入: every row goes through the same checks as the registration form (parties' ID numbers and phones included);
    /// every refused row is reported and nothing of a file with a bad row is stored.
    /// </summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        var parsed = await Ledgers.ImportAsync(Layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (row, value) in parsed.Rows)
        {
            try
            {
                await register.ExecuteAsync(new RegisterDisputeInput
                {
                    Title = value.Title,
                    Facts = value.Facts,
                    Type = value.Type,
                    Source = value.Source,
                    Risk = value.Risk,
                    Location = value.Location,
                    On = value.RegisteredOn,
                    Parties = value.Parties.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries).SelectMany(p => Cases.Parties.ParseLines(p)).ToList(),
                }, regionCode, actor, ct);
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, Column(kv.Key), m))));
            }
        }

        if (errors.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            throw new LedgerImportException(errors);
        }

        await transaction.CommitAsync(ct);
        return parsed.Rows.Count;
    }

    private static string Column(string field) => field switch
    {
        "title" => "纠纷名称",
        "facts" => "简要情况",
        "type" => "纠纷类型",
        "source" => "纠纷来源",
        "risk" => "风险等级",
        "location" => "发生地",
        "on" => "登记日期",
        _ => "当事人（姓名，身份，身份证号，手机；多人以“；”分隔）",
    };

    private (IQueryable<Dispute> Query, int Page, int Size) Build(DisputeFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<Dispute>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            query = query.Where(d => d.Number.Contains(q) || d.Title.Contains(q) || d.Location.Contains(q) || (d.ResponsibleUnit != null && d.ResponsibleUnit.Contains(q))
                || d.Parties.Any(p => p.Name.Contains(q)));
        }

        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            var state = filter.State.Trim();
            if (P.States.All(s => s.Key != state))
            {
                errors["state"] = ["环节不正确"];
            }

            query = query.Where(d => d.State == state);
        }

        if (!string.IsNullOrWhiteSpace(filter.Risk))
        {
            if (Names.Parse<RiskLevel>(filter.Risk) is { } risk)
            {
                query = query.Where(d => d.Risk == risk);
            }
            else
            {
                errors["risk"] = ["风险等级应为一般、较大或重大"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            if (Names.Parse<DisputeType>(filter.Type) is { } type)
            {
                query = query.Where(d => d.Type == type);
            }
            else
            {
                errors["type"] = ["纠纷类型不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Round))
        {
            if (Guid.TryParse(filter.Round, out var round))
            {
                query = query.Where(d => d.ScreeningRoundId == round);
            }
            else
            {
                errors["round"] = ["排查轮次不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Village))
        {
            var village = filter.Village.Trim();
            if (village.Length > 50)
            {
                errors["village"] = ["发生地不能超过50个字符"];
            }

            query = query.Where(d => d.Location.Contains(village));
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                query = query.Where(d => d.RegisteredOn >= new DateOnly(year, 1, 1) && d.RegisteredOn < new DateOnly(year + 1, 1, 1));
            }
            else
            {
                errors["year"] = ["年度应为四位数字"];
            }
        }

        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var sort = filter.Sort?.Trim() ?? "";
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "" or "registered" => descending || sort == "" ? query.OrderByDescending(d => d.RegisteredOn).ThenByDescending(d => d.Id) : query.OrderBy(d => d.RegisteredOn).ThenBy(d => d.Id),
            "risk" => descending ? query.OrderByDescending(d => d.Risk).ThenBy(d => d.Id) : query.OrderBy(d => d.Risk).ThenBy(d => d.Id),
            "state" => descending ? query.OrderByDescending(d => d.State).ThenBy(d => d.Id) : query.OrderBy(d => d.State).ThenBy(d => d.Id),
            "due" => descending ? query.OrderByDescending(d => d.DueOn).ThenBy(d => d.Id) : query.OrderBy(d => d.DueOn).ThenBy(d => d.Id),
            _ => Invalid(query, errors),
        };

        return errors.Count > 0 ? throw new FieldValidationException(errors) : (query, page, size);
    }

    private static IQueryable<Dispute> Invalid(IQueryable<Dispute> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 registered、risk、state 或 due（前加 - 为倒序）"];
        return query;
    }
}
