using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Emergency;

/// <summary>The plan and drill ledgers both ways (all or nothing, every bad row reported), and the pages in Chinese.</summary>
public sealed class EmergencyLedgerAndPageTests : IDisposable
{
    private const string Town = FazhiFactory.TownA;
    private const string PlanHeader = "预案名称,预案类别,编制单位,立项日期,开始编制日期,风险评估,应急资源调查,征求意见日期,审批日期,审批机关,公布日期,印发文号,备案日期,备案机关,培训宣传日期\n";
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
    public async Task Ledger_PlanImportWithBadRows_ReportsEveryRow_WithTheLegalBasis_AndStoresNothing()
    {
        var client = await _factory.TokenClientAsync(Town, Roles.Emergency);
        const string Good = "好的预案,专项应急预案,镇应急办,2025-01-06,2025-01-10,风险评估,资源调查,2025-02-10,2025-03-10,镇党政联席会议,2025-03-20,常府〔2025〕1号,2025-03-30,东莞市应急管理局,2025-04-15\n";
        var cells = PlanHeader + Good + "类别不对,随便预案,镇应急办,2025-01-06,,,,,,,,,,,\n" + ",专项应急预案,镇应急办,2025-01-06,,,,,,,,,,,\n";

        var response = await client.PostAsync("/api/emergency/plans/import", File(Encoding.UTF8.GetBytes(cells), "plans.csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("整个文件未导入", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains("类别", Row(errors, 3));
        Assert.Contains("不能为空", Row(errors, 4));

        // Rows whose cells parse go through the lifecycle gates: every refused row is listed, with the article.
        var gated = PlanHeader + Good
            + "未征求意见即审批,部门应急预案,镇卫生健康局,2025-01-06,2025-01-10,风险评估,资源调查,,2025-03-10,镇党政联席会议,,,,,\n"
            + "日期倒置,专项应急预案,镇应急办,2025-05-06,2025-05-01,风险评估,资源调查,,,,,,,,\n"
            + "未来公布,专项应急预案,镇应急办,2025-01-06,2025-01-10,风险评估,资源调查,2025-02-10,2025-03-10,镇党政联席会议,2026-06-01,常府〔2026〕1号,,,\n";
        var second = await client.PostAsync("/api/emergency/plans/import", File(Encoding.UTF8.GetBytes(gated), "plans.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var gateErrors = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var gate = Row(gateErrors, 3);
        Assert.Contains("审批日期", gate);
        Assert.Contains("应当先征求", gate);
        Assert.Contains("突发事件应对法", gate);
        Assert.Contains("不能早于2025-05-06", Row(gateErrors, 4));
        Assert.Contains("日期不能晚于今天", Row(gateErrors, 5));
        var list = await client.GetFromJsonAsync<JsonElement>("/api/emergency/plans?q=好的预案");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Ledger_PlansAndDrills_ExportAndImportBackUnchanged()
    {
        var client = await _factory.TokenClientAsync(Town, Roles.Emergency);
        var csv = PlanHeader
            + "防汛防旱防风专项应急预案,专项应急预案,镇应急办,2025-01-06,2025-01-10,风险评估,资源调查,2025-02-10,2025-03-10,镇党政联席会议,2025-03-20,常府〔2025〕1号,2025-03-30,东莞市应急管理局,2025-04-15\n"
            + "桥梓村突发事件应急预案,基层应急预案（村居、企业）,桥梓村,2025-02-03,2025-02-05,风险评估,资源调查,2025-03-01,,,,,,,\n";
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/emergency/plans/import", File(Encoding.UTF8.GetBytes(csv), "plans.csv"))).StatusCode);
        var drills = "预案名称,演练名称,演练方式,演练日期,组织单位,参演人数,演练地点,发现的问题\n"
            + "防汛防旱防风专项应急预案,2025年防汛抢险演练,实战演练,2025-05-20,镇应急办,120,寒溪河堤,转移名单未更新\n";
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/emergency/drills/import", File(Encoding.UTF8.GetBytes(drills), "drills.csv"))).StatusCode);
        var badDrill = "预案名称,演练名称,演练方式,演练日期,组织单位,参演人数,演练地点,发现的问题\n"
            + "桥梓村突发事件应急预案,村级演练,桌面推演,2025-05-20,桥梓村,30,,\n"
            + "不存在的预案,演练,桌面推演,2025-05-20,桥梓村,30,,\n";
        var refused = await client.PostAsync("/api/emergency/drills/import", File(Encoding.UTF8.GetBytes(badDrill), "drills.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedErrors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("预案公布后方可组织演练", Row(refusedErrors, 2));
        Assert.Contains("未找到名为“不存在的预案”的预案", Row(refusedErrors, 3));

        var planXlsx = await client.GetByteArrayAsync("/api/emergency/plans/export.xlsx");
        var drillXlsx = await client.GetByteArrayAsync("/api/emergency/drills/export.xlsx");

        // Into another town's empty ledger: the same rows come back through the same gates.
        var other = await _factory.TokenClientAsync(FazhiFactory.TownB, Roles.Emergency);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/emergency/plans/import", File(planXlsx, "应急预案台账.xlsx"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/emergency/drills/import", File(drillXlsx, "应急演练台账.xlsx"))).StatusCode);
        var again = await other.GetByteArrayAsync("/api/emergency/plans/export.xlsx");
        Assert.Equal(await RowsAsync(planXlsx), await RowsAsync(again));
        Assert.Equal(await RowsAsync(drillXlsx), await RowsAsync(await other.GetByteArrayAsync("/api/emergency/drills/export.xlsx")));
        var plan = (await other.GetFromJsonAsync<JsonElement>("/api/emergency/plans?q=防汛")).GetProperty("items")[0];
        Assert.Equal("已培训宣传", plan.GetProperty("statusName").GetString());
        Assert.Equal("2025-05-20", plan.GetProperty("lastDrilledOn").GetString());
    }

    [Fact]
    public async Task Ledger_Patrols_ReportEveryBadRow_ThenExportAndImportBackUnchanged()
    {
        var client = await _factory.TokenClientAsync(Town, Roles.Emergency);
        const string Header = "巡查部位,部位类别,巡查日期,巡查人员,发现的问题,整改期限,整改完成日期,整改情况\n";
        const string Good = "火车站广场,人员密集场所,2025-07-02,专职安全员,消防通道堵塞,2025-07-12,2025-07-10,已清理\n"
            + "隔离酒店,防疫隔离场所,2025-07-09,专职安全员,,,,\n";
        var bad = Header + Good
            + "农贸市场,人员密集场所,2025-07-09,专职安全员,灭火器过期,2025-07-08,,\n"
            + "化工仓库,危险化学品场所,2025-07-09,专职安全员,,,2025-07-10,已整改\n"
            + "施工工地,建筑施工工地,2025-07-09,专职安全员,脚手架松动,2025-07-19,2025-07-01,已加固\n";

        var refused = await client.PostAsync("/api/emergency/patrols/import", File(Encoding.UTF8.GetBytes(bad), "patrols.csv"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("整改期限应晚于巡查日期", Row(errors, 4));
        Assert.Contains("未发现需限期整改的隐患", Row(errors, 5));
        Assert.Contains("整改完成日期不能早于巡查日期2025-07-09", Row(errors, 6));
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/emergency/patrols")).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/emergency/patrols/import", File(Encoding.UTF8.GetBytes(Header + Good), "patrols.csv"))).StatusCode);
        var xlsx = await client.GetByteArrayAsync("/api/emergency/patrols/export.xlsx");
        var other = await _factory.TokenClientAsync(FazhiFactory.TownB, Roles.Emergency);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/emergency/patrols/import", File(xlsx, "安全巡查台账.xlsx"))).StatusCode);
        Assert.Equal(await RowsAsync(xlsx), await RowsAsync(await other.GetByteArrayAsync("/api/emergency/patrols/export.xlsx")));
    }

    [Fact]
    public async Task Ledger_Supplies_ReportEveryBadRow_ThenExportAndImportBackUnchanged()
    {
        var client = await _factory.TokenClientAsync(Town, Roles.Emergency);
        const string Header = "物资名称,计量单位,每单位保障人数,存放地点,登记日期,现有数量,最近盘点日期\n";
        const string Good = "帐篷,顶,4,镇应急物资仓库,2025-03-01,125,2025-08-01\n" + "瓶装饮用水,箱,0.5,镇应急物资仓库,2025-03-01,900,\n";
        var bad = Header + Good
            + "帐篷,顶,4,镇应急物资仓库,2025-03-01,10,\n"
            + "救生衣,件,0,镇应急物资仓库,2025-03-01,480,\n";

        var refused = await client.PostAsync("/api/emergency/supplies/import", File(Encoding.UTF8.GetBytes(bad), "supplies.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("应为大于0的数", Row(errors, 5));

        var duplicate = Header + Good + "帐篷,顶,4,镇应急物资仓库,2025-03-01,10,\n" + "折叠床,张,1,镇应急物资仓库,2026-05-01,500,\n";
        var second = await client.PostAsync("/api/emergency/supplies/import", File(Encoding.UTF8.GetBytes(duplicate), "supplies.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var gateErrors = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("物资“帐篷”已登记", Row(gateErrors, 4));
        Assert.Contains("登记日期不能晚于今天", Row(gateErrors, 5));
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/emergency/supplies")).GetProperty("lines").EnumerateArray());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/emergency/supplies/import", File(Encoding.UTF8.GetBytes(Header + Good), "supplies.csv"))).StatusCode);
        var overview = await client.GetFromJsonAsync<JsonElement>("/api/emergency/supplies");
        Assert.Equal(450, overview.GetProperty("personsCovered").GetInt32());
        var xlsx = await client.GetByteArrayAsync("/api/emergency/supplies/export.xlsx");
        var other = await _factory.TokenClientAsync(FazhiFactory.TownB, Roles.Emergency);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/emergency/supplies/import", File(xlsx, "应急物资台账.xlsx"))).StatusCode);
        Assert.Equal(await RowsAsync(xlsx), await RowsAsync(await other.GetByteArrayAsync("/api/emergency/supplies/export.xlsx")));
    }

    private static string Row(JsonElement errors, int row) =>
        errors.TryGetProperty($"row{row}", out var messages) ? string.Join("；", messages.EnumerateArray().Select(m => m.GetString())) : $"no row{row} in {errors}";

    private static async Task<string> RowsAsync(byte[] xlsx)
    {
        await using var stream = new MemoryStream(xlsx);
        var rows = await MiniExcelLibs.MiniExcel.QueryAsync(stream, useHeaderRow: false);
        return string.Join("\n", rows.Select(r => string.Join("|", ((IDictionary<string, object?>)r).Values)));
    }

    [Fact]
    public async Task Pages_PlanFormInChinese_CreatesThePlan_AndAStepIsRefusedOnThePageWithItsBasis()
    {
        var login = await _factory.CreateUserAsync(Town, Roles.Emergency, Roles.Leader);
        var client = await _factory.SignedInClientAsync(login);

        var form = await client.GetStringAsync("/emergency/plans/new");
        Assert.Contains("预案立项", form);
        Assert.Contains("专项应急预案", form);
        var created = await FazhiFactory.PostFormAsync(client, "/emergency/plans/new", new()
        {
            ["Title"] = "燃气事故专项应急预案",
            ["Class"] = "Specialised",
            ["OwnerUnit"] = "镇应急管理办公室",
            ["PlannedOn"] = "2025-02-03",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;

        var refused = await FazhiFactory.PostFormAsync(client, path + "?handler=step", new()
        {
            ["Step"] = "approve",
            ["Input.On"] = "2025-03-03",
            ["Input.Text"] = "镇党政联席会议",
        }, path);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("应当先征求有关部门、单位和专家的意见", page);
        Assert.Contains("法律依据：", page);
        Assert.Contains("突发事件应对法", page);

        var step = await FazhiFactory.PostFormAsync(client, path + "?handler=step", new()
        {
            ["Step"] = "draft",
            ["Input.On"] = "2025-02-10",
            ["Input.Text"] = "辨识洪涝、燃气泄漏风险",
            ["Input.Second"] = "摸清抢险队伍和物资",
        }, path);
        Assert.Equal(HttpStatusCode.Redirect, step.StatusCode);
        var detail = await client.GetStringAsync(path);
        Assert.Contains("编制中", detail);
        Assert.Contains("征求意见", detail);

        var list = await client.GetStringAsync("/emergency?q=燃气&sort=title");
        Assert.Contains("燃气事故专项应急预案", list);
        Assert.DoesNotContain("emergency.", list);
        Assert.DoesNotContain("law.md", list);
        foreach (var other in new[] { "/emergency/drills", "/emergency/supplies", "/emergency/patrols" })
        {
            var html = await client.GetStringAsync(other);
            Assert.DoesNotContain("[U]", html);
            Assert.DoesNotContain("emergency.", html);
        }

        Assert.Contains("储备标准：500人（默认标准）", await client.GetStringAsync("/emergency/supplies"));
        var badSort = await client.GetAsync("/emergency?sort=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Contains("排序方式应为", await badSort.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_PatrolWithAHazard_IsRectifiedFromTheList()
    {
        var login = await _factory.CreateUserAsync(Town, Roles.Emergency);
        var client = await _factory.SignedInClientAsync(login);

        var recorded = await FazhiFactory.PostFormAsync(client, "/emergency/patrols?handler=record", new()
        {
            ["Input.Site"] = "镇中心农贸市场",
            ["Input.SiteKind"] = "Crowded",
            ["Input.PatrolledOn"] = "2026-02-10",
            ["Input.Inspectors"] = "专职安全员",
            ["Input.Findings"] = "灭火器过期",
            ["Input.RectifyBy"] = "2026-02-20",
        }, "/emergency/patrols");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var open = await client.GetFromJsonAsync<JsonElement>("/api/emergency/patrols?hazard=overdue");
        Assert.Equal(1, open.GetProperty("total").GetInt32());
        var id = open.GetProperty("items")[0].GetProperty("id").GetString()!;

        var early = await FazhiFactory.PostFormAsync(client, "/emergency/patrols?handler=rectify", new() { ["PatrolId"] = id, ["RectifiedOn"] = "2026-02-09", ["Note"] = "已更换" }, "/emergency/patrols");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("整改完成日期不能早于巡查日期2026-02-10", await early.Content.ReadAsStringAsync());
        var done = await FazhiFactory.PostFormAsync(client, "/emergency/patrols?handler=rectify", new() { ["PatrolId"] = id, ["RectifiedOn"] = "2026-02-18", ["Note"] = "已更换" }, "/emergency/patrols");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/emergency/patrols?hazard=open")).GetProperty("total").GetInt32());
    }
}
