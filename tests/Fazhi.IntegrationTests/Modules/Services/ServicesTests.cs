using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Services;
using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Xunit.Abstractions;

namespace Fazhi.IntegrationTests.Modules.Services;

/// <summary>政务服务 over HTTP: the queue's numbers under concurrency, ticket-log imports, application clocks, ratings and the city league.</summary>
public sealed class ServicesTests(ITestOutputHelper output) : IDisposable
{
    private static int _towns = 700;
    private readonly FazhiFactory _app = new();

    /// <summary>A new town under 东莞市 (or under <paramref name="parent"/>), so a test's figures count only its own rows.</summary>
    private async Task<string> NewRegionAsync(string parent = "441900", RegionLevel level = RegionLevel.Town)
    {
        var code = level == RegionLevel.Town ? parent + Interlocked.Increment(ref _towns).ToString(CultureInfo.InvariantCulture) : parent;
        await using var scope = _app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(new Region(code, level == RegionLevel.Town ? $"测试镇{code[6..]}" : "测试市", level, level == RegionLevel.Town ? parent : "440000"));
        await db.SaveChangesAsync();
        return code;
    }

    private Task<HttpClient> HallAsync(string town) => _app.TokenClientAsync(town, Roles.ServiceCenter, Roles.Clerk);

    private async Task<MetricFigure> FigureAsync(string town, string key, int year)
    {
        var client = await _app.ClientWithPermissionsAsync(town, PlatformPermissions.MetricsRead, ServicesPermissions.Read);
        return (await client.GetFromJsonAsync<MetricFigure>($"/api/metrics/{key}?region={town}&year={year}"))!;
    }

