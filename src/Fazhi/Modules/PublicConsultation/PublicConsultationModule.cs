using Fazhi.Modules.PublicConsultation.Consultations;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Platform.Identity;

namespace Fazhi.Modules.PublicConsultation;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class PublicConsultationModule
{
    public static IServiceCollection AddPublicConsultation(this IServiceCollection services)
    {
        services.AddPermissions(PublicConsultationPermissions.Grants);
        services.AddScoped<PublicConsultations>();
        services.AddScoped<IPublicConsultations>(sp => sp.GetRequiredService<PublicConsultations>());
        return services;
    }

    public static IEndpointRouteBuilder MapPublicConsultationApi(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
