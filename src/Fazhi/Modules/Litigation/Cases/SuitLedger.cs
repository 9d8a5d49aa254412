using System.Globalization;

using Fazhi.Modules.Litigation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Litigation.Domain.LitigationProcedure;

namespace Fazhi.Modules.Litigation.Cases;

/// <summary>Filter, sort and page of the case list, as query-string text (bad values become Chinese 400s).</summary>
public sealed record SuitFilter
{
    /// <summary>检索词: 原告, 案号, 法院, 被诉行政行为 or 关联执法案号 contains it.</summary>
    public string? Q { get; init; }

    public string? State { get; init; }

    /// <summary>收案年度 (by the service date).</summary>
    public string? Year { get; init; }

    /// <summary>served (default, newest first) | judged | plaintiff | state, "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>One case row of the ledger (one layout for export and import).</summary>
public sealed class SuitLedgerRow
{
    public int Number { get; set; }

    public string? CourtCaseNumber { get; set; }

    public string? Court { get; set; }

    public string? Plaintiff { get; set; }

    public string? ChallengedAct { get; set; }

    public string? ChallengedCaseNumber { get; set; }

    public DateOnly? FiledOn { get; set; }

    public DateOnly? ServedOn { get; set; }

    public DateOnly? DefendedOn { get; set; }

    public DateOnly? JudgedOn { get; set; }

    public string? Outcome { get; set; }

    public string? StateName { get; set; }

    public static SuitLedgerRow Of(int number, LitigationCase c) => new()
    {
        Number = number,
        CourtCaseNumber = c.CourtCaseNumber,
        Court = c.Court,
        Plaintiff = c.Plaintiff,
        ChallengedAct = c.ChallengedAct,
        ChallengedCaseNumber = c.ChallengedCaseNumber,
        FiledOn = c.FiledOn,
        ServedOn = c.ServedOn,
        DefendedOn = c.DefendedOn,
        JudgedOn = c.FirstInstanceOn,
        Outcome = Names.Of(c.FirstInstanceOutcome),
        StateName = P.NameOf(c.State),
    };
}

/// <summary>One hearing row of the 出庭应诉 ledger.</summary>
public sealed class HearingLedgerRow
{
    public int Number { get; set; }

    public string? CourtCaseNumber { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Instance { get; set; }

    public bool LeaderAppeared { get; set; }

    public string? LeaderName { get; set; }

    public string? LeaderRank { get; set; }

    public bool LeaderSpoke { get; set; }

    public string? DelegateName { get; set; }

    public string? Excuse { get; set; }

    public string? ExcuseNote { get; set; }
}

/// <summary>行政诉讼案件台账 and 出庭应诉台账: list, Excel export, and import through the same use cases and gates as the pages.</summary>
public sealed class SuitLedger(AppDbContext db, RegisterSuit register, AdvanceSuit advance)
{
    public static readonly LedgerLayout<SuitLedgerRow> Layout = new("行政诉讼案件台账",
    [
        new("序号", r => r.Number),
        new("案号", r => r.CourtCaseNumber, (r, t) => Text(t, 100, v => r.CourtCaseNumber = v)),
        new("受理法院", r => r.Court, (r, t) => Text(t, LitigationCase.MaxName, v => r.Court = v), Required: true),
        new("原告", r => r.Plaintiff, (r, t) => Text(t, LitigationCase.MaxName, v => r.Plaintiff = v), Required: true),
        new("被诉行政行为", r => r.ChallengedAct, (r, t) => Text(t, LitigationCase.MaxText, v => r.ChallengedAct = v), Required: true),
        new("关联执法案件案号", r => r.ChallengedCaseNumber, (r, t) => Text(t, 100, v => r.ChallengedCaseNumber = v)),
        new("立案日期", r => Day(r.FiledOn), (r, t) => Date(t, d => r.FiledOn = d)),
        new("收到起诉状副本日期", r => Day(r.ServedOn), (r, t) => Date(t, d => r.ServedOn = d), Required: true),
        new("答辩日期", r => Day(r.DefendedOn), (r, t) => Date(t, d => r.DefendedOn = d)),
        new("一审裁判日期", r => Day(r.JudgedOn), (r, t) => Date(t, d => r.JudgedOn = d)),
        new("一审裁判结果", r => r.Outcome, (r, t) => Text(t, 30, v => r.Outcome = v)),
        new("当前环节", r => r.StateName),
    ]);

