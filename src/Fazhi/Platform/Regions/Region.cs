using System.ComponentModel.DataAnnotations;

namespace Fazhi.Platform.Regions;

/// <summary>行政区划层级 (level in the administrative-division tree).</summary>
public enum RegionLevel
{
    [Display(Name = "省")] Province = 1,
    [Display(Name = "市")] City = 2,
    [Display(Name = "县（区）")] County = 3,
    [Display(Name = "镇（街道）")] Town = 4,
    [Display(Name = "村（社区）")] Village = 5,
}

/// <summary>行政区划 (administrative division), keyed by its GB/T 2260 code (9-digit town, 12-digit village).</summary>
public sealed class Region
{
    private Region()
    {
    }

    public Region(string code, string name, RegionLevel level, string? parentCode)
    {
        Code = code;
        Name = name;
        Level = level;
        ParentCode = parentCode;
    }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public RegionLevel Level { get; private set; }

    public string? ParentCode { get; private set; }

    /// <summary>The code prefix shared by this region's whole subtree (see <see cref="RegionCodes.SubtreePrefix"/>).</summary>
    public string SubtreePrefix => RegionCodes.SubtreePrefix(Code, Level);

    public void Rename(string name) => Name = name;
}
