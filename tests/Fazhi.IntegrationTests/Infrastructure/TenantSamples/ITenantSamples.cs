using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>
/// Records of one area created in a given region for the tenant-isolation test. Every area (kernel part or module)
/// that adds a region-owned entity adds an implementation here; the test fails when some region-owned entity type has
/// no sample, so a new table cannot escape the proof. Implementations are found by reflection.
/// </summary>
public interface ITenantSamples
{
    /// <summary>Test-only services the samples need (e.g. a procedure definition).</summary>
    void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Creates at least one row of each of the area's region-owned entity types in <paramref name="region"/>.</summary>
    Task SeedAsync(IServiceProvider services, string region);

    /// <summary>Values to try for route parameters that are neither ids nor region codes (e.g. a metric key).</summary>
    IEnumerable<(string Parameter, string Value)> RouteValues() => [];
}
