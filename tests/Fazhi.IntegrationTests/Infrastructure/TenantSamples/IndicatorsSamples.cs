using Fazhi.Modules.Indicators.Domain;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>部门数据报送 records: one accepted submission.</summary>
public sealed class IndicatorsSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var submission = new IndicatorSubmission(region, "market.entities", 2025, 1000, "样例分局", "样例系统", new DateOnly(2026, 1, 10), "sample.clerk");
        submission.Accept(new DateOnly(2026, 1, 12), "sample.office");
        db.Add(submission);
        await db.SaveChangesAsync();
    }
}
