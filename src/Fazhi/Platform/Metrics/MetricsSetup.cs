namespace Fazhi.Platform.Metrics;

/// <summary>Registration of the kernel's Metrics services and endpoints.</summary>
public static class MetricsSetup
{
    public static IServiceCollection AddMetricsRegistry(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
