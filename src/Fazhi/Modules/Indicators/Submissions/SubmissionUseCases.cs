using System.Globalization;

using Fazhi.Modules.Indicators.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Indicators.Submissions;

public sealed record SubmitInput(string? Key, int? Year, decimal? Value, string? Department, string? Source);

public sealed record ReviewInput(string? Reason);

/// <summary>One submission as the list, the API and the ledger show it.</summary>
public sealed record SubmissionItem(Guid Id, string RegionCode, string Key, string Name, string Unit, int Year, decimal Value, string Department, string Source,
    DateOnly SubmittedOn, string SubmittedBy, string Status, string StatusName, DateOnly? ReviewedOn, string? ReviewedBy, string? ReturnReason, bool Late)
{
    public static SubmissionItem Of(IndicatorSubmission s, DateOnly due)
    {
        var definition = IndicatorCatalog.Find(s.Key);
        return new(s.Id, s.RegionCode, s.Key, definition?.Name ?? s.Key, definition?.Unit ?? "", s.Year, s.Value, s.Department, s.Source, s.SubmittedOn,
            s.SubmittedBy, s.Status.ToString(), DisplayNames.Of(s.Status), s.ReviewedOn, s.ReviewedBy, s.ReturnReason, s.SubmittedOn > due);
    }
}

/// <summary>The state of one figure for one year: its accepted value (if any), what waits for review, and whether it is late.</summary>
public sealed record IndicatorRow(IndicatorDefinition Definition, SubmissionItem? Accepted, SubmissionItem? Pending, SubmissionItem? LastReturned, DateOnly Due, bool Missing)
{
    public bool Overdue(DateOnly today) => Accepted is null && Pending is null && today > Due;
}

/// <summary>A ledger row: exported, and (the columns with a parser) read back as a submission.</summary>
public sealed class SubmissionLedgerRow
{
    public int Number { get; set; }

    public SubmissionItem? Item { get; set; }

    public string? Key { get; set; }

    public int? Year { get; set; }

    public decimal? Value { get; set; }

    public string? Department { get; set; }

    public string? Source { get; set; }
}

/// <summary>
/// 数据报送: a department submits a year's value of a catalogued figure with its source; the 依法治镇办 accepts it (it
/// becomes the figure) or returns it with the reason. A year's data can be submitted once the year has ended.
/// </summary>
public sealed class SubmissionUseCases(AppDbContext db, TimeProvider time, IOptions<IndicatorsOptions> options)
{
    public static readonly LedgerLayout<SubmissionLedgerRow> Layout = new("部门数据报送台账",
    [
        new("序号", r => r.Number),
        new("年度", r => r.Item?.Year, (r, v) => Cells.WholeNumber(v, out var n) ?? Cells.Accept(() => r.Year = n), Required: true),
        new("指标", r => r.Item?.Name, (r, v) => IndicatorCatalog.Parse(v) is { } d ? Cells.Accept(() => r.Key = d.Key) : $"指标“{v}”不在数据报送目录中", Required: true),
        new("数值", r => r.Item?.Value, (r, v) => decimal.TryParse(v.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? Cells.Accept(() => r.Value = d) : $"数值“{v}”不是数字", Required: true),
        new("计量单位", r => r.Item?.Unit),
        new("报送单位", r => r.Item?.Department, (r, v) => Cells.Accept(() => r.Department = v), Required: true),
        new("数据来源", r => r.Item?.Source, (r, v) => Cells.Accept(() => r.Source = v), Required: true),
        new("报送日期", r => r.Item?.SubmittedOn),
        new("状态", r => r.Item?.StatusName),
        new("审核日期", r => r.Item?.ReviewedOn),
        new("退回原因", r => r.Item?.ReturnReason),
    ]);

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["key"] = "指标",
        ["year"] = "年度",
        ["value"] = "数值",
        ["department"] = "报送单位",
        ["source"] = "数据来源",
    };

    public DateOnly DueOf(int year) => new(year + 1, 1, Math.Clamp(options.Value.DueDayOfJanuary, 1, 31));

    public async Task<IndicatorSubmission> SubmitAsync(SubmitInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var submission = await AddAsync(input, actor, ct, systemRegion);
        await db.SaveChangesAsync(ct);
        return submission;
    }

    /// <summary>Imports a ledger of submissions: every bad row reported, nothing of a file with a bad row stored.</summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string actor, CancellationToken ct)
    {
        return await LedgerImports.AddAllAsync(db, Layout, file, fileName, value => AddAsync(new SubmitInput(value.Key, value.Year, value.Value, value.Department, value.Source), actor, ct), key => Headers.GetValueOrDefault(key, key), ct);
    }

    /// <summary>采用: the value becomes the figure; an earlier accepted value of the same figure and year is marked 已更正.</summary>
    public async Task<IndicatorSubmission> AcceptAsync(Guid id, string reviewer, CancellationToken ct)
    {
        var submission = await FindAsync(id, ct);
        var today = LegalDate.Today(time);
        var earlier = await db.Set<IndicatorSubmission>()
            .Where(s => s.RegionCode == submission.RegionCode && s.Key == submission.Key && s.Year == submission.Year && s.Status == SubmissionStatus.Accepted)
            .ToListAsync(ct);
        submission.Accept(today, reviewer);
        earlier.ForEach(s => s.Supersede());
        await db.SaveChangesAsync(ct);
        return submission;
    }

    public async Task<IndicatorSubmission> ReturnAsync(Guid id, ReviewInput input, string reviewer, CancellationToken ct)
    {
        var submission = await FindAsync(id, ct);
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > 500)
        {
            throw new FieldValidationException("reason", "请写明退回原因（500字以内）");
        }

