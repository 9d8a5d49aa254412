using System.Globalization;

using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Emergency.Supplies;

public sealed record SupplyItemInput(string? Name, string? Unit, decimal? PersonsPerUnit, string? Location, DateOnly? RegisteredOn, int? Quantity);

public sealed record SupplyCountInput(DateOnly? On, int? Quantity, string? Note);

public sealed record SupplyStandardInput(int? Persons, DateOnly? SetOn, string? Basis);

/// <summary>One item against the standard: persons its quantity covers and the shortfall in units.</summary>
public sealed record SupplyLine(Guid Id, string Name, string Unit, decimal PersonsPerUnit, string? Location, int Quantity, DateOnly CountedOn,
    int PersonsCovered, int ShortfallUnits);

/// <summary>The region's supplies against its standard: the binding item decides how many persons are covered.</summary>
public sealed record SupplyOverview(int Standard, bool StandardIsDefault, DateOnly? StandardSetOn, string? StandardBasis, IReadOnlyList<SupplyLine> Lines)
{
    /// <summary>保障人数: the fewest persons any item covers (capped at the standard); 0 without items.</summary>
    public int PersonsCovered => Lines.Count == 0 ? 0 : Math.Min(Standard, Lines.Min(l => l.PersonsCovered));

    public IEnumerable<SupplyLine> Shortfalls => Lines.Where(l => l.ShortfallUnits > 0);
}

/// <summary>A supplies ledger row, both ways.</summary>
public sealed class SupplyLedgerRow
{
    public int Number { get; set; }

    public SupplyLine? Line { get; set; }

    public SupplyItem? Item { get; set; }

    public string? Name { get; set; }

    public string? Unit { get; set; }

    public decimal? PersonsPerUnit { get; set; }

