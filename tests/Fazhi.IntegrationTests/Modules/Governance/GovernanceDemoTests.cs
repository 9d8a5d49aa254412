using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Governance.Demo;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Governance;

/// <summary>The governance demo alone: 2022's 第四次会议 of the committee and its supervised decisions come out of generated records.</summary>
public sealed class GovernanceDemoTests : IDisposable
{
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Demo_2022HasTheCommitteesFourthMeeting_ItsDecisionsSupervised_OfficeAndGroupMeetings_述法AndEvaluations()
    {
        _ = _factory.Services;
        var messages = new List<string>();
        await using (var scope = _factory.SystemScope())
        {
            await new GovernanceDemo().GenerateAsync(new DemoContext(scope.ServiceProvider, new Random(1), messages.Add), default);
        }

        var client = await _factory.TokenClientAsync(FazhiFactory.TownA, Roles.LegalOffice);
        async Task<JsonElement> Figure(string key) => await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}?region={FazhiFactory.TownA}&year=2022");

        Assert.Equal(1, (await Figure("governance.committee_meetings")).GetProperty("value").GetDecimal());
        Assert.Equal(8, (await Figure("governance.office_meetings")).GetProperty("value").GetDecimal());
        Assert.Equal(6, (await Figure("governance.decisions")).GetProperty("value").GetDecimal());
        Assert.Equal(6, (await Figure("governance.decisions_done_rate")).GetProperty("denominator").GetDecimal());
        Assert.Equal(2, (await Figure("governance.leader_law_reports")).GetProperty("value").GetDecimal());
        Assert.Equal(4, (await Figure("governance.cadre_evaluations")).GetProperty("value").GetDecimal());

        var meetings = await client.GetFromJsonAsync<JsonElement>("/api/governance/meetings?kind=委员会&year=2022");
        var fourth = meetings.GetProperty("items")[0];
        Assert.Equal("第四次会议", fourth.GetProperty("ordinalName").GetString());
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/governance/meetings/{fourth.GetProperty("id").GetGuid()}");
        Assert.All(detail.GetProperty("decisions").EnumerateArray(), d => Assert.NotEqual("未交办", d.GetProperty("taskStatus").GetString()));
        Assert.Contains(messages, m => m.StartsWith("依法治镇委员会：已登记9次会议", StringComparison.Ordinal));
    }
}
