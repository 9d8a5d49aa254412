namespace Fazhi.Modules.AnnualReports;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class AnnualReportsModule
{
    public static IServiceCollection AddAnnualReports(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAnnualReportsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