    private static async Task<Guid> AddMatterAsync(HttpClient hall, string code = "M-001", int statutory = 20, int committed = 5)
    {
        var response = await hall.PostAsJsonAsync("/api/services/matters", new
        {
            code,
            name = "食品经营许可",
            department = "市场监督管理分局",
            type = 0,
            legalBasis = "《中华人民共和国食品安全法》第三十五条",
            statutoryDays = statutory,
            committedDays = committed,
            category = "E",
            channels = 1,
            materials = "申请书",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Queue_FiftySimultaneousTicketTakes_GiveFiftyDistinctNumbers_NoneLost()
    {
        var town = await NewRegionAsync();
        var hall = await HallAsync(town);
        Assert.Equal(HttpStatusCode.OK, (await hall.PostAsJsonAsync("/api/services/categories", new { letter = "A", name = "综合业务" })).StatusCode);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => hall.PostAsJsonAsync("/api/services/queue/tickets", new { category = "A" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var numbers = new List<string>();
        foreach (var response in responses)
        {
            numbers.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!);
        }

        Assert.Equal(Enumerable.Range(1, 50).Select(n => $"A{n:000}").Order(), numbers.Order());
    }

    [Fact]
    public async Task Queue_CallRecallSkipTransfer_AtWindows_AndTheBoardShowsTheCall()
    {
        var town = await NewRegionAsync();
        var hall = await HallAsync(town);
        await hall.PostAsJsonAsync("/api/services/categories", new { letter = "A", name = "综合业务" });
        await hall.PostAsJsonAsync("/api/services/windows", new { number = 1, name = "综合1号窗口", categories = "A", comprehensive = true });
        await hall.PostAsJsonAsync("/api/services/windows", new { number = 2, name = "综合2号窗口", categories = "A", comprehensive = true });
        await hall.PostAsJsonAsync("/api/services/queue/tickets", new { category = "A" });
        _app.Clock.Advance(TimeSpan.FromMinutes(12));

        var called = await (await hall.PostAsync("/api/services/queue/windows/1/call", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("A001", called.GetProperty("number").GetString());
        Assert.Equal(12, called.GetProperty("waitMinutes").GetInt32());
        var id = called.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await hall.PostAsync($"/api/services/queue/windows/1/tickets/{id}/recall", null)).StatusCode);
        var wrong = await hall.PostAsync($"/api/services/queue/windows/2/tickets/{id}/skip", null);
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        Assert.Contains("不是本窗口正在办理的号", await TextAsync(wrong), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await hall.PostAsJsonAsync($"/api/services/queue/windows/1/tickets/{id}/transfer", new { toWindow = 2 })).StatusCode);
        var again = await (await hall.PostAsync("/api/services/queue/windows/2/call", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("A001", again.GetProperty("number").GetString());
        Assert.Equal(12, again.GetProperty("waitMinutes").GetInt32());

        var board = await hall.GetFromJsonAsync<JsonElement>("/api/services/queue/board");
        Assert.Equal("A001", board.GetProperty("calls")[0].GetProperty("number").GetString());
        Assert.Equal(2, board.GetProperty("calls")[0].GetProperty("window").GetInt32());
    }

    private static string TicketCsv(int rows, int overtimeEvery, int badRows = 0)
    {
        var csv = new StringBuilder("营业日,号码,取号时间,叫号时间,窗口号,状态,来源\n");
        var day = new DateOnly(2022, 1, 4);
        for (var i = 0; i < rows; i++)
        {
            if (i > 0 && i % 500 == 0)
            {
                day = day.AddDays(1);
            }

            var issued = day.ToDateTime(new TimeOnly(8, 30)).AddSeconds(i % 500 * 50);
            var wait = i % overtimeEvery == 0 ? 45 : 10;
            var bad = i < badRows;
            csv.Append(CultureInfo.InvariantCulture,
                $"{day:yyyy-MM-dd},{(bad && i == 1 ? "甲1" : $"A{(i % 500) + 1:000}")},{issued:yyyy-MM-dd HH:mm:ss},{(bad && i != 1 ? issued.AddMinutes(-wait) : issued.AddMinutes(wait)):yyyy-MM-dd HH:mm:ss},{1 + (i % 9)},已叫号,导入\n");
        }

        return csv.ToString();
    }

    private static MultipartFormDataContent FileContent(string csv, string name = "排队记录.csv") =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", name } };

    [Fact]
    public async Task TicketImport_OfAHundredThousandRows_IsBatched_ReportsProgress_AndTheFiguresAreRight()
    {
        var town = await NewRegionAsync();
        var hall = await HallAsync(town);
        // The issue's volume: a town's year of tickets. Its speed is the benchmark's (bench/ticket-import), not this test's.
        const int rows = 100_000;
        var csv = TicketCsv(rows, overtimeEvery: 8);

        var watch = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/services/queue/tickets/import") { Content = FileContent(csv) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await hall.SendAsync(request);
        var events = await response.Content.ReadAsStringAsync();
        watch.Stop();
        output.WriteLine($"{rows} rows imported in {watch.ElapsedMilliseconds} ms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("event: progress", events, StringComparison.Ordinal);
        Assert.Contains("\"done\":5200", events, StringComparison.Ordinal);
        Assert.Contains("event: done", events, StringComparison.Ordinal);
        Assert.Contains($"\"imported\":{rows}", events, StringComparison.Ordinal);

        Assert.Equal(rows, (await FigureAsync(town, "services.tickets", 2022)).Value);
        // One in 8 waited 45 minutes, the rest 10: mean 14.375 → 14.4; overtime 12.5 % of those called.
        Assert.Equal(14.4m, (await FigureAsync(town, "services.avg_wait_minutes", 2022)).Value);
        var overtime = await FigureAsync(town, "services.wait_overtime_rate", 2022);
        Assert.Equal(rows / 8m, overtime.Numerator);
        Assert.Equal(rows, overtime.Denominator);
    }

    [Fact]
    public async Task TicketImport_WithBadRows_ReportsThemAll_AndStoresNothing()
    {
        var town = await NewRegionAsync();
        var hall = await HallAsync(town);

        var response = await hall.PostAsync("/api/services/queue/tickets/import", FileContent(TicketCsv(20, 5, badRows: 3)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await TextAsync(response);
        output.WriteLine(body);
        Assert.Contains("号码应为业务类别字母加数字", body, StringComparison.Ordinal);
        Assert.Contains("叫号时间不能早于取号时间", body, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(body, "叫号时间不能早于取号时间"));
        await using var scope = _app.SystemScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ServiceTicket>().CountAsync(t => t.RegionCode == town));
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<TicketImport>().CountAsync(t => t.RegionCode == town));
    }

    [Fact]
    public async Task Application_ExtensionTwice_IsRefused_WithArticle42_AndTheClockExplainsItself()
    {
        var town = await NewRegionAsync();
        var hall = await HallAsync(town);
        var matter = await AddMatterAsync(hall);
        var received = await hall.PostAsJsonAsync("/api/services/applications", new { matterId = matter, applicantName = "张三丰", applicantPhone = "13900001111", receivedOn = "2026-02-26" });
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        var view = await received.Content.ReadFromJsonAsync<JsonElement>();
        var id = view.GetProperty("id").GetGuid();
        Assert.Equal("张**", view.GetProperty("applicant").GetString());
        Assert.DoesNotContain("13900001111", await received.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var extended = await hall.PostAsJsonAsync($"/api/services/applications/{id}/actions/extend", new { on = "2026-03-02", days = 10, approver = "王局长", reason = "需现场核查" });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var again = await hall.PostAsJsonAsync($"/api/services/applications/{id}/actions/extend", new { on = "2026-03-02", days = 5, approver = "王局长", reason = "再延" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("只能延长一次", await TextAsync(again), StringComparison.Ordinal);
        Assert.Contains("第四十二条", await TextAsync(again), StringComparison.Ordinal);
        var detail = await hall.GetFromJsonAsync<JsonElement>($"/api/services/applications/{id}");
        Assert.Contains(detail.GetProperty("explanation").EnumerateArray(), l => l.GetString()!.Contains("延长10个工作日", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rating_OnePerService_AndTheCityLeague_IsWholeForTheCity_OwnRowForATown()
    {
        var city = await NewRegionAsync("449900", RegionLevel.City);
        var good = await NewRegionAsync(city);
        var fair = await NewRegionAsync(city);
        foreach (var (town, levels) in new[] { (good, new[] { 5, 5, 4, 4 }), (fair, new[] { 5, 3, 2, 4 }) })
        {
            var hall = await HallAsync(town);
            var matter = await AddMatterAsync(hall);
            foreach (var level in levels)
            {
                var a = await (await hall.PostAsJsonAsync("/api/services/applications", new { matterId = matter, applicantName = "某公司", receivedOn = "2026-02-10" }))
                    .Content.ReadFromJsonAsync<JsonElement>();
                var rated = await hall.PostAsJsonAsync("/api/services/ratings", new { applicationId = a.GetProperty("id").GetGuid(), level, window = 1, on = "2026-02-12" });
                Assert.Equal(HttpStatusCode.Created, rated.StatusCode);
                if (level == 5)
                {
                    var twice = await hall.PostAsJsonAsync("/api/services/ratings", new { applicationId = a.GetProperty("id").GetGuid(), level = 4, on = "2026-02-12" });
                    Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
                    Assert.Contains("一次一评", await TextAsync(twice), StringComparison.Ordinal);
                }
            }
        }

        var supervisor = await _app.TokenClientAsync(city, Roles.Supervisor);
        var league = await supervisor.GetFromJsonAsync<JsonElement>("/api/services/rankings/city?year=2026&month=2");
        Assert.True(league.GetProperty("wholeTable").GetBoolean());
        var rows = league.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(good, rows[0].GetProperty("key").GetString());
        Assert.Equal(100m, rows[0].GetProperty("score").GetDecimal());
        Assert.Equal(fair, rows[1].GetProperty("key").GetString());
        Assert.Equal(50m, rows[1].GetProperty("score").GetDecimal());

        var townUser = await _app.TokenClientAsync(fair, Roles.ServiceCenter);
        var own = await townUser.GetFromJsonAsync<JsonElement>("/api/services/rankings/city?year=2026&month=2");
        Assert.False(own.GetProperty("wholeTable").GetBoolean());
        var only = Assert.Single(own.GetProperty("rows").EnumerateArray());
        Assert.Equal(fair, only.GetProperty("key").GetString());
        Assert.Equal(2, only.GetProperty("rank").GetInt32());
        Assert.DoesNotContain(good, await townUser.GetStringAsync("/api/services/rankings/city?year=2026&month=2"), StringComparison.Ordinal);

        Assert.Equal(2m, (await FigureAsync(fair, "services.city_rank", 2026)).Value);
        Assert.Equal(50m, (await FigureAsync(fair, "services.good_rating_rate", 2026)).Value);
    }

    [Fact]
    public async Task MatterImport_WithBadRows_ReportsThemAll_AndStoresNothing()
    {
        var town = await NewRegionAsync();
        var hall = await HallAsync(town);
        const string csv = "事项编码,事项名称,实施部门,事项类型,设定依据,法定时限（工作日）,承诺时限（工作日）,申请材料,收费（元）,办理渠道,村级无差别受理,业务类别\n"
                           + "X1,好事项,民政办,行政确认,依据,20,5,材料,0,综合窗口,是,F\n"
                           + "X2,承诺超法定,民政办,行政确认,依据,10,12,材料,0,综合窗口,否,F\n"
                           + "X3,类型错,民政办,许可证,依据,10,2,材料,0,综合窗口,否,F\n";

        var response = await hall.PostAsync("/api/services/matters/import", FileContent(csv, "事项.csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await TextAsync(response);
        Assert.Contains("承诺时限不得超过法定时限", body, StringComparison.Ordinal);
        Assert.Contains("事项类型应为", body, StringComparison.Ordinal);
        Assert.Equal(0, (await hall.GetFromJsonAsync<JsonElement>("/api/services/matters")).GetProperty("total").GetInt32());
    }

    /// <summary>The body with JSON's \uXXXX escapes of Chinese text undone, for substring assertions.</summary>
    [Fact]
    public async Task HallSettings_OnThePage_AreSavedByTheServiceCentre_RefusedOutOfRange_InChinese_AndReadOnlyForOthers()
    {
        var town = await NewRegionAsync();
        var centre = await _app.SignedInClientAsync(await _app.CreateUserAsync(town, Roles.ServiceCenter));
        var page = await centre.GetStringAsync("/services/setup");
        Assert.Contains("等候超时阈值", page, StringComparison.Ordinal);
        Assert.Contains("value=\"30\"", page, StringComparison.Ordinal);

        var refused = await FazhiFactory.PostFormAsync(centre, "/services/setup?handler=settings",
            new() { ["waitOvertimeMinutes"] = "0", ["rectifyWorkingDays"] = "5" }, "/services/setup");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("等候超时阈值应为1至240分钟", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await FazhiFactory.PostFormAsync(centre, "/services/setup?handler=settings",
            new() { ["waitOvertimeMinutes"] = "20", ["rectifyWorkingDays"] = "7", ["basicCountsAsGood"] = "true" }, "/services/setup");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await (await HallAsync(town)).GetFromJsonAsync<JsonElement>("/api/services/settings");
        Assert.Equal(20, settings.GetProperty("waitOvertimeMinutes").GetInt32());
        Assert.Equal(7, settings.GetProperty("rectifyWorkingDays").GetInt32());
        Assert.True(settings.GetProperty("basicCountsAsGood").GetBoolean());

        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(centre, "/services/setup?handler=category",
            new() { ["letter"] = "b", ["name"] = "不动产登记" }, "/services/setup")).StatusCode);
        var badLetter = await FazhiFactory.PostFormAsync(centre, "/services/setup?handler=category", new() { ["letter"] = "1", ["name"] = "社保" }, "/services/setup");
        Assert.Equal(HttpStatusCode.BadRequest, badLetter.StatusCode);
        Assert.Contains("业务类别应为一个大写英文字母", await badLetter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(centre, "/services/setup?handler=window",
            new() { ["number"] = "3", ["name"] = "不动产综合窗口", ["categories"] = "b", ["comprehensive"] = "true" }, "/services/setup")).StatusCode);
        page = await centre.GetStringAsync("/services/setup");
        Assert.Contains("不动产综合窗口", page, StringComparison.Ordinal);
        Assert.Contains("<td>不动产登记</td>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"20\"", page, StringComparison.Ordinal);

        // A department's clerk reads the settings but cannot change them.
        var clerk = await _app.SignedInClientAsync(await _app.CreateUserAsync(town, Roles.Clerk));
        Assert.Contains("只有政务服务中心可以修改", await clerk.GetStringAsync("/services/setup"), StringComparison.Ordinal);
        var forbidden = await FazhiFactory.PostFormAsync(clerk, "/services/setup?handler=settings",
            new() { ["waitOvertimeMinutes"] = "60", ["rectifyWorkingDays"] = "5" }, "/services/setup");
        Assert.Equal("/denied", forbidden.Headers.Location?.AbsolutePath);
        Assert.Equal(20, (await (await HallAsync(town)).GetFromJsonAsync<JsonElement>("/api/services/settings")).GetProperty("waitOvertimeMinutes").GetInt32());
    }

    [Fact]
    public async Task Rating_OnTheApplicationPage_IsOnePerService_NotInTheFuture_AndShowsWhatWasRated()
    {
        var town = await NewRegionAsync();
        var hall = await HallAsync(town);
        var matter = await AddMatterAsync(hall);
        var application = await (await hall.PostAsJsonAsync("/api/services/applications", new { matterId = matter, applicantName = "李四", receivedOn = "2026-02-10" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/services/applications/{application.GetProperty("id").GetGuid()}";
        var centre = await _app.SignedInClientAsync(await _app.CreateUserAsync(town, Roles.ServiceCenter));
        Assert.Contains("登记评价", await centre.GetStringAsync(url), StringComparison.Ordinal);

        var future = await FazhiFactory.PostFormAsync(centre, url + "?handler=rate",
            new() { ["Rate.Level"] = "Dissatisfied", ["Rate.On"] = "2026-03-05", ["Rate.Comment"] = "等候太久" }, url);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var refusal = await future.Content.ReadAsStringAsync();
        Assert.Contains("评价日期不能晚于今天", refusal, StringComparison.Ordinal);
        Assert.Contains("等候太久", refusal, StringComparison.Ordinal);

        var rated = await FazhiFactory.PostFormAsync(centre, url + "?handler=rate", new()
        {
            ["Rate.Level"] = "Dissatisfied",
            ["Rate.On"] = "2026-02-12",
            ["Rate.Window"] = "2",
            ["Rate.RealName"] = "true",
            ["Rate.Phone"] = "13800138000",
            ["Rate.Comment"] = "等候太久",
        }, url);
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        var page = await centre.GetStringAsync(url);
        Assert.Contains("不满意", page, StringComparison.Ordinal);
        Assert.Contains("等候太久", page, StringComparison.Ordinal);
        Assert.Contains("差评处理", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"rate\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", page, StringComparison.Ordinal);

        var again = await hall.PostAsJsonAsync("/api/services/ratings", new { applicationId = application.GetProperty("id").GetGuid(), level = 5, on = "2026-02-13" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("一次一评", await TextAsync(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitOvertimeAndGoodRatings_AreJudgedByTheSettingsInForceOnTheirDay_AChangeDoesNotRejudgeEarlierMonths()
    {
        var town = await NewRegionAsync();
        var hall = await HallAsync(town);
        // Ten tickets in March and ten in May 2022, each called after 20 minutes.
        var csv = new StringBuilder("营业日,号码,取号时间,叫号时间,窗口号,状态,来源\n");
        foreach (var day in new[] { "2022-03-01", "2022-05-05" })
        {
            for (var i = 1; i <= 10; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{day},A{i:000},{day} 09:{i:00}:00,{day} 09:{i + 20:00}:00,1,已叫号,导入\n");
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await hall.PostAsync("/api/services/queue/tickets/import", FileContent(csv.ToString()))).StatusCode);
        Assert.Equal(0m, (await FigureAsync(town, "services.wait_overtime_rate", 2022)).Numerator);

        // From 2022-05-01 the town counts 15 minutes as overtime: May's tickets are late, March's stay on time.
        var changed = await hall.PutAsJsonAsync("/api/services/settings", new { waitOvertimeMinutes = 15, rectifyWorkingDays = 5, basicCountsAsGood = true, effectiveFrom = "2022-05-01" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var overtime = await FigureAsync(town, "services.wait_overtime_rate", 2022);
        Assert.Equal(10m, overtime.Numerator);
        Assert.Equal(20m, overtime.Denominator);
        var march = await hall.GetFromJsonAsync<JsonElement>("/api/services/settings?on=2022-03-31");
        Assert.Equal(30, march.GetProperty("waitOvertimeMinutes").GetInt32());
        Assert.False(march.GetProperty("basicCountsAsGood").GetBoolean());
        Assert.Equal("2022-05-01", Assert.Single(march.GetProperty("history").EnumerateArray()).GetProperty("effectiveFrom").GetString());

        // 基本满意 counts as good from 2026-02-20 only: of three ratings (基本满意 before and after, 满意) two are good.
        Assert.Equal(HttpStatusCode.OK, (await hall.PutAsJsonAsync("/api/services/settings",
            new { waitOvertimeMinutes = 15, rectifyWorkingDays = 5, basicCountsAsGood = false, effectiveFrom = "2026-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hall.PutAsJsonAsync("/api/services/settings",
            new { waitOvertimeMinutes = 15, rectifyWorkingDays = 5, basicCountsAsGood = true, effectiveFrom = "2026-02-20" })).StatusCode);
        var matter = await AddMatterAsync(hall);
        foreach (var (level, on) in new[] { (3, "2026-02-12"), (3, "2026-02-25"), (4, "2026-02-13") })
        {
            var a = await (await hall.PostAsJsonAsync("/api/services/applications", new { matterId = matter, applicantName = "某公司", receivedOn = "2026-02-10" }))
                .Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(HttpStatusCode.Created, (await hall.PostAsJsonAsync("/api/services/ratings", new { applicationId = a.GetProperty("id").GetGuid(), level, window = 1, on })).StatusCode);
        }

        var good = await FigureAsync(town, "services.good_rating_rate", 2026);
        Assert.Equal(2m, good.Numerator);
        Assert.Equal(3m, good.Denominator);
        var ranking = await hall.GetFromJsonAsync<JsonElement>("/api/services/rankings?year=2026&month=2&by=department");
        output.WriteLine(ranking.ToString());
        Assert.Equal(2, ranking[0].GetProperty("good").GetInt32());
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync());

    public void Dispose() => _app.Dispose();
}
