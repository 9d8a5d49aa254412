using System.Net;
using System.Text.Json.Nodes;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Calendar;

/// <summary>The public calendar API over HTTP, anonymously, on a fresh database (so the shipped 2022–2026 are imported).</summary>
public sealed class CalendarApiTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private readonly HttpClient _anonymous = factory.CreateClient();

    private async Task<JsonNode> OkJsonAsync(string url)
    {
        var response = await _anonymous.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    private static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}{Environment.NewLine}actual   {actual.ToJsonString()}");

    [Fact]
    public async Task IsWorkingDay_MakeUpSunday_Answers调休上班_Anonymously()
    {
        AssertJson("""{"date":"2024-02-18","workingDay":true,"reason":"调休上班"}""", await OkJsonAsync("/api/calendar/is-working-day?date=2024-02-18"));
    }

    [Fact]
    public async Task IsWorkingDay_WritesChineseReasonUnescaped()
    {
        var response = await _anonymous.GetAsync("/api/calendar/is-working-day?date=2024-02-18");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"date":"2024-02-18","workingDay":true,"reason":"调休上班"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("2025-01-28", false, "春节")]
    [InlineData("2024-02-09", true, "工作日")]
    [InlineData("2024-03-02", false, "周末")]
    [InlineData("2022-12-31", false, "元旦")]
    [InlineData("2026-02-28", true, "调休上班")]
    public async Task IsWorkingDay_GivesReason(string date, bool working, string reason)
    {
        var json = await OkJsonAsync($"/api/calendar/is-working-day?date={date}");
        AssertJson(new JsonObject { ["date"] = date, ["workingDay"] = working, ["reason"] = reason }.ToJsonString(), json);
    }

    [Fact]
    public async Task WorkingDays_SevenFrom20220930_Due20221014_ListingNationalDay()
    {
        var skipped = string.Join(",", Enumerable.Range(1, 7).Select(d => $$"""{"date":"2022-10-0{{d}}","reason":"国庆节"}"""));
        AssertJson(
            $$"""{"from":"2022-09-30","days":7,"due":"2022-10-14","skipped":[{{skipped}}]}""",
            await OkJsonAsync("/api/calendar/working-days/add?from=2022-09-30&days=7"));
    }

    [Fact]
    public async Task WorkingDays_StartDayIsNotCounted()
    {
        AssertJson(
            """{"from":"2024-03-04","days":1,"due":"2024-03-05","skipped":[]}""",
            await OkJsonAsync("/api/calendar/working-days/add?from=2024-03-04&days=1"));
    }

    [Fact]
    public async Task CalendarDays_LastDayOnHoliday_RollsForward_ListingRolledDays()
    {
        var skipped = string.Join(",", Enumerable.Range(1, 7).Select(d => $$"""{"date":"2022-10-0{{d}}","reason":"国庆节"}"""));
        AssertJson(
            $$"""{"from":"2022-09-24","days":7,"due":"2022-10-08","skipped":[{{skipped}}]}""",
            await OkJsonAsync("/api/calendar/calendar-days/add?from=2022-09-24&days=7"));
    }

    [Fact]
    public async Task CalendarDays_LastDayOnWeekend_RollsForwardToMonday()
    {
        AssertJson(
            """{"from":"2024-03-01","days":1,"due":"2024-03-04","skipped":[{"date":"2024-03-02","reason":"周末"},{"date":"2024-03-03","reason":"周末"}]}""",
            await OkJsonAsync("/api/calendar/calendar-days/add?from=2024-03-01&days=1"));
    }

    [Fact]
    public async Task CalendarDays_HolidaysInsidePeriod_AreCounted()
    {
        AssertJson(
            """{"from":"2024-09-30","days":15,"due":"2024-10-15","skipped":[]}""",
            await OkJsonAsync("/api/calendar/calendar-days/add?from=2024-09-30&days=15"));
    }

    [Theory]
    [InlineData("/api/calendar/is-working-day?date=2027-01-04")]
    [InlineData("/api/calendar/working-days/add?from=2026-12-28&days=10")]
    [InlineData("/api/calendar/working-days/add?from=2027-01-01&days=0")]
    [InlineData("/api/calendar/calendar-days/add?from=2026-12-31&days=2")]
    public async Task UnloadedYear_IsRefused422_NamingTheYear(string url)
    {
        var response = await _anonymous.GetAsync(url);
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(422, (int)problem["status"]!);
        Assert.Equal("尚未载入2027年节假日安排", (string?)problem["detail"]);
    }

    [Fact]
    public async Task StartDateFarBeyondLoadedYears_Is422_NotAServerError()
    {
        var response = await _anonymous.GetAsync("/api/calendar/calendar-days/add?from=9999-12-31&days=3650");
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal("尚未载入9999年节假日安排", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]);
    }

    [Theory]
    [InlineData("/api/calendar/is-working-day?date=2024-13-01", "date", "2024-13-01")]
    [InlineData("/api/calendar/is-working-day?date=2024-2-18", "date", "yyyy-MM-dd")]
    [InlineData("/api/calendar/is-working-day", "date", "请提供日期")]
    [InlineData("/api/calendar/working-days/add?from=2024-03-01&days=-1", "days", "天数不能为负数")]
    [InlineData("/api/calendar/working-days/add?from=2024-03-01&days=3651", "days", "天数不能超过3650")]
    [InlineData("/api/calendar/working-days/add?from=2024-03-01", "days", "请提供天数")]
    [InlineData("/api/calendar/calendar-days/add?from=2024-03-01&days=abc", "days", "整数")]
    [InlineData("/api/calendar/calendar-days/add?from=01/03/2024&days=1", "from", "yyyy-MM-dd")]
    public async Task MalformedQuery_Is400_NamingTheFieldInChinese(string url, string field, string expected)
    {
        var response = await _anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var message = (string?)problem["errors"]?[field]?[0];
        Assert.NotNull(message);
        Assert.Contains(expected, message);
    }

    [Fact]
    public async Task FreshDatabase_HoldsShippedYears_ImportedBySystem()
    {
        await OkJsonAsync("/api/calendar/is-working-day?date=2024-02-18");
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var years = await db.Set<HolidayYear>().Where(y => y.Year >= 2022 && y.Year <= 2026).ToListAsync();
        Assert.Equal([2022, 2023, 2024, 2025, 2026], years.Select(y => y.Year).Order());
        Assert.All(years, y => Assert.Equal("system", y.LoadedBy));
        // The import ran on an anonymous request's behalf but is recorded as the system's doing.
        var imported = await db.Set<AuditEntry>().Where(a => a.Entity == nameof(HolidayYear) && a.EntityId == "2024").ToListAsync();
        Assert.Equal("system", Assert.Single(imported).Actor);
        Assert.Contains("国办发明电〔2023〕7号", years.Single(y => y.Year == 2024).Source);
    }
}
