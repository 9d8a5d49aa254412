using System.Net.Http.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Mvc.Testing;

using static Fazhi.IntegrationTests.Modules.MajorDecisions.DecisionHost;

namespace Fazhi.IntegrationTests.Modules.MajorDecisions;

/// <summary>The comment period through the real 公开征求意见 module (Modules/PublicConsultation behind its contract).</summary>
public sealed class RealConsultationTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private async Task<HttpClient> ClientAsync()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice, Roles.Leader);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(login, "*"));
        return client;
    }

    [Fact]
    public async Task CommentPeriod_Under30Days_RefusedWithoutUrgencyReason_Art15_AllowedWithIt()
    {
        var client = await ClientAsync();
        var id = await DraftingAsync(client, year: 2026, publicParticipation: true, title: "某村旧村改造项目");
        var shortWindow = new { consultationOpensOn = new DateOnly(2026, 3, 2), consultationClosesOn = new DateOnly(2026, 3, 16) };

        Assert.Contains("第十五条", await RefusedAsync(ActAsync(client, id, "open_consultation", shortWindow)));
        var detail = await OkAsync(client.GetAsync($"/api/major-decisions/decisions/{id}"));
        Assert.Equal("drafting", detail.GetProperty("state").GetString());

        var view = await OkAsync(ActAsync(client, id, "open_consultation", new
        {
            shortWindow.consultationOpensOn,
            shortWindow.consultationClosesOn,
            urgencyReason = "汛期前须完成危房片区改造决策",
        }));
        Assert.Equal("public_participation", view.GetProperty("state").GetString());
        Assert.Contains("第二十七条第二项", await RefusedAsync(ActAsync(client, id, "submit_legality_review")));
    }
}
