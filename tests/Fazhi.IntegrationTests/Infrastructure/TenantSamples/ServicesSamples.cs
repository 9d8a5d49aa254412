using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>政务服务 records: a matter, a window, a queue category, settings, a ticket with its import, an application with an excluded period, and a rating.</summary>
public sealed class ServicesSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var calendar = await services.GetRequiredService<ICalendarSource>().GetAsync();
        var matter = new ServiceMatter(region, new MatterInput
        {
            Code = "ISO-1",
            Name = "隔离样例事项",
            Department = "样例部门",
            Type = MatterType.Licensing,
            LegalBasis = "样例依据",
            StatutoryDays = 20,
            CommittedDays = 5,
            Category = "A",
        }, new DateOnly(2026, 1, 5));
        db.Add(matter);
        db.Add(new ServiceWindow(region, 1, "样例窗口", "A", true));
        db.Add(new QueueCategory(region, "A", "样例类别"));
        db.Add(new ServiceSettings(region));
        var import = new TicketImport(region, "样例.csv", 1, "system", DateTime.UtcNow);
        db.Add(import);
        db.Add(new ServiceTicket(region, new DateOnly(2026, 2, 2), "A", 1, new DateTime(2026, 2, 2, 1, 0, 0, DateTimeKind.Utc), TicketSource.Imported, import.Id));
        var application = new ServiceApplication(region, matter, $"ISO-{region}", ApplicationChannel.Window, null, "样例申请人", null, new DateOnly(2026, 2, 2), "system", DateTime.UtcNow);
        application.AcceptOnReceipt(calendar);
        application.Exclude(new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 4), "专家评审", calendar);
        db.Add(application);
        db.AddRange(application.Exclusions);
        db.Add(new ServiceRating(application, 1, RatingLevel.Dissatisfied, new DateOnly(2026, 2, 5), true, null, "样例差评"));
        await db.SaveChangesAsync();
    }
}
