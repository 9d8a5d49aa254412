using System.Net;
using System.Text.Json.Nodes;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Calendar;

/// <summary>/admin/calendar through the real pages: GET form, antiforgery token, POST, follow the redirect.</summary>
public sealed class CalendarAdminPageTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    // The admin role holds every permission but requires TOTP at sign-in; a test role holds only this one.
    private const string KeeperRole = "test_calendar_keeper";

    private const string Json2027 = """
        {"holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-03"}],"makeUpWorkdays":["2027-01-09"]}
        """;

    private async Task<HttpClient> KeeperClientAsync()
    {
        await using (var scope = factory.SystemScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
            if (await roles.FindByNameAsync(KeeperRole) is null)
            {
                var role = new AppRole(KeeperRole, "工作日历维护（测试）");
                Assert.True((await roles.CreateAsync(role)).Succeeded);
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                db.Add(new RolePermission { RoleId = role.Id, Permission = PlatformPermissions.CalendarManage });
                await db.SaveChangesAsync();
            }
        }

        return await factory.SignedInClientAsync(await factory.CreateUserAsync(FazhiFactory.TownA, KeeperRole));
    }

    private static Dictionary<string, string> Form(int year, string source, string json) =>
        new() { ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Source"] = source, ["Json"] = json };

    [Fact]
    public async Task Keeper_Adds2027ThroughPage_ThenApiAnswersInsteadOf422()
    {
        var anonymous = factory.CreateClient();
        Assert.Equal((HttpStatusCode)422, (await anonymous.GetAsync("/api/calendar/is-working-day?date=2027-01-04")).StatusCode);

        var client = await KeeperClientAsync();
        var response = await FazhiFactory.PostFormAsync(client, "/admin/calendar", Form(2027, "国务院办公厅关于2027年部分节假日安排的通知（测试）", Json2027));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/calendar?show=2027", response.Headers.Location?.OriginalString);

        var page = await client.GetStringAsync("/admin/calendar?show=2027");
        Assert.Contains("已载入2027年节假日安排", page);
        Assert.Contains("2027-01-09（六）", page);

        var json = JsonNode.Parse(await anonymous.GetStringAsync("/api/calendar/is-working-day?date=2027-01-04"))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"date":"2027-01-04","workingDay":true,"reason":"工作日"}"""), json));
        var makeUp = JsonNode.Parse(await anonymous.GetStringAsync("/api/calendar/is-working-day?date=2027-01-09"))!;
        Assert.Equal("调休上班", (string?)makeUp["reason"]);
    }

    [Fact]
    public async Task ReplacingAYear_ChangesTheAnswer_AndIsAudited()
    {
        var client = await KeeperClientAsync();
        var first = """{"holidays":[{"name":"元旦","from":"2028-01-01","to":"2028-01-03"}],"makeUpWorkdays":[]}""";
        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, "/admin/calendar", Form(2028, "初版通知", first))).StatusCode);
        var anonymous = factory.CreateClient();
        Assert.Equal("元旦", (string?)JsonNode.Parse(await anonymous.GetStringAsync("/api/calendar/is-working-day?date=2028-01-03"))!["reason"]);

        var corrected = """{"holidays":[{"name":"元旦","from":"2028-01-01","to":"2028-01-01"}],"makeUpWorkdays":[]}""";
        var response = await FazhiFactory.PostFormAsync(client, "/admin/calendar", Form(2028, "更正后的通知", corrected));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已替换2028年节假日安排", await client.GetStringAsync("/admin/calendar?show=2028"));
        Assert.Equal("工作日", (string?)JsonNode.Parse(await anonymous.GetStringAsync("/api/calendar/is-working-day?date=2028-01-03"))!["reason"]);

        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = await db.Set<AuditEntry>().Where(a => a.Entity == nameof(HolidayYear) && a.EntityId == "2028").ToListAsync();
        Assert.Contains(audit, a => a.Action == "Insert");
        Assert.Contains(audit, a => a.Action == "Update" && a.Before!.Contains("初版通知") && a.After!.Contains("更正后的通知"));
    }

    [Fact]
    public async Task CalendarIsCached_UntilAYearIsSaved()
    {
        var source = factory.Services.GetRequiredService<ICalendarSource>();
        var first = await source.GetAsync();
        var again = await source.GetAsync();
        Assert.Same(first, again);

        await using (var scope = factory.SystemScope())
        {
            await scope.ServiceProvider.GetRequiredService<LoadHolidayYear>().ExecuteAsync(
                2033, "缓存测试", """{"holidays":[{"name":"元旦","from":"2033-01-01","to":"2033-01-03"}],"makeUpWorkdays":[]}""", "test");
        }

        var rebuilt = await source.GetAsync();
        Assert.NotSame(again, rebuilt);
        Assert.True(rebuilt.HasYear(2033));
        Assert.Same(rebuilt, await source.GetAsync());
    }

    [Fact]
    public async Task ListShowsLoadedYears_WithComputedWorkingDays()
    {
        var client = await KeeperClientAsync();
        var page = await client.GetStringAsync("/admin/calendar");
        Assert.Contains("data-year=\"2026\"", page);
        Assert.Matches("data-year=\"2026\">(?s:.)*?<td class=\"working-days\">248</td>", page);
        Assert.Matches("data-year=\"2024\">(?s:.)*?<td class=\"working-days\">251</td>", page);
    }

    [Theory]
    [InlineData("""{"holidays":[{"name":"元旦","from":"2029-01-03","to":"2029-01-01"}],"makeUpWorkdays":[]}""", "开始日期 2029-01-03 晚于结束日期 2029-01-01")]
    [InlineData("""{"holidays":[{"name":"元旦","from":"2029-01-01","to":"2029-01-01"}],"makeUpWorkdays":["2029-01-03"]}""", "调休上班日2029-01-03是星期三")]
    [InlineData("""{"holidays":[{"name":"春节","from":"2029-02-10","to":"2029-02-17"}],"makeUpWorkdays":["2029-02-10"]}""", "2029-02-10既在放假区间“春节”内，又被列为调休上班日")]
    [InlineData("""{"holidays":[{"name":"国庆节","from":"2030-10-01","to":"2030-10-07"}],"makeUpWorkdays":[]}""", "不属于2029年")]
    [InlineData("""{"holidays":[""", "不是有效的 JSON")]
    [InlineData("""{"holidays":[]}""", "缺少调休上班日数组 makeUpWorkdays")]
    public async Task InvalidSchedule_IsRefusedWithChineseMessage_AndNothingLoaded(string json, string expected)
    {
        var client = await KeeperClientAsync();
        var response = await FazhiFactory.PostFormAsync(client, "/admin/calendar", Form(2029, "测试通知", json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        var anonymous = factory.CreateClient();
        Assert.Equal((HttpStatusCode)422, (await anonymous.GetAsync("/api/calendar/is-working-day?date=2029-01-02")).StatusCode);
    }

    [Fact]
    public async Task MissingSourceAndYear_AreRefusedPerField()
    {
        var client = await KeeperClientAsync();
        var response = await FazhiFactory.PostFormAsync(client, "/admin/calendar", new() { ["Year"] = "abc", ["Source"] = " ", ["Json"] = Json2027 });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("年份应为4位整数", html);
        Assert.Contains("请填写通知来源", html);
        Assert.DoesNotContain("is not valid", html);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var client = await KeeperClientAsync();
        var response = await client.PostAsync("/admin/calendar", new FormUrlEncodedContent(Form(2031, "无令牌", Json2027.Replace("2027", "2031", StringComparison.Ordinal))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UserWithoutCalendarManage_IsDenied()
    {
        var clerk = await factory.SignedInClientAsync(await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Clerk));
        var response = await clerk.GetAsync("/admin/calendar");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/denied", response.Headers.Location?.AbsolutePath);

        var json2032 = Json2027.Replace("2027", "2032", StringComparison.Ordinal);
        var post = await clerk.PostAsync("/admin/calendar", new FormUrlEncodedContent(Form(2032, "越权", json2032)));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/denied", post.Headers.Location?.AbsolutePath);
        Assert.Equal((HttpStatusCode)422, (await factory.CreateClient().GetAsync("/api/calendar/is-working-day?date=2032-01-05")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsSentToLogin()
    {
        var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync("/admin/calendar");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.AbsolutePath);
    }
}
