using System.Globalization;

using Fazhi.Modules.Reconsideration.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.Reconsideration.Domain.ReconsiderationProcedure;

namespace Fazhi.Modules.Reconsideration.Cases;

/// <summary>Filter, sort and page of the case list, as query-string text (bad values become Chinese 400s).</summary>
public sealed record CaseFilter
{
    /// <summary>检索词: 申请人, 复议案号, 被申请复议的行政行为 or 关联执法案号 contains it.</summary>
    public string? Q { get; init; }

    public string? State { get; init; }

    /// <summary>受理年度.</summary>
    public string? Year { get; init; }

    /// <summary>accepted (default, newest first) | decided | applicant | state, "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>One ledger row: export reads it, import fills it (one column layout both ways, ADR 0006).</summary>
public sealed class CaseLedgerRow
{
    public int Number { get; set; }

    public string? CaseNumber { get; set; }

    public string? Applicant { get; set; }

    public string? ChallengedAct { get; set; }

    public string? ChallengedCaseNumber { get; set; }

    public string? ReviewBody { get; set; }

    public DateOnly? AppliedOn { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public DateOnly? CopyReceivedOn { get; set; }

    public string? Track { get; set; }

    public DateOnly? RepliedOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? Outcome { get; set; }

    public string? StateName { get; set; }

    public static CaseLedgerRow Of(int number, ReconsiderationCase c) => new()
    {
        Number = number,
        CaseNumber = c.CaseNumber,
        Applicant = c.Applicant,
        ChallengedAct = c.ChallengedAct,
        ChallengedCaseNumber = c.ChallengedCaseNumber,
        ReviewBody = c.ReviewBody,
        AppliedOn = c.AppliedOn,
        AcceptedOn = c.AcceptedOn,
        CopyReceivedOn = c.CopyReceivedOn,
        Track = Names.Of(c.Track),
        RepliedOn = c.RepliedOn,
        DecidedOn = c.DecidedOn,
        Outcome = Names.Of(c.Outcome),
        StateName = P.NameOf(c.State),
    };
}

/// <summary>被申请行政复议案件台账: list, Excel export, and import through the same use cases and gates as the pages.</summary>
public sealed class CaseLedger(AppDbContext db, RegisterCase register, AdvanceCase advance)
{
    public static readonly LedgerLayout<CaseLedgerRow> Layout = new("被申请行政复议案件台账",
    [
        new("序号", r => r.Number),
        new("复议案号", r => r.CaseNumber, (r, t) => Set(t, 100, v => r.CaseNumber = v)),
        new("申请人", r => r.Applicant, (r, t) => Set(t, ReconsiderationCase.MaxName, v => r.Applicant = v), Required: true),
        new("被申请复议的行政行为", r => r.ChallengedAct, (r, t) => Set(t, ReconsiderationCase.MaxText, v => r.ChallengedAct = v), Required: true),
        new("关联执法案件案号", r => r.ChallengedCaseNumber, (r, t) => Set(t, 100, v => r.ChallengedCaseNumber = v)),
        new("复议机关", r => r.ReviewBody, (r, t) => Set(t, ReconsiderationCase.MaxName, v => r.ReviewBody = v), Required: true),
        new("申请日期", r => Day(r.AppliedOn), (r, t) => Date(t, d => r.AppliedOn = d)),
        new("受理日期", r => Day(r.AcceptedOn), (r, t) => Date(t, d => r.AcceptedOn = d), Required: true),
        new("收到申请书副本日期", r => Day(r.CopyReceivedOn), (r, t) => Date(t, d => r.CopyReceivedOn = d)),
        new("审理程序", r => r.Track, (r, t) => Set(t, 10, v => r.Track = v)),
        new("答复日期", r => Day(r.RepliedOn), (r, t) => Date(t, d => r.RepliedOn = d)),
        new("复议决定日期", r => Day(r.DecidedOn), (r, t) => Date(t, d => r.DecidedOn = d)),
        new("复议结果", r => r.Outcome, (r, t) => Set(t, 20, v => r.Outcome = v)),
        new("当前环节", r => r.StateName),
    ]);

    public async Task<Paged<ReconsiderationCase>> PageAsync(CaseFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<ReconsiderationCase>(items, page, size, total);
    }

