using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Emergency.Demo;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Emergency;

/// <summary>The emergency demo alone: the seed's "1+34+N" plan system and 500-person supplies come out of generated records.</summary>
public sealed class EmergencyDemoTests : IDisposable
{
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Demo_PlanSystemIs1Plus34PlusN_AndTheSuppliesCover500People_In2022()
    {
        _ = _factory.Services;
        var messages = new List<string>();
        await using (var scope = _factory.SystemScope())
        {
            await new EmergencyDemo().GenerateAsync(new DemoContext(scope.ServiceProvider, new Random(1), messages.Add), default);
        }

        var client = await _factory.TokenClientAsync(FazhiFactory.TownA, Roles.Leader);
        async Task<JsonElement> Figure(string key) => await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}?region={FazhiFactory.TownA}&year=2022");

        Assert.Equal(1, (await Figure("emergency.plans.overall")).GetProperty("value").GetDecimal());
        Assert.Equal(34, (await Figure("emergency.plans.specialised")).GetProperty("value").GetDecimal()
            + (await Figure("emergency.plans.departmental")).GetProperty("value").GetDecimal());
        Assert.True((await Figure("emergency.plans.grassroots")).GetProperty("value").GetDecimal() > 0);
        var supplies = await Figure("emergency.supply_coverage");
        Assert.Equal(500, supplies.GetProperty("numerator").GetDecimal());
        Assert.Equal(500, supplies.GetProperty("denominator").GetDecimal());
        Assert.True((await Figure("emergency.drills")).GetProperty("value").GetDecimal() > 0);
        Assert.True((await Figure("emergency.inspections")).GetProperty("value").GetDecimal() > 26);
        Assert.Equal(1, (await Figure("emergency.plans_new_or_revised")).GetProperty("value").GetDecimal());
        Assert.Equal(5, (await Figure("emergency.teams")).GetProperty("value").GetDecimal());
        Assert.Equal(212, (await Figure("emergency.team_members")).GetProperty("value").GetDecimal());
        Assert.Contains(messages, m => m.StartsWith("突发事件应急：47件预案", StringComparison.Ordinal));
    }
}
