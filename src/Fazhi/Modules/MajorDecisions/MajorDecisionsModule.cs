using Fazhi.Platform.Identity;

namespace Fazhi.Modules.MajorDecisions;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class MajorDecisionsModule
{
    public static IServiceCollection AddMajorDecisions(this IServiceCollection services)
    {
        services.AddPermissions(MajorDecisionsPermissions.Grants);
        return services;
    }

    public static IEndpointRouteBuilder MapMajorDecisionsApi(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
