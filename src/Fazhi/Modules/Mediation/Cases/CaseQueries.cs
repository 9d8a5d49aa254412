using System.Globalization;

using Fazhi.Modules.Disputes.Contracts;
using Fazhi.Modules.Mediation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Mediation.Domain.MediationProcedure;

namespace Fazhi.Modules.Mediation.Cases;

/// <summary>A party as every screen, document, export and API shows it: masked.</summary>
public sealed record PartyLine(string Name, string Role, string? IdNumber, string? Phone);

public sealed record StepLine(int Sequence, DateOnly On, string Action, string From, string To, string ActorName, string? Note);

public sealed record ClockLine(string Name, string Status, DateOnly StartedOn, DateOnly DueDate, DateOnly? StoppedOn, string LegalBasis, IReadOnlyList<string> Explanation);

public sealed record SessionLine(DateOnly HeldOn, string Place, string Participants, string Record);

public sealed record OfferedAction(string Key, string Name, IReadOnlyList<string> Unmet);

/// <summary>调解案件详情: facts, masked parties, the dispute it continues, timeline, clocks with explanations, sessions, agreement.</summary>
public sealed record CaseView(
    Guid Id, string Number, string CommitteeName, string Source, string? ReferredBy, string Matter, string Facts, string DisputeType, string State,
    string StateName, DateOnly AppliedOn, DateOnly? AcceptedOn, string? Mediators, DateOnly? RefusedOn, string? RefusingParty, string? AgreementForm,
    DateOnly? AgreedOn, string? Obligations, string? PerformanceTerms, long AmountFen, DateOnly? FailedOn, string? FailureReason, string? RoutesExplained,
    DateOnly? ConfirmationAppliedOn, string? ConfirmationCourt, bool? Confirmed, string? Performance, DateOnly? ArchivedOn,
    IReadOnlyList<PartyLine> Parties, DisputeHistory? Dispute, IReadOnlyList<StepLine> Timeline, IReadOnlyList<ClockLine> Clocks,
    IReadOnlyList<SessionLine> Sessions, IReadOnlyList<OfferedAction> Actions);

public sealed class CaseDetails(AppDbContext db, ProcedureEngine engine, AdvanceCase advance, IDisputeHistory disputes, TimeProvider time)
{
    public async Task<CaseView> ExecuteAsync(Guid id, ProcedureActor actor, CancellationToken ct)
    {
        var c = await db.Set<MediationCase>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("没有该调解案件");
        var committee = await db.Set<Committee>().AsNoTracking().Where(x => x.Id == c.CommitteeId).Select(x => x.Name).FirstOrDefaultAsync(ct) ?? "";
        var parties = await db.Set<MediationParty>().AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.Order).ToListAsync(ct);
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == c.ProcedureInstanceId).OrderBy(s => s.Sequence).ToListAsync(ct);
        var clocks = await db.Set<Clock>().AsNoTracking().Where(x => x.InstanceId == c.ProcedureInstanceId).OrderBy(x => x.StartedOn).ToListAsync(ct);
        var sessions = await db.Set<MediationSession>().AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.HeldOn).ThenBy(s => s.Id).ToListAsync(ct);
        var dispute = c.DisputeId is { } disputeId ? await disputes.HistoryAsync(disputeId, ct) : null;
        var instance = await db.Set<ProcedureInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == c.ProcedureInstanceId, ct);
        var context = await advance.ContextAsync(c, LegalDate.Today(time), ct);
        var offered = instance is null
            ? []
            : engine.DefinitionOf(instance).Actions.Where(a => a.From.Contains(instance.State) && actor.MayTake(a))
                .Select(a => new OfferedAction(a.Key, a.Name, a.Key == P.ApplyConfirmation && !context.WithinConfirmationWindow ? [a.Gates[1].RefusalMessage] : [])).ToList();
        var timeline = steps.Select(s => new StepLine(s.Sequence, s.On, s.ActionName, P.NameOf(s.FromState), P.NameOf(s.ToState), s.ActorName, s.Note)).ToList();
        if (dispute is not null)
        {
            // One citizen issue, one history: the screening steps come before the mediation's own.
            timeline = [.. dispute.Steps.Select((s, i) => new StepLine(-dispute.Steps.Count + i, s.On, $"矛盾纠纷排查（{dispute.Number}）：{s.Action}", "", "", s.ActorName, s.Note)), .. timeline];
        }

        return new CaseView(c.Id, c.Number, committee, Names.Of(c.Source), c.ReferredBy, c.Matter, c.Facts, c.DisputeType, c.State, P.NameOf(c.State),
            c.AppliedOn, c.AcceptedOn, c.Mediators, c.RefusedOn, c.RefusingParty, c.AgreementForm is { } f ? Names.Of(f) : null, c.AgreedOn, c.Obligations,
            c.PerformanceTerms, c.AmountFen, c.FailedOn, c.FailureReason, c.RoutesExplained, c.ConfirmationAppliedOn, c.ConfirmationCourt, c.Confirmed,
            c.Performance is { } p ? Names.Of(p) : null, c.ArchivedOn,
            parties.Select(x => new PartyLine(x.Name, x.Role, x.IdNumberMasked, x.PhoneMasked)).ToList(), dispute, timeline,
            clocks.Select(x => new ClockLine(x.Name, Status(x), x.StartedOn, x.DueDate, x.StoppedOn, x.LegalBasis, x.Explanation)).ToList(),
            sessions.Select(s => new SessionLine(s.HeldOn, s.Place, s.Participants, s.Record)).ToList(), offered);
    }

    private static string Status(Clock c) => c.Status switch
    {
        ClockStatus.Stopped => c.StoppedOn is { } s && s > c.DueDate ? $"已停止（{s:yyyy-MM-dd}，超过期限）" : $"已停止（{c.StoppedOn:yyyy-MM-dd}）",
        ClockStatus.Overdue => "已逾期",
        ClockStatus.Suspended => "中止",
        _ => "计时中",
    };
}

