using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Supervision.Domain;
using Fazhi.Modules.Supervision.Tasks;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Fazhi.IntegrationTests.Modules.Supervision;

/// <summary>督办事项 over HTTP: 交办, the scheduled scan's 催办 and 通报 on real dates, the gates, and 交办 down the tree.</summary>
public sealed class SupervisionTaskTests : IDisposable
{
    private const string Town = FazhiFactory.TownA;
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>The app's clock stands at 2026-03-02 (and never runs back); past acts carry their real dates.</summary>
    private static void Today(DateOnly day) => Assert.True(day <= new DateOnly(2026, 3, 2));

    private async Task<HttpClient> ClientAsync(string region = Town) =>
        await _factory.TokenClientAsync(region, Roles.LegalOffice, Roles.Leader, Roles.Clerk);

    private static async Task<JsonElement> AssignAsync(HttpClient client, string title, DateOnly assigned, DateOnly deadline, string? region = null)
    {
        var response = await client.PostAsJsonAsync("/api/supervision/tasks", new
        {
            title,
            source = "会议决定",
            sourceReference = "全面依法治镇委员会第四次会议",
            leadUnit = "镇司法所",
            coUnits = "镇综合行政执法队",
            assignedOn = assigned,
            deadline,
            region,
            milestones = new[] { new { title = "制定工作方案", dueOn = assigned.AddDays(1) } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("task");
    }

    private async Task<RemindTasks.Outcome> ScanAsync(DateOnly day)
    {
        // The scheduled scan as it runs at 10:00 China time on that day.
        await using var scope = _factory.SystemScope();
        var clock = new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), LegalDate.ChinaOffset));
        return await ActivatorUtilities.CreateInstance<RemindTasks>(scope.ServiceProvider, clock).RunAsync();
    }

    [Fact]
    public async Task Reminder_TaskAssignedOnTheFridayBeforeNationalDay2024_IsRemindedOnTheMakeUpSunday_AndOnItsDeadline()
    {
        Today(new DateOnly(2024, 9, 27));
        var client = await ClientAsync();
        var task = await AssignAsync(client, "国庆期间安全生产检查整改", new DateOnly(2024, 9, 27), new DateOnly(2024, 10, 8));
        var id = task.GetProperty("id").GetGuid();

        Assert.Equal(0, (await ScanAsync(new DateOnly(2024, 9, 27))).Reminders);
        Assert.Equal(0, (await ScanAsync(new DateOnly(2024, 9, 28))).Reminders);
        Assert.Equal(1, (await ScanAsync(new DateOnly(2024, 9, 29))).Reminders);
        Assert.Equal(0, (await ScanAsync(new DateOnly(2024, 9, 30))).Reminders);
        Assert.Equal(0, (await ScanAsync(new DateOnly(2024, 10, 7))).Reminders);
        Assert.Equal(1, (await ScanAsync(new DateOnly(2024, 10, 8))).Reminders);

        var details = await client.GetFromJsonAsync<JsonElement>($"/api/supervision/tasks/{id}");
        var reminders = details.GetProperty("reminders").EnumerateArray().ToList();
        Assert.Equal(["2024-09-29", "2024-10-08"], reminders.Select(r => r.GetProperty("on").GetString()));
        Assert.Equal("临期催办", reminders[0].GetProperty("kindName").GetString());
        Assert.Contains("剩余2个工作日", reminders[0].GetProperty("message").GetString());
        Assert.Equal("2024-09-29", details.GetProperty("reminderDays").GetProperty("before").GetString());
    }

    [Fact]
    public async Task Escalation_OverdueTask_IsNotifiedOnce_AndTheAuditLogRecordsIt()
    {
        Today(new DateOnly(2024, 9, 27));
        var client = await ClientAsync();
        var id = (await AssignAsync(client, "超期未办结事项", new DateOnly(2024, 9, 27), new DateOnly(2024, 10, 8))).GetProperty("id").GetGuid();

        Assert.Equal(0, (await ScanAsync(new DateOnly(2024, 10, 8))).Escalations);
        Assert.Equal(1, (await ScanAsync(new DateOnly(2024, 10, 9))).Escalations);
        Assert.Equal(0, (await ScanAsync(new DateOnly(2024, 10, 10))).Escalations);
        Assert.Equal(0, (await ScanAsync(new DateOnly(2024, 10, 14))).Escalations);

        var details = await client.GetFromJsonAsync<JsonElement>($"/api/supervision/tasks/{id}");
        Assert.Equal("通报", details.GetProperty("escalation").GetProperty("kindName").GetString());
        Assert.Equal("2024-10-09", details.GetProperty("escalation").GetProperty("on").GetString());
        Assert.True(details.GetProperty("task").GetProperty("overdue").GetBoolean());

        await using var scope = _factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var escalation = await db.Set<TaskEscalation>().SingleAsync(e => e.TaskId == id);
        var audit = await db.Set<AuditEntry>().Where(a => a.EntityId == escalation.Id.ToString()).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal("system", entry.Actor);
        Assert.Equal(Town, entry.RegionCode);
    }

