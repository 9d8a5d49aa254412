using System.Globalization;

using Fazhi.Modules.Governance.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Governance.Reports;

/// <summary>登记述法. Occasion and Rating are Chinese names or identifiers; a report is rated by grade or by score.</summary>
public sealed record LawReportInput
{
    public string? Leader { get; init; }

    public string? Post { get; init; }

    public int? Year { get; init; }

    public DateOnly? GivenOn { get; init; }

    public string? Occasion { get; init; }

    public bool? IncludesFirstResponsibility { get; init; }

    public string? Summary { get; init; }

    public string? Rating { get; init; }

    public int? Score { get; init; }
}

/// <summary>Filter, sort and page of the 述法 list.</summary>
public sealed record LawReportFilter
{
    public string? Q { get; init; }

    public string? Year { get; init; }

    public string? Occasion { get; init; }

    /// <summary>given | leader | year (default: given, newest first), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

public sealed record LawReportItem(Guid Id, string Leader, string Post, int Year, DateOnly GivenOn, string Occasion, string OccasionName,
    bool IncludesFirstResponsibility, string Summary, string? Rating, int? Score)
{
    public string Evaluation => Rating ?? (Score is { } s ? $"{s}分" : "");
}

/// <summary>A 述法 ledger row: exported, and read back as a report.</summary>
public sealed class LawReportLedgerRow
{
    public int Number { get; set; }

    public LawReportItem? Item { get; set; }

    public LawReportInput Value { get; set; } = new();
}

/// <summary>
/// 党政主要负责人述法: each leader's report on the duty of 推进法治建设第一责任人, one per leader, year and occasion, entered with
/// its real date (not in the future, not before the year reported on begins).
/// </summary>
public sealed class LawReports(AppDbContext db, TimeProvider time)
{
    public const string Basis = "《党政主要负责人履行推进法治建设第一责任人职责规定》第十三条";

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["leader"] = "述法人",
        ["post"] = "职务",
        ["year"] = "述法年度",
        ["givenOn"] = "述法日期",
        ["occasion"] = "述法形式",
        ["includesFirstResponsibility"] = "纳入第一责任人职责",
        ["summary"] = "述法内容摘要",
        ["rating"] = "评议等次",
        ["score"] = "评议得分",
    };

    public static readonly LedgerLayout<LawReportLedgerRow> Layout = new("领导干部述法台账",
    [
        new("序号", r => r.Number),
        new("述法人", r => r.Item?.Leader, (r, v) => Cells.Accept(() => r.Value = r.Value with { Leader = v }), Required: true),
        new("职务", r => r.Item?.Post, (r, v) => Cells.Accept(() => r.Value = r.Value with { Post = v }), Required: true),
        new("述法年度", r => r.Item?.Year, (r, v) => Cells.WholeNumber(v, out var n) ?? Cells.Accept(() => r.Value = r.Value with { Year = n }), Required: true),
        new("述法日期", r => r.Item?.GivenOn, (r, v) => Cells.Date(v, out var d) ?? Cells.Accept(() => r.Value = r.Value with { GivenOn = d }), Required: true),
        new("述法形式", r => r.Item?.OccasionName, (r, v) => Cells.Accept(() => r.Value = r.Value with { Occasion = v }), Required: true),
        new("纳入第一责任人职责", r => r.Item is null ? null : r.Item.IncludesFirstResponsibility ? "是" : "否",
            (r, v) => v is "是" or "否" ? Cells.Accept(() => r.Value = r.Value with { IncludesFirstResponsibility = v == "是" }) : "应填写“是”或“否”", Required: true),
        new("述法内容摘要", r => r.Item?.Summary, (r, v) => Cells.Accept(() => r.Value = r.Value with { Summary = v }), Required: true),
        new("评议等次", r => r.Item?.Rating, (r, v) => Cells.Accept(() => r.Value = r.Value with { Rating = v })),
        new("评议得分", r => r.Item?.Score, (r, v) => Cells.WholeNumber(v, out var n) ?? Cells.Accept(() => r.Value = r.Value with { Score = n })),
    ]);

