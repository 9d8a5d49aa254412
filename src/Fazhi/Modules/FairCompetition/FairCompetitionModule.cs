namespace Fazhi.Modules.FairCompetition;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class FairCompetitionModule
{
    public static IServiceCollection AddFairCompetition(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapFairCompetitionApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
