using System.Net;

using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>The case pages: list, new clue form, and the detail page refusing a step with its citation.</summary>
public sealed class CasePageTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private static readonly DateOnly Day = new(2025, 6, 3);

    [Fact]
    public async Task NewCluePage_WithoutTitle_ShowsTheChineseFieldError_AndWithIt_RedirectsToTheCase()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, EnforcementApi.AllPermissions);

        var missing = await FazhiFactory.PostFormAsync(client, "/enforcement/cases/new", new() { ["Domain"] = "Medical", ["PartyKind"] = "Individual", ["PartyName"] = "张三", ["Source"] = "Complaint", ["ClueSummary"] = "举报" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("请填写案由", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await FazhiFactory.PostFormAsync(client, "/enforcement/cases/new", new() { ["Title"] = "页面登记案", ["Domain"] = "Medical", ["PartyKind"] = "Individual", ["PartyName"] = "张三", ["Source"] = "Complaint", ["ClueSummary"] = "举报", ["ReceivedOn"] = "2025-06-03" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await client.GetStringAsync(created.Headers.Location!.ToString());
        Assert.Contains("页面登记案", page, StringComparison.Ordinal);
        Assert.Contains("线索登记", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_InvestigationBeforeFiling_IsRefusedWithItsCitation()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, EnforcementApi.AllPermissions);
        var api = new EnforcementApi(client);
        var id = await api.NewCaseAsync(Day);

        var response = await FazhiFactory.PostFormAsync(client, $"/enforcement/cases/{id}", new() { ["Act"] = "investigate", ["Form.On"] = "2025-06-03" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("尚未立案", html, StringComparison.Ordinal);
        Assert.Contains("第五十四条", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_DecisionWithoutLegalReview_IsRefusedWithArticle58_AndShowsTheClockExplanation()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, EnforcementApi.AllPermissions);
        var api = new EnforcementApi(client);
        var (id, _) = await api.ReportedAsync(Day, complex: true);
        await api.OkAsync(id, "notify", new { on = Day });
        await api.OkAsync(id, "waive_rights", new { on = Day });

        var response = await FazhiFactory.PostFormAsync(client, $"/enforcement/cases/{id}", new() { ["Act"] = "decide", ["Form.On"] = "2025-06-03", ["Form.Outcome"] = "Penalty" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("未经法制审核或者审核未通过的，不得作出决定", html, StringComparison.Ordinal);
        Assert.Contains("第五十八条", html, StringComparison.Ordinal);
        Assert.Contains("届满日：2025-09-01", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseListAndOfficersPages_Render()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, EnforcementApi.AllPermissions);
        var api = new EnforcementApi(client);
        await api.OfficerAsync("钱将到期", new(2020, 1, 1), new(2026, 3, 31));

        Assert.Contains("行政执法案件", await client.GetStringAsync("/enforcement/cases?state=clue&sort=title"), StringComparison.Ordinal);
        var officers = await client.GetStringAsync("/enforcement/officers");
        Assert.Contains("持证率", officers, StringComparison.Ordinal);
        Assert.Contains("钱将到期", officers, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/enforcement/cases/not-a-guid")).StatusCode);
    }
}