/// <summary>Filter, sort and page of the mediation ledger, as query-string text.</summary>
public sealed record CaseFilter
{
    /// <summary>检索词: 案号、纠纷事项 or a party's name contains it.</summary>
    public string? Q { get; init; }

    public string? State { get; init; }

    public string? Source { get; init; }

    public string? Year { get; init; }

    /// <summary>applied (default, newest first) | accepted | agreed | amount | state; "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>One ledger row, both directions.</summary>
public sealed class CaseLedgerRow
{
    public int Number { get; set; }

    public string? CaseNumber { get; set; }

    public string Committee { get; set; } = "";

    public string Source { get; set; } = "";

    public string? ReferredBy { get; set; }

    public DateOnly AppliedOn { get; set; }

    public string Matter { get; set; } = "";

    public string DisputeType { get; set; } = "";

    public string Facts { get; set; } = "";

    public string Parties { get; set; } = "";

    public string? State { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public DateOnly? AgreedOn { get; set; }

    public string? AmountYuan { get; set; }
}

public sealed class ListCases(AppDbContext db, OpenCase open)
{
    private const string PartiesHeader = "当事人（姓名，身份，身份证号，手机；多人以“；”分隔）";

    public static readonly LedgerLayout<CaseLedgerRow> Layout = new("人民调解案件台账",
    [
        new("序号", r => r.Number),
        new("案号", r => r.CaseNumber),
        new("调解委员会", r => r.Committee, (r, t) => { r.Committee = t; return null; }, Required: true),
        new("案件来源", r => r.Source, (r, t) => { r.Source = t; return Names.Parse<CaseSource>(t) is null or CaseSource.Screening ? "案件来源不正确" : null; }, Required: true),
        new("委派（移送）单位", r => r.ReferredBy, (r, t) => { r.ReferredBy = t; return null; }),
        new("申请日期", r => r.AppliedOn, (r, t) => { var e = Cells.Date(t, out var d); r.AppliedOn = d; return e; }, Required: true),
        new("纠纷事项", r => r.Matter, (r, t) => { r.Matter = t; return null; }, Required: true),
        new("纠纷类型", r => r.DisputeType, (r, t) => { r.DisputeType = t; return null; }, Required: true),
        new("主要事实、争议事项", r => r.Facts, (r, t) => { r.Facts = t; return null; }, Required: true),
        new(PartiesHeader, r => r.Parties, (r, t) => { r.Parties = t; return null; }, Required: true),
        new("当前环节", r => r.State),
        new("受理日期", r => r.AcceptedOn),
        new("达成协议日期", r => r.AgreedOn),
        new("协议涉及金额（元）", r => r.AmountYuan),
    ]);

    public async Task<Paged<MediationCase>> PageAsync(CaseFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<MediationCase>(items, page, size, total);
    }

