namespace Fazhi.Platform.Data;

/// <summary>A permission whose default grants were already applied once, so an administrator's later changes stick.</summary>
public sealed class KnownPermission
{
    public string Permission { get; set; } = "";
}
