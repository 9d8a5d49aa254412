using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Regions;

using Microsoft.Extensions.DependencyInjection;

using static Fazhi.IntegrationTests.Modules.Reconsideration.ReconsiderationTests;

namespace Fazhi.IntegrationTests.Modules.Litigation;

/// <summary>行政诉讼 (law.md §9) over HTTP: the defence and appeal clocks, 负责人出庭应诉 gates, the figures, pages and ledgers.</summary>
public sealed class LitigationTests : IDisposable
{
    private static int _towns = 800;
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Defence_IsDue_FifteenCalendarDaysAfterService_RolledPastNationalDay()
    {
        var client = await ClientAsync();
        var view = await RegisterAsync(client, new DateOnly(2024, 9, 20));
        var defence = Clock(view, "defence");
        // 2024-10-05 falls in the National Day holiday (10-01 to 10-07): the period ends on 10-08.
        Assert.Equal("2024-10-08", defence.GetProperty("dueDate").GetString());
        Assert.Contains("第六十七条", Explanation(defence));
    }

    [Fact]
    public async Task LateDefence_CountsAsNoEvidence_AndTheDefenceClockWarnsFiveWorkingDaysEarly()
    {
        var client = await ClientAsync();
        var view = await RegisterAsync(client, new DateOnly(2026, 1, 5));
        var defence = Clock(view, "defence");
        Assert.Equal("2026-01-20", defence.GetProperty("dueDate").GetString());
        Assert.Contains("剩余5个工作日以内", Explanation(defence));
        var id = view.GetProperty("id").GetGuid();
        var late = await OkAsync(ActAsync(client, id, "defend", new { on = "2026-01-26" }));
        Assert.True(late.GetProperty("evidenceLate").GetBoolean());
        Assert.Contains("视为没有相应证据", late.GetProperty("lateEvidenceWarning").GetString());
        Assert.Contains("第三十四条", late.GetProperty("lateEvidenceWarning").GetString());
    }

    [Fact]
    public async Task Hearing_WithoutTheLeader_RequiresADelegatedOfficerAndAnAcceptedExcuse()
    {
        var client = await ClientAsync();
        var id = await DefendedAsync(client, new DateOnly(2025, 3, 3));
        var body = await ProblemAsync(await ActAsync(client, id, "hearing", new { on = "2025-04-10", leaderAppeared = false, delegateName = "王某" }), HttpStatusCode.Conflict);
        Assert.Contains("负责人不能出庭的", body.GetProperty("detail").GetString());
        Assert.Contains("第三条第三款", body.GetProperty("legalBasis").GetString());
        var rank = await ProblemAsync(await ActAsync(client, id, "hearing", new { on = "2025-04-10", leaderAppeared = true, leaderName = "张镇长" }), HttpStatusCode.Conflict);
        Assert.Contains("正职、副职", rank.GetProperty("detail").GetString());
        var ok = await OkAsync(ActAsync(client, id, "hearing", new { on = "2025-04-10", leaderAppeared = false, delegateName = "王某", excuse = "irreplaceableduty", excuseNote = "参加市紧急会议" }));
        Assert.Equal("需要履行他人不能代替的公务", ok.GetProperty("hearings")[0].GetProperty("excuse").GetString());
    }