    public async Task<LeaderLawReport> AddAsync(LawReportInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var f = new Fields(time);
        var region = db.Scope.WriteRegion ?? systemRegion ?? throw new DomainRuleException("请以本单位用户身份登记述法");
        var leader = f.Required(input.Leader, 50, "leader", "述法人");
        var post = f.Required(input.Post, 100, "post", "职务");
        var summary = f.Required(input.Summary, 4000, "summary", "述法内容摘要");
        var occasion = f.Choice<ReportOccasion>(input.Occasion, "occasion", $"请选择述法形式（{Fields.Names<ReportOccasion>()}）");
        var givenOn = f.PastDate(input.GivenOn, "givenOn", "述法日期");
        if (input.Year is not { } year || year < 2000 || year > f.Today.Year)
        {
            f.Add("year", $"述法年度应为2000至{f.Today.Year}之间的年份");
            year = 0;
        }
        else if (givenOn != default && givenOn < new DateOnly(year, 1, 1))
        {
            f.Add("givenOn", $"述法日期不能早于述法年度开始（{year}-01-01）");
        }

        if (input.IncludesFirstResponsibility is null)
        {
            f.Add("includesFirstResponsibility", "请注明述法是否包含履行推进法治建设第一责任人职责情况");
        }

        ReportRating? rating = null;
        if (!string.IsNullOrWhiteSpace(input.Rating))
        {
            rating = f.Choice<ReportRating>(input.Rating, "rating", $"评议等次应为{Fields.Names<ReportRating>()}之一");
        }

        if (input.Score is < 0 or > 100)
        {
            f.Add("score", "评议得分应为0至100之间的整数");
        }
        else if (input.Score is not null && !string.IsNullOrWhiteSpace(input.Rating))
        {
            f.Add("score", "评议等次和评议得分只填一项");
        }
        else if (input.Score is null && string.IsNullOrWhiteSpace(input.Rating))
        {
            f.Add("rating", "请填写评议等次（好、较好、一般、差）或评议得分");
        }

        if (leader is not null && year > 0 && occasion is { } o
            && (await db.Set<LeaderLawReport>().AnyAsync(r => r.RegionCode == region && r.Leader == leader && r.Year == year && r.Occasion == o, ct)
                || db.ChangeTracker.Entries<LeaderLawReport>().Any(e => e.Entity.Leader == leader && e.Entity.Year == year && e.Entity.Occasion == o)))
        {
            f.Add("leader", $"{leader}{year}年度的{DisplayNames.Of(o)}已登记，同一领导同一年度同一形式只登记一次");
        }

        f.ThrowIfAny();
        var report = new LeaderLawReport(region, leader!, post!, year, givenOn, occasion!.Value, input.IncludesFirstResponsibility!.Value, summary!, rating,
            input.Score, actor);
        db.Add(report);
        return report;
    }

    public async Task<LeaderLawReport> RecordAsync(LawReportInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var report = await AddAsync(input, actor, ct, systemRegion);
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task<int> ImportAsync(Stream file, string fileName, string actor, CancellationToken ct)
    {
        return await LedgerImports.AddAllAsync(db, Layout, file, fileName, value => AddAsync(value.Value, actor, ct), key => Headers.GetValueOrDefault(key, key), ct);
    }

    public async Task<Paged<LawReportItem>> PageAsync(LawReportFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<LawReportItem>(rows.Select(Item).ToList(), page, size, total);
    }

    public async Task<byte[]> ExportAsync(LawReportFilter filter, CancellationToken ct)
    {
        var (query, _, _) = Build(filter with { Page = null, PageSize = null });
        var rows = await query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select((r, i) => new LawReportLedgerRow { Number = i + 1, Item = Item(r) }), ct);
    }

    public async Task<LawReportItem> DetailsAsync(Guid id, CancellationToken ct) =>
        Item(await db.Set<LeaderLawReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new RecordNotFoundException("述法记录不存在"));

    public static LawReportItem Item(LeaderLawReport r) => new(r.Id, r.Leader, r.Post, r.Year, r.GivenOn, r.Occasion.ToString(), DisplayNames.Of(r.Occasion),
        r.IncludesFirstResponsibility, r.Summary, r.Rating is { } rating ? DisplayNames.Of(rating) : null, r.Score);

    private (IQueryable<LeaderLawReport> Query, int Page, int Size) Build(LawReportFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var query = db.Set<LeaderLawReport>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(r => r.Leader.Contains(q) || r.Post.Contains(q) || r.Summary.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.Occasion))
        {
            if (DisplayNames.Parse<ReportOccasion>(filter.Occasion) is { } occasion)
            {
                query = query.Where(r => r.Occasion == occasion);
            }
            else
            {
                errors["occasion"] = [$"述法形式不正确（应为{Fields.Names<ReportOccasion>()}之一）"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                query = query.Where(r => r.Year == year);
            }
            else
            {
                errors["year"] = ["年度应为2000至2100之间的年份"];
            }
        }

        var sort = string.IsNullOrWhiteSpace(filter.Sort) ? "-given" : filter.Sort.Trim();
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "given" => descending ? query.OrderByDescending(r => r.GivenOn).ThenBy(r => r.Id) : query.OrderBy(r => r.GivenOn).ThenBy(r => r.Id),
            "leader" => descending ? query.OrderByDescending(r => r.Leader).ThenBy(r => r.Year) : query.OrderBy(r => r.Leader).ThenBy(r => r.Year),
            "year" => descending ? query.OrderByDescending(r => r.Year).ThenBy(r => r.Leader) : query.OrderBy(r => r.Year).ThenBy(r => r.Leader),
            _ => Invalid(query, errors),
        };
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return (query, page, size);
    }

    private static IQueryable<LeaderLawReport> Invalid(IQueryable<LeaderLawReport> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 given（述法日期）、leader（述法人）或 year（述法年度），前加“-”为倒序"];
        return query;
    }
}