    public static readonly LedgerLayout<HearingLedgerRow> HearingLayout = new("行政诉讼出庭应诉台账",
    [
        new("序号", r => r.Number),
        new("案号", r => r.CourtCaseNumber, (r, t) => Text(t, 100, v => r.CourtCaseNumber = v), Required: true),
        new("开庭日期", r => Day(r.HeldOn), (r, t) => Date(t, d => r.HeldOn = d), Required: true),
        new("审级", r => r.Instance),
        new("负责人出庭", r => YesNo(r.LeaderAppeared), (r, t) => Flag(t, v => r.LeaderAppeared = v), Required: true),
        new("出庭负责人", r => r.LeaderName, (r, t) => Text(t, 100, v => r.LeaderName = v)),
        new("负责人职务", r => r.LeaderRank, (r, t) => Text(t, 20, v => r.LeaderRank = v)),
        new("负责人发言", r => YesNo(r.LeaderSpoke), (r, t) => Flag(t, v => r.LeaderSpoke = v)),
        new("委托出庭人员", r => r.DelegateName, (r, t) => Text(t, 100, v => r.DelegateName = v)),
        new("不能出庭的理由", r => r.Excuse, (r, t) => Text(t, 30, v => r.Excuse = v)),
        new("理由说明", r => r.ExcuseNote, (r, t) => Text(t, 2000, v => r.ExcuseNote = v)),
    ]);

    public async Task<Paged<LitigationCase>> PageAsync(SuitFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<LitigationCase>(items, page, size, total);
    }

    public async Task<byte[]> ExportAsync(SuitFilter filter, CancellationToken ct)
    {
        var rows = await Build(filter).Query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select((c, i) => SuitLedgerRow.Of(i + 1, c)), ct);
    }

    public async Task<byte[]> ExportHearingsAsync(SuitFilter filter, CancellationToken ct)
    {
        var cases = await Build(filter).Query.Take(Ledgers.MaxRows).ToListAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var numbers = cases.ToDictionary(c => c.Id, c => c.CourtCaseNumber);
        var hearings = await db.Set<LitigationHearing>().AsNoTracking().Where(h => ids.Contains(h.CaseId)).OrderBy(h => h.HeldOn).ThenBy(h => h.Id).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(HearingLayout, hearings.Select((h, i) => new HearingLedgerRow
        {
            Number = i + 1,
            CourtCaseNumber = numbers[h.CaseId],
            HeldOn = h.HeldOn,
            Instance = h.Instance == 1 ? "一审" : "二审",
            LeaderAppeared = h.LeaderAppeared,
            LeaderName = h.LeaderName,
            LeaderRank = Names.Of(h.LeaderRank),
            LeaderSpoke = h.LeaderSpoke,
            DelegateName = h.DelegateName,
            Excuse = Names.Of(h.Excuse),
            ExcuseNote = h.ExcuseNote,
        }), ct);
    }

