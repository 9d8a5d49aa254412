using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Metrics;

public sealed class MetricsApiTests(MetricsHost host) : IClassFixture<MetricsHost>
{
    private static readonly DateTime Mid2025 = new(2025, 6, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Mid2024 = new(2024, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Catalog_ListsKernelAndRegisteredMetrics_WithChineseNameUnitDefinitionAndModule()
    {
        var client = await host.ClientAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var catalog = await client.GetFromJsonAsync<JsonElement>("/api/metrics");
        var items = catalog.EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!);
        var users = items[PlatformMetrics.ActiveUsersKey];
        Assert.Equal("启用账户数", users.GetProperty("name").GetString());
        Assert.Equal("个", users.GetProperty("unit").GetString());
        Assert.False(string.IsNullOrEmpty(users.GetProperty("definition").GetString()));
        Assert.Equal("平台·用户与权限", users.GetProperty("module").GetString());
        Assert.Equal("登录失败率", items[TestMetrics.FailureRate].GetProperty("name").GetString());
        Assert.Equal("%", items[TestMetrics.FailureRate].GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Figure_RollsUpTheSubtreeForTheYear_WithPreviousAndRelativeYoy()
    {
        var town = await host.NewTownAsync();
        await host.AddAttemptsAsync(town, Mid2025, 1);
        await host.AddAttemptsAsync(town + "001", Mid2025, 2);
        await host.AddAttemptsAsync(town + "002", Mid2024, 1);
        await host.AddAttemptsAsync(town, Mid2025, 4, "SignInFailed");
        await host.AddAttemptsAsync(FazhiFactory.TownB, Mid2025, 5);
        var client = await host.ClientAsync(town, Roles.LegalOffice);

        var response = await client.GetAsync($"/api/metrics/{TestMetrics.SignIns}?region={town}&year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(json);
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).Take(9);
        Assert.Equal(["key", "name", "unit", "region", "year", "value", "previous", "yoy", "records"], names);
        var figure = doc.RootElement;
        Assert.Equal(TestMetrics.SignIns, figure.GetProperty("key").GetString());
        Assert.Equal("登录人次", figure.GetProperty("name").GetString());
        Assert.Equal(town, figure.GetProperty("region").GetString());
        Assert.Equal(2025, figure.GetProperty("year").GetInt32());
        Assert.Equal(3m, figure.GetProperty("value").GetDecimal());
        Assert.Equal(1m, figure.GetProperty("previous").GetDecimal());
        Assert.Equal(2m, figure.GetProperty("yoy").GetDecimal());
        Assert.Equal("relative", figure.GetProperty("yoyKind").GetString());
        Assert.Equal(3, figure.GetProperty("records").GetInt32());
    }

    [Fact]
    public async Task Figure_YearIsTheBeijingCalendarYear()
    {
        var town = await host.NewTownAsync(0);
        await host.AddAttemptsAsync(town, new DateTime(2024, 12, 31, 16, 30, 0, DateTimeKind.Utc), 1); // 2025-01-01 00:30 北京时间
        await host.AddAttemptsAsync(town, new DateTime(2025, 12, 31, 15, 59, 0, DateTimeKind.Utc), 1); // 2025-12-31 23:59
        await host.AddAttemptsAsync(town, new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc), 1);  // 2026-01-01 00:00
        var client = await host.ClientAsync(town, Roles.LegalOffice);

        var figure = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{TestMetrics.SignIns}?region={town}&year=2025");
        Assert.Equal(2m, figure.GetProperty("value").GetDecimal());
        Assert.Equal(0m, figure.GetProperty("previous").GetDecimal());
    }

    [Fact]
    public async Task Yoy_IsNull_WhenPreviousYearIsZero()
    {
        var town = await host.NewTownAsync(0);
        await host.AddAttemptsAsync(town, Mid2025, 2);
        var client = await host.ClientAsync(town, Roles.LegalOffice);
        var figure = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{TestMetrics.SignIns}?region={town}&year=2025");
        Assert.Equal(2m, figure.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("yoy").ValueKind);
    }

    [Fact]
    public async Task Rate_IsComputedByTheRegistry_AndYoyIsInPercentagePoints()
    {
        var town = await host.NewTownAsync(0);
        await host.AddAttemptsAsync(town, Mid2025, 3);
        await host.AddAttemptsAsync(town, Mid2025, 1, "SignInFailed");
        await host.AddAttemptsAsync(town, Mid2024, 1);
        await host.AddAttemptsAsync(town, Mid2024, 1, "SignInFailed");
        var client = await host.ClientAsync(town, Roles.LegalOffice);

        var figure = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{TestMetrics.FailureRate}?region={town}&year=2025");
        Assert.Equal(25m, figure.GetProperty("value").GetDecimal());
        Assert.Equal(50m, figure.GetProperty("previous").GetDecimal());
        Assert.Equal(-25m, figure.GetProperty("yoy").GetDecimal());
        Assert.Equal("percentagePoints", figure.GetProperty("yoyKind").GetString());
        Assert.Equal(1m, figure.GetProperty("numerator").GetDecimal());
        Assert.Equal(4m, figure.GetProperty("denominator").GetDecimal());
        Assert.Equal(4, figure.GetProperty("records").GetInt32());
    }

    [Fact]
    public async Task Rate_IsNull_WhenDenominatorIsZero()
    {
        var town = await host.NewTownAsync(0);
        var client = await host.ClientAsync(town, Roles.LegalOffice);
        var figure = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{TestMetrics.FailureRate}?region={town}&year=2025");
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("value").ValueKind);
        Assert.Equal(0m, figure.GetProperty("denominator").GetDecimal());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("yoy").ValueKind);
    }

