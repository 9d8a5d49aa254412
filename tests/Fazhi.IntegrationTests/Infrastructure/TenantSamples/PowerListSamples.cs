using Fazhi.Modules.PowerList.Domain;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>权责清单 records: an item with its first version, and an adjustment (trigger step) proposing to change it.</summary>
public sealed class PowerListSamples : ITenantSamples
{
    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var fields = new PowerItemFields("样例处罚事项", null, PowerType.Penalty, "《中华人民共和国行政处罚法》第二十四条", "样例责任", "样例追责", "样例镇人民政府", "样例办",
            DutyCategory.Basic);
        var (item, version) = PowerItem.Create(region, "CF001", fields, new DateOnly(2025, 1, 2), null, "初始清单");
        var adjustment = new PowerListAdjustment(region, "样例调整", TriggerKind.LawChange, "样例法律修订", new DateOnly(2025, 3, 3), new DateOnly(2025, 4, 15), "system");
        adjustment.AddChange(ChangeKind.Change, item.Code, item.Id, fields with { Handler = "样例办二" }, "样例理由");
        db.AddRange(item, version, adjustment);
        await db.SaveChangesAsync();
    }
}