    public async Task<byte[]> ExportAsync(CaseFilter filter, CancellationToken ct)
    {
        var rows = await Build(filter).Query.Take(Ledgers.MaxRows).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var parties = (await db.Set<MediationParty>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToListAsync(ct)).ToLookup(p => p.CaseId);
        var committees = await db.Set<Committee>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select((c, i) => new CaseLedgerRow
        {
            Number = i + 1,
            CaseNumber = c.Number,
            Committee = committees.GetValueOrDefault(c.CommitteeId, ""),
            Source = Names.Of(c.Source),
            ReferredBy = c.ReferredBy,
            AppliedOn = c.AppliedOn,
            Matter = c.Matter,
            DisputeType = c.DisputeType,
            Facts = c.Facts,
            Parties = string.Join("；", parties[c.Id].OrderBy(p => p.Order).Select(p => $"{p.Name}，{p.Role}，{p.IdNumberMasked}，{p.PhoneMasked}".TrimEnd('，'))),
            State = P.NameOf(c.State),
            AcceptedOn = c.AcceptedOn,
            AgreedOn = c.AgreedOn,
            AmountYuan = c.AgreedOn is null ? null : Cells.Yuan(c.AmountFen),
        }), ct);
    }

    /// <summary>导入: each row through the same checks as the form; every refused row reported; nothing stored from a file with a bad row.</summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        var parsed = await Ledgers.ImportAsync(Layout, file, fileName, ct);
        var committees = await db.Set<Committee>().AsNoTracking().ToListAsync(ct);
        var errors = new List<LedgerRowError>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (row, value) in parsed.Rows)
        {
            var committee = committees.FirstOrDefault(c => c.Name == value.Committee.Trim());
            if (committee is null)
            {
                errors.Add(new LedgerRowError(row, "调解委员会", $"没有名为“{value.Committee}”的人民调解委员会"));
                continue;
            }

            try
            {
                await open.ExecuteAsync(new OpenCaseInput
                {
                    CommitteeId = committee.Id,
                    Source = value.Source,
                    ReferredBy = value.ReferredBy,
                    On = value.AppliedOn,
                    Matter = value.Matter,
                    DisputeType = value.DisputeType,
                    Facts = value.Facts,
                    Parties = value.Parties.Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries).SelectMany(p => Parties.ParseLines(p)).ToList(),
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
        "matter" => "纠纷事项",
        "facts" => "主要事实、争议事项",
        "disputeType" => "纠纷类型",
        "source" => "案件来源",
        "referredBy" => "委派（移送）单位",
        "on" => "申请日期",
        "committeeId" => "调解委员会",
        _ => PartiesHeader,
    };

    private (IQueryable<MediationCase> Query, int Page, int Size) Build(CaseFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<MediationCase>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            var caseIds = db.Set<MediationParty>().Where(p => p.Name.Contains(q)).Select(p => p.CaseId);
            query = query.Where(c => c.Number.Contains(q) || c.Matter.Contains(q) || caseIds.Contains(c.Id));
        }

        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            var state = filter.State.Trim();
            if (P.States.All(s => s.Key != state))
            {
                errors["state"] = ["环节不正确"];
            }

            query = query.Where(c => c.State == state);
        }

        if (!string.IsNullOrWhiteSpace(filter.Source))
        {
            if (Names.Parse<CaseSource>(filter.Source) is { } source)
            {
                query = query.Where(c => c.Source == source);
            }
            else
            {
                errors["source"] = ["案件来源不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                query = query.Where(c => c.AppliedOn >= new DateOnly(year, 1, 1) && c.AppliedOn < new DateOnly(year + 1, 1, 1));
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
            "" or "applied" => descending || sort == "" ? query.OrderByDescending(c => c.AppliedOn).ThenByDescending(c => c.Id) : query.OrderBy(c => c.AppliedOn).ThenBy(c => c.Id),
            "accepted" => descending ? query.OrderByDescending(c => c.AcceptedOn).ThenBy(c => c.Id) : query.OrderBy(c => c.AcceptedOn).ThenBy(c => c.Id),
            "agreed" => descending ? query.OrderByDescending(c => c.AgreedOn).ThenBy(c => c.Id) : query.OrderBy(c => c.AgreedOn).ThenBy(c => c.Id),
            "amount" => descending ? query.OrderByDescending(c => c.AmountFen).ThenBy(c => c.Id) : query.OrderBy(c => c.AmountFen).ThenBy(c => c.Id),
            "state" => descending ? query.OrderByDescending(c => c.State).ThenBy(c => c.Id) : query.OrderBy(c => c.State).ThenBy(c => c.Id),
            _ => Invalid(query, errors),
        };

        return errors.Count > 0 ? throw new FieldValidationException(errors) : (query, page, size);
    }

    private static IQueryable<MediationCase> Invalid(IQueryable<MediationCase> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 applied、accepted、agreed、amount 或 state（前加 - 为倒序）"];
        return query;
    }
}
