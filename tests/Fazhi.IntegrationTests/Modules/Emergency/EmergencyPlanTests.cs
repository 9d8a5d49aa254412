using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Emergency;

/// <summary>应急预案 over HTTP: the lifecycle and its refusals (Chinese, with the article), real past dates, the clocks, and the figures.</summary>
public sealed class EmergencyPlanTests : IDisposable
{
    private const string Town = FazhiFactory.TownA;
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> ClientAsync() => await _factory.TokenClientAsync(Town, Roles.Emergency, Roles.Leader);

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> request, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<Guid> PlanAsync(HttpClient client, string title, string planClass, DateOnly planned)
    {
        var created = await OkAsync(client.PostAsJsonAsync("/api/emergency/plans", new { title, @class = planClass, ownerUnit = "镇应急管理办公室", plannedOn = planned }),
            HttpStatusCode.Created);
        return created.GetProperty("plan").GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> StepAsync(HttpClient client, Guid id, string step, DateOnly on, string? text = null, string? second = null) =>
        client.PostAsJsonAsync($"/api/emergency/plans/{id}/actions/{step}", new { on, text, second });

    private static async Task<Guid> PublishedAsync(HttpClient client, string title, string planClass, DateOnly published)
    {
        var id = await PlanAsync(client, title, planClass, published.AddDays(-90));
        await OkAsync(StepAsync(client, id, "draft", published.AddDays(-80), "风险评估", "应急资源调查"));
        await OkAsync(StepAsync(client, id, "consult", published.AddDays(-40), "征求意见12条"));
        await OkAsync(StepAsync(client, id, "approve", published.AddDays(-10), "镇党政联席会议"));
        await OkAsync(StepAsync(client, id, "publish", published, "常府〔2025〕1号"));
        return id;
    }

    [Fact]
    public async Task Plan_ApprovalBeforeConsultation_IsRefusedInChinese_CitingTheLaw()
    {
        var client = await ClientAsync();
        var id = await PlanAsync(client, "防汛防旱防风专项应急预案", "专项应急预案", new DateOnly(2025, 1, 6));
        await OkAsync(StepAsync(client, id, "draft", new DateOnly(2025, 1, 10), "风险评估", "应急资源调查"));

        var refused = await StepAsync(client, id, "approve", new DateOnly(2025, 2, 10), "镇党政联席会议");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("应当先征求有关部门、单位和专家的意见", problem.GetProperty("detail").GetString());
        Assert.Contains("《中华人民共和国突发事件应对法》（2024年修订）第二十六条", problem.GetProperty("legalBasis").GetString());
        var plan = await OkAsync(client.GetAsync($"/api/emergency/plans/{id}"));
        Assert.Equal("编制中", plan.GetProperty("plan").GetProperty("statusName").GetString());
    }

    [Fact]
    public async Task Plan_ActDatedInTheFutureOrBeforeThePreviousAct_IsRefused()
    {
        var client = await ClientAsync();
        var id = await PlanAsync(client, "地质灾害专项应急预案", "Specialised", new DateOnly(2025, 3, 3));

        var future = await StepAsync(client, id, "draft", new DateOnly(2026, 3, 3), "风险评估", "应急资源调查");
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("办理日期不能晚于今天", await future.Content.ReadAsStringAsync());

        var early = await StepAsync(client, id, "draft", new DateOnly(2025, 3, 2), "风险评估", "应急资源调查");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("不能早于2025-03-03", await early.Content.ReadAsStringAsync());

        var futurePlan = await client.PostAsJsonAsync("/api/emergency/plans", new { title = "未来预案", @class = "专项应急预案", ownerUnit = "镇应急办", plannedOn = new DateOnly(2026, 3, 3) });
        Assert.Equal(HttpStatusCode.BadRequest, futurePlan.StatusCode);
        Assert.Contains("立项日期不能晚于今天", await futurePlan.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Drill_OfAPlanNotPublished_IsRefused_CitingTheDrillArticle()
    {
        var client = await ClientAsync();
        var id = await PlanAsync(client, "森林火灾专项应急预案", "专项应急预案", new DateOnly(2025, 1, 6));

        var refused = await client.PostAsJsonAsync("/api/emergency/drills", new
        {
            planId = id,
            title = "森林火灾扑救演练",
            kind = "实战演练",
            heldOn = new DateOnly(2025, 4, 1),
            organizer = "镇应急办",
            participants = 60,
        });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("预案公布后方可组织演练", problem.GetProperty("detail").GetString());
        Assert.Contains("《突发事件应急预案管理办法》（国办发〔2024〕5号）", problem.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task DrillClock_PlanPublishedOn30December2021_IsOverdueFrom31December2024_AndADrillRestartsIt()
    {
        var client = await ClientAsync();
        var id = await PublishedAsync(client, "危险化学品事故专项应急预案", "专项应急预案", new DateOnly(2021, 12, 30));

        var plan = await OkAsync(client.GetAsync($"/api/emergency/plans/{id}"));
        Assert.Equal("2024-12-30", plan.GetProperty("plan").GetProperty("drillDueOn").GetString());
        Assert.True(plan.GetProperty("plan").GetProperty("overdue").GetBoolean());
        var drillClock = plan.GetProperty("clocks").EnumerateArray().First(c => c.GetProperty("name").GetString() == "演练期限");
        Assert.Contains("自预案公布（2021-12-30）起3年，至2024-12-30", drillClock.GetProperty("explanation").GetString());
        var overdue = await OkAsync(client.GetAsync("/api/emergency/plans?overdue=1&q=危险化学品"));
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());

        await OkAsync(client.PostAsJsonAsync("/api/emergency/drills", new
        {
            planId = id,
            title = "危化品泄漏处置演练",
            kind = "Field",
            heldOn = new DateOnly(2025, 1, 8),
            organizer = "镇应急办",
            participants = 85,
            findings = "疏散路线标识不清",
        }), HttpStatusCode.Created);

        plan = await OkAsync(client.GetAsync($"/api/emergency/plans/{id}"));
        Assert.Equal("2028-01-08", plan.GetProperty("plan").GetProperty("drillDueOn").GetString());
    }

    [Fact]
    public async Task RevisionClock_DrillLessons_TriggerARevisionDue_AndTheRevisionAnswersIt()
    {
        var client = await ClientAsync();
        var id = await PublishedAsync(client, "城市内涝部门应急预案", "部门应急预案", new DateOnly(2025, 3, 20));

        await OkAsync(client.PostAsJsonAsync("/api/emergency/drills", new
        {
            planId = id,
            title = "内涝抢险演练",
            kind = "实战演练",
            heldOn = new DateOnly(2025, 5, 20),
            organizer = "镇城市管理分局",
            participants = 40,
            findings = "排涝泵站联络人已调整",
            triggersRevision = true,
        }), HttpStatusCode.Created);
        var plan = await OkAsync(client.GetAsync($"/api/emergency/plans/{id}"));
        Assert.Equal("2025-11-20", plan.GetProperty("plan").GetProperty("revisionDueOn").GetString());
        Assert.Equal("突发事件应对或演练中发现问题", plan.GetProperty("triggers")[0].GetProperty("kindName").GetString());

        await OkAsync(client.PostAsJsonAsync($"/api/emergency/plans/{id}/revisions", new { on = new DateOnly(2025, 7, 1), text = "更新联络人和泵站清单", second = "常应急〔2025〕7号" }));

        plan = await OkAsync(client.GetAsync($"/api/emergency/plans/{id}"));
        Assert.Equal(2, plan.GetProperty("plan").GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("plan").GetProperty("revisionDueOn").ValueKind);
        Assert.Equal("2025-07-01", plan.GetProperty("triggers")[0].GetProperty("answeredOn").GetString());
    }

    [Fact]
    public async Task Figures_PlansDrillsCoverageSuppliesAndPatrols_AreComputedFromTheRecords()
    {
        var client = await ClientAsync();
        var overall = await PublishedAsync(client, "总体应急预案", "总体应急预案", new DateOnly(2025, 3, 1));
        var flood = await PublishedAsync(client, "防汛专项应急预案", "专项应急预案", new DateOnly(2025, 3, 5));
        await PublishedAsync(client, "某村应急预案", "基层应急预案（村居、企业）", new DateOnly(2025, 4, 1));
        var withdrawn = await PublishedAsync(client, "旧专项应急预案", "专项应急预案", new DateOnly(2025, 3, 10));
        await OkAsync(StepAsync(client, withdrawn, "withdraw", new DateOnly(2025, 9, 1), "被新预案替代"));
        await PlanAsync(client, "在编预案", "部门应急预案", new DateOnly(2025, 6, 1));
        foreach (var (plan, people) in new[] { (overall, 120), (flood, 60) })
        {
            await OkAsync(client.PostAsJsonAsync("/api/emergency/drills", new
            {
                planId = plan,
                title = "2025年演练",
                kind = "实战演练",
                heldOn = new DateOnly(2025, 6, 18),
                organizer = "镇应急办",
                participants = people,
            }), HttpStatusCode.Created);
        }

        await OkAsync(client.PostAsJsonAsync("/api/emergency/supplies", new { name = "帐篷", unit = "顶", personsPerUnit = 4, registeredOn = new DateOnly(2025, 3, 1), quantity = 125 }), HttpStatusCode.Created);
        var jackets = await OkAsync(client.PostAsJsonAsync("/api/emergency/supplies", new { name = "救生衣", unit = "件", personsPerUnit = 1, registeredOn = new DateOnly(2025, 3, 1), quantity = 480 }), HttpStatusCode.Created);
        await OkAsync(client.PostAsJsonAsync("/api/emergency/patrols", new { site = "火车站广场", siteKind = "人员密集场所", patrolledOn = new DateOnly(2025, 7, 2), inspectors = "安全员", findings = "消防通道堵塞", rectifyBy = new DateOnly(2025, 7, 12) }), HttpStatusCode.Created);
        await OkAsync(client.PostAsJsonAsync("/api/emergency/patrols", new { site = "隔离酒店", siteKind = "Quarantine", patrolledOn = new DateOnly(2025, 7, 9), inspectors = "安全员" }), HttpStatusCode.Created);

        async Task<JsonElement> Figure(string key) => await OkAsync(client.GetAsync($"/api/metrics/{key}?region={Town}&year=2025"));

        Assert.Equal(3, (await Figure("emergency.plans")).GetProperty("value").GetDecimal());
        Assert.Equal(1, (await Figure("emergency.plans.specialised")).GetProperty("value").GetDecimal());
        Assert.Equal(1, (await Figure("emergency.plans.grassroots")).GetProperty("value").GetDecimal());
        Assert.Equal(2, (await Figure("emergency.drills")).GetProperty("value").GetDecimal());
        Assert.Equal(180, (await Figure("emergency.drill_participants")).GetProperty("value").GetDecimal());
        var coverage = await Figure("emergency.drill_coverage_rate");
        Assert.Equal(2, coverage.GetProperty("numerator").GetDecimal());
        Assert.Equal(3, coverage.GetProperty("denominator").GetDecimal());
        var supplies = await Figure("emergency.supply_coverage");
        Assert.Equal(480, supplies.GetProperty("numerator").GetDecimal());
        Assert.Equal(500, supplies.GetProperty("denominator").GetDecimal());
        Assert.Equal(2, (await Figure("emergency.inspections")).GetProperty("value").GetDecimal());
        var records = await OkAsync(client.GetAsync($"/api/metrics/emergency.supply_coverage/records?region={Town}&year=2025"));
        Assert.Contains(records.GetProperty("items").EnumerateArray(), r => r.GetProperty("label").GetString() == "救生衣 480件，可保障480人，缺口20件");

        // The 20 life jackets bought in 2025 close the shortfall; the overview shows it too.
        await OkAsync(client.PostAsJsonAsync($"/api/emergency/supplies/{jackets.GetProperty("id").GetGuid()}/counts", new { on = new DateOnly(2025, 8, 1), quantity = 500, note = "采购入库" }));
        Assert.Equal(500, (await Figure("emergency.supply_coverage")).GetProperty("numerator").GetDecimal());
        var overview = await OkAsync(client.GetAsync("/api/emergency/supplies"));
        Assert.Equal(500, overview.GetProperty("personsCovered").GetInt32());
        Assert.Equal(2024, (await OkAsync(client.GetAsync($"/api/metrics/emergency.plans?region={Town}&year=2024"))).GetProperty("year").GetInt32());
        Assert.Equal(0, (await OkAsync(client.GetAsync($"/api/metrics/emergency.plans?region={Town}&year=2024"))).GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Teams_CommitteeSetUpOnARealPastDate_CountsUntilDissolved()
    {
        var client = await ClientAsync();
        var future = await client.PostAsJsonAsync("/api/emergency/teams", new { name = "突发事件应急委员会", kind = "Committee", head = "镇党委书记（第一主任）", members = 25, establishedOn = new DateOnly(2026, 4, 1) });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("成立日期不能晚于今天", await future.Content.ReadAsStringAsync());

        var team = await OkAsync(client.PostAsJsonAsync("/api/emergency/teams", new { name = "突发事件应急委员会", kind = "突发事件应急委员会", head = "镇党委书记（第一主任）", members = 25, establishedOn = new DateOnly(2025, 1, 8) }),
            HttpStatusCode.Created);
        var id = team.GetProperty("id").GetGuid();
        var early = await client.PostAsJsonAsync($"/api/emergency/teams/{id}/dissolution", new { on = new DateOnly(2025, 1, 7) });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("撤销日期不能早于成立日期2025-01-08", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"/api/emergency/teams/{id}/dissolution", new { on = new DateOnly(2026, 1, 5) })).StatusCode);

        Assert.Equal(1, (await OkAsync(client.GetAsync($"/api/metrics/emergency.teams?region={Town}&year=2025"))).GetProperty("value").GetDecimal());
        Assert.Equal(0, (await OkAsync(client.GetAsync($"/api/metrics/emergency.teams?region={Town}&year=2026"))).GetProperty("value").GetDecimal());
    }
}
