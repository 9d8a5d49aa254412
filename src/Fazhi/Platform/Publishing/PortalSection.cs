namespace Fazhi.Platform.Publishing;

/// <summary>
/// 政务公开栏目 (a section of the public portal): what a module publishes, e.g. 行政规范性文件 or 重大行政决策目录.
/// Modules register theirs with <c>services.AddPortalSection(...)</c>; the portal's front page lists them.
/// </summary>
public sealed record PortalSection(string Title, string Path, string Description, int Order = 100);

public static class PublishingSetup
{
    public static IServiceCollection AddPortalSection(this IServiceCollection services, PortalSection section) =>
        services.AddSingleton(section);
}
