using Fazhi.Modules.PowerList.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PowerList.Items;

/// <summary>
/// An item's fields as typed in a form, a ledger row or an API body. Type and Category are Chinese names or identifiers.
/// For 变更 an empty field keeps the item's current value.
/// </summary>
public sealed record ItemInput
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? SubItem { get; init; }

    public string? Type { get; init; }

    public string? Basis { get; init; }

    public string? Responsibilities { get; init; }

    public string? Accountability { get; init; }

    public string? Authority { get; init; }

    public string? Handler { get; init; }

    public string? Category { get; init; }

    /// <summary>施行日期 of the initial load.</summary>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>Ledger only: an imported item is 有效 (a cancelled item is cancelled by an adjustment, never loaded).</summary>
    public string? Status { get; init; }
}

/// <summary>Filter, sort and page of the list.</summary>
public sealed record ItemFilter
{
    public string? Q { get; init; }

    public string? Type { get; init; }

    /// <summary>有效 (default), 已取消, or 全部.</summary>
    public string? Status { get; init; }

    public string? Category { get; init; }

    /// <summary>code | name | type | effective (default: code), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

public sealed record ItemView(Guid Id, string Code, string Name, string? SubItem, string Type, string TypeName, string Basis, string Responsibilities,
    string Accountability, string Authority, string Handler, string? Category, string? CategoryName, string Status, string StatusName, int Version,
    DateOnly EffectiveOn)
{
    public static ItemView Of(PowerItem i) => new(i.Id, i.Code, i.Name, i.SubItem, i.Type.ToString(), DisplayNames.Of(i.Type), i.Basis, i.Responsibilities,
        i.Accountability, i.Authority, i.Handler, i.Category?.ToString(), i.Category is { } c ? DisplayNames.Of(c) : null, i.Status.ToString(),
        DisplayNames.Of(i.Status), i.Version, i.EffectiveOn);
}

/// <summary>One version of an item, with what it changed from the version before.</summary>
public sealed record VersionView(int Number, DateOnly EffectiveOn, string StatusName, string Note, Guid? AdjustmentId, string? AdjustmentTitle,
    IReadOnlyList<FieldDiff> Fields, IReadOnlyList<FieldDiff> Changes);

public sealed record ItemDetails(ItemView Item, IReadOnlyList<VersionView> Versions);

/// <summary>A 权责清单 ledger row: exported, and read back as an item of the initial list.</summary>
public sealed class ItemLedgerRow
{
    public int Number { get; set; }

    public ItemView? Item { get; set; }

