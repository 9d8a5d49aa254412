namespace Fazhi.Platform.Regions;

/// <summary>Registration of the 行政区划 services and endpoints.</summary>
public static class RegionsSetup
{
    public static IServiceCollection AddRegions(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapRegionsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
