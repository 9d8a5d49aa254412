using System.Security.Claims;

using Fazhi.Platform.Identity;

namespace Fazhi.Platform.Metrics;

/// <summary>Registration of the metrics registry, the kernel's own figures and the <c>/api/metrics</c> endpoints.</summary>
public static class MetricsSetup
{
    public static IServiceCollection AddMetricsRegistry(this IServiceCollection services)
    {
        services.AddSingleton<MetricCatalog>();
        services.AddScoped<EvaluateMetric>();
        services.AddMetric(PlatformMetrics.ActiveUsers);
        return services;
    }

    /// <summary>Registers a figure with the registry; a module calls this from its AddX() once per figure.</summary>
    public static IServiceCollection AddMetric(this IServiceCollection services, MetricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return services.AddSingleton(definition);
    }

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/metrics")
            .RequireAuthorization(PlatformPermissions.MetricsRead)
            .WithTags("统计指标");

        api.MapGet("", (MetricCatalog catalog) =>
            Results.Ok(catalog.All.Select(d => new
            {
                key = d.Key,
                name = d.Name,
                unit = d.Unit,
                definition = d.Definition,
                module = d.Module,
                kind = d.Kind == MetricKind.Rate ? "rate" : "quantity",
            })));

        api.MapGet("/{key}", async (string key, string? region, string? year, EvaluateMetric evaluate, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await evaluate.FigureAsync(key, region, year, user.FindFirstValue(FazhiClaims.Region), ct)));

        api.MapGet("/{key}/records", async (string key, string? region, string? year, string? page, string? pageSize, EvaluateMetric evaluate, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await evaluate.RecordsAsync(key, region, year, page, pageSize, user.FindFirstValue(FazhiClaims.Region), ct)));

        api.MapGet("/{key}/children", async (string key, string? region, string? year, EvaluateMetric evaluate, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await evaluate.BreakdownAsync(key, region, year, user.FindFirstValue(FazhiClaims.Region), ct)));

        return endpoints;
    }
}