    [Fact]
    public async Task AppealWindow_IsFifteenDaysForAJudgment_AndTenForARuling_AndTheDecisionTakesEffectOnlyAfterIt()
    {
        var client = await ClientAsync();
        var judged = await DefendedAsync(client, new DateOnly(2025, 3, 3));
        var view = await OkAsync(ActAsync(client, judged, "judge", new { on = "2025-06-03", outcome = "claimsdismissed" }));
        Assert.Equal("2025-06-18", Clock(view, "appeal_judgment").GetProperty("dueDate").GetString());
        var early = await ProblemAsync(await ActAsync(client, judged, "become_effective", new { on = "2025-06-10" }), HttpStatusCode.Conflict);
        Assert.Contains("第八十五条", early.GetProperty("legalBasis").GetString());
        await OkAsync(ActAsync(client, judged, "become_effective", new { on = "2025-06-19" }));

        var ruled = await DefendedAsync(client, new DateOnly(2025, 3, 3));
        var ruling = await OkAsync(ActAsync(client, ruled, "judge", new { on = "2025-06-03", outcome = "suitdismissed" }));
        Assert.Equal("2025-06-13", Clock(ruling, "appeal_ruling").GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Comply_AfterALoss_RequiresThePerformanceToBeWritten()
    {
        var client = await ClientAsync();
        var id = await DefendedAsync(client, new DateOnly(2025, 3, 3));
        await OkAsync(ActAsync(client, id, "judge", new { on = "2025-06-03", outcome = "revoked" }));
        await OkAsync(ActAsync(client, id, "become_effective", new { on = "2025-06-20" }));
        var body = await ProblemAsync(await ActAsync(client, id, "comply", new { on = "2025-07-01" }), HttpStatusCode.Conflict);
        Assert.Contains("第九十六条", body.GetProperty("legalBasis").GetString());
        var closed = await OkAsync(ActAsync(client, id, "comply", new { on = "2025-07-01", note = "已撤销原决定并重新作出" }));
        Assert.Equal("closed", closed.GetProperty("state").GetString());
    }

    /// <summary>
    /// Hand-computed: case A heard twice (负责人 at the second), case B once without him, case C once with him (and he spoke),
    /// case D heard only in 2024. Case-based: A and C of A, B, C = 2/3; hearing-based: 2 of 4 hearings; appearances 2.
    /// </summary>
    [Fact]
    public async Task LeaderAppearanceRate_IsComputedPerCase_AndPerHearing_FromTheHearingRecords()
    {
        var town = await NewTownAsync();
        var client = await ClientAsync(town);
        var a = await DefendedAsync(client, new DateOnly(2025, 1, 6));
        var b = await DefendedAsync(client, new DateOnly(2025, 1, 6));
        var c = await DefendedAsync(client, new DateOnly(2025, 1, 6));
        var d = await DefendedAsync(client, new DateOnly(2024, 3, 4));
        var absent = new { on = "2025-03-10", leaderAppeared = false, delegateName = "王某", excuse = "accident", excuseNote = "交通事故" };
        await OkAsync(ActAsync(client, a, "hearing", absent));
        await OkAsync(ActAsync(client, a, "hearing", new { on = "2025-04-10", leaderAppeared = true, leaderName = "张镇长", leaderRank = "principal" }));
        await OkAsync(ActAsync(client, b, "hearing", absent));
        await OkAsync(ActAsync(client, c, "hearing", new { on = "2025-05-12", leaderAppeared = true, leaderName = "李副镇长", leaderRank = "deputy", leaderSpoke = true }));
        await OkAsync(ActAsync(client, d, "hearing", new { on = "2024-05-06", leaderAppeared = true, leaderName = "张镇长", leaderRank = "principal" }));
        await OkAsync(ActAsync(client, c, "judge", new { on = "2025-06-03", outcome = "confirmedillegal" }));
        await OkAsync(ActAsync(client, b, "judge", new { on = "2025-06-03", outcome = "withdrawn" }));

        var reader = await _factory.ClientWithPermissionsAsync(town, PlatformPermissions.MetricsRead);
        async Task<MetricFigure> Figure(string key) => (await reader.GetFromJsonAsync<MetricFigure>($"/api/metrics/{key}?region={town}&year=2025", Json))!;
        var byCase = await Figure("litigation.leader_appearance_rate");
        Assert.Equal((2m, 3m), (byCase.Numerator!.Value, byCase.Denominator!.Value));
        Assert.Equal(66.67m, Math.Round(byCase.Value!.Value, 2));
        var byHearing = await Figure("litigation.leader_appearance_rate_by_hearing");
        Assert.Equal((2m, 4m), (byHearing.Numerator!.Value, byHearing.Denominator!.Value));
        Assert.Equal(50m, byHearing.Value);
        Assert.Equal(2m, (await Figure("litigation.leader_appearances")).Value);
        Assert.Equal(3m, (await Figure("litigation.cases")).Value);
        Assert.Equal(2m, (await Figure("litigation.concluded")).Value);
        Assert.Equal(1m, (await Figure("litigation.lost")).Value);
        var loss = await Figure("litigation.loss_rate");
        Assert.Equal((1m, 1m), (loss.Numerator!.Value, loss.Denominator!.Value));
        var lossAll = await Figure("litigation.loss_rate_all_concluded");
        Assert.Equal((1m, 2m), (lossAll.Numerator!.Value, lossAll.Denominator!.Value));
        var spoke = await Figure("litigation.leader_spoke_rate");
        Assert.Equal((1m, 2m), (spoke.Numerator!.Value, spoke.Denominator!.Value));
    }

    [Fact]
    public async Task Pages_RegisterRecordAHearingAndShowTheClocks_InChinese()
    {
        var login = await _factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var client = await _factory.SignedInClientAsync(login);
        var response = await FazhiFactory.PostFormAsync(client, "/litigation/new", new()
        {
            ["Input.Court"] = "东莞市第三人民法院",
            ["Input.Plaintiff"] = "页面原告",
            ["Input.ChallengedAct"] = "行政处罚决定",
            ["Input.ServedOn"] = "2024-09-20",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.Headers.Location!.ToString();
        Assert.Contains("2024-10-08", await client.GetStringAsync(path));
        Assert.Equal(HttpStatusCode.Redirect, (await FazhiFactory.PostFormAsync(client, path, new() { ["ActionKey"] = "defend", ["Input.On"] = "2024-09-30" })).StatusCode);
        var refused = await FazhiFactory.PostFormAsync(client, path, new() { ["ActionKey"] = "hearing", ["Input.On"] = "2024-11-05", ["Input.DelegateName"] = "王某" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("第三条第三款", await refused.Content.ReadAsStringAsync());
        Assert.Contains("页面原告", await client.GetStringAsync("/litigation?q=页面原告&year=2024"));
    }

    [Fact]
    public async Task HearingLedgerImport_ReportsEveryRefusedRow_AndStoresNothing()
    {
        var town = await NewTownAsync();
        var client = await ClientAsync(town);
        await OkAsync(client.PostAsJsonAsync("/api/litigation/cases", new { court = "东莞市第三人民法院", courtCaseNumber = "（2025）粤1973行初9号", plaintiff = "甲", challengedAct = "处罚决定", servedOn = "2025-03-03" }));
        var csv = "案号,开庭日期,负责人出庭,出庭负责人,负责人职务,负责人发言,委托出庭人员,不能出庭的理由,理由说明\n"
            + "（2025）粤1973行初9号,2025-04-10,否,,,否,王某,,\n"
            + "（2025）粤1973行初99号,2025-04-10,是,张镇长,正职负责人,是,,,\n";
        using var content = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "出庭.csv" } };
        var response = await client.PostAsync("/api/litigation/cases/hearings/import", content);
        var text = System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("答辩", text);
        Assert.Contains("没有案号为", text);
        var export = await client.GetAsync("/api/litigation/cases/hearings/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    private async Task<string> NewTownAsync()
    {
        var town = "441900" + Interlocked.Increment(ref _towns);
        await using var scope = _factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(new Region(town, $"测试镇{town[6..]}", RegionLevel.Town, "441900"));
        await db.SaveChangesAsync();
        return town;
    }

    private Task<HttpClient> ClientAsync(string region = FazhiFactory.TownA) => _factory.TokenClientAsync(region, Roles.LegalOffice);

    private static Task<JsonElement> RegisterAsync(HttpClient client, DateOnly served) =>
        OkAsync(client.PostAsJsonAsync("/api/litigation/cases", new { court = "东莞市第三人民法院", plaintiff = "某公司", challengedAct = "行政处罚决定", servedOn = served }));

    private static async Task<Guid> DefendedAsync(HttpClient client, DateOnly served)
    {
        var id = (await RegisterAsync(client, served)).GetProperty("id").GetGuid();
        await OkAsync(ActAsync(client, id, "defend", new { on = served.AddDays(7) }));
        return id;
    }

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object body) =>
        client.PostAsJsonAsync($"/api/litigation/cases/{id}/actions/{action}", body);

    private static JsonElement Clock(JsonElement view, string key) =>
        view.GetProperty("clocks").EnumerateArray().First(c => c.GetProperty("ruleKey").GetString() == key);

    private static string Explanation(JsonElement clock) => string.Join("\n", clock.GetProperty("explanation").EnumerateArray().Select(l => l.GetString()));
}
