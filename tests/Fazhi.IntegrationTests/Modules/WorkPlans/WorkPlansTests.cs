using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.WorkPlans;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.WorkPlans;

/// <summary>
/// 工作方案: a plan's breakdown (施工图) typed or imported from Excel, issued on its real date with every task handed to
/// 督查督办, fixed once issued; the figures; and the annual report's 主要安排 drafted from the next year's 工作要点.
/// </summary>
public sealed class WorkPlansTests : IDisposable
{
    private const string Town = FazhiFactory.TownA;
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<HttpClient> ClientAsync() => _factory.TokenClientAsync(Town, Roles.LegalOffice);

    private static async Task<Guid> PlanAsync(HttpClient client, string kind, string title, int first, int last)
    {
        var response = await client.PostAsJsonAsync("/api/plans", new { kind, title, firstYear = first, lastYear = last, issuingBody = "中共某镇委全面依法治镇委员会" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("plan").GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> TaskAsync(HttpClient client, Guid plan, string area, string content, string deadline, string? milestones = null) =>
        client.PostAsJsonAsync($"/api/plans/{plan}/tasks", new { area, content, leadUnit = "镇司法所", coUnits = "镇党政办", milestones, deadline });

    private static async Task<JsonElement> DetailsAsync(HttpClient client, Guid plan) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}");

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    private async Task<decimal?> FigureAsync(string key, int year)
    {
        var reader = await _factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        var figure = await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}?region={Town}&year={year}");
        return figure.GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;
    }

    [Fact]
    public async Task IssuedPlan_HandsEveryTaskToSupervision_WithItsLeadUnitMilestonesAndDeadline()
    {
        var client = await ClientAsync();
        var plan = await PlanAsync(client, "AnnualPoints", "2025年全面依法治镇工作要点", 2025, 2025);
        Assert.Equal(HttpStatusCode.OK, (await TaskAsync(client, plan, "完善法治建设组织保障", "召开全面依法治镇委员会会议", "2025-06-30")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TaskAsync(client, plan, "推进严格规范公正文明执法", "组织执法人员业务培训", "2025-11-28", "2025-06-30 完成上半年培训；2025-10-31 完成考核")).StatusCode);

        var issued = await client.PostAsJsonAsync($"/api/plans/{plan}/issue", new { issuedOn = "2025-03-04", documentNumber = "某法委〔2025〕1号" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var details = await issued.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("已印发", details.GetProperty("plan").GetProperty("statusName").GetString());
        var tasks = details.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("已交办", t.GetProperty("supervisionStatus").GetString()));

        var supervised = await client.GetFromJsonAsync<JsonElement>($"/api/supervision/tasks/{tasks[1].GetProperty("supervisedTaskId").GetGuid()}");
        var task = supervised.GetProperty("task");
        Assert.Equal("工作方案任务", task.GetProperty("sourceName").GetString());
        Assert.Equal("《2025年全面依法治镇工作要点》（某法委〔2025〕1号）第2项", task.GetProperty("sourceReference").GetString());
        Assert.Equal("镇司法所", task.GetProperty("leadUnit").GetString());
        Assert.Equal("2025-03-04", task.GetProperty("assignedOn").GetString());
        Assert.Equal("2025-11-28", task.GetProperty("deadline").GetString());
        Assert.Equal(["完成上半年培训", "完成考核"], supervised.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task IssuedPlan_BreakdownIsFixed_AndChangesAreRefusedInChinese()
    {
        var client = await ClientAsync();
        var plan = await PlanAsync(client, "SpecialPlan", "关于加强法治乡村建设的实施方案", 2025, 2025);
        await TaskAsync(client, plan, "完善法治乡村建设工作制度", "修订村规民约", "2025-09-30");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/plans/{plan}/issue", new { issuedOn = "2025-04-11" })).StatusCode);

        var again = await TaskAsync(client, plan, "完善法治乡村建设工作制度", "新增任务", "2025-10-31");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("已于2025-04-11印发", body.GetProperty("detail").GetString());
        Assert.Contains("督查督办", body.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/plans/{plan}/issue", new { issuedOn = "2025-04-12" })).StatusCode);
        Assert.Single((await DetailsAsync(client, plan)).GetProperty("tasks").EnumerateArray());
    }

    [Fact]
    public async Task Issue_IsRefused_WithoutTasks_OrWhenATaskIsDueOnOrBeforeTheIssueDate()
    {
        var client = await ClientAsync();
        var plan = await PlanAsync(client, "AnnualPoints", "2025年全面依法治镇工作要点", 2025, 2025);
        var empty = await ErrorsOf(await client.PostAsJsonAsync($"/api/plans/{plan}/issue", new { issuedOn = "2025-03-04" }));
        Assert.Contains("尚无任务分解", empty.GetProperty("tasks")[0].GetString());

        await TaskAsync(client, plan, "坚持科学民主依法决策", "公布重大行政决策事项目录", "2025-03-31");
        var early = await ErrorsOf(await client.PostAsJsonAsync($"/api/plans/{plan}/issue", new { issuedOn = "2025-04-01" }));
        Assert.Equal("第1项任务的完成时限不晚于印发日期，请调整后再印发", early.GetProperty("tasks")[0].GetString());
        var future = await ErrorsOf(await client.PostAsJsonAsync($"/api/plans/{plan}/issue", new { issuedOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd") }));
        Assert.Equal("印发日期不能晚于今天", future.GetProperty("issuedOn")[0].GetString());
        Assert.Equal("起草中", (await DetailsAsync(client, plan)).GetProperty("plan").GetProperty("statusName").GetString());
    }

    [Fact]
    public async Task Task_DeadlineOutsideThePlanPeriod_AndUnreadableOrUnorderedMilestones_AreChineseFieldErrors()
    {
        var client = await ClientAsync();
        var plan = await PlanAsync(client, "ImplementationPlan", "法治建设实施方案（2024-2025年）", 2024, 2025);
        var outside = await ErrorsOf(await TaskAsync(client, plan, "板块", "任务", "2026-03-31"));
        Assert.Equal("完成时限应在方案期间（2024—2025年）之内", outside.GetProperty("deadline")[0].GetString());

        var unreadable = await ErrorsOf(await TaskAsync(client, plan, "板块", "任务", "2025-03-31", "三月底前完成调研"));
        Assert.StartsWith("节点“三月底前完成调研”应写成“日期 节点内容”", unreadable.GetProperty("milestones")[0].GetString());
        var unordered = await ErrorsOf(await TaskAsync(client, plan, "板块", "任务", "2025-03-31", "2025-02-28 出台制度；2024-12-31 完成调研"));
        Assert.Equal("节点应按日期先后排列", unordered.GetProperty("milestones")[0].GetString());
        var late = await ErrorsOf(await TaskAsync(client, plan, "板块", "任务", "2025-03-31", "2025-04-30 总结"));
        Assert.Contains("晚于完成时限", late.GetProperty("milestones")[0].GetString());
        var missing = await ErrorsOf(await client.PostAsJsonAsync($"/api/plans/{plan}/tasks", new { area = "板块" }));
        Assert.Equal("请填写任务内容", missing.GetProperty("content")[0].GetString());
        Assert.Equal("请填写牵头单位", missing.GetProperty("leadUnit")[0].GetString());

        var annual = await client.PostAsJsonAsync("/api/plans", new { kind = "年度工作要点", title = "要点", firstYear = 2024, lastYear = 2025, issuingBody = "委员会" });
        Assert.Equal("年度工作要点只对应一个年度", (await ErrorsOf(annual)).GetProperty("lastYear")[0].GetString());
    }

    [Fact]
    public async Task TaskBreakdown_ExportsToExcel_AndImportsBackUnchanged()
    {
        var client = await ClientAsync();
        var plan = await PlanAsync(client, "ImplementationPlan", "法治建设实施方案（2024-2025年）", 2024, 2025);
        await TaskAsync(client, plan, "健全党领导法治建设工作体系", "定期召开依法治镇委员会会议", "2024-12-31", "2024-06-30 召开第一次会议");
        await TaskAsync(client, plan, "健全党领导法治建设工作体系", "制定委员会工作规则", "2024-09-30");
        await TaskAsync(client, plan, "建设法治社会", "村（社区）法律顾问全覆盖", "2025-11-30", "2025-03-31 完成选聘；2025-06-30 完成签约");
        var before = (await DetailsAsync(client, plan)).GetProperty("tasks").EnumerateArray().Select(Row).ToList();

        var xlsx = await client.GetByteArrayAsync($"/api/plans/{plan}/tasks/export.xlsx");
        var imported = await ImportAsync(client, plan, xlsx, "工作任务分解表.xlsx");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(3, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());

        var after = (await DetailsAsync(client, plan)).GetProperty("tasks").EnumerateArray().Select(Row).ToList();
        Assert.Equal(before, after);
        Assert.Equal(
            SheetRows(await client.GetByteArrayAsync($"/api/plans/{plan}/tasks/export.xlsx")),
            SheetRows(xlsx));
    }

    [Fact]
    public async Task TaskImport_ReportsEveryBadRow_AndStoresNothingOfTheFile()
    {
        var client = await ClientAsync();
        var plan = await PlanAsync(client, "AnnualPoints", "2025年全面依法治镇工作要点", 2025, 2025);
        await TaskAsync(client, plan, "原板块", "原任务", "2025-06-30");
        const string header = "序号,重点板块,任务内容,牵头单位,配合单位,节点安排,完成时限,督办状态\n";
        var empty = await ImportAsync(client, plan, System.Text.Encoding.UTF8.GetBytes(header
            + "1,板块一,任务一,镇司法所,,2025-03-31 完成调研,2025-06-30,\n"
            + "2,板块一,,镇司法所,,,2025-06-30,\n"), "施工图.csv");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("第3行“任务内容”：不能为空", await empty.Content.ReadAsStringAsync());

        var response = await ImportAsync(client, plan, System.Text.Encoding.UTF8.GetBytes(header
            + "1,板块一,任务一,镇司法所,,2025-03-31 完成调研,2025-06-30,\n"
            + "2,板块一,任务二,镇司法所,,三月底前,2025-06-30,\n"
            + "3,板块二,任务三,镇党政办,,,2026-01-31,\n"), "施工图.csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("第3行“节点安排”：节点“三月底前”应写成“日期 节点内容”", body);
        Assert.Contains("第4行“完成时限”：完成时限应在方案期间（2025年）之内", body);
        var tasks = (await DetailsAsync(client, plan)).GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal("原任务", Assert.Single(tasks).GetProperty("content").GetString());
    }

    [Fact]
    public async Task Figures_CountPlansIssuedInTheYear_AndTheTasksDueInIt()
    {
        var client = await ClientAsync();
        var implementation = await PlanAsync(client, "ImplementationPlan", "法治建设实施方案（2024-2025年）", 2024, 2025);
        await TaskAsync(client, implementation, "板块", "2024年任务", "2024-11-30");
        await TaskAsync(client, implementation, "板块", "2025年任务", "2025-11-30");
        await client.PostAsJsonAsync($"/api/plans/{implementation}/issue", new { issuedOn = "2024-03-04" });
        var points = await PlanAsync(client, "AnnualPoints", "2025年工作要点", 2025, 2025);
        await TaskAsync(client, points, "板块", "要点任务", "2025-06-30");
        await client.PostAsJsonAsync($"/api/plans/{points}/issue", new { issuedOn = "2025-02-20" });
        var draft = await PlanAsync(client, "AnnualPoints", "2026年工作要点", 2026, 2026);
        await TaskAsync(client, draft, "板块", "未印发的任务", "2026-06-30");

        Assert.Equal(1m, await FigureAsync("plans.issued", 2024));
        Assert.Equal(1m, await FigureAsync("plans.issued", 2025));
        Assert.Equal(1m, await FigureAsync("plans.tasks", 2024));
        Assert.Equal(2m, await FigureAsync("plans.tasks", 2025));
        Assert.Equal(0m, await FigureAsync("plans.tasks", 2026));
    }

    [Fact]
    public async Task ReportPlanSection_IsDraftedFromNextYearsWorkPoints_AndRefusedWithTheCitationWhenThereAreNone()
    {
        var client = await ClientAsync();
        var created = await client.PostAsJsonAsync("/api/annual-reports", new { year = 2024 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var report = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var none = await client.PostAsync($"/api/annual-reports/{report}/sections/plan/draft", null);
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        var refusal = await none.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("尚未制定2025年全面依法治镇工作要点", refusal.GetProperty("detail").GetString());
        Assert.Contains("年度报告应当报告下一年度推进法治政府建设的主要安排", refusal.GetProperty("legalBasis").GetString());

        var points = await PlanAsync(client, "AnnualPoints", "2025年全面依法治镇工作要点", 2025, 2025);
        await TaskAsync(client, points, "坚定政治方向，以习近平法治思想引领全面依法治镇", "发挥领导干部带学促学作用", "2025-12-31");
        await TaskAsync(client, points, "坚定政治方向，以习近平法治思想引领全面依法治镇", "把实施方案任务转化为工作“施工图”。", "2025-12-31");
        await TaskAsync(client, points, "强化组织保障", "推动党政主要负责人履行第一责任人职责", "2025-12-31");

        var drafted = await client.PostAsync($"/api/annual-reports/{report}/sections/plan/draft", null);
        Assert.True(drafted.StatusCode == HttpStatusCode.OK, await drafted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
        var section = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "plan");
        Assert.Equal(
            "2025年，我镇将按照《2025年全面依法治镇工作要点》，聚焦重点领域和薄弱环节，着重做好以下工作：\n"
            + "（一）坚定政治方向，以习近平法治思想引领全面依法治镇。发挥领导干部带学促学作用；把实施方案任务转化为工作“施工图”。\n"
            + "（二）强化组织保障。推动党政主要负责人履行第一责任人职责。",
            section.GetProperty("text").GetString());
    }

    [Fact]
    public async Task PlanPages_ListAndShowTheBreakdown_InChinese()
    {
        var client = await ClientAsync();
        var plan = await PlanAsync(client, "AnnualPoints", "2025年全面依法治镇工作要点", 2025, 2025);
        await TaskAsync(client, plan, "完善法治建设组织保障", "召开全面依法治镇委员会会议", "2025-06-30");
        var cookie = await _factory.ClientWithPermissionsAsync(Town, WorkPlansPermissions.Read, WorkPlansPermissions.Manage, "supervision.read", "supervision.assign");
        var list = await cookie.GetStringAsync("/plans?year=2025&kind=AnnualPoints");
        Assert.Contains("《2025年全面依法治镇工作要点》", list);
        Assert.Contains("起草中", list);
        var page = await cookie.GetStringAsync($"/plans/{plan}");
        Assert.Contains("召开全面依法治镇委员会会议", page);
        Assert.Contains("印发后交督办", page);
        Assert.Contains("印发并交督查督办", page);
        var refused = await FazhiFactory.PostFormAsync(cookie, $"/plans/{plan}?handler=issue", new() { ["IssuedOn"] = "", ["DocumentNumber"] = "" }, $"/plans/{plan}");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请填写印发日期", await refused.Content.ReadAsStringAsync());
        var issued = await FazhiFactory.PostFormAsync(cookie, $"/plans/{plan}?handler=issue", new() { ["IssuedOn"] = "2025-03-04", ["DocumentNumber"] = "某法委〔2025〕1号" }, $"/plans/{plan}");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var after = await cookie.GetStringAsync($"/plans/{plan}");
        Assert.Contains("2025年3月4日印发，某法委〔2025〕1号", after);
        Assert.Contains("已交办", after);
        Assert.DoesNotContain("印发并交督查督办", after);
        var bad = await cookie.GetAsync("/plans?sort=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("排序方式应为", await bad.Content.ReadAsStringAsync());
    }

    private static string Row(JsonElement t) => string.Join("|", t.GetProperty("number").GetInt32(), t.GetProperty("area").GetString(), t.GetProperty("content").GetString(),
        t.GetProperty("leadUnit").GetString(), t.GetProperty("coUnits").GetString(), t.GetProperty("milestones").GetString(), t.GetProperty("deadline").GetString());

    private static List<string> SheetRows(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(r => string.Join("|", r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))).ToList();
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid plan, byte[] file, string name)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        return await client.PostAsync($"/api/plans/{plan}/tasks/import", form);
    }
}