    /// <summary>
    /// Each row registers a suit and, when the dates are given, files the defence and records the first-instance
    /// decision — through the same steps as the pages. Every refused row is reported; nothing is stored unless all pass.
    /// </summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string region, ProcedureActor actor, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(Layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        foreach (var (row, value) in import.Rows)
        {
            var column = "收到起诉状副本日期";
            try
            {
                var c = await register.AddAsync(new SuitInput
                {
                    CourtCaseNumber = value.CourtCaseNumber,
                    Court = value.Court,
                    Plaintiff = value.Plaintiff,
                    ChallengedAct = value.ChallengedAct,
                    ChallengedCaseNumber = value.ChallengedCaseNumber,
                    FiledOn = value.FiledOn,
                    ServedOn = value.ServedOn,
                }, region, actor, ct);
                if (value.DefendedOn is { } defended)
                {
                    column = "答辩日期";
                    await advance.ApplyAsync(c, P.Defend, new SuitActionInput { On = defended }, actor, ct);
                }

                if (value.JudgedOn is not null || !string.IsNullOrWhiteSpace(value.Outcome))
                {
                    column = "一审裁判结果";
                    if (value.JudgedOn is null || string.IsNullOrWhiteSpace(value.Outcome))
                    {
                        throw new FieldValidationException("outcome", "一审裁判日期和裁判结果应同时填写");
                    }

                    await advance.ApplyAsync(c, P.Judge, new SuitActionInput { On = value.JudgedOn, Outcome = value.Outcome }, actor, ct);
                }
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, column, m))));
            }
            catch (DomainRuleException e)
            {
                errors.Add(new LedgerRowError(row, column, e.LegalBasis is null ? e.Message : $"{e.Message}（{e.LegalBasis}）"));
            }
        }

        return await FinishAsync(errors, import.Rows.Count, ct);
    }

    /// <summary>Each row records one hearing of an existing case (found by its 案号) with the same appearance gates as the page.</summary>
    public async Task<int> ImportHearingsAsync(Stream file, string fileName, ProcedureActor actor, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(HearingLayout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        foreach (var (row, value) in import.Rows)
        {
            var number = value.CourtCaseNumber!;
            var c = db.Set<LitigationCase>().Local.FirstOrDefault(x => x.CourtCaseNumber == number)
                ?? await db.Set<LitigationCase>().FirstOrDefaultAsync(x => x.CourtCaseNumber == number, ct);
            if (c is null)
            {
                errors.Add(new LedgerRowError(row, "案号", $"没有案号为“{number}”的行政诉讼案件"));
                continue;
            }

            try
            {
                await advance.ApplyAsync(c, P.Hearing, new SuitActionInput
                {
                    On = value.HeldOn,
                    LeaderAppeared = value.LeaderAppeared,
                    LeaderName = value.LeaderName,
                    LeaderRank = value.LeaderRank,
                    LeaderSpoke = value.LeaderSpoke,
                    DelegateName = value.DelegateName,
                    Excuse = value.Excuse,
                    ExcuseNote = value.ExcuseNote,
                }, actor, ct);
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, "开庭日期", m))));
            }
            catch (DomainRuleException e)
            {
                errors.Add(new LedgerRowError(row, "负责人出庭", e.LegalBasis is null ? e.Message : $"{e.Message}（{e.LegalBasis}）"));
            }
        }

        return await FinishAsync(errors, import.Rows.Count, ct);
    }

    private async Task<int> FinishAsync(List<LedgerRowError> errors, int rows, CancellationToken ct)
    {
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new LedgerImportException(errors);
        }

        await db.SaveChangesAsync(ct);
        return rows;
    }

    private (IQueryable<LitigationCase> Query, int Page, int Size) Build(SuitFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<LitigationCase>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            query = query.Where(c => c.Plaintiff.Contains(q) || c.CourtCaseNumber.Contains(q) || c.Court.Contains(q) || c.ChallengedAct.Contains(q)
                || (c.ChallengedCaseNumber != null && c.ChallengedCaseNumber.Contains(q)));
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

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                var from = new DateOnly(year, 1, 1);
                var to = from.AddYears(1);
                query = query.Where(c => c.ServedOn >= from && c.ServedOn < to);
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
            "" or "served" => descending || sort == "" ? query.OrderByDescending(c => c.ServedOn).ThenBy(c => c.Id) : query.OrderBy(c => c.ServedOn).ThenBy(c => c.Id),
            "judged" => descending ? query.OrderByDescending(c => c.FirstInstanceOn).ThenBy(c => c.Id) : query.OrderBy(c => c.FirstInstanceOn).ThenBy(c => c.Id),
            "plaintiff" => descending ? query.OrderByDescending(c => c.Plaintiff).ThenBy(c => c.Id) : query.OrderBy(c => c.Plaintiff).ThenBy(c => c.Id),
            "state" => descending ? query.OrderByDescending(c => c.State).ThenBy(c => c.Id) : query.OrderBy(c => c.State).ThenBy(c => c.Id),
            _ => Invalid(query, errors),
        };

        return errors.Count > 0 ? throw new FieldValidationException(errors) : (query, page, size);
    }

    private static IQueryable<LitigationCase> Invalid(IQueryable<LitigationCase> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为收案日期、裁判日期、原告或环节"];
        return query;
    }

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string? Flag(string text, Action<bool> set)
    {
        switch (text.Trim())
        {
            case "是":
                set(true);
                return null;
            case "否":
                set(false);
                return null;
            default:
                return "应填写“是”或“否”";
        }
    }

    private static string? Text(string text, int max, Action<string> set)
    {
        var value = text.Trim();
        if (value.Length > max)
        {
            return $"不能超过{max}个字符";
        }

        set(value);
        return null;
    }

    private static string? Date(string text, Action<DateOnly> set)
    {
        var error = Cells.Date(text, out var value);
        if (error is null)
        {
            set(value);
        }

        return error;
    }
}