    [Fact]
    public async Task Close_IsRefused_BeforeVerification_WithTheBasisInTheBody()
    {
        Today(new DateOnly(2026, 3, 2));
        var client = await ClientAsync();
        var id = (await AssignAsync(client, "销号前须核查", new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 27))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/supervision/tasks/{id}/completion", new { on = "2026-02-26", content = "已办结" })).StatusCode);

        var response = await client.PostAsJsonAsync($"/api/supervision/tasks/{id}/close", new { on = "2026-02-27" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("经核查办结后方可销号", problem.GetProperty("detail").GetString());
        Assert.Contains("《政府督查工作条例》第十八条", problem.GetProperty("legalBasis").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/supervision/tasks/{id}/verification", new { on = "2026-02-27", content = "整改到位", passed = true })).StatusCode);
        var closed = await (await client.PostAsJsonAsync($"/api/supervision/tasks/{id}/close", new { on = "2026-02-27" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("已销号", closed.GetProperty("task").GetProperty("statusName").GetString());
        Assert.False(closed.GetProperty("task").GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Assign_RefusesAFutureDate_AndADeadlineBeforeAssignment_InChinese()
    {
        Today(new DateOnly(2026, 3, 2));
        var client = await ClientAsync();

        var response = await client.PostAsJsonAsync("/api/supervision/tasks", new { title = "未来交办", source = "领导批示", leadUnit = "镇司法所", assignedOn = "2026-03-05", deadline = "2026-03-04" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("交办日期不能晚于今天", errors.GetProperty("assignedOn")[0].GetString());
        Assert.Equal("办结时限应晚于交办日期", errors.GetProperty("deadline")[0].GetString());
    }

    [Fact]
    public async Task AssignDown_CityAssignsToItsTown_TheTownReports_TheCityVerifies_AnotherTownCannot()
    {
        Today(new DateOnly(2026, 3, 2));
        var city = await ClientAsync("441900");
        var task = await AssignAsync(city, "市交办：法治督察反馈问题整改", new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 27), Town);
        var id = task.GetProperty("id").GetGuid();
        Assert.Equal(Town, task.GetProperty("regionCode").GetString());
        Assert.Equal("441900", task.GetProperty("assignedByRegion").GetString());

        var town = await ClientAsync();
        var list = await town.GetFromJsonAsync<JsonElement>("/api/supervision/tasks?q=法治督察");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await town.PostAsJsonAsync($"/api/supervision/tasks/{id}/completion", new { on = "2026-02-26", content = "已整改" })).StatusCode);

        // The town may not verify what the city assigned; the city does, in the town's record.
        var own = await town.PostAsJsonAsync($"/api/supervision/tasks/{id}/verification", new { on = "2026-02-27", content = "自查通过", passed = true });
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("应由交办单位核查", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await city.PostAsJsonAsync($"/api/supervision/tasks/{id}/verification", new { on = "2026-02-27", content = "整改到位", passed = true })).StatusCode);

        var other = await ClientAsync(FazhiFactory.TownB);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/supervision/tasks/{id}")).StatusCode);
        var sideways = await other.PostAsJsonAsync("/api/supervision/tasks", new { title = "越级交办", source = "上级交办", leadUnit = "镇司法所", assignedOn = "2026-03-02", deadline = "2026-03-20", region = Town });
        Assert.Equal(HttpStatusCode.NotFound, sideways.StatusCode);
        var up = await other.PostAsJsonAsync("/api/supervision/tasks", new { title = "向上交办", source = "上级交办", leadUnit = "市司法局", assignedOn = "2026-03-02", deadline = "2026-03-20", region = "441900" });
        Assert.Equal(HttpStatusCode.NotFound, up.StatusCode);
    }

    [Fact]
    public async Task Figures_CountTasks_OnTimeRate_Overdue_Reminders_FromTheRecords()
    {
        Today(new DateOnly(2024, 9, 2));
        var client = await ClientAsync();
        var onTime = (await AssignAsync(client, "按期事项", new DateOnly(2024, 9, 2), new DateOnly(2024, 9, 20))).GetProperty("id").GetGuid();
        await AssignAsync(client, "超期事项", new DateOnly(2024, 9, 2), new DateOnly(2024, 9, 20));
        await ScanAsync(new DateOnly(2024, 9, 19));
        Today(new DateOnly(2024, 9, 20));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/supervision/tasks/{onTime}/completion", new { on = "2024-09-20", content = "已办结" })).StatusCode);
        await ScanAsync(new DateOnly(2024, 9, 23));

        var reader = await _factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        async Task<decimal?> Figure(string key) =>
            (await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}?region={Town}&year=2024")).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

        Assert.Equal(2m, await Figure("supervision.tasks"));
        Assert.Equal(50m, await Figure("supervision.on_time_rate"));
        Assert.Equal(1m, await Figure("supervision.overdue"));
        Assert.Equal(2m, await Figure("supervision.reminders"));
        Assert.Equal(1m, await Figure("supervision.escalations"));
    }
}