    public async Task<byte[]> ExportAsync(CaseFilter filter, CancellationToken ct)
    {
        var rows = await Build(filter).Query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select((c, i) => CaseLedgerRow.Of(i + 1, c)), ct);
    }

    /// <summary>
    /// Each row registers a case and, when its dates are given, files the reply and records the decision — through the
    /// same steps as the pages, so the same gates and date rules apply. Every refused row is reported; nothing is stored
    /// unless every row passes.
    /// </summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string region, ProcedureActor actor, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(Layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        foreach (var (row, value) in import.Rows)
        {
            var column = "受理日期";
            try
            {
                var c = await register.AddAsync(new RegisterInput
                {
                    CaseNumber = value.CaseNumber,
                    Applicant = value.Applicant,
                    ChallengedAct = value.ChallengedAct,
                    ChallengedCaseNumber = value.ChallengedCaseNumber,
                    ReviewBody = value.ReviewBody,
                    AppliedOn = value.AppliedOn,
                    AcceptedOn = value.AcceptedOn,
                    CopyReceivedOn = value.CopyReceivedOn,
                    Track = value.Track,
                }, region, actor, ct);
                if (value.RepliedOn is { } replied)
                {
                    column = "答复日期";
                    await advance.ApplyAsync(c, P.Reply, new CaseActionInput { On = replied }, actor, ct);
                }

                if (value.DecidedOn is { } decided || !string.IsNullOrWhiteSpace(value.Outcome))
                {
                    column = "复议结果";
                    var outcome = AdvanceCase.ParseOutcome(value.Outcome) ?? throw new FieldValidationException("outcome", "填写复议决定日期的，须同时填写复议结果");
                    var action = outcome.IsTermination() ? P.Terminate : P.Decide;
                    await advance.ApplyAsync(c, action, new CaseActionInput { On = value.DecidedOn, Outcome = value.Outcome }, actor, ct);
                }
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, Header(kv.Key, column), m))));
            }
            catch (DomainRuleException e)
            {
                errors.Add(new LedgerRowError(row, column, e.LegalBasis is null ? e.Message : $"{e.Message}（{e.LegalBasis}）"));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new LedgerImportException(errors);
        }

        await db.SaveChangesAsync(ct);
        return import.Rows.Count;
    }

    private static string Header(string field, string fallback) => field switch
    {
        "applicant" => "申请人",
        "challengedAct" => "被申请复议的行政行为",
        "reviewBody" => "复议机关",
        "caseNumber" => "复议案号",
        "challengedCaseNumber" => "关联执法案件案号",
        "track" => "审理程序",
        "appliedOn" => "申请日期",
        "acceptedOn" => "受理日期",
        "copyReceivedOn" => "收到申请书副本日期",
        "outcome" => "复议结果",
        _ => fallback,
    };

    private (IQueryable<ReconsiderationCase> Query, int Page, int Size) Build(CaseFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<ReconsiderationCase>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            query = query.Where(c => c.Applicant.Contains(q) || c.CaseNumber.Contains(q) || c.ChallengedAct.Contains(q) || (c.ChallengedCaseNumber != null && c.ChallengedCaseNumber.Contains(q)));
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
                query = query.Where(c => c.AcceptedOn >= from && c.AcceptedOn < to);
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
            "" or "accepted" => descending || sort == "" ? query.OrderByDescending(c => c.AcceptedOn).ThenBy(c => c.Id) : query.OrderBy(c => c.AcceptedOn).ThenBy(c => c.Id),
            "decided" => descending ? query.OrderByDescending(c => c.DecidedOn).ThenBy(c => c.Id) : query.OrderBy(c => c.DecidedOn).ThenBy(c => c.Id),
            "applicant" => descending ? query.OrderByDescending(c => c.Applicant).ThenBy(c => c.Id) : query.OrderBy(c => c.Applicant).ThenBy(c => c.Id),
            "state" => descending ? query.OrderByDescending(c => c.State).ThenBy(c => c.Id) : query.OrderBy(c => c.State).ThenBy(c => c.Id),
            _ => Invalid(query, errors),
        };

        return errors.Count > 0 ? throw new FieldValidationException(errors) : (query, page, size);
    }

    private static IQueryable<ReconsiderationCase> Invalid(IQueryable<ReconsiderationCase> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为受理日期、决定日期、申请人或环节"];
        return query;
    }

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Set(string text, int max, Action<string> set)
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
