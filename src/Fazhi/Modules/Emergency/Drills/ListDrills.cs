using System.Globalization;

using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Emergency.Drills;

/// <summary>Filter, sort and page of the drill list.</summary>
public sealed record DrillFilter
{
    /// <summary>检索词: 演练名称, 组织单位 or 预案名称 contains it.</summary>
    public string? Q { get; init; }

    public string? Kind { get; init; }

    /// <summary>演练年度.</summary>
    public string? Year { get; init; }

    /// <summary>held | title | participants (default: -held), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

public sealed record DrillListItem(Guid Id, Guid PlanId, string PlanTitle, string Title, string Kind, string KindName, DateOnly HeldOn, string Organizer,
    int Participants, string? Location, string? Findings);

/// <summary>A drill ledger row, both ways.</summary>
public sealed class DrillLedgerRow
{
    public int Number { get; set; }

    public DrillListItem? Item { get; set; }

    public string? PlanTitle { get; set; }

    public string? Title { get; set; }

    public string? Kind { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Organizer { get; set; }

    public int? Participants { get; set; }

    public string? Location { get; set; }

    public string? Findings { get; set; }

    public DrillInput Input() => new()
    {
        PlanTitle = PlanTitle,
        Title = Title,
        Kind = Kind,
        HeldOn = HeldOn,
        Organizer = Organizer,
        Participants = Participants,
        Location = Location,
        Findings = Findings,
    };
}

public sealed class ListDrills(AppDbContext db)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["planId"] = "预案名称",
        ["title"] = "演练名称",
        ["kind"] = "演练方式",
        ["heldOn"] = "演练日期",
        ["organizer"] = "组织单位",
        ["participants"] = "参演人数",
        ["location"] = "演练地点",
        ["findings"] = "发现的问题",
    };

    public static readonly LedgerLayout<DrillLedgerRow> Layout = new("应急演练台账",
    [
        new("序号", r => r.Number),
        new("预案名称", r => r.Item?.PlanTitle, (r, v) => Inputs.Set(v, 200, s => r.PlanTitle = s), Required: true),
        new("演练名称", r => r.Item?.Title, (r, v) => Inputs.Set(v, 200, s => r.Title = s), Required: true),
        new("演练方式", r => r.Item?.KindName, (r, v) => Inputs.Parse<DrillKind>(v) is null ? $"演练方式“{v}”不正确，应为{Inputs.Choices<DrillKind>()}" : Inputs.Set(v, 20, s => r.Kind = s), Required: true),
        new("演练日期", r => r.Item?.HeldOn, (r, v) => Inputs.SetDate(v, d => r.HeldOn = d), Required: true),
        new("组织单位", r => r.Item?.Organizer, (r, v) => Inputs.Set(v, 100, s => r.Organizer = s), Required: true),
        new("参演人数", r => r.Item?.Participants, (r, v) => Inputs.SetNumber(v, n => r.Participants = n), Required: true),
        new("演练地点", r => r.Item?.Location, (r, v) => Inputs.Set(v, 200, s => r.Location = s)),
        new("发现的问题", r => r.Item?.Findings, (r, v) => Inputs.Set(v, 2000, s => r.Findings = s)),
    ]);

    public static string HeaderOf(string field) => Headers.GetValueOrDefault(field, field);

    public async Task<Paged<DrillListItem>> PageAsync(DrillFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<DrillListItem>(await ItemsAsync(rows, ct), page, size, total);
    }

    public async Task<byte[]> ExportAsync(DrillFilter filter, CancellationToken ct)
    {
        var rows = await Build(filter).Query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, (await ItemsAsync(rows, ct)).Select((d, i) => new DrillLedgerRow { Number = i + 1, Item = d }), ct);
    }

    public async Task<DrillListItem> DetailsAsync(Guid id, CancellationToken ct)
    {
        var drill = await db.Set<Drill>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new RecordNotFoundException("演练记录不存在");
        return (await ItemsAsync([drill], ct))[0];
    }

    private async Task<List<DrillListItem>> ItemsAsync(List<Drill> rows, CancellationToken ct)
    {
        var ids = rows.Select(d => d.PlanId).Distinct().ToList();
        var titles = await db.Set<EmergencyPlan>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        return rows.Select(d => new DrillListItem(d.Id, d.PlanId, titles.GetValueOrDefault(d.PlanId, ""), d.Title, d.Kind.ToString(), Names.Of(d.Kind),
            d.HeldOn, d.Organizer, d.Participants, d.Location, d.Findings)).ToList();
    }

    private (IQueryable<Drill> Query, int Page, int Size) Build(DrillFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<Drill>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            var plans = db.Set<EmergencyPlan>().Where(p => p.Title.Contains(q)).Select(p => p.Id);
            query = query.Where(d => d.Title.Contains(q) || d.Organizer.Contains(q) || plans.Contains(d.PlanId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            if (Inputs.Parse<DrillKind>(filter.Kind) is { } kind)
            {
                query = query.Where(d => d.Kind == kind);
            }
            else
            {
                errors["kind"] = ["演练方式不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                var first = new DateOnly(year, 1, 1);
                var end = first.AddYears(1);
                query = query.Where(d => d.HeldOn >= first && d.HeldOn < end);
            }
            else
            {
                errors["year"] = ["年度应为四位数字"];
            }
        }

        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var sort = filter.Sort?.Trim() ?? "";
        var descending = sort.StartsWith('-') || sort == "";
        query = sort.TrimStart('-') switch
        {
            "" or "held" => descending ? query.OrderByDescending(d => d.HeldOn).ThenBy(d => d.Id) : query.OrderBy(d => d.HeldOn).ThenBy(d => d.Id),
            "title" => descending ? query.OrderByDescending(d => d.Title).ThenBy(d => d.Id) : query.OrderBy(d => d.Title).ThenBy(d => d.Id),
            "participants" => descending ? query.OrderByDescending(d => d.Participants).ThenBy(d => d.Id) : query.OrderBy(d => d.Participants).ThenBy(d => d.Id),
            _ => Invalid(query, errors),
        };

        Inputs.ThrowIfAny(errors);
        return (query, page, size);
    }

    private static IQueryable<Drill> Invalid(IQueryable<Drill> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 held、title 或 participants（前加 - 为倒序）"];
        return query;
    }
}
