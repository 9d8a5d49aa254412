using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.LawStudy;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.LawStudy;

/// <summary>
/// 领导干部学法: sessions and the laws studied, the year's 专题学习安排 and its completion, law exams, the ledger both ways,
/// and the pages — each figure checked against hand-counted records.
/// </summary>
public sealed class LawStudyTests : IDisposable
{
    private const string Town = FazhiFactory.TownA;
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<HttpClient> ClientAsync() => _factory.TokenClientAsync(Town, Roles.LegalOffice);

    private static Task<HttpResponseMessage> SessionAsync(HttpClient client, object body) => client.PostAsJsonAsync("/api/study/sessions", body);

    private async Task<decimal?> FigureAsync(string key, int year)
    {
        var reader = await _factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        var figure = await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}?region={Town}&year={year}");
        return figure.GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;
    }

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task LeadersLawStudy_CountsTheoryGroupThematicAndPreMeetingSessions_AndEachLawStudiedOnce()
    {
        var client = await ClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await SessionAsync(client, new
        {
            kind = "TheoryGroup",
            heldOn = "2025-03-18",
            topic = "传达学习党内法规工作会议精神",
            presenter = "镇党委书记",
            expected = 21,
            attended = 19,
            absentees = "2人因公出差",
            regulations = new[] { "《中国共产党党内法规制定条例》", "《重大行政决策程序暂行条例》" },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SessionAsync(client, new
        {
            kind = "领导干部专题学法",
            heldOn = "2025-05-20",
            topic = "专题学习重大行政决策程序",
            expected = 21,
            attended = 21,
            regulations = new[] { "重大行政决策程序暂行条例", "《广东省重大行政决策程序规定》" },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SessionAsync(client, new
        {
            kind = "Lecture",
            heldOn = "2025-12-04",
            topic = "宪法日法治讲座",
            expected = 60,
            attended = 60,
            regulations = new[] { "《中华人民共和国宪法》" },
        })).StatusCode);
        var court = await SessionAsync(client, new
        {
            kind = "CourtObservation",
            heldOn = "2025-06-25",
            topic = "旁听行政案件庭审",
            expected = 12,
            attended = 12,
            court = "东莞市第二人民法院",
            caseNumber = "（2025）粤1972行初87号",
        });
        Assert.Equal(HttpStatusCode.Created, court.StatusCode);
        Assert.Equal("旁听庭审", (await court.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kindName").GetString());

        // Two leaders' sessions; the lecture and the court observation are counted apart.
        Assert.Equal(2m, await FigureAsync("study.leader_sessions", 2025));
        Assert.Equal(1m, await FigureAsync("study.theory_group_sessions", 2025));
        Assert.Equal(1m, await FigureAsync("study.court_observations", 2025));
        // 暂行条例 studied twice (with and without 《》) is one item; the lecture's 宪法 is not a leaders' session: 3 items.
        Assert.Equal(3m, await FigureAsync("study.regulations", 2025));
        Assert.Equal(112m, await FigureAsync("study.attendance", 2025));
        Assert.Equal(Math.Round(112m * 100 / 114, 1), Math.Round((await FigureAsync("study.attendance_rate", 2025))!.Value, 1));
        Assert.Equal(0m, await FigureAsync("study.leader_sessions", 2024));
    }

    [Fact]
    public async Task StudySession_IsRefused_InTheFuture_WithMoreAttendedThanExpected_OrAbsenteesUnexplained()
    {
        var client = await ClientAsync();
        var future = await ErrorsOf(await SessionAsync(client, new { kind = "Thematic", heldOn = "2026-03-03", topic = "学习", expected = 10, attended = 10, regulations = new[] { "《某条例》" } }));
        Assert.Equal("学习日期不能晚于今天", future.GetProperty("heldOn")[0].GetString());

        var over = await ErrorsOf(await SessionAsync(client, new { kind = "Thematic", heldOn = "2026-02-03", topic = "学习", expected = 10, attended = 11, regulations = new[] { "《某条例》" } }));
        Assert.Equal("实到人数不能多于应到人数", over.GetProperty("attended")[0].GetString());

        var absent = await ErrorsOf(await SessionAsync(client, new { kind = "Thematic", heldOn = "2026-02-03", topic = "学习", expected = 10, attended = 8, regulations = new[] { "《某条例》" } }));
        Assert.Equal("有人缺席时请写明缺席人员及原因", absent.GetProperty("absentees")[0].GetString());

        var nothing = await ErrorsOf(await SessionAsync(client, new { kind = "PreMeeting", heldOn = "2026-02-03", topic = "会前学法", expected = 10, attended = 10 }));
        Assert.Contains("至少一项", nothing.GetProperty("regulations")[0].GetString());

        var courtless = await ErrorsOf(await SessionAsync(client, new { kind = "CourtObservation", heldOn = "2026-02-03", topic = "旁听庭审", expected = 10, attended = 10 }));
        Assert.Equal("请填写审理法院", courtless.GetProperty("court")[0].GetString());
        Assert.Equal("请填写旁听案件案号", courtless.GetProperty("caseNumber")[0].GetString());

        var kind = await ErrorsOf(await SessionAsync(client, new { kind = "Picnic", heldOn = "2026-02-03", topic = "学习", expected = 10, attended = 10, regulations = new[] { "《某条例》" } }));
        Assert.Contains("请选择学法形式", kind.GetProperty("kind")[0].GetString());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/study/sessions");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task StudyPlan_OnePerYear_ItsSessionsInItsYear_AndCompletionCountedFromSessions()
    {
        var client = await ClientAsync();
        var created = await client.PostAsJsonAsync("/api/study/plans", new
        {
            year = 2025,
            title = "《2025年党委理论学习中心组专题学习安排》",
            adoptedOn = "2025-02-10",
            items = new[] { new { month = 3, topic = "学习行政复议法" }, new { month = 6, topic = "学习安全生产法" }, new { month = 9, topic = "学习优化营商环境条例" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var items = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
        var march = items[0].GetProperty("id").GetGuid();

        var again = await ErrorsOf(await client.PostAsJsonAsync("/api/study/plans", new { year = 2025, title = "重复的安排", adoptedOn = "2025-03-01", items = new[] { new { month = 4, topic = "x" } } }));
        Assert.Equal("2025年的专题学习安排已制定，不能重复制定", again.GetProperty("year")[0].GetString());
        var late = await ErrorsOf(await client.PostAsJsonAsync("/api/study/plans", new { year = 2024, title = "补订的安排", adoptedOn = "2025-01-10", items = new[] { new { month = 13, topic = "x" } } }));
        Assert.Equal("2024年的专题学习安排应在2024年底之前印发", late.GetProperty("adoptedOn")[0].GetString());
        Assert.Equal("第1项：月份应为1至12", late.GetProperty("items[0].month")[0].GetString());

        var wrongYear = await ErrorsOf(await SessionAsync(client, new
        {
            kind = "TheoryGroup",
            heldOn = "2024-12-20",
            topic = "学习行政复议法",
            expected = 20,
            attended = 20,
            planItemId = march,
            regulations = new[] { "《中华人民共和国行政复议法》" },
        }));
        Assert.Contains("2025年", wrongYear.GetProperty("planItemId")[0].GetString());

        Assert.Equal(HttpStatusCode.Created, (await SessionAsync(client, new
        {
            kind = "TheoryGroup",
            heldOn = "2025-03-20",
            topic = "学习行政复议法",
            expected = 20,
            attended = 20,
            planItemId = march,
            regulations = new[] { "《中华人民共和国行政复议法》" },
        })).StatusCode);
        Assert.Equal(Math.Round(100m / 3, 1), Math.Round((await FigureAsync("study.plan_completion_rate", 2025))!.Value, 1));

        var plans = await client.GetFromJsonAsync<JsonElement>("/api/study/plans");
        Assert.True(plans[0].GetProperty("items")[0].GetProperty("done").GetBoolean());
        Assert.False(plans[0].GetProperty("items")[1].GetProperty("done").GetBoolean());
    }

    [Fact]
    public async Task LawExam_PassedCannotExceedCandidates_AndThePassRateIsSummedOverExams()
    {
        var client = await ClientAsync();
        var refused = await ErrorsOf(await client.PostAsJsonAsync("/api/study/exams", new { heldOn = "2025-12-15", title = "学法考试", candidates = 10, passed = 11 }));
        Assert.Equal("合格人数不能多于参考人数", refused.GetProperty("passed")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/study/exams", new { heldOn = "2025-06-15", title = "上半年学法考试", candidates = 100, passed = 96 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/study/exams", new { heldOn = "2025-12-15", title = "下半年学法考试", candidates = 50, passed = 48 })).StatusCode);
        Assert.Equal(96m, await FigureAsync("study.exam_pass_rate", 2025));
    }

    [Fact]
    public async Task Ledger_ImportWithBadRows_ReportsEveryRow_StoresNothing_AndTheExportImportsBack()
    {
        var client = await ClientAsync();
        var noFile = await ErrorsOf(await client.PostAsJsonAsync("/api/study/sessions/import", new { }));
        Assert.Equal("请以 multipart/form-data 上传 Excel（.xlsx）或 CSV 文件（字段 file）", noFile.GetProperty("file")[0].GetString());

        const string header = "学法形式,学习日期,学习主题,主讲人,应到人数,实到人数,缺席人员及原因,审理法院,旁听案件案号,学习法规政策\n";
        var bad = header
            + "领导干部专题学法,2025-03-18,好的一行,法律顾问,20,20,,,,《中华人民共和国行政复议法》；《优化营商环境条例》\n"
            + "郊游,2025-03-18,形式不对,,20,20,,,,《某条例》\n";
        var unreadable = await ErrorsOf(await client.PostAsync("/api/study/sessions/import", Csv(bad)));
        Assert.Contains("学法形式", unreadable.GetProperty("row3")[0].GetString());

        // Rows that read go through the same gates as the form: every refused row is listed.
        var gated = header
            + "领导干部专题学法,2025-03-18,好的一行,法律顾问,20,20,,,,《中华人民共和国行政复议法》\n"
            + "旁听庭审,2025-06-25,没写法院,,12,12,,,,\n"
            + "常务会议会前学法,2026-05-01,未来的学法,,20,20,,,,《某条例》\n";
        var errors = await ErrorsOf(await client.PostAsync("/api/study/sessions/import", Csv(gated)));
        Assert.Contains("请填写审理法院", string.Join(" ", errors.GetProperty("row3").EnumerateArray().Select(e => e.GetString())));
        Assert.Contains("学习日期不能晚于今天", errors.GetProperty("row4")[0].GetString());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/study/sessions")).GetProperty("total").GetInt32());

        var good = header + "领导干部专题学法,2025-03-18,台账往返学法,法律顾问,20,19,1人病假,,,《中华人民共和国行政复议法》；《优化营商环境条例》\n";
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/study/sessions/import", Csv(good))).StatusCode);
        var exported = await client.GetByteArrayAsync("/api/study/sessions/export.xlsx?q=台账往返");

        // The exported file imports back into another town with the same columns and the same values.
        var other = await _factory.TokenClientAsync(FazhiFactory.TownB, Roles.LegalOffice);
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(exported);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "领导干部学法台账.xlsx");
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/study/sessions/import", content)).StatusCode);
        var copy = (await other.GetFromJsonAsync<JsonElement>("/api/study/sessions?q=台账往返")).GetProperty("items")[0];
        Assert.Equal("领导干部专题学法", copy.GetProperty("kindName").GetString());
        Assert.Equal("1人病假", copy.GetProperty("absentees").GetString());
        Assert.Equal(2, copy.GetProperty("regulations").GetArrayLength());
        Assert.Equal("《优化营商环境条例》", copy.GetProperty("regulations")[1].GetString());
    }

    [Fact]
    public async Task Pages_RecordThroughTheForm_ShowTheYearAndTheTheoryGroupMinimum()
    {
        var client = await _factory.ClientWithPermissionsAsync(Town, LawStudyPermissions.Read, LawStudyPermissions.Record);
        var refused = await FazhiFactory.PostFormAsync(client, "/study/new", new()
        {
            ["Form.Kind"] = "Thematic",
            ["Form.HeldOn"] = "2026-02-10",
            ["Form.Topic"] = "",
            ["Form.Expected"] = "二十",
            ["Form.Attended"] = "20",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("应到人数应为整数", await refused.Content.ReadAsStringAsync());

        var response = await FazhiFactory.PostFormAsync(client, "/study/new", new()
        {
            ["Form.Kind"] = "TheoryGroup",
            ["Form.HeldOn"] = "2026-02-10",
            ["Form.Topic"] = "页面登记的中心组学法",
            ["Form.Expected"] = "20",
            ["Form.Attended"] = "20",
            ["Form.Regulations"] = "《中华人民共和国行政复议法》\n《优化营商环境条例》",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("页面登记的中心组学法", detail);
        Assert.Contains("《优化营商环境条例》", detail);

        var index = await client.GetStringAsync("/study?year=2026");
        Assert.Contains("2026年领导干部专题学法 <strong>1</strong> 场", index);
        Assert.Contains("少于每年至少2次的安排", index);
        Assert.Contains("页面登记的中心组学法", index);

        var plan = await FazhiFactory.PostFormAsync(client, "/study/plans", new()
        {
            ["Year"] = "2026",
            ["Title"] = "2026年专题学习安排",
            ["AdoptedOn"] = "2026-01-20",
            ["Items"] = "3 学习行政复议法\n6月：学习安全生产法",
        });
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        var plans = await client.GetStringAsync("/study/plans");
        Assert.Contains("学习安全生产法", plans);
        Assert.Contains("已落实0/2项", plans);

        var exam = await FazhiFactory.PostFormAsync(client, "/study/exams", new() { ["HeldOn"] = "2026-02-20", ["Title"] = "学法考试", ["Candidates"] = "40", ["Passed"] = "41" });
        Assert.Equal(HttpStatusCode.BadRequest, exam.StatusCode);
        Assert.Contains("合格人数不能多于参考人数", await exam.Content.ReadAsStringAsync());
    }

    private static MultipartFormDataContent Csv(string text)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "study.csv");
        return content;
    }
}
