using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>Region-owned records of the annual-report module: a report with its sections and procedure, and the region's setting.</summary>
public sealed class AnnualReportsSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var engine = services.GetRequiredService<ProcedureEngine>();
        var report = AnnualReport.Create(region, 2025, ReportTemplate.Default, "市委、市政府：", DateTime.UtcNow);
        var instance = engine.Start(AnnualReportProcedure.Key, AnnualReportProcedure.SubjectType, report.Id, region, ProcedureActor.System);
        report.AttachProcedure(instance.Id);
        db.Add(report);
        db.Add(new AnnualReportSetting(region, "市委、市政府"));
        await db.SaveChangesAsync();
    }
}
