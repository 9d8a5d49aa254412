using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Emergency.Domain;

/// <summary>物资储备标准 of a region: how many persons its relief supplies must cover (the seed: 500人标准).</summary>
public sealed class SupplyStandard : IRegionScoped
{
    private SupplyStandard()
    {
    }

    public SupplyStandard(string regionCode, int persons, DateOnly setOn, string? basis)
    {
        RegionCode = regionCode;
        Change(persons, setOn, basis);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>保障人数标准.</summary>
    public int Persons { get; private set; }

    public DateOnly SetOn { get; private set; }

    /// <summary>依据, e.g. 镇级救灾物资储备方案.</summary>
    public string? Basis { get; private set; }

    public void Change(int persons, DateOnly setOn, string? basis)
    {
        if (persons is < 1 or > 10_000_000)
        {
            throw new FieldValidationException("persons", "保障人数标准应为正整数");
        }

        Persons = persons;
        SetOn = setOn;
        Basis = string.IsNullOrWhiteSpace(basis) ? null : basis.Trim();
    }
}

/// <summary>应急物资 (relief supply item): what one unit covers, and the quantity on hand from its latest count.</summary>
public sealed class SupplyItem : IRegionScoped
{
    private SupplyItem()
    {
    }

    public SupplyItem(string regionCode, string name, string unit, decimal personsPerUnit, string? location, DateOnly registeredOn)
    {
        if (personsPerUnit is <= 0 or > 10_000)
        {
            throw new FieldValidationException("personsPerUnit", "每单位保障人数应大于0");
        }

        RegionCode = regionCode;
        Name = name;
        Unit = unit;
        PersonsPerUnit = personsPerUnit;
        Location = location;
        RegisteredOn = registeredOn;
        CountedOn = registeredOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>物资名称, e.g. 帐篷.</summary>
    public string Name { get; private set; } = "";

    /// <summary>计量单位, e.g. 顶.</summary>
    public string Unit { get; private set; } = "";

    /// <summary>每单位保障人数 (a 4-person tent: 4; bottled water at 2 per person: 0.5).</summary>
    public decimal PersonsPerUnit { get; private set; }

    /// <summary>存放地点.</summary>
    public string? Location { get; private set; }

    public DateOnly RegisteredOn { get; private set; }

    /// <summary>Quantity on hand after the latest count.</summary>
    public int Quantity { get; private set; }

    public DateOnly CountedOn { get; private set; }

    /// <summary>盘点: the quantity on hand on a day (purchases and issues are recorded as the count after them).</summary>
    public SupplyCount Count(DateOnly on, int quantity, string? note)
    {
        if (quantity is < 0 or > 100_000_000)
        {
            throw new FieldValidationException("quantity", "数量应为不小于0的整数");
        }

        if (on < RegisteredOn)
        {
            throw new FieldValidationException("on", $"盘点日期不能早于物资登记日期{RegisteredOn:yyyy-MM-dd}");
        }

        if (on >= CountedOn)
        {
            Quantity = quantity;
            CountedOn = on;
        }

        return new SupplyCount(this, on, quantity, note);
    }

    /// <summary>Persons the quantity covers (whole persons).</summary>
    public static int Covered(int quantity, decimal personsPerUnit) => (int)Math.Floor(quantity * personsPerUnit);

    /// <summary>缺口 in units to reach the standard (0 when covered).</summary>
    public static int ShortfallUnits(int quantity, decimal personsPerUnit, int standard) =>
        Covered(quantity, personsPerUnit) >= standard ? 0 : (int)Math.Ceiling(standard / personsPerUnit) - quantity;
}

/// <summary>物资盘点记录: the quantity on hand on a day.</summary>
public sealed class SupplyCount : IRegionScoped
{
    private SupplyCount()
    {
    }

    internal SupplyCount(SupplyItem item, DateOnly on, int quantity, string? note)
    {
        ItemId = item.Id;
        RegionCode = item.RegionCode;
        On = on;
        Quantity = quantity;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ItemId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly On { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>说明, e.g. 采购入库、防汛调拨.</summary>
    public string? Note { get; private set; }
}
