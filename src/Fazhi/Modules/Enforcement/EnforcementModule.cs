namespace Fazhi.Modules.Enforcement;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class EnforcementModule
{
    public static IServiceCollection AddEnforcement(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapEnforcementApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
