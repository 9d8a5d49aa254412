using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>A case from clue to closed over the API, with its clocks on real dates and the 加处罚款.</summary>
public sealed class CaseLifecycleTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private static JsonElement Clock(JsonElement detail, string key) =>
        detail.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("key").GetString() == key);

    [Fact]
    public async Task CaseFiledOn20240920_DecisionPeriodIsDueOn20241219_WithItsExplanation()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var on = new DateOnly(2024, 9, 20);
        var id = await api.NewCaseAsync(on);

        var filed = await api.OkAsync(id, "file", new { on });

        var clock = Clock(filed, "decision");
        Assert.Equal("2024-12-19", clock.GetProperty("dueDate").GetString());
        Assert.Contains(clock.GetProperty("explanation").EnumerateArray(), l => l.GetString()!.Contains("第90日为2024-12-19", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(filed.GetProperty("caseNumber").GetString()));
    }

    [Fact]
    public async Task Case_FromClueToClosed_WithLateFeeSuspendedDuringReconsideration()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var start = new DateOnly(2025, 3, 3);
        var (id, _) = await api.ReportedAsync(start, fineYuan: 20_000);
        await api.OkAsync(id, "notify", new { on = start });
        await api.OkAsync(id, "record_defence", new { on = start, summary = "当事人称系初次违法，经复核不予采纳" });
        await api.OkAsync(id, "close_defence", new { on = new DateOnly(2025, 3, 11) });
        var decided = await api.OkAsync(id, "decide", new { on = new DateOnly(2025, 3, 12), outcome = "Penalty" });
        Assert.False(string.IsNullOrEmpty(decided.GetProperty("decisionNumber").GetString()));
        Assert.Equal("2025-03-21", Clock(decided, "publication_penalty").GetProperty("dueDate").GetString());

        // Served 2025-03-13: pay within 15 days, i.e. by 2025-03-28.
        var served = await api.OkAsync(id, "serve", new { on = new DateOnly(2025, 3, 13) });
        Assert.Equal("2025-03-28", served.GetProperty("paymentDueOn").GetString());
        await api.OkAsync(id, "publish", new { on = new DateOnly(2025, 3, 14) });

        // Reconsideration 2025-04-01 to 2025-04-30: of the 40 days after the due date up to 2025-05-07, 30 do not count.
        var remedy = await api.Client.PostAsJsonAsync($"/api/enforcement/cases/{id}/remedies", new { kind = "Reconsideration", on = new DateOnly(2025, 4, 1) });
        Assert.Equal(HttpStatusCode.OK, remedy.StatusCode);
        var ended = await api.Client.PostAsJsonAsync($"/api/enforcement/cases/{id}/remedies/end", new { on = new DateOnly(2025, 4, 30) });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);

        var shortPaid = await api.ActAsync(id, "record_payment", new { on = new DateOnly(2025, 5, 7), paidYuan = 20_000 });
        Assert.Equal(HttpStatusCode.BadRequest, shortPaid.StatusCode);
        var paid = await api.OkAsync(id, "record_payment", new { on = new DateOnly(2025, 5, 7), paidYuan = 26_000 });
        Assert.Equal(6_000m, paid.GetProperty("lateFeeYuan").GetDecimal());

        var closed = await api.OkAsync(id, "close", new { on = new DateOnly(2025, 5, 8) });
        Assert.Equal("closed", closed.GetProperty("state").GetString());
        Assert.Contains(closed.GetProperty("steps").EnumerateArray(), s => s.GetProperty("action").GetString() == "decide_penalty");
        Assert.Equal("已停止", Clock(closed, "payment").GetProperty("status").GetString());
        Assert.Equal("已停止", Clock(closed, "decision").GetProperty("status").GetString());
    }

    [Fact]
    public async Task CaseList_FiltersByState_AndExportsTheLedger()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await api.NewCaseAsync(new DateOnly(2025, 7, 1), domain: "Environment");

        var list = JsonDocument.Parse(await api.Client.GetStringAsync("/api/enforcement/cases?state=clue&domain=Environment&pageSize=500")).RootElement;
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal("clue", i.GetProperty("state").GetString()));

        var export = await api.Client.GetAsync("/api/enforcement/cases/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Figures_CountTheCase_WithItsRecord()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var on = new DateOnly(2025, 8, 4);
        var id = await api.NewCaseAsync(on, domain: "Environment");
        await api.OkAsync(id, "file", new { on });
        var metrics = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, Fazhi.Platform.Identity.PlatformPermissions.MetricsRead);

        var environment = await metrics.GetStringAsync($"/api/metrics/enforcement.environment_cases/records?region={FazhiFactory.TownA}&year=2025&pageSize=200");
        var filed = await metrics.GetStringAsync($"/api/metrics/enforcement.cases_filed/records?region={FazhiFactory.TownA}&year=2025&pageSize=200");
        var medical = await metrics.GetStringAsync($"/api/metrics/enforcement.medical_cases/records?region={FazhiFactory.TownA}&year=2025&pageSize=200");

        Assert.Contains(id.ToString(), environment, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(id.ToString(), filed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(id.ToString(), medical, StringComparison.OrdinalIgnoreCase);
    }
}
