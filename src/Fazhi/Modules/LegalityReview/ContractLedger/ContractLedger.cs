using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Modules.LegalityReview.Reviews;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LegalityReview.ContractLedger;

/// <summary>台账筛选: text (name, counterparty, credit code), submitting unit, expiring within N days (0 = no filter), sort ends / amount / name.</summary>
public sealed record ContractFilter(string? Q = null, string? Unit = null, int? ExpiringWithin = null, bool Expired = false, string? Sort = null, int? Page = null, int? PageSize = null);

/// <summary>A ledger row: what is exported and what an import reads back (the export-only columns are ignored on import).</summary>
public sealed class ContractRow
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string CounterpartyName { get; set; } = "";

    public string CreditCode { get; set; } = "";

    public long AmountFen { get; set; }

    public string Amount => Cells.Yuan(AmountFen);

    public DateOnly? SignedOn { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public string SubmittingUnit { get; set; } = "";

    public string Source { get; set; } = "";

    public Guid? ReviewId { get; set; }

    public string? Conclusion { get; set; }

    public string? OpinionNumber { get; set; }

    /// <summary>到期预警: 已到期 / 即将到期（N日内）/ empty.</summary>
    public string Expiry { get; set; } = "";

    public int OpenMilestonesOverdue { get; set; }
}

public sealed record ImportResult(int Imported);

/// <summary>合同台账: lists, filters and exports the region's contracts, and imports an Excel/CSV ledger with the same columns.</summary>
public sealed class ContractLedgerQueries(AppDbContext db, TimeProvider time)
{
    /// <summary>到期预警 window in calendar days (not a statutory period; a working convention).</summary>
    public const int ExpiryAlertDays = 30;

    public static readonly LedgerLayout<ContractRow> Layout = new("合同台账",
    [
        new("合同名称", r => r.Name, (r, t) => Text(t, 200, v => r.Name = v), Required: true),
        new("合同相对人", r => r.CounterpartyName, (r, t) => Text(t, 200, v => r.CounterpartyName = v), Required: true),
        new("统一社会信用代码", r => r.CreditCode, (r, t) =>
        {
            var code = t.Trim().ToUpperInvariant();
            r.CreditCode = code;
            return Identifiers.CheckUnifiedSocialCreditCode(code);
        }, Required: true),
        new("合同金额（元）", r => r.Amount, (r, t) =>
        {
            var error = Cells.AmountInFen(t, out var fen);
            r.AmountFen = fen;
            return error;
        }, Required: true),
        new("签订日期", r => r.SignedOn?.ToString("yyyy-MM-dd"), (r, t) =>
        {
            var error = StrictDate(t, out var d);
            r.SignedOn = error is null ? d : null;
            return error;
        }),
        new("履行起始日期", r => r.StartsOn.ToString("yyyy-MM-dd"), (r, t) =>
        {
            var error = StrictDate(t, out var d);
            r.StartsOn = d;
            return error;
        }, Required: true),
        new("履行终止日期", r => r.EndsOn.ToString("yyyy-MM-dd"), (r, t) =>
        {
            var error = StrictDate(t, out var d);
            r.EndsOn = d;
            return error ?? (r.StartsOn != default && d < r.StartsOn ? "终止日期早于起始日期" : null);
        }, Required: true),
        new("承办单位", r => r.SubmittingUnit, (r, t) => Text(t, 100, v => r.SubmittingUnit = v), Required: true),
        new("来源", r => r.Source),
        new("审查结论", r => r.Conclusion),
        new("审查意见书编号", r => r.OpinionNumber),
        new("到期预警", r => r.Expiry),
    ]);

