namespace Fazhi.Platform.Procedures;

/// <summary>Registration of the kernel's Procedures services and endpoints.</summary>
public static class ProceduresSetup
{
    public static IServiceCollection AddProcedures(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapProceduresApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
