using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>
/// Region-owned records of the annual-report module: a report with its sections and procedure, the region's setting, a
/// confirmed check warning and a submission snapshot.
/// </summary>
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
        db.Add(new ReportIssueAcceptance(report, "0123456789abcdef", "unconfirmed_number", "“99份”为手工填写", "已核对合同台账", "样本", DateTime.UtcNow));
        db.Add(new AnnualReportSnapshot(report, new DateOnly(2026, 2, 28), "样本镇", "{\"sections\":[],\"figures\":[]}", DateTime.UtcNow));
        await db.SaveChangesAsync();
    }
}
