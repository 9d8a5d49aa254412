using Fazhi.Platform.Identity;

namespace Fazhi.Platform.Procedures;

/// <summary>Registration of the kernel's Procedures services and endpoints.</summary>
public static class ProceduresSetup
{
    public static IServiceCollection AddProcedures(this IServiceCollection services)
    {
        services.AddSingleton<ProcedureRegistry>();
        services.AddSingleton<ProcedureMachine>();
        services.AddScoped<ProcedureEngine>();
        services.AddScoped<ScanClocks>();
        services.AddScoped<RecomputeProvisionalClocks>();
        services.AddOptions<ClockScanOptions>().BindConfiguration("Procedures");
        services.AddHostedService<ClockScanWorker>();
        return services;
    }

    /// <summary>Registers a module's procedure definition (each version separately); a broken definition fails here, at start-up.</summary>
    public static IServiceCollection AddProcedureDefinition(this IServiceCollection services, ProcedureDefinition definition) =>
        services.AddSingleton(definition.Validated());

    public static IEndpointRouteBuilder MapProceduresApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/procedures")
            .RequireAuthorization(PlatformPermissions.ProceduresRead)
            .WithTags("程序与期限");
        api.MapGet("/instances/{id}", ProceduresApi.GetInstanceAsync);
        api.MapGet("/clocks/{id}/explanation", ProceduresApi.GetExplanationAsync);
        return endpoints;
    }
}
