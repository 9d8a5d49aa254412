using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;

namespace Fazhi.IntegrationTests.Modules.MajorDecisions;

/// <summary>演示镇's 2022 catalog: the seed's two 城市更新项目, approved by the Party committee, published and carried through valid steps.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoMajorDecisionsTests(DemoDatabases demo)
{
    private const string Town = FazhiFactory.TownA;

    [Fact]
    public async Task DemoTown2022_CatalogHasTheTwoUrbanRenewalProjects_DecidedAfterLegalityReview()
    {
        var client = await demo.First.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead, MajorDecisionsPermissionsRead);
        async Task<MetricFigure> Figure(string key) => (await client.GetFromJsonAsync<MetricFigure>($"/api/metrics/{key}?region={Town}&year=2022"))!;

        Assert.Equal(2m, (await Figure("major_decisions.catalog_items")).Value);
        Assert.Equal(2m, (await Figure("major_decisions.decided")).Value);
        Assert.Equal(100m, (await Figure("major_decisions.legality_reviewed_rate")).Value);
        Assert.Equal(2m, (await Figure("major_decisions.expert_reviews")).Value);
        Assert.Equal(2m, (await Figure("major_decisions.risk_assessments")).Value);

        var portal = await demo.First.CreateClient().GetStringAsync($"/portal/major-decisions?region={Town}");
        Assert.Contains("松柏塘村城市更新项目", portal);
        Assert.Contains("桥梓村城市更新项目", portal);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/major-decisions/decisions?year=2022&state=implementing");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
    }

    private const string MajorDecisionsPermissionsRead = Fazhi.Modules.MajorDecisions.MajorDecisionsPermissions.Read;
}