    public ItemInput Value { get; set; } = new();
}

/// <summary>
/// 权责清单: the town's items, each with its version history. The list is first loaded (imported or entered, each item as
/// version 1 from its 施行日期); afterwards it changes only through published adjustments.
/// </summary>
public sealed class PowerItems(AppDbContext db, TimeProvider time)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = "事项编码",
        ["name"] = "事项名称",
        ["subItem"] = "子项",
        ["type"] = "权力类型",
        ["basis"] = "实施依据",
        ["responsibilities"] = "责任事项",
        ["accountability"] = "追责情形",
        ["authority"] = "实施主体",
        ["handler"] = "承办机构",
        ["category"] = "履职类别",
        ["effectiveOn"] = "施行日期",
        ["status"] = "状态",
    };

    public static readonly LedgerLayout<ItemLedgerRow> Layout = new("权责清单",
    [
        new("序号", r => r.Number),
        new("事项编码", r => r.Item?.Code, (r, v) => Cells.Accept(() => r.Value = r.Value with { Code = v }), Required: true),
        new("事项名称", r => r.Item?.Name, (r, v) => Cells.Accept(() => r.Value = r.Value with { Name = v }), Required: true),
        new("子项", r => r.Item?.SubItem, (r, v) => Cells.Accept(() => r.Value = r.Value with { SubItem = v })),
        new("权力类型", r => r.Item?.TypeName, (r, v) => Cells.Accept(() => r.Value = r.Value with { Type = v }), Required: true),
        new("实施依据", r => r.Item?.Basis, (r, v) => Cells.Accept(() => r.Value = r.Value with { Basis = v }), Required: true),
        new("责任事项", r => r.Item?.Responsibilities, (r, v) => Cells.Accept(() => r.Value = r.Value with { Responsibilities = v }), Required: true),
        new("追责情形", r => r.Item?.Accountability, (r, v) => Cells.Accept(() => r.Value = r.Value with { Accountability = v }), Required: true),
        new("实施主体", r => r.Item?.Authority, (r, v) => Cells.Accept(() => r.Value = r.Value with { Authority = v }), Required: true),
        new("承办机构", r => r.Item?.Handler, (r, v) => Cells.Accept(() => r.Value = r.Value with { Handler = v }), Required: true),
        new("履职类别", r => r.Item?.CategoryName, (r, v) => Cells.Accept(() => r.Value = r.Value with { Category = v })),
        new("施行日期", r => r.Item?.EffectiveOn, (r, v) => Cells.Date(v, out var d) ?? Cells.Accept(() => r.Value = r.Value with { EffectiveOn = d }), Required: true),
        new("状态", r => r.Item?.StatusName, (r, v) => Cells.Accept(() => r.Value = r.Value with { Status = v })),
        new("版本", r => r.Item?.Version),
    ]);

    /// <summary>The item's fields checked (all required for a new item); null when any is refused (the messages are in <paramref name="f"/>).</summary>
    internal static PowerItemFields? ReadFields(Fields f, ItemInput input, PowerItemFields? current = null)
    {
        string? Text(string? value, string? now, int max, string field, string label) =>
            now is not null && string.IsNullOrWhiteSpace(value) ? now : f.Required(value, max, field, label);

        var name = Text(input.Name, current?.Name, 200, "name", "事项名称");
        var subItem = current is not null && string.IsNullOrWhiteSpace(input.SubItem) ? current.SubItem : f.Optional(input.SubItem, 200, "subItem", "子项");
        PowerType? type = current is not null && string.IsNullOrWhiteSpace(input.Type)
            ? current.Type
            : f.Choice<PowerType>(input.Type, "type", $"请选择权力类型（{Fields.Names<PowerType>()}）");
        var basis = Text(input.Basis, current?.Basis, 2000, "basis", "实施依据（法律法规名称及条款）");
        var responsibilities = Text(input.Responsibilities, current?.Responsibilities, 4000, "responsibilities", "责任事项");
        var accountability = Text(input.Accountability, current?.Accountability, 4000, "accountability", "追责情形");
        var authority = Text(input.Authority, current?.Authority, 100, "authority", "实施主体");
        var handler = Text(input.Handler, current?.Handler, 100, "handler", "承办机构");
        var category = current?.Category;
        if (!string.IsNullOrWhiteSpace(input.Category))
        {
            category = f.Choice<DutyCategory>(input.Category, "category", $"履职类别应为{Fields.Names<DutyCategory>()}之一");
        }

        if (basis is not null && !basis.Contains('《', StringComparison.Ordinal))
        {
            f.Add("basis", "实施依据应写明法律法规名称（用书名号）及条款，如《中华人民共和国行政处罚法》第二十四条");
        }

        return name is null || type is null || basis is null || responsibilities is null || accountability is null || authority is null || handler is null
            || f.Errors.Count > 0
            ? null
            : new PowerItemFields(name, subItem, type.Value, basis, responsibilities, accountability, authority, handler, category);
    }

    internal static string? ReadCode(Fields f, string? code)
    {
        var text = f.Required(code, 50, "code", "事项编码");
        if (text is not null && text.Any(char.IsWhiteSpace))
        {
            f.Add("code", "事项编码不能含空格");
        }

        return f.Has("code") ? null : text;
    }

    /// <summary>An item of the initial list (version 1 from its 施行日期), added to the unit of work.</summary>
    public async Task<PowerItem> AddAsync(ItemInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var f = new Fields(time);
        var region = db.Scope.WriteRegion ?? systemRegion ?? throw new DomainRuleException("请以本单位用户身份登记权责清单");
        var code = ReadCode(f, input.Code);
        var fields = ReadFields(f, input);
        var effectiveOn = f.PastDate(input.EffectiveOn, "effectiveOn", "施行日期");
        if (!string.IsNullOrWhiteSpace(input.Status) && DisplayNames.Parse<PowerItemStatus>(input.Status) != PowerItemStatus.InForce)
        {
            f.Add("status", "导入的初始清单事项应为“有效”；取消事项请登记清单调整");
        }

        if (code is not null
            && (await db.Set<PowerItem>().AnyAsync(i => i.RegionCode == region && i.Code == code, ct)
                || db.ChangeTracker.Entries<PowerItem>().Any(e => e.Entity.RegionCode == region && e.Entity.Code == code)))
        {
            f.Add("code", $"事项编码{code}已在本镇权责清单中，编码在本镇唯一");
        }

        f.ThrowIfAny();
        var (item, version) = PowerItem.Create(region, code!, fields!, effectiveOn, null, $"初始清单（{actor}录入）");
        db.AddRange(item, version);
        return item;
    }

    public async Task<PowerItem> RecordAsync(ItemInput input, string actor, CancellationToken ct)
    {
        var item = await AddAsync(input, actor, ct);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public Task<int> ImportAsync(Stream file, string fileName, string actor, CancellationToken ct) =>
        LedgerImports.AddAllAsync(db, Layout, file, fileName, row => AddAsync(row.Value, actor, ct), key => Headers.GetValueOrDefault(key, key), ct);

    public async Task<Paged<ItemView>> PageAsync(ItemFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<ItemView>(rows.Select(ItemView.Of).ToList(), page, size, total);
    }

    public async Task<byte[]> ExportAsync(ItemFilter filter, CancellationToken ct)
    {
        var (query, _, _) = Build(filter with { Page = null, PageSize = null });
        var rows = await query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select((r, i) => new ItemLedgerRow { Number = i + 1, Item = ItemView.Of(r) }), ct);
    }

    public async Task<ItemDetails> DetailsAsync(Guid id, CancellationToken ct)
    {
        var item = await db.Set<PowerItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new RecordNotFoundException("事项不存在");
        return new ItemDetails(ItemView.Of(item), await VersionsAsync(id, ct));
    }

    public async Task<IReadOnlyList<VersionView>> VersionsAsync(Guid id, CancellationToken ct)
    {
        if (!await db.Set<PowerItem>().AnyAsync(i => i.Id == id, ct))
        {
            throw new RecordNotFoundException("事项不存在");
        }

        var versions = await db.Set<PowerItemVersion>().AsNoTracking().Where(v => v.ItemId == id).OrderBy(v => v.Number).ToListAsync(ct);
        var adjustmentIds = versions.Select(v => v.AdjustmentId).OfType<Guid>().ToList();
        var titles = await db.Set<PowerListAdjustment>().AsNoTracking().Where(a => adjustmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        return versions.Select((v, i) =>
        {
            var before = i == 0 ? null : versions[i - 1];
            var changes = v.Fields.DiffFrom(before?.Fields).ToList();
            if (before is not null && before.Status != v.Status)
            {
                changes.Add(new FieldDiff("状态", DisplayNames.Of(before.Status), DisplayNames.Of(v.Status)));
            }

            return new VersionView(v.Number, v.EffectiveOn, DisplayNames.Of(v.Status), v.Note, v.AdjustmentId,
                v.AdjustmentId is { } a ? titles.GetValueOrDefault(a) : null, v.Fields.DiffFrom(null), changes);
        }).Reverse().ToList();
    }

    private (IQueryable<PowerItem> Query, int Page, int Size) Build(ItemFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var query = db.Set<PowerItem>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(i => i.Code.Contains(q) || i.Name.Contains(q) || i.Basis.Contains(q) || i.Authority.Contains(q) || i.Handler.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            if (DisplayNames.Parse<PowerType>(filter.Type) is { } type)
            {
                query = query.Where(i => i.Type == type);
            }
            else
            {
                errors["type"] = [$"权力类型不正确（应为{Fields.Names<PowerType>()}之一）"];
            }
        }

        var status = filter.Status?.Trim();
        if (string.IsNullOrEmpty(status))
        {
            query = query.Where(i => i.Status == PowerItemStatus.InForce);
        }
        else if (status is not ("全部" or "all"))
        {
            if (DisplayNames.Parse<PowerItemStatus>(status) is { } s)
            {
                query = query.Where(i => i.Status == s);
            }
            else
            {
                errors["status"] = ["状态应为有效、已取消或全部"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            if (DisplayNames.Parse<DutyCategory>(filter.Category) is { } category)
            {
                query = query.Where(i => i.Category == category);
            }
            else
            {
                errors["category"] = [$"履职类别不正确（应为{Fields.Names<DutyCategory>()}之一）"];
            }
        }

        var sort = string.IsNullOrWhiteSpace(filter.Sort) ? "code" : filter.Sort.Trim();
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "code" => descending ? query.OrderByDescending(i => i.Code) : query.OrderBy(i => i.Code),
            "name" => descending ? query.OrderByDescending(i => i.Name).ThenBy(i => i.Code) : query.OrderBy(i => i.Name).ThenBy(i => i.Code),
            "type" => descending ? query.OrderByDescending(i => i.Type).ThenBy(i => i.Code) : query.OrderBy(i => i.Type).ThenBy(i => i.Code),
            "effective" => descending ? query.OrderByDescending(i => i.EffectiveOn).ThenBy(i => i.Code) : query.OrderBy(i => i.EffectiveOn).ThenBy(i => i.Code),
            _ => Invalid(query, errors),
        };
        FieldChecks.ThrowIfAny(errors);
        return (query, page, size);
    }

    private static IQueryable<PowerItem> Invalid(IQueryable<PowerItem> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 code（事项编码）、name（事项名称）、type（权力类型）或 effective（施行日期），前加“-”为倒序"];
        return query;
    }
}