    public string? Location { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    public int? Quantity { get; set; }

    public DateOnly? CountedOn { get; set; }
}

/// <summary>应急物资储备: the region's standard (default from settings), items, and counts (盘点) with the shortfall against the standard.</summary>
public sealed class StockSupplies(AppDbContext db, TimeProvider time, IOptions<EmergencyOptions> options)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "物资名称",
        ["unit"] = "计量单位",
        ["personsPerUnit"] = "每单位保障人数",
        ["location"] = "存放地点",
        ["registeredOn"] = "登记日期",
        ["quantity"] = "现有数量",
        ["countedOn"] = "最近盘点日期",
        ["on"] = "最近盘点日期",
    };

    public static readonly LedgerLayout<SupplyLedgerRow> Layout = new("应急物资台账",
    [
        new("序号", r => r.Number),
        new("物资名称", r => r.Line?.Name, (r, v) => Inputs.Set(v, 100, s => r.Name = s), Required: true),
        new("计量单位", r => r.Line?.Unit, (r, v) => Inputs.Set(v, 20, s => r.Unit = s), Required: true),
        new("每单位保障人数", r => r.Line?.PersonsPerUnit.ToString("0.##", CultureInfo.InvariantCulture), ParsePersonsPerUnit, Required: true),
        new("存放地点", r => r.Line?.Location, (r, v) => Inputs.Set(v, 200, s => r.Location = s)),
        new("登记日期", r => r.Item?.RegisteredOn, (r, v) => Inputs.SetDate(v, d => r.RegisteredOn = d), Required: true),
        new("现有数量", r => r.Line?.Quantity, (r, v) => Inputs.SetNumber(v, n => r.Quantity = n), Required: true),
        new("最近盘点日期", r => r.Line?.CountedOn, (r, v) => Inputs.SetDate(v, d => r.CountedOn = d)),
        new("可保障人数", r => r.Line?.PersonsCovered),
        new("缺口", r => r.Line?.ShortfallUnits),
    ]);

    private static string? ParsePersonsPerUnit(SupplyLedgerRow row, string text)
    {
        if (!decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return $"每单位保障人数“{text}”应为大于0的数";
        }

        row.PersonsPerUnit = value;
        return null;
    }

    public async Task<SupplyOverview> OverviewAsync(CancellationToken ct)
    {
        // The own region's reserve against its own standard, as the figure counts it (a county sees its towns' through the figure's breakdown).
        var region = db.Scope.WriteRegion;
        var standard = await db.Set<SupplyStandard>().AsNoTracking().FirstOrDefaultAsync(s => s.RegionCode == region, ct);
        var persons = standard?.Persons ?? options.Value.SupplyStandardPersons;
        var items = await db.Set<SupplyItem>().AsNoTracking().Where(i => region == null || i.RegionCode == region).OrderBy(i => i.Name).ThenBy(i => i.Id).ToListAsync(ct);
        return new SupplyOverview(persons, standard is null, standard?.SetOn, standard?.Basis, items.Select(i => Line(i, persons)).ToList());
    }

    public async Task<(SupplyItem Item, IReadOnlyList<SupplyCount> Counts, int Standard)> DetailsAsync(Guid id, CancellationToken ct)
    {
        var item = await db.Set<SupplyItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new RecordNotFoundException("物资不存在");
        var counts = await db.Set<SupplyCount>().AsNoTracking().Where(c => c.ItemId == id).OrderByDescending(c => c.On).ThenBy(c => c.Id).ToListAsync(ct);
        var standard = await db.Set<SupplyStandard>().AsNoTracking().Where(s => s.RegionCode == item.RegionCode).Select(s => (int?)s.Persons).FirstOrDefaultAsync(ct);
        return (item, counts, standard ?? options.Value.SupplyStandardPersons);
    }

    public static SupplyLine Line(SupplyItem i, int standard) => new(i.Id, i.Name, i.Unit, i.PersonsPerUnit, i.Location, i.Quantity, i.CountedOn,
        SupplyItem.Covered(i.Quantity, i.PersonsPerUnit), SupplyItem.ShortfallUnits(i.Quantity, i.PersonsPerUnit, standard));

    public async Task<SupplyStandard> SetStandardAsync(SupplyStandardInput input, CancellationToken ct, string? systemRegion = null)
    {
        var errors = new Dictionary<string, string[]>();
        var on = Inputs.Date(input.SetOn, LegalDate.Today(time), "setOn", "标准确定日期", errors);
        var basis = Inputs.Optional(input.Basis, 300, "basis", "依据", errors);
        if (input.Persons is not { } persons)
        {
            errors["persons"] = ["请填写保障人数标准"];
            persons = 0;
        }

        var region = Inputs.Region(db, systemRegion, "设定物资储备标准", errors);

        Inputs.ThrowIfAny(errors);
        var standard = await db.Set<SupplyStandard>().FirstOrDefaultAsync(s => s.RegionCode == region, ct);
        if (standard is null)
        {
            standard = new SupplyStandard(region, persons, on, basis);
            db.Add(standard);
        }
        else
        {
            standard.Change(persons, on, basis);
        }

        await db.SaveChangesAsync(ct);
        return standard;
    }

    public async Task<SupplyItem> RegisterAsync(SupplyItemInput input, CancellationToken ct, string? systemRegion = null)
    {
        var item = await BuildAsync(input, null, "登记", systemRegion, ct);
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>
    /// Imports the supplies ledger: each row registers an item on its 登记日期 with its 现有数量 counted on the 最近盘点日期
    /// (or the registration date). Every bad row is reported and nothing of the file is stored.
    /// </summary>
    public async Task<int> ImportAsync(Stream file, string fileName, CancellationToken ct)
    {
        return await LedgerImports.AddAllAsync(db, Layout, file, fileName, value => BuildAsync(new SupplyItemInput(value.Name, value.Unit, value.PersonsPerUnit, value.Location, value.RegisteredOn, value.Quantity),
                    value.CountedOn, "台账导入", null, ct), key => Headers.GetValueOrDefault(key, key), ct);
    }

    public async Task<byte[]> ExportAsync(CancellationToken ct)
    {
        var view = await OverviewAsync(ct);
        var ids = view.Lines.Select(l => l.Id).ToList();
        var items = await db.Set<SupplyItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        return await Ledgers.ExportXlsxAsync(Layout, view.Lines.Select((l, i) => new SupplyLedgerRow { Number = i + 1, Line = l, Item = items[l.Id] }), ct);
    }

    private async Task<SupplyItem> BuildAsync(SupplyItemInput input, DateOnly? countedOn, string note, string? systemRegion, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var today = LegalDate.Today(time);
        var name = Inputs.Text(input.Name, 100, "name", "物资名称", errors);
        var unit = Inputs.Text(input.Unit, 20, "unit", "计量单位", errors);
        var location = Inputs.Optional(input.Location, 200, "location", "存放地点", errors);
        var on = Inputs.Date(input.RegisteredOn, today, "registeredOn", "登记日期", errors);
        if (countedOn > today)
        {
            errors["countedOn"] = ["盘点日期不能晚于今天"];
        }

        if (input.PersonsPerUnit is null)
        {
            errors["personsPerUnit"] = ["请填写每单位保障人数"];
        }

        if (input.Quantity is null)
        {
            errors["quantity"] = ["请填写现有数量"];
        }

        var region = Inputs.Region(db, systemRegion, "登记物资", errors);
        if (await db.Set<SupplyItem>().AnyAsync(i => i.RegionCode == region && i.Name == name, ct)
            || db.ChangeTracker.Entries<SupplyItem>().Any(e => e.Entity.RegionCode == region && e.Entity.Name == name))
        {
            errors["name"] = [$"物资“{name}”已登记，请在该物资下盘点"];
        }

        Inputs.ThrowIfAny(errors);
        var item = new SupplyItem(region, name, unit, decimal.Round(input.PersonsPerUnit!.Value, 2), location, on);
        db.Add(item);
        db.Add(item.Count(countedOn ?? on, input.Quantity!.Value, note));
        return item;
    }

    public async Task<SupplyCount> CountAsync(Guid id, SupplyCountInput input, CancellationToken ct)
    {
        var item = await db.Set<SupplyItem>().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new RecordNotFoundException("物资不存在");
        var errors = new Dictionary<string, string[]>();
        var on = Inputs.Date(input.On, LegalDate.Today(time), "on", "盘点日期", errors);
        var note = Inputs.Optional(input.Note, 300, "note", "说明", errors);
        if (input.Quantity is null)
        {
            errors["quantity"] = ["请填写数量"];
        }

        Inputs.ThrowIfAny(errors);
        var count = item.Count(on, input.Quantity!.Value, note);
        db.Add(count);
        await db.SaveChangesAsync(ct);
        return count;
    }
}
