namespace Fazhi.Platform.Data;

/// <summary>区划归属 (owned by a region): every business row carries the code of the region that owns it.</summary>
public interface IRegionScoped
{
    string RegionCode { get; }
}
