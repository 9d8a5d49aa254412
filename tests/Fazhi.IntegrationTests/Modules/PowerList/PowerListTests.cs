using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.PowerList;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.PowerList;

/// <summary>
/// 权责清单: the initial list loaded as version 1, adjustments taken step by step in order and applied only on
/// publication, the figures judged by date from the version history, the ledger both ways, the pages and the portal.
/// </summary>
public sealed class PowerListTests : IDisposable
{
    private const string Town = FazhiFactory.TownA;
    private const string Header = "序号,事项编码,事项名称,子项,权力类型,实施依据,责任事项,追责情形,实施主体,承办机构,履职类别,施行日期,状态,版本\n";
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<HttpClient> ClientAsync() => _factory.TokenClientAsync(Town, Roles.LegalOffice);

    private static string Row(int n, string code, string type, string name, string category = "基本履职事项", string effectiveOn = "2023-01-01") =>
        $"{n},{code},{name},,{type},《中华人民共和国行政处罚法》第{n}条,受理、审查、决定、送达、执行,不依法履行职责的依法追责,某镇人民政府,镇综合行政执法办,{category},{effectiveOn},有效,\n";

    /// <summary>Five items in force from 2023: two penalties, an inspection, a licence, a confirmation (one 配合履职事项).</summary>
    private static async Task LoadAsync(HttpClient client)
    {
        var csv = Header + Row(1, "CF001", "行政处罚", "对占道经营的行政处罚") + Row(2, "CF002", "行政处罚", "对乱张贴的行政处罚")
            + Row(3, "JC001", "行政检查", "对燃气经营的行政检查", "配合履职事项") + Row(4, "XK001", "行政许可", "乡村建设规划许可")
            + Row(5, "QR001", "行政确认", "低保资格确认");
        var response = await client.PostAsync("/api/power-list/items/import", Csv(csv));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
    }