    [Fact]
    public async Task Records_AreTheRowsBehindTheFigure_Paged()
    {
        var town = await host.NewTownAsync();
        var ids = await host.AddAttemptsAsync(town + "001", Mid2025, 3);
        ids.AddRange(await host.AddAttemptsAsync(town, Mid2025, 2));
        await host.AddAttemptsAsync(town, Mid2024, 2);
        var client = await host.ClientAsync(town, Roles.LegalOffice);

        var first = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{TestMetrics.SignIns}/records?region={town}&year=2025&page=1&pageSize=3");
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{TestMetrics.SignIns}/records?region={town}&year=2025&page=2&pageSize=3");
        Assert.Equal(5, first.GetProperty("total").GetInt32());
        var items = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Equal(ids.Order(), items.Select(i => i.GetProperty("id").GetString()!).Order());
        Assert.All(items, i => Assert.Equal("AuditEntry", i.GetProperty("type").GetString()));
        Assert.All(items, i => Assert.StartsWith("user", i.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Children_GiveEachDirectChildRegionItsOwnValue()
    {
        var town = await host.NewTownAsync(2);
        await host.AddAttemptsAsync(town + "001", Mid2025, 2);
        await host.AddAttemptsAsync(town, Mid2025, 1);
        var townClient = await host.ClientAsync(town, Roles.LegalOffice);

        var villages = await townClient.GetFromJsonAsync<JsonElement>($"/api/metrics/{TestMetrics.SignIns}/children?region={town}&year=2025");
        Assert.Equal(3m, villages.GetProperty("value").GetDecimal());
        var byRegion = villages.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("region").GetString()!, c => c.GetProperty("value").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { [town + "001"] = 2m, [town + "002"] = 0m }, byRegion);

        // The supervising city sees the town rolled up (town row plus its villages) among its children.
        var cityClient = await host.ClientAsync("441900", Roles.Supervisor);
        var towns = await cityClient.GetFromJsonAsync<JsonElement>($"/api/metrics/{TestMetrics.SignIns}/children?region=441900&year=2025");
        var mine = towns.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("region").GetString() == town);
        Assert.Equal(3m, mine.GetProperty("value").GetDecimal());
        Assert.Equal("镇（街道）", mine.GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("441900198")]
    [InlineData("441900")]
    [InlineData("441900199001")]
    public async Task RegionOutsideTheCallersSubtree_IsNotFound(string region)
    {
        var town = await host.NewTownAsync(0);
        var client = await host.ClientAsync(town, Roles.LegalOffice);
        foreach (var path in new[] { "", "/records", "/children" })
        {
            var response = await client.GetAsync($"/api/metrics/{TestMetrics.SignIns}{path}?region={region}&year=2025");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("region=44190019&year=2025", "region", "区划代码")]
    [InlineData("region=abc&year=2025", "region", "数字")]
    [InlineData("region=441900199&year=20x5", "year", "年度")]
    [InlineData("region=441900199&year=1800", "year", "年度")]
    public async Task InvalidRegionOrYear_IsBadRequestWithChineseFieldError(string query, string field, string words)
    {
        var client = await host.ClientAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var response = await client.GetAsync($"/api/metrics/{TestMetrics.SignIns}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(words, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task InvalidPage_IsBadRequestWithChineseFieldError()
    {
        var client = await host.ClientAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var response = await client.GetAsync($"/api/metrics/{TestMetrics.SignIns}/records?year=2025&page=0&pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("页码", problem.GetProperty("errors").GetProperty("page")[0].GetString());
    }

    [Fact]
    public async Task UnknownKey_IsNotFound()
    {
        var client = await host.ClientAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var response = await client.GetAsync("/api/metrics/no_such.metric?year=2025");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithoutMetricsPermission_IsForbidden_AndAnonymousIsUnauthorized()
    {
        var clerk = await host.ClientAsync(FazhiFactory.TownA, Roles.Clerk);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.App.CreateClient().GetAsync($"/api/metrics/{TestMetrics.SignIns}")).StatusCode);
    }

    [Fact]
    public async Task DefaultRegionAndYear_AreTheCallersRegionAndTheCurrentYear()
    {
        var town = await host.NewTownAsync(0);
        await host.AddAttemptsAsync(town, host.Base.Clock.GetUtcNow().UtcDateTime.AddDays(-1), 1);
        var client = await host.ClientAsync(town, Roles.LegalOffice);
        var figure = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{TestMetrics.SignIns}");
        Assert.Equal(town, figure.GetProperty("region").GetString());
        Assert.Equal(2026, figure.GetProperty("year").GetInt32());
        Assert.Equal(1m, figure.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task ActiveUsers_CountsEnabledAccountsOfTheSubtreeCreatedByYearEnd()
    {
        var town = await host.NewTownAsync(1);
        var a = await host.CreateUserAsync(town, Roles.Clerk);
        var b = await host.CreateUserAsync(town + "001", Roles.Clerk);
        var disabled = await host.CreateUserAsync(town, Roles.Clerk);
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            DatabaseStartup.Check(await users.SetLockoutEndDateAsync((await users.FindByIdAsync(disabled.Id.ToString()))!, DateTimeOffset.MaxValue));
        }

        var client = await host.ClientAsync(town, Roles.LegalOffice); // a fourth, enabled account
        var now = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{PlatformMetrics.ActiveUsersKey}?year=2026");
        Assert.Equal(3m, now.GetProperty("value").GetDecimal());
        Assert.Equal(0m, now.GetProperty("previous").GetDecimal());
        var records = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{PlatformMetrics.ActiveUsersKey}/records?year=2026");
        var ids = records.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains(a.Id.ToString(), ids);
        Assert.Contains(b.Id.ToString(), ids);
        Assert.DoesNotContain(disabled.Id.ToString(), ids);
    }

    [Fact]
    public async Task MetricsPage_ListsTheCatalogWithValuesForTheChosenYear_LinkingToRecords()
    {
        var town = await host.NewTownAsync(0);
        var ids = await host.AddAttemptsAsync(town, Mid2025, 7);
        var client = await host.CookieClientAsync(town, Roles.LegalOffice);

        var html = await client.GetStringAsync("/metrics?year=2025");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("2025", page.QuerySelector("#year option[selected]")?.GetAttribute("value"));
        var row = page.QuerySelector($"#metrics tr[data-key='{TestMetrics.SignIns}']")!;
        Assert.Contains("登录人次", row.TextContent);
        Assert.Equal("7", row.QuerySelector(".metric-value")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#metrics tr[data-key='{PlatformMetrics.ActiveUsersKey}']"));
        var link = row.QuerySelector("a")!.GetAttribute("href")!;

        var records = await client.GetStringAsync(link);
        Assert.Contains(ids[0], records);
        Assert.Contains("登录人次", records);
    }
}
