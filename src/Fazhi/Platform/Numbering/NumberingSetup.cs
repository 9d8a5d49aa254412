namespace Fazhi.Platform.Numbering;

/// <summary>Registration of the kernel's Numbering services and endpoints.</summary>
public static class NumberingSetup
{
    public static IServiceCollection AddNumbering(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapNumberingApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