    private async Task<decimal?> FigureAsync(string key, int year)
    {
        var reader = await _factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        var figure = await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}?region={Town}&year={year}");
        return figure.GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, string triggeredOn = "2025-03-03")
    {
        var response = await client.PostAsJsonAsync("/api/power-list/adjustments", new
        {
            title = "因执法职权调整修改清单",
            trigger = "赋权或收回",
            triggerDescription = "县政府公布镇街综合行政执法职权调整事项目录",
            triggeredOn,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("adjustment").GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ChangeAsync(HttpClient client, Guid id, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync($"/api/power-list/adjustments/{id}/changes", body);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid id, string step, string on, bool? passed = null, string? effectiveOn = null) =>
        await client.PostAsJsonAsync($"/api/power-list/adjustments/{id}/steps", new
        {
            step,
            on,
            by = step == "审核" ? "镇编办、镇司法所" : step == "审定" ? "镇党委会议" : "镇司法所",
            opinion = step == "审核" ? "依据充分" : null,
            passed,
            effectiveOn,
        });

    /// <summary>The adjustment of the tests: adds CF003, changes CF001's handler, cancels CF002; all steps in 2025, in force from 2025-04-01.</summary>
    private static async Task<Guid> PublishedAdjustmentAsync(HttpClient client)
    {
        var id = await RegisterAsync(client);
        await ChangeAsync(client, id, new
        {
            kind = "新增",
            item = new
            {
                code = "CF003",
                name = "对违法建设的行政处罚",
                type = "行政处罚",
                basis = "《中华人民共和国城乡规划法》第六十五条",
                responsibilities = "立案、调查、决定、执行",
                accountability = "不依法履行职责的依法追责",
                authority = "某镇人民政府",
                handler = "镇综合行政执法办",
                category = "基本履职事项",
            },
        });
        await ChangeAsync(client, id, new { kind = "变更", item = new { code = "CF001", handler = "镇城市管理办" }, reason = "承办机构调整" });
        await ChangeAsync(client, id, new { kind = "取消", item = new { code = "CF002" }, reason = "县级部门收回" });
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "提出", "2025-03-10")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "审核", "2025-03-14", passed: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "审定", "2025-03-20")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "公布", "2025-03-25", effectiveOn: "2025-04-01")).StatusCode);
        return id;
    }

    private static async Task<JsonElement> ItemAsync(HttpClient client, string code)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/power-list/items?q={code}&status=全部");
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();
        return await client.GetFromJsonAsync<JsonElement>($"/api/power-list/items/{id}");
    }

    [Fact]
    public async Task Items_Import_WithBadRows_StoresNothing_ReportsEveryBadRow_AndTheExportImportsBackWithTheSameColumns()
    {
        var client = await ClientAsync();
        var bad = Header + Row(1, "CF001", "行政处罚", "对占道经营的行政处罚")
            + Row(2, "CF001", "行政处罚", "重复编码的事项")
            + Row(3, "JC001", "行政审批", "类型不对的事项")
            + "4,QR001,缺依据的事项,,行政确认,没有书名号,受理,追责,某镇人民政府,镇社会事务办,,2023-01-01,已取消,\n"
            + Row(5, "XK001", "行政许可", "未来施行的事项", effectiveOn: "2026-05-01");
        var response = await client.PostAsync("/api/power-list/items/import", Csv(bad));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("事项编码CF001已在本镇权责清单中", errors.GetProperty("row3")[0].GetString());
        Assert.Contains("请选择权力类型", errors.GetProperty("row4")[0].GetString());
        var row5 = string.Join("|", errors.GetProperty("row5").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("实施依据应写明法律法规名称", row5);
        Assert.Contains("导入的初始清单事项应为“有效”", row5);
        Assert.Contains("施行日期不能晚于今天", errors.GetProperty("row6")[0].GetString());
        Assert.False(errors.TryGetProperty("row2", out _));
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/power-list/items?status=全部")).GetProperty("total").GetInt32());

        await LoadAsync(client);
        var item = await ItemAsync(client, "JC001");
        Assert.Equal(1, item.GetProperty("item").GetProperty("version").GetInt32());
        Assert.Equal("配合履职事项", item.GetProperty("item").GetProperty("categoryName").GetString());
        Assert.Single(item.GetProperty("versions").EnumerateArray());

        var other = await _factory.TokenClientAsync(FazhiFactory.TownB, Roles.LegalOffice);
        var imported = await other.PostAsync("/api/power-list/items/import", Xlsx(await client.GetByteArrayAsync("/api/power-list/items/export.xlsx")));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var copied = await other.GetFromJsonAsync<JsonElement>("/api/power-list/items?sort=code");
        Assert.Equal(5, copied.GetProperty("total").GetInt32());
        Assert.Equal("对占道经营的行政处罚", copied.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal("2023-01-01", copied.GetProperty("items")[0].GetProperty("effectiveOn").GetString());
    }

    [Fact]
    public async Task Adjustment_Publication_BeforeApproval_IsRefused_CitingTheGuidance()
    {
        var client = await ClientAsync();
        await LoadAsync(client);
        var id = await RegisterAsync(client);
        await ChangeAsync(client, id, new { kind = "取消", item = new { code = "CF002" }, reason = "县级部门收回" });

        var early = await StepAsync(client, id, "公布", "2025-03-25", effectiveOn: "2025-04-01");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var problem = await early.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("尚未经党委政府审定", problem.GetProperty("detail").GetString());
        Assert.Equal(Fazhi.Modules.PowerList.Domain.PowerItem.Guidance, problem.GetProperty("legalBasis").GetString());

        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(client, id, "审定", "2025-03-20")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(client, id, "审核", "2025-03-14", passed: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "提出", "2025-03-10")).StatusCode);
        var approve = await StepAsync(client, id, "审定", "2025-03-20");
        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Contains("尚未经编办、司法所审核通过", (await approve.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        // Nothing applied: CF002 is still in force, in its first version.
        var item = await ItemAsync(client, "CF002");
        Assert.Equal("有效", item.GetProperty("item").GetProperty("statusName").GetString());
        Assert.Equal(1, item.GetProperty("item").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Adjustment_Publication_AppliesTheChanges_AsNewVersions_EffectiveFromTheEffectiveDate_WithTheDiffPerVersion()
    {
        var client = await ClientAsync();
        await LoadAsync(client);
        var id = await PublishedAdjustmentAsync(client);

        var details = await client.GetFromJsonAsync<JsonElement>($"/api/power-list/adjustments/{id}");
        Assert.Equal("已公布", details.GetProperty("adjustment").GetProperty("statusName").GetString());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("nextStep").ValueKind);
        Assert.Equal(["登记", "提出", "审核", "审定", "公布"], details.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kindName").GetString()!).ToArray());
        var change = details.GetProperty("changes")[1];
        Assert.Equal("变更", change.GetProperty("kindName").GetString());
        var diff = Assert.Single(change.GetProperty("diff").EnumerateArray());
        Assert.Equal(("承办机构", "镇综合行政执法办", "镇城市管理办"),
            (diff.GetProperty("field").GetString(), diff.GetProperty("old").GetString(), diff.GetProperty("new").GetString()));

        var changed = await ItemAsync(client, "CF001");
        Assert.Equal(2, changed.GetProperty("item").GetProperty("version").GetInt32());
        Assert.Equal("2025-04-01", changed.GetProperty("item").GetProperty("effectiveOn").GetString());
        var newest = changed.GetProperty("versions")[0];
        Assert.Equal(2, newest.GetProperty("number").GetInt32());
        Assert.Equal("因执法职权调整修改清单", newest.GetProperty("adjustmentTitle").GetString());
        Assert.Equal("镇综合行政执法办", Assert.Single(newest.GetProperty("changes").EnumerateArray()).GetProperty("old").GetString());
        Assert.Equal("镇综合行政执法办", changed.GetProperty("versions")[1].GetProperty("fields").EnumerateArray().First(f => f.GetProperty("field").GetString() == "承办机构").GetProperty("new").GetString());

        var cancelled = await ItemAsync(client, "CF002");
        Assert.Equal("已取消", cancelled.GetProperty("item").GetProperty("statusName").GetString());
        Assert.Equal("县级部门收回", cancelled.GetProperty("versions")[0].GetProperty("note").GetString());
        var added = await ItemAsync(client, "CF003");
        Assert.Equal(1, added.GetProperty("item").GetProperty("version").GetInt32());
        Assert.Equal(3, (await client.GetFromJsonAsync<JsonElement>("/api/power-list/items?type=行政处罚&status=全部")).GetProperty("total").GetInt32());

        // Once published the adjustment takes no more steps and no more changes.
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(client, id, "公布", "2025-03-26", effectiveOn: "2025-04-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/power-list/adjustments/{id}/changes", new { kind = "取消", item = new { code = "XK001" }, reason = "再取消" })).StatusCode);
    }

    [Fact]
    public async Task Adjustment_NegativeReview_ReturnsItToTheProposal_WhereChangesMayBeAddedAgain()
    {
        var client = await ClientAsync();
        await LoadAsync(client);
        var id = await RegisterAsync(client);
        var refused = await StepAsync(client, id, "提出", "2025-03-10");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("至少包含一项", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        await ChangeAsync(client, id, new { kind = "变更", item = new { code = "XK001", name = "乡村建设规划许可证核发" } });
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "提出", "2025-03-10")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/power-list/adjustments/{id}/changes", new { kind = "取消", item = new { code = "QR001" }, reason = "收回" })).StatusCode);

        var back = await (await StepAsync(client, id, "审核", "2025-03-14", passed: false)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("待提出方案", back.GetProperty("adjustment").GetProperty("statusName").GetString());
        Assert.Equal("提出", back.GetProperty("nextStep").GetString());
        Assert.False(back.GetProperty("steps")[2].GetProperty("passed").GetBoolean());
        await ChangeAsync(client, id, new { kind = "取消", item = new { code = "QR001" }, reason = "收回" });
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "提出", "2025-03-17")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "审核", "2025-03-18", passed: true)).StatusCode);
    }

    [Fact]
    public async Task Adjustment_StepDates_NotInTheFuture_NotBeforeThePreviousStep_AndTheEffectiveDateNotBeforePublication()
    {
        var client = await ClientAsync();
        await LoadAsync(client);
        var id = await RegisterAsync(client);
        await ChangeAsync(client, id, new { kind = "取消", item = new { code = "CF002" }, reason = "县级部门收回" });

        static async Task<string> Error(HttpResponseMessage response, string field)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString()!;
        }

        Assert.Equal("提出日期不能晚于今天", await Error(await StepAsync(client, id, "提出", "2026-03-03"), "on"));
        Assert.Equal("提出日期不能早于上一步骤（登记，2025-03-03）", await Error(await StepAsync(client, id, "提出", "2025-02-28"), "on"));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "提出", "2025-03-10")).StatusCode);
        Assert.Equal("请注明审核是否通过", await Error(await StepAsync(client, id, "审核", "2025-03-14"), "passed"));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "审核", "2025-03-14", passed: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(client, id, "审定", "2025-03-20")).StatusCode);
        Assert.Equal("施行日期不能早于公布日期（2025-03-25）", await Error(await StepAsync(client, id, "公布", "2025-03-25", effectiveOn: "2025-03-24"), "effectiveOn"));
        Assert.Equal("请选择启动情形（法律法规立改废、赋权或收回、机构职能调整、评估）",
            await Error(await client.PostAsJsonAsync("/api/power-list/adjustments", new { title = "调整", trigger = "领导交办", triggerDescription = "说明", triggeredOn = "2025-03-03" }), "trigger"));
    }

    [Fact]
    public async Task Adjustment_DueDate_IsThirtyWorkingDaysAfterTheTrigger_AndAnOpenOneOverdueIsShownRed()
    {
        var client = await ClientAsync();
        await LoadAsync(client);
        var open = await RegisterAsync(client);
        // 2025-03-03 + 30 working days: 清明 (4–6 April 2025) is skipped.
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/power-list/adjustments/{open}");
        Assert.Equal("2025-04-15", details.GetProperty("adjustment").GetProperty("dueOn").GetString());
        Assert.True(details.GetProperty("adjustment").GetProperty("overdue").GetBoolean());
        var published = await PublishedAdjustmentAsync(client);
        Assert.False((await client.GetFromJsonAsync<JsonElement>($"/api/power-list/adjustments/{published}")).GetProperty("adjustment").GetProperty("overdue").GetBoolean());

        var page = await (await _factory.ClientWithPermissionsAsync(Town, PowerListPermissions.Read)).GetStringAsync("/power-list/adjustments");
        Assert.Contains("text-danger fw-bold overdue\">2025-04-15（已逾期）", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "已逾期"));
    }

    [Fact]
    public async Task Items_InForce_OnThePeriodEnd_CountACancelledItemInTheYearsBeforeItsCancellation()
    {
        var client = await ClientAsync();
        await LoadAsync(client);
        await PublishedAdjustmentAsync(client);

        // 2024: the five items loaded in 2023. 2025: CF002 cancelled and CF003 added from 2025-04-01 → 5.
        Assert.Null(await FigureAsync("power_list.items", 2022));
        Assert.Equal(5m, await FigureAsync("power_list.items", 2024));
        Assert.Equal(2m, await FigureAsync("power_list.items.penalty", 2024));
        Assert.Equal(5m, await FigureAsync("power_list.items", 2025));
        Assert.Equal(2m, await FigureAsync("power_list.items.penalty", 2025));
        Assert.Equal(1m, await FigureAsync("power_list.items.licensing", 2025));
        Assert.Null(await FigureAsync("power_list.items.levy", 2025));
        Assert.Equal(4m, await FigureAsync("power_list.duty_items.basic", 2024));
        Assert.Equal(1m, await FigureAsync("power_list.duty_items.cooperation", 2024));

        var reader = await _factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        var records = (await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/power_list.items/records?region={Town}&year=2024")).GetProperty("items");
        Assert.Contains(records.EnumerateArray(), r => r.GetProperty("label").GetString()!.StartsWith("CF002 对乱张贴的行政处罚", StringComparison.Ordinal));
        records = (await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/power_list.items/records?region={Town}&year=2025")).GetProperty("items");
        Assert.DoesNotContain(records.EnumerateArray(), r => r.GetProperty("label").GetString()!.StartsWith("CF002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Figures_Adjustments_CountThePublishedOnesInTheYear_WithTheirAddedCancelledAndChangedItems()
    {
        var client = await ClientAsync();
        await LoadAsync(client);
        await PublishedAdjustmentAsync(client);
        var open = await RegisterAsync(client, "2025-06-02");
        await ChangeAsync(client, open, new { kind = "取消", item = new { code = "XK001" }, reason = "不再实施" });

        Assert.Equal(1m, await FigureAsync("power_list.adjustments", 2025));
        Assert.Equal(1m, await FigureAsync("power_list.items_added", 2025));
        Assert.Equal(1m, await FigureAsync("power_list.items_cancelled", 2025));
        Assert.Equal(1m, await FigureAsync("power_list.items_changed", 2025));
        Assert.Null(await FigureAsync("power_list.adjustments", 2024));
        var reader = await _factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        var record = (await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/power_list.adjustments/records?region={Town}&year=2025")).GetProperty("items")[0];
        Assert.Equal("2025-03-25公布 因执法职权调整修改清单：新增1项、取消1项、变更1项", record.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Change_OfAnUnknownOrCancelledItem_OrAnAddWithAnExistingCode_IsRefused()
    {
        var client = await ClientAsync();
        await LoadAsync(client);
        await PublishedAdjustmentAsync(client);
        var id = await RegisterAsync(client, "2025-06-02");
        static string Error(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

        Assert.Equal("本镇权责清单中没有编码为ZZ999的事项", Error(await ChangeAsync(client, id, new { kind = "变更", item = new { code = "ZZ999", name = "x" } }, HttpStatusCode.BadRequest), "code"));
        Assert.Equal("事项CF002“对乱张贴的行政处罚”已取消", Error(await ChangeAsync(client, id, new { kind = "取消", item = new { code = "CF002" }, reason = "x" }, HttpStatusCode.BadRequest), "code"));
        Assert.Contains("新增事项应使用新编码", Error(await ChangeAsync(client, id, new { kind = "新增", item = new { code = "CF001" } }, HttpStatusCode.BadRequest), "code"));
        Assert.Equal("请填写取消理由", Error(await ChangeAsync(client, id, new { kind = "取消", item = new { code = "CF001" } }, HttpStatusCode.BadRequest), "reason"));
        Assert.Contains("与现行版本相同", Error(await ChangeAsync(client, id, new { kind = "变更", item = new { code = "CF001", handler = "镇城市管理办" } }, HttpStatusCode.BadRequest), "name"));
        await ChangeAsync(client, id, new { kind = "取消", item = new { code = "CF001" }, reason = "不再实施" });
        Assert.Contains("同一事项只调整一次", Error(await ChangeAsync(client, id, new { kind = "变更", item = new { code = "CF001", name = "新名称" } }, HttpStatusCode.BadRequest), "code"));
    }

    [Fact]
    public async Task Portal_ShowsTheCurrentList_AndAPublishedAdjustmentsDiffOldToNew_AndAnUnpublishedAdjustmentIsNotFound()
    {
        var client = await ClientAsync();
        await LoadAsync(client);
        var published = await PublishedAdjustmentAsync(client);
        var open = await RegisterAsync(client, "2025-06-02");
        var anonymous = _factory.CreateClient();

        var list = await anonymous.GetStringAsync($"/portal/power-list/{Town}");
        Assert.Contains("对违法建设的行政处罚", list);
        Assert.DoesNotContain("对乱张贴的行政处罚", list);
        Assert.Contains($"/portal/power-list/{Town}/adjustments/{published}", list);
        Assert.DoesNotContain(open.ToString(), list);

        var diff = await anonymous.GetStringAsync($"/portal/power-list/{Town}/adjustments/{published}");
        var text = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(diff, @"<[^>]+>|\s+", ""));
        Assert.Contains("承办机构：镇综合行政执法办→镇城市管理办", text);
        Assert.Contains("状态：有效→已取消", text);
        Assert.Contains("<del>镇综合行政执法办</del>", diff);
        Assert.Contains("新增1项、取消1项、变更1项", diff);
        Assert.DoesNotContain(published.ToString(), diff.Replace($"/adjustments/{published}", "", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/portal/power-list/{Town}/adjustments/{open}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/portal/power-list/{FazhiFactory.TownB}/adjustments/{published}")).StatusCode);
        Assert.Contains("/portal/power-list", await anonymous.GetStringAsync("/portal"));
    }

    [Fact]
    public async Task Pages_RegisterAnAdjustment_AddAChange_TakeTheStepsThroughTheForms_AndListTheItems()
    {
        var api = await ClientAsync();
        await LoadAsync(api);
        var client = await _factory.SignedInClientAsync(await _factory.CreateUserAsync(Town, Roles.LegalOffice));
        var refused = await FazhiFactory.PostFormAsync(client, "/power-list/adjustments/new", new() { ["Form.Title"] = "", ["Form.Trigger"] = "LawChange", ["Form.TriggeredOn"] = "2025-03-03" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请填写调整事项", await refused.Content.ReadAsStringAsync());

        var created = await FazhiFactory.PostFormAsync(client, "/power-list/adjustments/new", new()
        {
            ["Form.Title"] = "因《行政处罚法》修订调整",
            ["Form.Trigger"] = "LawChange",
            ["Form.TriggerDescription"] = "《行政处罚法》修订",
            ["Form.TriggeredOn"] = "2025-03-03",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        var change = await FazhiFactory.PostFormAsync(client, path + "?handler=change", new()
        {
            ["Change.Kind"] = "Change",
            ["Change.Code"] = "CF001",
            ["Change.Basis"] = "《中华人民共和国行政处罚法》第二十四条",
        }, path);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        var early = await FazhiFactory.PostFormAsync(client, path + "?handler=step", new() { ["Step.Step"] = "公布", ["Step.On"] = "2025-03-25", ["Step.EffectiveOn"] = "2025-04-01" }, path);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains(Fazhi.Modules.PowerList.Domain.PowerItem.Guidance, await early.Content.ReadAsStringAsync());
        foreach (var (step, on, passed) in new[] { ("提出", "2025-03-10", ""), ("审核", "2025-03-14", "true"), ("审定", "2025-03-20", "") })
        {
            var fields = new Dictionary<string, string> { ["Step.Step"] = step, ["Step.On"] = on, ["Step.By"] = "镇司法所", ["Step.Opinion"] = "同意" };
            if (passed.Length > 0)
            {
                fields["Step.Passed"] = passed;
            }

            Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, path + "?handler=step", fields, path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, path + "?handler=step",
            new() { ["Step.Step"] = "公布", ["Step.On"] = "2025-03-25", ["Step.EffectiveOn"] = "2025-04-01" }, path)).StatusCode);
        var page = await client.GetStringAsync(path);
        Assert.Contains("已公布", page);
        Assert.Contains("<del class=\"text-danger\">《中华人民共和国行政处罚法》第1条</del>", page);

        var list = await client.GetStringAsync("/power-list?type=Penalty&sort=-code");
        Assert.True(list.IndexOf("CF002", StringComparison.Ordinal) < list.IndexOf("CF001", StringComparison.Ordinal));
        Assert.DoesNotContain("JC001", list);
        Assert.Contains("排序方式应为", await (await client.GetAsync("/power-list?sort=bogus")).Content.ReadAsStringAsync());
        var item = await ItemAsync(api, "CF001");
        var detail = await client.GetStringAsync($"/power-list/items/{item.GetProperty("item").GetProperty("id").GetGuid()}");
        Assert.Contains("第2版", detail);
        Assert.Contains("因《行政处罚法》修订调整", detail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/power-list/adjustments")).StatusCode);
    }

    private static MultipartFormDataContent Csv(string text)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "权责清单.csv");
        return content;
    }

    private static MultipartFormDataContent Xlsx(byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "权责清单.xlsx");
        return content;
    }
}
