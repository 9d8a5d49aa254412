using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Regions;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Reconsideration;

/// <summary>行政复议 (law.md §8) over HTTP: the rule version by acceptance date, the clocks, the gates, the figures, pages and the ledger.</summary>
public sealed class ReconsiderationTests : IDisposable
{
    private static int _towns = 700;
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Reply_IsDue_TenCalendarDaysAfterReceipt_Under2017Law()
    {
        var client = await ClientAsync();
        var view = await RegisterAsync(client, new DateOnly(2023, 12, 20));
        var reply = Clock(view, "reply");
        Assert.Equal("2017年行政复议法", view.GetProperty("law").GetString());
        // 2023-12-30 is a Saturday, 12-31 a Sunday and 2024-01-01 New Year's Day: the period ends on the next working day.
        Assert.Equal("2024-01-02", reply.GetProperty("dueDate").GetString());
        var explanation = Explanation(reply);
        Assert.Contains("10日", explanation);
        Assert.Contains("第四十条", explanation);
        Assert.Contains("2024-01-01", explanation);
    }

    [Fact]
    public async Task Reply_IsDue_TenWorkingDaysAfterReceipt_Under2023Law()
    {
        var client = await ClientAsync();
        var view = await RegisterAsync(client, new DateOnly(2024, 1, 10));
        var reply = Clock(view, "reply");
        Assert.Equal("2023年行政复议法", view.GetProperty("law").GetString());
        Assert.Equal("2024-01-24", reply.GetProperty("dueDate").GetString());
        Assert.Contains("第四十八条", Explanation(reply));
    }

