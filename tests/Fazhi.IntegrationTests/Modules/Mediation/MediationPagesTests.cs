using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Mediation;

/// <summary>
/// The staff pages of 矛盾纠纷排查 and 人民调解: they render under the layout, filter, take a step through the form, show a
/// refusal with its article, never show a clear ID number or phone, and carry no developer text. Also the two ledgers'
/// Excel/CSV import (same checks as the forms, every bad row reported, nothing stored from a bad file).
/// </summary>
public sealed class MediationPagesTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private const string ClearId = "11010519491231002X";
    private const string ClearPhone = "13800138000";

    private static readonly string[] DeveloperText = ["law.md", "[U]", "disputes.", "mediation.", "Exception", "TODO"];

    private async Task<HttpClient> PagesAsync(params string[] roles) => await factory.SignedInClientAsync(await factory.CreateUserAsync(FazhiFactory.TownA, roles));

    private Task<HttpClient> ApiAsync() => factory.TokenClientAsync(FazhiFactory.TownA, Roles.LegalOffice, Roles.Leader);

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static void Clean(string html)
    {
        Assert.DoesNotContain(ClearId, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ClearPhone, html, StringComparison.Ordinal);
        foreach (var text in DeveloperText)
        {
            Assert.DoesNotContain(text, html, StringComparison.Ordinal);
        }
    }

    private static async Task<Guid> DisputeAsync(HttpClient api, string title, string risk, string location, string on = "2026-02-02") =>
        (await OkAsync(api.PostAsJsonAsync("/api/disputes", new
        {
            title,
            facts = "两户因排水沟堵塞发生争执",
            type = "Neighbourhood",
            source = "Village",
            risk,
            location,
            on,
            parties = new[] { new { name = "王某", role = "一方当事人", idNumber = (string?)ClearId, phone = (string?)ClearPhone }, new { name = "赵某", role = "另一方当事人", idNumber = (string?)null, phone = (string?)null } },
        }))).GetProperty("id").GetGuid();

    private static async Task<Guid> CommitteeAsync(HttpClient api, string name) =>
        (await OkAsync(api.PostAsJsonAsync("/api/mediation/committees", new
        {
            name,
            kind = "Town",
            establishedOn = "2023-01-03",
            members = new[] { new { name = "甲", position = "主任", female = false }, new { name = "乙", position = "委员", female = true }, new { name = "丙", position = "委员", female = false } },
        }))).GetProperty("id").GetGuid();

    private static async Task<Guid> CaseAsync(HttpClient api, Guid committee, string matter) =>
        (await OkAsync(api.PostAsJsonAsync("/api/mediation/cases", new
        {
            committeeId = committee,
            source = "Application",
            matter,
            facts = "租客与房东就押金退还发生争议",
            disputeType = "合同纠纷",
            on = "2026-02-02",
            parties = new[] { new { name = "孙某", role = "一方当事人", idNumber = (string?)ClearId, phone = (string?)ClearPhone }, new { name = "周某", role = "另一方当事人", idNumber = (string?)null, phone = (string?)null } },
        }))).GetProperty("id").GetGuid();

    [Fact]
    public async Task DisputeList_FiltersByRiskAndVillage_AndSearches_WithPartiesMasked()
    {
        var api = await ApiAsync();
        var major = await DisputeAsync(api, "页面东村重大纠纷", "Major", "东村");
        await DisputeAsync(api, "页面西村一般纠纷", "Ordinary", "西村");
        var client = await PagesAsync(Roles.LegalOffice);

        var filtered = await client.GetStringAsync("/disputes?risk=Major&village=东村");
        Assert.Contains("页面东村重大纠纷", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("页面西村一般纠纷", filtered, StringComparison.Ordinal);
        Assert.Contains("/api/disputes/export.xlsx?risk=Major&amp;village=", filtered, StringComparison.Ordinal);
        var searched = await client.GetStringAsync("/disputes?q=页面西村");
        Assert.Contains("页面西村一般纠纷", searched, StringComparison.Ordinal);
        Assert.DoesNotContain("页面东村重大纠纷", searched, StringComparison.Ordinal);
        Clean(filtered);

        var detail = await client.GetStringAsync($"/disputes/{major}");
        Assert.Contains("110105********002X", detail, StringComparison.Ordinal);
        Assert.Contains("登记时评定为重大风险，即时上报镇领导", detail, StringComparison.Ordinal);
        Assert.Contains("交办责任单位（推送属事部门）", detail, StringComparison.Ordinal);
        Clean(detail);

        var bad = await client.GetAsync("/disputes?risk=极高");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("风险等级应为一般、较大或重大", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisputePage_AssignAndRouteIntoMediationThroughTheForms_ThenResolveIsRefusedWithTheArticle()
    {
        var api = await ApiAsync();
        await CommitteeAsync(api, "页面分流镇人民调解委员会");
        var id = await DisputeAsync(api, "页面分流纠纷", "Ordinary", "中心社区");
        var client = await PagesAsync(Roles.LegalOffice);
        var url = $"/disputes/{id}";

        var missing = await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "assign", ["Input.On"] = "2026-02-03" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Contains("请填写责任单位", missingHtml, StringComparison.Ordinal);
        Assert.Contains("请填写办理时限", missingHtml, StringComparison.Ordinal);

        var assigned = await FazhiFactory.PostFormAsync(client, url, new()
        {
            ["ActionKey"] = "assign",
            ["Input.On"] = "2026-02-03",
            ["Input.ResponsibleUnit"] = "镇城市建设办公室",
            ["Input.ReferToDepartment"] = "true",
            ["Input.DueOn"] = "2026-02-18",
        });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var after = await client.GetStringAsync(url);
        Assert.Contains("镇城市建设办公室（推送属事部门）", after, StringComparison.Ordinal);
        Assert.Contains("2026-02-18", after, StringComparison.Ordinal);

        var routed = await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "route", ["Input.On"] = "2026-02-04", ["Input.Route"] = "Mediation" });
        Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        var routedHtml = await client.GetStringAsync(url);
        Assert.Contains("id=\"mediation-link\"", routedHtml, StringComparison.Ordinal);

        var resolve = await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "resolve", ["Input.On"] = "2026-02-05", ["Input.Resolution"] = "已化解" });
        Assert.Equal(HttpStatusCode.Conflict, resolve.StatusCode);
        var refused = await resolve.Content.ReadAsStringAsync();
        Assert.Contains("调解尚未达成协议", refused, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国人民调解法》第二十八条", refused, StringComparison.Ordinal);
        Clean(refused);
    }

    [Fact]
    public async Task ScreeningRounds_RegisteredOnThePage_ListWhatTheyFound_AndEnd_NotBeforeTheirLastDispute()
    {
        var client = await PagesAsync(Roles.LegalOffice);
        var api = await ApiAsync();
        var unit = "第" + Guid.NewGuid().ToString("N")[..6] + "网格";

        var bad = await FazhiFactory.PostFormAsync(client, "/disputes/rounds", new() { ["Input.Unit"] = unit, ["Input.StartedOn"] = "2099-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("请选择排查层级", badHtml);
        Assert.Contains("请填写排查开始日期（不能晚于今天）", badHtml);

        var created = await FazhiFactory.PostFormAsync(client, "/disputes/rounds", new() { ["Input.Level"] = "Grid", ["Input.Unit"] = unit, ["Input.StartedOn"] = "2026-02-16" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var roundId = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);

        foreach (var (risk, on) in new[] { ("Ordinary", "2026-02-17"), ("Major", "2026-02-24") })
        {
            await OkAsync(api.PostAsJsonAsync("/api/disputes", new
            {
                title = "网格排查发现的纠纷",
                facts = "排查中发现两户因宅基地界址发生争执",
                type = "Neighbourhood",
                source = "Grid",
                risk,
                location = unit,
                on,
                screeningRoundId = roundId,
                parties = new[] { new { name = "钱某", role = "一方当事人", idNumber = (string?)ClearId, phone = (string?)null }, new { name = "孙某", role = "另一方当事人", idNumber = (string?)null, phone = (string?)null } },
            }));
        }

        var list = await client.GetStringAsync($"/disputes/rounds?q={Uri.EscapeDataString(unit)}&level=Grid&year=2026");
        Clean(list);
        Assert.Contains(unit, list);
        Assert.Contains("进行中", list);
        var detail = await client.GetStringAsync(url);
        Clean(detail);
        Assert.Contains("<span id=\"found\">2</span>宗", detail);
        Assert.Contains("重大风险1宗", detail);

        var early = await FazhiFactory.PostFormAsync(client, url, new() { ["Input.EndedOn"] = "2026-02-20" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("本轮已有2026-02-24登记的纠纷，结束日期不能早于该日", await early.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, url, new() { ["Input.EndedOn"] = "2026-02-25", ["Input.Summary"] = "入户走访86户" })).StatusCode);
        var ended = await OkAsync(api.GetAsync($"/api/disputes/rounds/{roundId}"));
        Assert.Equal("2026-02-25", ended.GetProperty("endedOn").GetString());
        Assert.Equal(2, ended.GetProperty("found").GetInt32());
        var again = await api.PostAsJsonAsync($"/api/disputes/rounds/{roundId}/end", new { endedOn = "2026-02-26" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("该轮排查已于2026-02-25结束", await again.Content.ReadAsStringAsync());

        var ledger = await client.GetStringAsync($"/disputes?round={roundId}");
        Assert.Contains("共2宗", ledger);
    }

    [Fact]
    public async Task EscalationsPage_ListsMajorRisks_AndALeaderSignsForOne()
    {
        var api = await ApiAsync();
        var id = await DisputeAsync(api, "页面上报重大纠纷", "Major", "西村");
        var leader = await PagesAsync(Roles.Leader);

        var list = await leader.GetStringAsync("/disputes/escalations");
        Assert.Contains("页面上报重大纠纷", list, StringComparison.Ordinal);
        Clean(list);
        var escalation = (await OkAsync(api.GetAsync($"/api/disputes/{id}"))).GetProperty("escalations")[0].GetProperty("id").GetString()!;

        var signed = await FazhiFactory.PostFormAsync(leader, "/disputes/escalations", new() { ["escalationId"] = escalation, ["instruction"] = "请综治中心三日内稳控化解" });
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Contains("批示：请综治中心三日内稳控化解", await leader.GetStringAsync("/disputes/escalations"), StringComparison.Ordinal);

        var again = await FazhiFactory.PostFormAsync(leader, "/disputes/escalations", new() { ["escalationId"] = escalation });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("该上报已签收", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var clerk = await PagesAsync(Roles.Clerk);
        Assert.NotEqual(HttpStatusCode.OK, (await clerk.GetAsync("/disputes/escalations")).StatusCode);
    }

    [Fact]
    public async Task MediationPage_StepsThroughTheForms_RefusalsCiteTheArticles_AndTheWrittenAgreementDownloads()
    {
        var api = await ApiAsync();
        var committee = await CommitteeAsync(api, "页面调解委员会");
        var id = await CaseAsync(api, committee, "页面押金纠纷");
        var client = await PagesAsync(Roles.LegalOffice);
        var url = $"/mediation/{id}";

        var list = await client.GetStringAsync("/mediation?q=页面押金&source=Application");
        Assert.Contains("页面押金纠纷", list, StringComparison.Ordinal);
        Assert.DoesNotContain("页面押金纠纷", await client.GetStringAsync("/mediation?q=页面押金&source=Court"), StringComparison.Ordinal);
        Clean(list);

        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "accept", ["Input.On"] = "2026-02-03" })).StatusCode);
        var noMediator = await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "assign", ["Input.On"] = "2026-02-03" });
        Assert.Equal(HttpStatusCode.BadRequest, noMediator.StatusCode);
        Assert.Contains("请填写指定（或当事人选择）的调解员", await noMediator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "assign", ["Input.On"] = "2026-02-03", ["Input.Mediators"] = "乙" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "start", ["Input.On"] = "2026-02-04" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, url, new()
        {
            ["ActionKey"] = "record_session",
            ["Input.On"] = "2026-02-04",
            ["Input.SessionPlace"] = "镇调解室",
            ["Input.SessionParticipants"] = "乙、孙某、周某",
            ["Input.SessionRecord"] = "听取双方陈述",
        })).StatusCode);

        var fail = await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "fail", ["Input.On"] = "2026-02-05", ["Input.FailureReason"] = "分歧较大" });
        Assert.Equal(HttpStatusCode.Conflict, fail.StatusCode);
        Assert.Contains("《中华人民共和国人民调解法》第二十六条", await fail.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unsigned = await FazhiFactory.PostFormAsync(client, url, new()
        {
            ["ActionKey"] = "agree",
            ["Input.On"] = "2026-02-05",
            ["Input.AgreementForm"] = "Written",
            ["Input.Obligations"] = "房东退还押金",
            ["Input.PerformanceTerms"] = "三日内转账",
            ["Input.AmountYuan"] = "1500.50",
        });
        Assert.Equal(HttpStatusCode.Conflict, unsigned.StatusCode);
        Assert.Contains("《中华人民共和国人民调解法》第二十九条", await unsigned.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var agreed = await FazhiFactory.PostFormAsync(client, url, new()
        {
            ["ActionKey"] = "agree",
            ["Input.On"] = "2026-02-05",
            ["Input.AgreementForm"] = "Written",
            ["Input.Obligations"] = "房东退还押金",
            ["Input.PerformanceTerms"] = "三日内转账",
            ["Input.AmountYuan"] = "1500.50",
            ["Input.PartiesSigned"] = "true",
            ["Input.MediatorSigned"] = "true",
            ["Input.Sealed"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        var detail = await client.GetStringAsync(url);
        Assert.Contains("1500.50 元", detail, StringComparison.Ordinal);
        Assert.Contains($"/api/mediation/cases/{id}/agreement.docx", detail, StringComparison.Ordinal);
        Assert.Contains("申请司法确认期限", detail, StringComparison.Ordinal);
        Assert.Contains("听取双方陈述", detail, StringComparison.Ordinal);
        Assert.Contains("110105********002X", detail, StringComparison.Ordinal);
        Clean(detail);
        var docx = await client.GetAsync($"/api/mediation/cases/{id}/agreement.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "monitor", ["Input.On"] = "2026-02-06" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "check_performance", ["Input.On"] = "2026-02-10", ["Input.Performance"] = "Full" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, url, new() { ["ActionKey"] = "archive", ["Input.On"] = "2026-02-11" })).StatusCode);
        Assert.Contains("已归档", await client.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitteesPage_ListsCommitteesAndMediators_AndRefusesTwoMembersUnderArticle8()
    {
        var client = await PagesAsync(Roles.LegalOffice);
        var created = await FazhiFactory.PostFormAsync(client, "/mediation/committees?handler=committee", new()
        {
            ["CommitteeName"] = "页面东村人民调解委员会",
            ["Kind"] = "Village",
            ["EstablishedOn"] = "2024-01-02",
            ["TermStartsOn"] = "2024-01-02",
            ["MemberLines"] = "陈主任，主任\n李委员，委员，女\n张委员，委员",
        }, "/mediation/committees");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await client.GetStringAsync("/mediation/committees");
        Assert.Contains("页面东村人民调解委员会", page, StringComparison.Ordinal);
        Assert.Contains("李委员（委员，女）", page, StringComparison.Ordinal);
        Assert.Contains("2024-01-02 至 2027-01-01", page, StringComparison.Ordinal);
        Clean(page);

        var refused = await FazhiFactory.PostFormAsync(client, "/mediation/committees?handler=committee", new()
        {
            ["CommitteeName"] = "页面两人调解委员会",
            ["Kind"] = "Village",
            ["EstablishedOn"] = "2024-01-02",
            ["MemberLines"] = "甲，主任，女\n乙，委员",
        }, "/mediation/committees");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("人民调解委员会由委员三至九人组成，现为2人", html, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国人民调解法》第八条", html, StringComparison.Ordinal);

        var reader = await PagesAsync(Roles.Leader);
        Assert.DoesNotContain("id=\"committee-form\"", await reader.GetStringAsync("/mediation/committees"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisputeImport_PastDatesTaken_AndAFileWithBadRowsReportsEveryRow_AndStoresNothing()
    {
        var api = await ApiAsync();
        const string header = "登记日期,纠纷名称,纠纷类型,纠纷来源,风险等级,发生地,简要情况,当事人（姓名，身份，身份证号，手机；多人以“；”分隔）\n";
        var good = header +
                   "2023-05-06,导入纠纷甲,邻里纠纷,网格排查,一般,东村,排水争执,\"王某，一方当事人；赵某，另一方当事人\"\n" +
                   "2024-11-12,导入纠纷乙,劳动争议,群众来访,较大,西村,欠薪,\"李某，一方当事人；某公司，另一方当事人\"\n";
        var ok = await OkAsync(api.PostAsync("/api/disputes/import", Csv(good)));
        Assert.Equal(2, ok.GetProperty("imported").GetInt32());
        var listed = await OkAsync(api.GetAsync("/api/disputes?q=导入纠纷&year=2023"));
        Assert.Equal(1, listed.GetProperty("total").GetInt32());

        var bad = header +
                  "2023-05-06,导入纠纷丙,邻里纠纷,网格排查,一般,东村,排水争执,\"王某，一方当事人；赵某，另一方当事人\"\n" +
                  "2099-01-01,导入纠纷丁,邻里纠纷,网格排查,一般,东村,排水争执,\"王某，一方当事人；赵某，另一方当事人\"\n" +
                  "2023-05-06,导入纠纷戊,邻里纠纷,网格排查,一般,东村,排水争执,\"王某，一方当事人，110105194912310021；赵某，另一方当事人\"\n";
        var response = await api.PostAsync("/api/disputes/import", Csv(bad));
        var text = System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第3行“登记日期”：登记日期不能晚于今天", text, StringComparison.Ordinal);
        Assert.Contains("第4行“当事人", text, StringComparison.Ordinal);
        Assert.Contains("文件中有2行数据有误，整个文件未导入", text, StringComparison.Ordinal);
        Assert.DoesNotContain("110105194912310021", text, StringComparison.Ordinal);
        Assert.Equal(0, (await OkAsync(api.GetAsync("/api/disputes?q=导入纠纷丙"))).GetProperty("total").GetInt32());

        var badCell = await api.PostAsync("/api/disputes/import", Csv(header + "2023-05-06,导入纠纷己,邻里纠纷,网格排查,极高,东村,排水争执,\"王某；赵某\"\n"));
        Assert.Equal(HttpStatusCode.BadRequest, badCell.StatusCode);
        Assert.Contains("第2行“风险等级”：风险等级应为一般、较大或重大", System.Text.RegularExpressions.Regex.Unescape(await badCell.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediationImport_ThroughThePage_ListsEveryBadRow_AndStoresNothing_ThenTakesAGoodFile()
    {
        var api = await ApiAsync();
        await CommitteeAsync(api, "导入镇人民调解委员会");
        var client = await PagesAsync(Roles.LegalOffice);
        const string header = "调解委员会,案件来源,委派（移送）单位,申请日期,纠纷事项,纠纷类型,主要事实、争议事项,当事人（姓名，身份，身份证号，手机；多人以“；”分隔）\n";
        var bad = header +
                  "导入镇人民调解委员会,当事人申请,,2024-03-05,导入调解甲,邻里纠纷,排水争执,\"王某，一方当事人；赵某，另一方当事人\"\n" +
                  "没有的调解委员会,当事人申请,,2024-03-05,导入调解乙,邻里纠纷,排水争执,\"王某，一方当事人；赵某，另一方当事人\"\n" +
                  "导入镇人民调解委员会,人民法院委派,,2024-03-05,导入调解丙,合同纠纷,欠款,\"王某，一方当事人；赵某，另一方当事人\"\n";
        var response = await PostFileAsync(client, "/mediation?handler=import", "/mediation", bad);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第3行“调解委员会”：没有名为“没有的调解委员会”的人民调解委员会", html, StringComparison.Ordinal);
        Assert.Contains("第4行“委派（移送）单位”", html, StringComparison.Ordinal);
        Assert.Equal(0, (await OkAsync(api.GetAsync("/api/mediation/cases?q=导入调解"))).GetProperty("total").GetInt32());

        var good = header + "导入镇人民调解委员会,人民法院委派,东莞市第三人民法院,2024-03-05,导入调解丁,合同纠纷,欠款,\"王某，一方当事人；赵某，另一方当事人\"\n";
        var ok = await PostFileAsync(client, "/mediation?handler=import", "/mediation", good);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("已导入调解申请1宗", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = await OkAsync(api.GetAsync("/api/mediation/cases?q=导入调解丁"));
        Assert.Equal("2024-03-05", listed.GetProperty("items")[0].GetProperty("appliedOn").GetString());
    }

    [Fact]
    public async Task RegistrationForms_RegisterWithPastDates_ValidateInChinese_AndNeverEchoAClearIdNumber()
    {
        var api = await ApiAsync();
        await CommitteeAsync(api, "表单镇人民调解委员会");
        var client = await PagesAsync(Roles.LegalOffice);

        var empty = await FazhiFactory.PostFormAsync(client, "/disputes/new", new() { ["Input.On"] = "2099-01-01", ["PartyLines"] = $"王某，一方当事人，{ClearId}，{ClearPhone}" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("请填写纠纷名称", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("登记日期不能晚于今天", emptyHtml, StringComparison.Ordinal);
        Clean(emptyHtml);

        var registered = await FazhiFactory.PostFormAsync(client, "/disputes/new", new()
        {
            ["Input.Title"] = "表单登记纠纷",
            ["Input.On"] = "2025-09-01",
            ["Input.Type"] = "Labour",
            ["Input.Source"] = "Visit",
            ["Input.Risk"] = "Ordinary",
            ["Input.Location"] = "西村",
            ["Input.Facts"] = "欠薪",
            ["PartyLines"] = $"王某，一方当事人，{ClearId}，{ClearPhone}\n某公司，另一方当事人",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var dispute = await client.GetStringAsync(registered.Headers.Location!.OriginalString);
        Assert.Contains("2025-09-01", dispute, StringComparison.Ordinal);
        Assert.Contains("138****8000", dispute, StringComparison.Ordinal);
        Clean(dispute);

        var referred = await FazhiFactory.PostFormAsync(client, "/mediation/new", new()
        {
            ["Input.Source"] = "Court",
            ["Input.On"] = "2025-09-02",
            ["Input.Matter"] = "表单委派案件",
            ["Input.Facts"] = "合同欠款",
            ["Input.DisputeType"] = "合同纠纷",
            ["PartyLines"] = "孙某，一方当事人\n周某，另一方当事人",
        });
        Assert.Equal(HttpStatusCode.BadRequest, referred.StatusCode);
        Assert.Contains("委派、移送或转办的案件请填写委派（移送）单位", await referred.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledgers_ExportedFileImportsBack_OneColumnLayoutBothWays()
    {
        var api = await ApiAsync();
        await CommitteeAsync(api, "往返镇人民调解委员会");
        await OkAsync(api.PostAsJsonAsync("/api/disputes", new
        {
            title = "往返纠纷",
            facts = "借款归还争执",
            type = "Other",
            source = "Visit",
            risk = "Serious",
            location = "东村",
            on = "2025-06-03",
            parties = new[] { new { name = "钱某", role = "一方当事人" }, new { name = "吴某", role = "另一方当事人" } },
        }));
        var disputes = await api.GetByteArrayAsync("/api/disputes/export.xlsx?q=往返纠纷");
        var back = await OkAsync(api.PostAsync("/api/disputes/import", new MultipartFormDataContent { { new ByteArrayContent(disputes), "file", "矛盾纠纷排查台账.xlsx" } }));
        Assert.Equal(1, back.GetProperty("imported").GetInt32());
        var twice = await OkAsync(api.GetAsync("/api/disputes?q=往返纠纷"));
        Assert.Equal(2, twice.GetProperty("total").GetInt32());
        Assert.All(twice.GetProperty("items").EnumerateArray(), i => Assert.Equal("2025-06-03", i.GetProperty("registeredOn").GetString()));

        var committee = (await OkAsync(api.GetAsync("/api/mediation/committees"))).EnumerateArray().First(c => c.GetProperty("name").GetString() == "往返镇人民调解委员会").GetProperty("id").GetGuid();
        await OkAsync(api.PostAsJsonAsync("/api/mediation/cases", new
        {
            committeeId = committee,
            source = "Police",
            referredBy = "演示镇派出所",
            matter = "往返调解",
            facts = "酒后口角",
            disputeType = "邻里纠纷",
            on = "2025-06-04",
            parties = new[] { new { name = "钱某", role = "一方当事人" }, new { name = "吴某", role = "另一方当事人" } },
        }));
        var cases = await api.GetByteArrayAsync("/api/mediation/cases/export.xlsx?q=往返调解");
        var imported = await OkAsync(api.PostAsync("/api/mediation/cases/import", new MultipartFormDataContent { { new ByteArrayContent(cases), "file", "人民调解案件台账.xlsx" } }));
        Assert.Equal(1, imported.GetProperty("imported").GetInt32());
        var listed = await OkAsync(api.GetAsync("/api/mediation/cases?q=往返调解"));
        Assert.Equal(2, listed.GetProperty("total").GetInt32());
        Assert.All(listed.GetProperty("items").EnumerateArray(), i => Assert.Equal("演示镇派出所", i.GetProperty("referredBy").GetString()));
    }

    private static ByteArrayContent Bytes(string csv) => new(Encoding.UTF8.GetBytes(csv));

    private static MultipartFormDataContent Csv(string csv) => new() { { Bytes(csv), "file", "台账.csv" } };

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string path, string getPath, string csv)
    {
        var token = await FazhiFactory.AntiforgeryTokenAsync(client, getPath);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { Bytes(csv), "file", "台账.csv" } };
        return await client.PostAsync(path, form);
    }
}
