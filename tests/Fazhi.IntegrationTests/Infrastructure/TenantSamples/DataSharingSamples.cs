using Fazhi.Modules.DataSharing.Domain;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>数据共享 records: a catalogue entry, an approved request and one read through its token.</summary>
public sealed class DataSharingSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var resource = new DataResource(region, "FZ-0001", "样例资源", "样例摘要", "样例单位", ShareType.Unconditional, null, OpenType.NotOpen, UpdateCycle.Monthly,
            ["mediation.accepted"], new DateOnly(2026, 1, 5));
        var request = new SharingRequest(region, resource.Id, "样例申请单位", "样例经办人", "样例用途", "样例依据", new DateOnly(2026, 1, 6), new DateOnly(2026, 12, 31),
            new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 20), "system");
        request.Approve(new DateOnly(2026, 1, 8), "system", null);
        db.AddRange(resource, request, new SharingAccess(request, new DateTime(2026, 1, 9, 2, 0, 0, DateTimeKind.Utc), 2025, 1));
        await db.SaveChangesAsync();
    }
}
