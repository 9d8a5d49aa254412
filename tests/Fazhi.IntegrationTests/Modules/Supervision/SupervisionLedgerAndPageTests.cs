using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Supervision;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Supervision;

/// <summary>The 督查督办 ledger both ways, the pages (form in Chinese, antiforgery, redirect), and inspections whose findings become tasks.</summary>
public sealed class SupervisionLedgerAndPageTests : IDisposable
{
    private const string Town = FazhiFactory.TownA;
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static MultipartFormDataContent File(byte[] bytes, string name)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", name);
        return content;
    }

    [Fact]
    public async Task Ledger_ImportWithBadRows_ReportsEveryRow_AndStoresNothing()
    {
        var client = await _factory.TokenClientAsync(Town, Roles.LegalOffice);
        var csv = "督办事项,事项来源,来源依据,承办单位,协办单位,承办区划,交办日期,办结时限,办理节点\n"
            + "好的一行,领导批示,镇长批示,镇司法所,,,2026-02-02,2026-02-27,\n"
            + "来源不对,随便说说,,镇司法所,,,2026-02-02,2026-02-27,\n"
            + "时限倒置,会议决定,,镇司法所,,,2026-02-20,2026-02-10,\n"
            + ",会议决定,,镇司法所,,,2026-02-02,2026-02-27,\n";

        var response = await client.PostAsync("/api/supervision/tasks/import", File(Encoding.UTF8.GetBytes(csv), "tasks.csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("整个文件未导入", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains("来源", errors.GetProperty("row3")[0].GetString());
        Assert.Contains("不能为空", errors.GetProperty("row5")[0].GetString());

        // Cells that parse go through the same gates as a 交办 from the form: every refused row is listed.
        var gated = "督办事项,事项来源,来源依据,承办单位,协办单位,承办区划,交办日期,办结时限,办理节点\n"
            + "好的一行,领导批示,镇长批示,镇司法所,,,2026-02-02,2026-02-27,\n"
            + "时限倒置,会议决定,,镇司法所,,,2026-02-20,2026-02-10,\n"
            + "未来交办,会议决定,,镇司法所,,,2026-03-20,2026-03-27,\n";
        var second = await client.PostAsync("/api/supervision/tasks/import", File(Encoding.UTF8.GetBytes(gated), "tasks.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var gateErrors = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("第3行“办结时限”：办结时限应晚于交办日期", gateErrors.GetProperty("row3")[0].GetString());
        Assert.Contains("交办日期不能晚于今天", gateErrors.GetProperty("row4")[0].GetString());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/supervision/tasks?q=好的一行");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Ledger_ExportImportsBack_WithTheSameColumns()
    {
        var client = await _factory.TokenClientAsync(Town, Roles.LegalOffice);
        var created = await client.PostAsJsonAsync("/api/supervision/tasks", new
        {
            title = "台账往返事项",
            source = "人大代表建议",
            sourceReference = "建议第5号",
            leadUnit = "镇城市管理分局",
            coUnits = "桥梓村",
            assignedOn = "2026-02-02",
            deadline = "2026-02-27",
            milestones = new[] { new { title = "现场勘查", dueOn = "2026-02-10" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var exported = await client.GetByteArrayAsync("/api/supervision/tasks/export.xlsx?q=台账往返事项");
        var imported = await client.PostAsync("/api/supervision/tasks/import", File(exported, "tasks.xlsx"));

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/supervision/tasks?q=台账往返事项");
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("人大代表建议", i.GetProperty("sourceName").GetString()));
        Assert.All(items, i => Assert.Equal("2026-02-27", i.GetProperty("deadline").GetString()));
        var copy = await client.GetFromJsonAsync<JsonElement>($"/api/supervision/tasks/{items[1].GetProperty("id").GetGuid()}");
        Assert.Equal("现场勘查", copy.GetProperty("milestones")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Pages_AssignThroughTheForm_ThenListFiltersAndShowsIt()
    {
        var client = await _factory.ClientWithPermissionsAsync(Town, SupervisionPermissions.Read, SupervisionPermissions.Assign, SupervisionPermissions.Handle);
        var form = await client.GetStringAsync("/supervision/new");
        Assert.Contains("交办督办事项", form);

        var refused = await FazhiFactory.PostFormAsync(client, "/supervision/new", new() { ["Title"] = "", ["Source"] = "MeetingDecision", ["LeadUnit"] = "镇司法所", ["AssignedOn"] = "2026-02-02", ["Deadline"] = "2026-02-27" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请填写督办事项", await refused.Content.ReadAsStringAsync());

        var response = await FazhiFactory.PostFormAsync(client, "/supervision/new", new()
        {
            ["Title"] = "页面交办事项",
            ["Source"] = "MeetingDecision",
            ["SourceReference"] = "全面依法治镇委员会第四次会议",
            ["LeadUnit"] = "镇司法所",
            ["AssignedOn"] = "2026-02-02",
            ["Deadline"] = "2026-02-27",
            ["MilestoneTitles"] = "制定方案",
            ["MilestoneDates"] = "2026-02-10",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("页面交办事项", detail);
        Assert.Contains("临期催办 2026-02-25", detail);

        var list = await client.GetStringAsync("/supervision?q=页面交办&status=Assigned&sort=-deadline");
        Assert.Contains("页面交办事项", list);
        var bad = await client.GetAsync("/supervision?sort=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("排序方式应为", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Inspection_FindingsBecomeTasks_ForTheInspectedUnit()
    {
        var client = await _factory.TokenClientAsync(Town, Roles.LegalOffice, Roles.Leader);
        var team = await (await client.PostAsJsonAsync("/api/supervision/teams", new { name = "第一重点工作督导组", leader = "陈国强", members = "陈国强、黄丽", scope = "各村（社区）", establishedOn = "2026-01-05" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var inspection = await (await client.PostAsJsonAsync("/api/supervision/inspections", new { teamId = team.GetProperty("id").GetGuid(), targetKind = "Village", target = "桥梓村", subject = "安全生产", plannedOn = "2026-02-10" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = inspection.GetProperty("id").GetGuid();

        var recorded = await client.PostAsJsonAsync($"/api/supervision/inspections/{id}/record", new
        {
            heldOn = "2026-02-10",
            summary = "现场检查出租屋",
            findings = new[] { new { problem = "出租屋消防通道堵塞", leadUnit = (string?)null, deadline = "2026-02-27" } },
        });

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var taskId = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings")[0].GetProperty("taskId").GetGuid();
        var task = await client.GetFromJsonAsync<JsonElement>($"/api/supervision/tasks/{taskId}");
        Assert.Equal("桥梓村", task.GetProperty("task").GetProperty("leadUnit").GetString());
        Assert.Equal("督导检查发现", task.GetProperty("task").GetProperty("sourceName").GetString());

        var again = await client.PostAsJsonAsync($"/api/supervision/inspections/{id}/record", new { heldOn = "2026-02-11", summary = "再记" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