        submission.Return(LegalDate.Today(time), reviewer, reason);
        await db.SaveChangesAsync(ct);
        return submission;
    }

    /// <summary>Every catalogued figure for the year: accepted value, pending submission, last return, due date.</summary>
    public async Task<IReadOnlyList<IndicatorRow>> YearAsync(int year, CancellationToken ct)
    {
        var due = DueOf(year);
        var submissions = await db.Set<IndicatorSubmission>().AsNoTracking().Where(s => s.Year == year).OrderBy(s => s.SubmittedOn).ThenBy(s => s.Id).ToListAsync(ct);
        return IndicatorCatalog.All.Select(d =>
        {
            var mine = submissions.Where(s => s.Key == d.Key).ToList();
            var accepted = mine.LastOrDefault(s => s.Status == SubmissionStatus.Accepted);
            var pending = mine.LastOrDefault(s => s.Status == SubmissionStatus.Submitted);
            var returned = mine.LastOrDefault(s => s.Status == SubmissionStatus.Returned);
            return new IndicatorRow(d, accepted is null ? null : SubmissionItem.Of(accepted, due), pending is null ? null : SubmissionItem.Of(pending, due),
                returned is null ? null : SubmissionItem.Of(returned, due), due, accepted is null);
        }).ToList();
    }

    public async Task<Paged<SubmissionItem>> PageAsync(string? year, string? key, string? status, string? page, CancellationToken ct)
    {
        var (query, number, size) = Build(year, key, status, page, null);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<SubmissionItem>(rows.Select(s => SubmissionItem.Of(s, DueOf(s.Year))).ToList(), number, size, total);
    }

    public async Task<byte[]> ExportAsync(string? year, string? key, string? status, CancellationToken ct)
    {
        var (query, _, _) = Build(year, key, status, null, null);
        var rows = await query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select((s, i) => new SubmissionLedgerRow { Number = i + 1, Item = SubmissionItem.Of(s, DueOf(s.Year)) }), ct);
    }

    public async Task<SubmissionItem> DetailsAsync(Guid id, CancellationToken ct)
    {
        var s = await db.Set<IndicatorSubmission>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("报送数据不存在");
        return SubmissionItem.Of(s, DueOf(s.Year));
    }

    private async Task<IndicatorSubmission> AddAsync(SubmitInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var errors = new Dictionary<string, string[]>();
        var region = db.Scope.WriteRegion ?? systemRegion ?? throw new DomainRuleException("请以本单位用户身份报送数据");
        var today = LegalDate.Today(time);
        var definition = IndicatorCatalog.Find(input.Key);
        if (definition is null)
        {
            errors["key"] = ["请选择数据报送目录中的指标"];
        }

        if (input.Year is not { } year || year < 2000)
        {
            errors["year"] = ["请填写年度（2000年以后）"];
        }
        else if (year >= today.Year)
        {
            errors["year"] = [$"{year}年尚未结束，不能报送全年数据"];
        }

        if (input.Value is not { } value)
        {
            errors["value"] = ["请填写数值"];
        }
        else if (value < 0 || value > 1_000_000_000_000m)
        {
            errors["value"] = ["数值应为不小于0的数"];
        }
        else if (definition is { WholeNumbers: true } && value != decimal.Truncate(value))
        {
            errors["value"] = [$"{definition.Name}以{definition.Unit}计，应为整数"];
        }
        else if (definition is { Unit: "%" } && value > 100)
        {
            errors["value"] = ["比率不能超过100%"];
        }
        else if (decimal.Round(value, 2) != value)
        {
            errors["value"] = ["数值最多保留两位小数"];
        }

        var department = FieldChecks.Required(errors, input.Department, 100, "department", "报送单位");
        var source = FieldChecks.Required(errors, input.Source, 300, "source", "数据来源");
        FieldChecks.ThrowIfAny(errors);

        var submission = new IndicatorSubmission(region, definition!.Key, input.Year!.Value, input.Value!.Value, department!, source!, today, actor);
        db.Add(submission);
        return submission;
    }

    private async Task<IndicatorSubmission> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<IndicatorSubmission>().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new RecordNotFoundException("报送数据不存在");

    private (IQueryable<IndicatorSubmission> Query, int Page, int Size) Build(string? year, string? key, string? status, string? page, string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var (number, size) = Paging.Parse(page, pageSize, errors);
        var query = db.Set<IndicatorSubmission>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100)
            {
                query = query.Where(s => s.Year == y);
            }
            else
            {
                errors["year"] = ["年度应为2000至2100之间的年份"];
            }
        }

        if (!string.IsNullOrWhiteSpace(key))
        {
            if (IndicatorCatalog.Parse(key) is { } d)
            {
                query = query.Where(s => s.Key == d.Key);
            }
            else
            {
                errors["key"] = ["指标不在数据报送目录中"];
            }
        }

        if (!string.IsNullOrWhiteSpace(status))
        {
            if (DisplayNames.Parse<SubmissionStatus>(status) is { } st)
            {
                query = query.Where(s => s.Status == st);
            }
            else
            {
                errors["status"] = ["状态应为待审核、已采用、已退回或已更正"];
            }
        }

        FieldChecks.ThrowIfAny(errors);

        return (query.OrderByDescending(s => s.Year).ThenBy(s => s.Key).ThenByDescending(s => s.SubmittedOn).ThenBy(s => s.Id), number, size);
    }

}