    /// <summary>
    /// yyyy-MM-dd and the other unambiguous forms of <see cref="Cells.DateFormats"/>, or an Excel serial date; unlike the
    /// shared parser it refuses "03/01/2026", which reads as 1 March or 3 January depending on who typed it.
    /// </summary>
    private static string? StrictDate(string text, out DateOnly value)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, Cells.DateFormats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out value)
            || (double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) && Cells.Date(t, out value) is null))
        {
            return null;
        }

        value = default;
        return $"日期“{text}”格式不正确，应为 yyyy-MM-dd";
    }

    private static string? Text(string text, int max, Action<string> set)
    {
        if (text.Length > max)
        {
            return $"不能超过{max}个字";
        }

        set(text);
        return null;
    }

    public async Task<Paged<ContractRow>> ListAsync(ContractFilter filter, CancellationToken ct)
    {
        var rows = await Sorted(Filtered(filter), filter.Sort).ToPagedAsync(filter.Page, filter.PageSize, ct);
        return rows.With(await RowsAsync(rows.Items.ToList(), ct));
    }

    public async Task<IReadOnlyList<ContractRow>> AllAsync(ContractFilter filter, CancellationToken ct) =>
        await RowsAsync(await Sorted(Filtered(filter), filter.Sort).Take(Ledgers.MaxRows).ToListAsync(ct), ct);

    public async Task<ContractEntry> DetailAsync(Guid id, CancellationToken ct)
    {
        var contract = await db.Set<GovernmentContract>().AsNoTracking().Include(c => c.Milestones).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new RecordNotFoundException("合同不存在");
        return FindReviews.ContractEntryOf(contract, LegalDate.Today(time));
    }

    private IQueryable<GovernmentContract> Filtered(ContractFilter filter)
    {
        var query = db.Set<GovernmentContract>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(c => c.Name.Contains(q) || c.CounterpartyName.Contains(q) || c.CreditCode.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.Unit))
        {
            query = query.Where(c => c.SubmittingUnit == filter.Unit.Trim());
        }

        var today = LegalDate.Today(time);
        if (filter.ExpiringWithin is > 0 and var days)
        {
            var until = today.AddDays(days);
            query = query.Where(c => c.EndsOn >= today && c.EndsOn <= until);
        }

        if (filter.Expired)
        {
            query = query.Where(c => c.EndsOn < today);
        }

        return query;
    }

    private static IQueryable<GovernmentContract> Sorted(IQueryable<GovernmentContract> query, string? sort) => sort switch
    {
        "amount" => query.OrderByDescending(c => c.AmountFen).ThenBy(c => c.Id),
        "name" => query.OrderBy(c => c.Name).ThenBy(c => c.Id),
        "created" => query.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id),
        _ => query.OrderBy(c => c.EndsOn).ThenBy(c => c.Id),
    };

    private async Task<IReadOnlyList<ContractRow>> RowsAsync(List<GovernmentContract> contracts, CancellationToken ct)
    {
        var reviewIds = contracts.Where(c => c.ReviewId != null).Select(c => c.ReviewId!.Value).ToList();
        var reviews = await db.Set<Domain.LegalityReview>().AsNoTracking().Where(r => reviewIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Conclusion, r.OpinionNumber }).ToDictionaryAsync(r => r.Id, ct);
        var ids = contracts.Select(c => c.Id).ToList();
        var today = LegalDate.Today(time);
        var late = await db.Set<ContractMilestone>().AsNoTracking().Where(m => ids.Contains(m.ContractId) && m.DoneOn == null && m.DueOn < today)
            .GroupBy(m => m.ContractId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return contracts.Select(c =>
        {
            var review = c.ReviewId is { } rid ? reviews.GetValueOrDefault(rid) : null;
            return new ContractRow
            {
                Id = c.Id,
                Name = c.Name,
                CounterpartyName = c.CounterpartyName,
                CreditCode = c.CreditCode,
                AmountFen = c.AmountFen,
                SignedOn = c.SignedOn,
                StartsOn = c.StartsOn,
                EndsOn = c.EndsOn,
                SubmittingUnit = c.SubmittingUnit,
                Source = ReviewText.Name(c.Source),
                ReviewId = c.ReviewId,
                Conclusion = review is null ? null : ReviewText.ConclusionName(review.Conclusion),
                OpinionNumber = review?.OpinionNumber,
                Expiry = Expiry(c.EndsOn, today),
                OpenMilestonesOverdue = late.GetValueOrDefault(c.Id),
            };
        }).ToList();
    }

    public static string Expiry(DateOnly endsOn, DateOnly today) =>
        endsOn < today ? "已到期" : endsOn <= today.AddDays(ExpiryAlertDays) ? $"即将到期（{endsOn.DayNumber - today.DayNumber}日后）" : "";
}

/// <summary>导入合同台账: every row is checked first; any bad row is reported with its row number and nothing is stored.</summary>
public sealed class ImportContracts(AppDbContext db, TimeProvider time)
{
    public async Task<ImportResult> ExecuteAsync(Stream file, string fileName, string region, string login, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(ContractLedgerQueries.Layout, file, fileName, ct);
        var at = time.GetUtcNow().UtcDateTime;
        foreach (var (_, row) in import.Rows)
        {
            db.Add(new GovernmentContract(region,
                new ContractTerms(row.Name, row.CounterpartyName, row.CreditCode, row.AmountFen, row.StartsOn, row.EndsOn, row.SubmittingUnit, row.SignedOn),
                ContractSource.Imported, null, login, at));
        }

        await db.SaveChangesAsync(ct);
        return new ImportResult(import.Rows.Count);
    }
}

/// <summary>履行节点: add one to a contract, or record it done.</summary>
public sealed class TrackMilestones(AppDbContext db, TimeProvider time)
{
    public async Task<ContractMilestone> AddAsync(Guid contractId, string? name, DateOnly? dueOn, CancellationToken ct)
    {
        var contract = await db.Set<GovernmentContract>().FirstOrDefaultAsync(c => c.Id == contractId, ct) ?? throw new RecordNotFoundException("合同不存在");
        var milestone = contract.AddMilestone(name ?? "", dueOn ?? throw new FieldValidationException("dueOn", "请填写履行节点的日期"));
        db.Add(milestone);
        await db.SaveChangesAsync(ct);
        return milestone;
    }

    public async Task CompleteAsync(Guid milestoneId, DateOnly? on, CancellationToken ct)
    {
        var milestone = await db.Set<ContractMilestone>().FirstOrDefaultAsync(m => m.Id == milestoneId, ct) ?? throw new RecordNotFoundException("履行节点不存在");
        var today = LegalDate.Today(time);
        if (on > today)
        {
            throw new FieldValidationException("on", "完成日期不能晚于今天");
        }

        milestone.Complete(on ?? today);
        await db.SaveChangesAsync(ct);
    }
}