    [Fact]
    public async Task Reply_IsDue_FiveWorkingDays_InSimplifiedProcedure_SkippingSpringFestival_CountingMakeUpSunday()
    {
        var client = await ClientAsync();
        var view = await RegisterAsync(client, new DateOnly(2024, 2, 7), track: "simplified");
        var reply = Clock(view, "reply");
        // 02-08, 02-09, the 02-18 make-up Sunday, 02-19, 02-20.
        Assert.Equal("2024-02-20", reply.GetProperty("dueDate").GetString());
        Assert.Contains("第五十四条", Explanation(reply));
        Assert.Equal("2024-03-08", Clock(view, "decision").GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task SimplifiedProcedure_IsRefused_ForCasesAcceptedBefore2024()
    {
        var client = await ClientAsync();
        var response = await client.PostAsJsonAsync("/api/reconsideration/cases", Application(new DateOnly(2023, 12, 20), "simplified"));
        var body = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("未规定简易程序", body.GetProperty("detail").GetString());
        Assert.Contains("第九十条", body.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task Suspension_OfTwentyDays_MovesTheDecisionDueDate_ByExactlyTheSuspendedDays()
    {
        var client = await ClientAsync();
        var view = await RegisterAsync(client, new DateOnly(2024, 6, 3));
        var id = view.GetProperty("id").GetGuid();
        Assert.Equal("2024-08-02", Clock(view, "decision").GetProperty("dueDate").GetString());
        await OkAsync(ActAsync(client, id, "reply", new { on = "2024-06-05" }));
        var suspended = await OkAsync(ActAsync(client, id, "suspend", new { on = "2024-06-10", note = "申请人因不可抗力不能参加行政复议" }));
        Assert.Equal("已中止", Clock(suspended, "decision").GetProperty("status").GetString());
        var resumed = await OkAsync(ActAsync(client, id, "resume", new { on = "2024-06-30" }));
        var decision = Clock(resumed, "decision");
        Assert.Equal("2024-08-22", decision.GetProperty("dueDate").GetString());
        Assert.Contains("2024-06-10中止、2024-06-30恢复", Explanation(decision));
        Assert.Contains("20日不计入", Explanation(decision));
    }

    [Fact]
    public async Task Suspension_WithoutCause_IsRefused_CitingArticle39()
    {
        var client = await ClientAsync();
        var id = (await RegisterAsync(client, new DateOnly(2024, 6, 3))).GetProperty("id").GetGuid();
        await OkAsync(ActAsync(client, id, "reply", new { on = "2024-06-05" }));
        var body = await ProblemAsync(await ActAsync(client, id, "suspend", new { on = "2024-06-10" }), HttpStatusCode.Conflict);
        Assert.Contains("第三十九条", body.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task Hearing_WithoutTheLeader_RequiresADelegateAndARecordedReason_Under2023Law()
    {
        var client = await ClientAsync();
        var id = (await RegisterAsync(client, new DateOnly(2024, 6, 3))).GetProperty("id").GetGuid();
        await OkAsync(ActAsync(client, id, "reply", new { on = "2024-06-05" }));
        var body = await ProblemAsync(await ActAsync(client, id, "record_hearing", new { on = "2024-06-20", leaderAttended = false, delegateName = "王某" }), HttpStatusCode.Conflict);
        Assert.Contains("负责人未参加听证", body.GetProperty("detail").GetString());
        Assert.Contains("第五十一条", body.GetProperty("legalBasis").GetString());
        var view = await OkAsync(ActAsync(client, id, "record_hearing", new { on = "2024-06-20", leaderAttended = false, delegateName = "王某", delegationReason = "镇长参加市防汛会议" }));
        Assert.Equal(1, view.GetProperty("hearings").GetArrayLength());
    }

    [Fact]
    public async Task DecisionPeriod_CannotBeExtended_InSimplifiedProcedure()
    {
        var client = await ClientAsync();
        var id = (await RegisterAsync(client, new DateOnly(2024, 6, 3), track: "simplified")).GetProperty("id").GetGuid();
        await OkAsync(ActAsync(client, id, "reply", new { on = "2024-06-05" }));
        var body = await ProblemAsync(await ActAsync(client, id, "extend", new { on = "2024-06-10", extensionDays = 10, note = "案情复杂" }), HttpStatusCode.Conflict);
        Assert.Contains("依法不得延长", body.GetProperty("detail").GetString());
        Assert.Contains("第六十二条", body.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task Act_CannotBeDated_InTheFuture_OrBeforeTheActItDependsOn()
    {
        var client = await ClientAsync();
        var id = (await RegisterAsync(client, new DateOnly(2026, 2, 2))).GetProperty("id").GetGuid();
        var future = await ProblemAsync(await ActAsync(client, id, "reply", new { on = "2026-03-05" }), HttpStatusCode.BadRequest);
        Assert.Contains("不能晚于今天", future.GetRawText());
        var early = await ProblemAsync(await ActAsync(client, id, "reply", new { on = "2026-01-30" }), HttpStatusCode.BadRequest);
        Assert.Contains("不能早于上一环节的日期", early.GetRawText());
        var acceptedLater = await ProblemAsync(await client.PostAsJsonAsync("/api/reconsideration/cases", Application(new DateOnly(2026, 3, 9))), HttpStatusCode.BadRequest);
        Assert.Contains("受理日期不能晚于今天", acceptedLater.GetRawText());
    }

    [Fact]
    public async Task Reconsideration_OfATownEnforcementDecision_PausesItsLateFee_FromApplicationToDecision_Art73()
    {
        // 行政处罚法第七十三条第三款: while the reconsideration runs, 加处罚款 does not accrue. The case is linked by its 案号.
        var town = await NewTownAsync();
        var enforcement = await Enforcement.EnforcementApi.CreateAsync(_factory, town);
        var start = new DateOnly(2025, 3, 3);
        var (id, _) = await enforcement.ReportedAsync(start, fineYuan: 20_000);
        await enforcement.OkAsync(id, "notify", new { on = start });
        await enforcement.OkAsync(id, "waive_rights", new { on = start });
        var decided = await enforcement.OkAsync(id, "decide", new { on = new DateOnly(2025, 3, 12), outcome = "Penalty" });
        await enforcement.OkAsync(id, "serve", new { on = new DateOnly(2025, 3, 13) }); // pay by 2025-03-28
        var number = decided.GetProperty("caseNumber").GetString()!;

        var client = await ClientAsync(town);
        var unknown = await OkAsync(client.PostAsJsonAsync("/api/reconsideration/cases", new
        {
            applicant = "某公司",
            challengedAct = "外单位作出的行政处罚决定",
            challengedCaseNumber = "东外罚〔2025〕1号",
            reviewBody = "东莞市人民政府",
            appliedOn = new DateOnly(2025, 4, 1),
            acceptedOn = new DateOnly(2025, 4, 3),
        }));
        Assert.NotEqual(Guid.Empty, unknown.GetProperty("id").GetGuid()); // a decision outside the platform changes nothing
        var early = await ProblemAsync(await client.PostAsJsonAsync("/api/reconsideration/cases", new
        {
            applicant = "某公司",
            challengedAct = "演示镇人民政府作出的行政处罚决定",
            challengedCaseNumber = number,
            reviewBody = "东莞市人民政府",
            appliedOn = new DateOnly(2025, 3, 10),
            acceptedOn = new DateOnly(2025, 3, 14),
        }), HttpStatusCode.BadRequest);
        Assert.Contains("晚于复议申请或起诉日期", System.Text.RegularExpressions.Regex.Unescape(early.GetRawText()), StringComparison.Ordinal);

        var recon = await OkAsync(client.PostAsJsonAsync("/api/reconsideration/cases", new
        {
            applicant = "某公司",
            challengedAct = "演示镇人民政府作出的行政处罚决定",
            challengedCaseNumber = number,
            reviewBody = "东莞市人民政府",
            appliedOn = new DateOnly(2025, 4, 1),
            acceptedOn = new DateOnly(2025, 4, 3),
        }));
        var reconId = recon.GetProperty("id").GetGuid();
        await OkAsync(ActAsync(client, reconId, "reply", new { on = "2025-04-10" }));
        await OkAsync(ActAsync(client, reconId, "decide", new { on = "2025-04-30", outcome = "upheld" }));

        // Of the 40 days after 2025-03-28 up to 2025-05-07, 2025-04-01..04-30 do not count: 10 days × 3% × 20000 = 6000 元.
        var paid = await enforcement.OkAsync(id, "record_payment", new { on = new DateOnly(2025, 5, 7), paidYuan = 26_000 });
        Assert.Equal(6_000m, paid.GetProperty("lateFeeYuan").GetDecimal());
    }

    [Fact]
    public async Task Figures_CountCasesOutcomesCorrectionAndOnTimeReplies_FromTheRecords()
    {
        var town = await NewTownAsync();
        var client = await ClientAsync(town);
        var revoked = (await RegisterAsync(client, new DateOnly(2024, 3, 4))).GetProperty("id").GetGuid();
        await OkAsync(ActAsync(client, revoked, "reply", new { on = "2024-03-08" }));
        await OkAsync(ActAsync(client, revoked, "decide", new { on = "2024-04-15", outcome = "revoked" }));
        var late = (await RegisterAsync(client, new DateOnly(2024, 5, 6))).GetProperty("id").GetGuid();
        await OkAsync(ActAsync(client, late, "reply", new { on = "2024-06-28" }));
        await OkAsync(ActAsync(client, late, "decide", new { on = "2024-07-01", outcome = "upheld" }));
        var withdrawn = (await RegisterAsync(client, new DateOnly(2024, 9, 2))).GetProperty("id").GetGuid();
        await OkAsync(ActAsync(client, withdrawn, "terminate", new { on = "2024-09-10", outcome = "terminatedwithdrawn", note = "申请人撤回申请" }));
        var open = (await RegisterAsync(client, new DateOnly(2023, 11, 6))).GetProperty("id").GetGuid();
        Assert.NotEqual(Guid.Empty, open);

        var reader = await _factory.ClientWithPermissionsAsync(town, PlatformPermissions.MetricsRead);
        async Task<MetricFigure> Figure(string key) => (await reader.GetFromJsonAsync<MetricFigure>($"/api/metrics/{key}?region={town}&year=2024", Json))!;
        Assert.Equal(3m, (await Figure("reconsideration.cases")).Value);
        Assert.Equal(3m, (await Figure("reconsideration.concluded")).Value);
        Assert.Equal(1m, (await Figure("reconsideration.outcomes.revoked")).Value);
        Assert.Equal(1m, (await Figure("reconsideration.outcomes.upheld")).Value);
        Assert.Equal(1m, (await Figure("reconsideration.outcomes.terminatedwithdrawn")).Value);
        var correction = await Figure("reconsideration.correction_rate");
        Assert.Equal((1m, 3m), (correction.Numerator!.Value, correction.Denominator!.Value));
        var strict = await Figure("reconsideration.correction_rate_excluding_terminated");
        Assert.Equal((1m, 2m), (strict.Numerator!.Value, strict.Denominator!.Value));
        var onTime = await Figure("reconsideration.on_time_reply_rate");
        Assert.Equal((1m, 3m), (onTime.Numerator!.Value, onTime.Denominator!.Value));
    }

    [Fact]
    public async Task Pages_ListFilterRegisterAndShowClocks_InChinese()
    {
        var login = await _factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var client = await _factory.SignedInClientAsync(login);
        var response = await FazhiFactory.PostFormAsync(client, "/reconsideration/new", new()
        {
            ["Input.ReviewBody"] = "东莞市人民政府",
            ["Input.Applicant"] = "页面申请人",
            ["Input.ChallengedAct"] = "责令限期拆除决定",
            ["Input.AcceptedOn"] = "2024-01-10",
            ["Input.Track"] = "ordinary",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("2024-01-24", detail);
        Assert.Contains("书面答复并提交证据、依据", detail);
        var list = await client.GetStringAsync("/reconsideration?q=页面申请人&year=2024&sort=-accepted");
        Assert.Contains("页面申请人", list);
        Assert.Contains("行政复议", await client.GetStringAsync("/"));
        var bad = await client.GetAsync("/reconsideration?sort=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("排序方式", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LedgerImport_ReportsEveryRefusedRow_AndStoresNothing_ThenImportsTheExport()
    {
        var town = await NewTownAsync();
        var client = await ClientAsync(town);
        var csv = "复议案号,申请人,被申请复议的行政行为,关联执法案件案号,复议机关,申请日期,受理日期,收到申请书副本日期,审理程序,答复日期,复议决定日期,复议结果\n"
            + ",甲公司,处罚决定,,东莞市人民政府,,2023-12-20,,简易程序,,,\n"
            + ",乙某,拆除决定,,东莞市人民政府,,2024-01-10,,普通程序,2024-01-05,,\n"
            + "东府行复〔2024〕3号,丙某,信息公开答复,演综执〔2023〕罚字第5号,东莞市人民政府,2024-01-08,2024-01-10,2024-01-12,普通程序,2024-01-15,2024-02-20,维持\n";
        var refused = await ImportAsync(client, csv);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = System.Text.RegularExpressions.Regex.Unescape(await refused.Content.ReadAsStringAsync());
        Assert.True(text.Contains("第九十条", StringComparison.Ordinal), text);
        Assert.Contains("不能早于上一环节的日期", text);
        Assert.Equal(0, (await OkAsync(client.GetAsync("/api/reconsideration/cases"))).GetProperty("total").GetInt32());

        var good = await ImportAsync(client, string.Join('\n', csv.Split('\n').Where((_, i) => i is 0 or 3)) + "\n");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var list = await OkAsync(client.GetAsync("/api/reconsideration/cases"));
        Assert.Equal("decided", list.GetProperty("items")[0].GetProperty("state").GetString());

        var export = await client.GetAsync("/api/reconsideration/cases/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var other = await ClientAsync(await NewTownAsync());
        using var content = new MultipartFormDataContent { { new ByteArrayContent(await export.Content.ReadAsByteArrayAsync()), "file", "台账.xlsx" } };
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/reconsideration/cases/import", content)).StatusCode);
        Assert.Equal(1, (await OkAsync(other.GetAsync("/api/reconsideration/cases"))).GetProperty("total").GetInt32());
    }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "台账.csv" } };
        return await client.PostAsync("/api/reconsideration/cases/import", content);
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

    private static object Application(DateOnly accepted, string track = "ordinary") => new
    {
        applicant = "某公司",
        challengedAct = "演示镇人民政府作出的行政处罚决定",
        reviewBody = "东莞市人民政府",
        appliedOn = accepted.AddDays(-3),
        acceptedOn = accepted,
        track,
    };

    private static Task<JsonElement> RegisterAsync(HttpClient client, DateOnly accepted, string track = "ordinary") =>
        OkAsync(client.PostAsJsonAsync("/api/reconsideration/cases", Application(accepted, track)));

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object body) =>
        client.PostAsJsonAsync($"/api/reconsideration/cases/{id}/actions/{action}", body);

    private static JsonElement Clock(JsonElement view, string key) =>
        view.GetProperty("clocks").EnumerateArray().First(c => c.GetProperty("ruleKey").GetString() == key);

    private static string Explanation(JsonElement clock) => string.Join("\n", clock.GetProperty("explanation").EnumerateArray().Select(l => l.GetString()));

    internal static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    internal static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
