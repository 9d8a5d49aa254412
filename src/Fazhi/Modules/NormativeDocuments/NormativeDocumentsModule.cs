namespace Fazhi.Modules.NormativeDocuments;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class NormativeDocumentsModule
{
    public static IServiceCollection AddNormativeDocuments(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapNormativeDocumentsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
