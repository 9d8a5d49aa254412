namespace Fazhi.Platform.Web;

/// <summary>A workbench menu entry a module contributes; shown to users holding <see cref="Permission"/>.</summary>
public sealed record NavItem(string Title, string Path, string Permission, int Order = 100);

public static class NavigationSetup
{
    public static IServiceCollection AddNavItem(this IServiceCollection services, NavItem item) => services.AddSingleton(item);
}
