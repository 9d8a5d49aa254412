namespace Fazhi.Platform.Web;

/// <summary>
/// Marks an endpoint that deliberately shows a record to anyone, whatever region it belongs to (the public portal's
/// published documents). The tenant-isolation test skips such endpoints; everything else must answer 404 across regions.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublicAcrossRegionsAttribute : Attribute;
