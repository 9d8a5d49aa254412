using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.PowerList.Demo;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.PowerList;

/// <summary>The 权责清单 demo alone: a few hundred generated items and 2022's adjustments, the figures computed from them.</summary>
public sealed class PowerListDemoTests : IDisposable
{
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Demo_LoadsAFewHundredItems_AndPublishesOneOfThree2022Adjustments_WithAddCancelAndChange()
    {
        _ = _factory.Services;
        var messages = new List<string>();
        await using (var scope = _factory.SystemScope())
        {
            await new PowerListDemo().GenerateAsync(new DemoContext(scope.ServiceProvider, new Random(1), messages.Add), default);
        }

        var client = await _factory.TokenClientAsync(FazhiFactory.TownA, Roles.LegalOffice);
        async Task<decimal?> Figure(string key, int year) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}?region={FazhiFactory.TownA}&year={year}")).GetProperty("value") is { ValueKind: JsonValueKind.Number } v
                ? v.GetDecimal()
                : null;

        var loaded = (await client.GetFromJsonAsync<JsonElement>("/api/power-list/items?status=全部")).GetProperty("total").GetInt32();
        Assert.InRange(loaded, 263, 323);
        Assert.Equal(loaded - 3, (int)(await Figure("power_list.items", 2021))!);
        Assert.Equal(loaded - 2, (int)(await Figure("power_list.items", 2022))!);
        Assert.Equal(1m, await Figure("power_list.adjustments", 2022));
        Assert.Equal(3m, await Figure("power_list.items_added", 2022));
        Assert.Equal(2m, await Figure("power_list.items_cancelled", 2022));
        Assert.Equal(2m, await Figure("power_list.items_changed", 2022));
        var byType = 0m;
        foreach (var type in new[] { "licensing", "penalty", "coercion", "levy", "benefit", "inspection", "confirmation", "reward", "adjudication", "other" })
        {
            byType += await Figure($"power_list.items.{type}", 2022) ?? 0;
        }

        Assert.Equal(loaded - 2, byType);
        var adjustments = await client.GetFromJsonAsync<JsonElement>("/api/power-list/adjustments?year=2022");
        Assert.Equal(["待提出方案", "待公布", "已公布"], adjustments.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("statusName").GetString()!).ToArray());
        Assert.Contains(messages, m => m.StartsWith("权责清单：已导入", StringComparison.Ordinal));
    }
}
