using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Governance;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Governance;

/// <summary>
/// 依法治镇委员会: bodies and meetings numbered 第N次会议, decisions handed to 督查督办 in the same unit of work, leaders'
/// 述法, cadre evaluations against a weighted catalogue, the figures, the ledgers and the pages.
/// </summary>
public sealed class GovernanceTests : IDisposable
{
    private const string Town = FazhiFactory.TownA;
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<HttpClient> ClientAsync() => _factory.TokenClientAsync(Town, Roles.LegalOffice);

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

    private static async Task<Guid> BodyAsync(HttpClient client, string kind, string name, int before = 0)
    {
        var response = await client.PostAsJsonAsync("/api/governance/bodies", new { kind, name, establishedOn = "2019-04-12", meetingsBeforeFazhi = before });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> MeetingAsync(HttpClient client, Guid body, string heldOn, params object[] decisions)
    {
        var response = await client.PostAsJsonAsync("/api/governance/meetings", new
        {
            bodyId = body,
            heldOn,
            place = "镇政府三楼会议室",
            chair = "陈建华",
            attendees = 21,
            agenda = new[] { "审议年度法治政府建设工作要点" },
            decisions,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Meeting_IsNumberedFromTheBodysFirstMeeting_InChineseNumerals_AfterTheMeetingsHeldBeforeFazhi()
    {
        var client = await ClientAsync();
        var committee = await BodyAsync(client, "委员会", "某镇全面依法治镇委员会", before: 3);
        var office = await BodyAsync(client, "Office", "某镇全面依法治镇委员会办公室");

        var march = await MeetingAsync(client, committee, "2025-03-24");
        Assert.Equal("第四次会议", march.GetProperty("meeting").GetProperty("ordinalName").GetString());
        Assert.Equal("某镇全面依法治镇委员会第四次会议", march.GetProperty("meeting").GetProperty("title").GetString());
        // Each body counts its own meetings: the office's first is its 第一次会议.
        Assert.Equal("第一次会议", (await MeetingAsync(client, office, "2025-03-10")).GetProperty("meeting").GetProperty("ordinalName").GetString());

        // A meeting held earlier but entered later takes its place by date: the March meeting becomes the fifth.
        await MeetingAsync(client, committee, "2025-01-15");
        var id = march.GetProperty("meeting").GetProperty("id").GetGuid();
        var again = await client.GetFromJsonAsync<JsonElement>($"/api/governance/meetings/{id}");
        Assert.Equal("第五次会议", again.GetProperty("meeting").GetProperty("ordinalName").GetString());

        Assert.Equal(2m, await FigureAsync("governance.committee_meetings", 2025));
        Assert.Equal(1m, await FigureAsync("governance.office_meetings", 2025));
        Assert.Null(await FigureAsync("governance.committee_meetings", 2024));
    }

    [Fact]
    public async Task Decision_AssignsASupervisedTask_InTheSameUnitOfWork_AndTheMeetingShowsItsStatus_AndTheDoneRateCountsClosedTasks()
    {
        var client = await ClientAsync();
        var committee = await BodyAsync(client, "委员会", "某镇全面依法治镇委员会", before: 3);
        var meeting = await MeetingAsync(client, committee, "2026-01-20",
            new { text = "印发年度法治政府建设工作要点", leadUnit = "镇依法治镇办", coUnits = "镇党政办", deadline = "2026-02-27" },
            new { text = "开展行政执法案卷评查", leadUnit = "镇综合行政执法办", deadline = "2026-06-30" });
        var decisions = meeting.GetProperty("decisions");
        Assert.Equal(2, decisions.GetArrayLength());
        Assert.Equal("已交办", decisions[0].GetProperty("taskStatus").GetString());
        var task = decisions[0].GetProperty("taskId").GetGuid();

        var supervised = (await client.GetFromJsonAsync<JsonElement>($"/api/supervision/tasks/{task}")).GetProperty("task");
        Assert.Equal("印发年度法治政府建设工作要点", supervised.GetProperty("title").GetString());
        Assert.Equal("镇依法治镇办", supervised.GetProperty("leadUnit").GetString());
        Assert.Equal("会议决定", supervised.GetProperty("sourceName").GetString());
        Assert.Contains("第四次会议", supervised.GetProperty("sourceReference").GetString());

        Assert.Equal(0m, await FigureAsync("governance.decisions_done_rate", 2026));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/supervision/tasks/{task}/completion", new { on = "2026-02-20", content = "已印发" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/supervision/tasks/{task}/verification", new { on = "2026-02-24", content = "已核实", passed = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/supervision/tasks/{task}/close", new { on = "2026-02-25" })).StatusCode);

        var id = meeting.GetProperty("meeting").GetProperty("id").GetGuid();
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/governance/meetings/{id}");
        Assert.Equal("已销号", detail.GetProperty("decisions")[0].GetProperty("taskStatus").GetString());
        Assert.Equal(2m, await FigureAsync("governance.decisions", 2026));
        Assert.Equal(50m, await FigureAsync("governance.decisions_done_rate", 2026));

        // A decision added later from the minutes is supervised like the others.
        var added = await client.PostAsJsonAsync($"/api/governance/meetings/{id}/decisions", new { text = "完善法律顾问参与合法性审查机制", leadUnit = "镇司法所", deadline = "2026-04-30" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("已交办", (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decisions")[2].GetProperty("taskStatus").GetString());

        var page = await (await _factory.ClientWithPermissionsAsync(Town, GovernancePermissions.Read)).GetStringAsync($"/governance/meetings/{id}");
        Assert.Contains("某镇全面依法治镇委员会第四次会议", page);
        Assert.Contains("已销号", page);
    }

    [Fact]
    public async Task Decision_WithADeadlineNotAfterTheMeeting_IsRefused_AndNeitherTheMeetingNorAnyTaskIsStored()
    {
        var client = await ClientAsync();
        var committee = await BodyAsync(client, "委员会", "某镇全面依法治镇委员会");
        var errors = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/meetings", new
        {
            bodyId = committee,
            heldOn = "2026-01-20",
            chair = "陈建华",
            attendees = 21,
            agenda = new[] { "研究部署" },
            decisions = new[]
            {
                new { text = "合规的事项", leadUnit = "镇司法所", deadline = "2026-03-31" },
                new { text = "时限倒置的事项", leadUnit = "镇司法所", deadline = "2026-01-19" },
            },
        }));
        Assert.Equal("第2项议定事项：办结时限应晚于会议日期（2026-01-20）", errors.GetProperty("decisions[1].deadline")[0].GetString());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/governance/meetings")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/supervision/tasks")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Meeting_IsRefused_InTheFuture_BeforeTheBodyExisted_OrWithoutAgenda()
    {
        var client = await ClientAsync();
        var committee = await BodyAsync(client, "委员会", "某镇全面依法治镇委员会");
        var future = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/meetings", new { bodyId = committee, heldOn = "2026-03-03", chair = "陈建华", attendees = 20, agenda = new[] { "议题" } }));
        Assert.Equal("会议日期不能晚于今天", future.GetProperty("heldOn")[0].GetString());
        var early = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/meetings", new { bodyId = committee, heldOn = "2019-01-03", chair = "陈建华", attendees = 0 }));
        Assert.Contains("不能早于某镇全面依法治镇委员会的成立日期（2019-04-12）", early.GetProperty("heldOn")[0].GetString());
        Assert.Equal("出席人数应为1至500之间的整数", early.GetProperty("attendees")[0].GetString());
        Assert.Equal("请填写会议议题（至少一项）", early.GetProperty("agenda")[0].GetString());
        var kind = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/bodies", new { kind = "联席会议", name = "某镇全面依法治镇委员会" }));
        Assert.Contains("请选择议事机构类别", kind.GetProperty("kind")[0].GetString());
        Assert.Equal("已有名为“某镇全面依法治镇委员会”的议事机构", kind.GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task BodyMember_TermCannotEndBeforeItStarts_AndMembersAreListedWithTheirRole()
    {
        var client = await ClientAsync();
        var committee = await BodyAsync(client, "委员会", "某镇全面依法治镇委员会");
        var refused = await ErrorsOf(await client.PostAsJsonAsync($"/api/governance/bodies/{committee}/members", new { name = "陈建华", post = "镇党委书记", role = "主任", from = "2024-05-01", to = "2024-04-30" }));
        Assert.Equal("任职终止日期不能早于起始日期", refused.GetProperty("to")[0].GetString());
        var ok = await client.PostAsJsonAsync($"/api/governance/bodies/{committee}/members", new { name = "陈建华", post = "镇党委书记", role = "主任", from = "2024-05-01" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("主任", (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("members")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task LeaderLawReport_OnePerLeaderYearAndOccasion_NotBeforeTheYearItReportsOn_RatedByGradeOrScore()
    {
        var client = await ClientAsync();
        static object Report(string givenOn, string occasion, string? rating, int? score) => new
        {
            leader = "陈建华",
            post = "镇党委书记",
            year = 2025,
            givenOn,
            occasion,
            includesFirstResponsibility = true,
            summary = "报告履行推进法治建设第一责任人职责情况",
            rating,
            score,
        };
        var created = await client.PostAsJsonAsync("/api/governance/law-reports", Report("2026-01-12", "年终述职", "好", null));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("年终述职", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("occasionName").GetString());

        var twice = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/law-reports", Report("2026-01-20", "YearEnd", null, 95)));
        Assert.Equal("陈建华2025年度的年终述职已登记，同一领导同一年度同一形式只登记一次", twice.GetProperty("leader")[0].GetString());
        var early = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/law-reports", Report("2024-12-30", "专题述法", null, 95)));
        Assert.Equal("述法日期不能早于述法年度开始（2025-01-01）", early.GetProperty("givenOn")[0].GetString());
        var future = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/law-reports", Report("2026-03-03", "专题述法", null, 95)));
        Assert.Equal("述法日期不能晚于今天", future.GetProperty("givenOn")[0].GetString());
        var unrated = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/law-reports", Report("2025-07-01", "专题述法", null, null)));
        Assert.Contains("请填写评议等次", unrated.GetProperty("rating")[0].GetString());
        var both = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/law-reports", Report("2025-07-01", "专题述法", "较好", 88)));
        Assert.Equal("评议等次和评议得分只填一项", both.GetProperty("score")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/governance/law-reports", Report("2025-07-01", "专题述法", null, 88))).StatusCode);

        Assert.Equal(1m, await FigureAsync("governance.leader_law_reports", 2026));
        Assert.Equal(1m, await FigureAsync("governance.leader_law_reports", 2025));
        Assert.Null(await FigureAsync("governance.leader_law_reports", 2024));
    }

    [Fact]
    public async Task EvaluationScheme_WeightsMustSumTo100()
    {
        var client = await ClientAsync();
        var errors = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/evaluation-schemes", new
        {
            title = "《中层干部履职能力评估办法》",
            adoptedOn = "2025-03-01",
            criteria = new[] { new { name = "依法履职", weight = 40 }, new { name = "工作实绩", weight = 35 }, new { name = "廉洁自律", weight = 20 } },
        }));
        Assert.Equal("各项评估指标的权重合计应为100（现为95）", errors.GetProperty("criteria")[0].GetString());
    }

    [Fact]
    public async Task CadreEvaluation_TotalIsComputedFromTheWeightedScores_GradedByTheThresholds_OncePerPersonAndPeriod()
    {
        var client = await ClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/governance/evaluation-schemes", new
        {
            title = "《中层干部履职能力评估办法》",
            adoptedOn = "2025-03-01",
            criteria = new[] { new { name = "政治素质", weight = 20 }, new { name = "依法履职", weight = 30 }, new { name = "工作实绩", weight = 30 }, new { name = "廉洁自律", weight = 20 } },
        })).StatusCode);
        static object Evaluation(string period, string evaluatedOn, int lawful, string? followUp = null, string? followUpOn = null) => new
        {
            year = 2025,
            period,
            department = "镇司法所",
            person = "张丽",
            post = "所长",
            evaluatedOn,
            scores = new[] { new { criterion = "政治素质", score = 90 }, new { criterion = "依法履职", score = lawful }, new { criterion = "工作实绩", score = 85 }, new { criterion = "廉洁自律", score = 95 } },
            followUp,
            followUpOn,
        };
        var created = await client.PostAsJsonAsync("/api/governance/evaluations", Evaluation("上半年", "2025-07-15", 88));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = await created.Content.ReadFromJsonAsync<JsonElement>();
        // 90×20% + 88×30% + 85×30% + 95×20% = 18 + 26.4 + 25.5 + 19 = 88.9: 良好 under the default thresholds (优秀 ≥ 90).
        Assert.Equal(88.9m, item.GetProperty("total").GetDecimal());
        Assert.Equal("良好", item.GetProperty("grade").GetString());
        Assert.Equal("2025年上半年", item.GetProperty("period").GetString());

        var twice = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/evaluations", Evaluation("FirstHalf", "2025-07-20", 95)));
        Assert.Equal("镇司法所张丽2025年上半年的履职能力评估已登记，同一人员同一周期只评估一次", twice.GetProperty("person")[0].GetString());
        var early = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/evaluations", Evaluation("下半年", "2025-06-30", 95)));
        Assert.Equal("评估日期不能早于评估周期（2025年下半年）开始（2025-07-01）", early.GetProperty("evaluatedOn")[0].GetString());
        var followUp = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/evaluations", Evaluation("年度", "2026-01-15", 40, "提醒谈话", "2026-01-10")));
        Assert.Equal("跟进日期不能早于评估日期", followUp.GetProperty("followUpOn")[0].GetString());
        var missing = await ErrorsOf(await client.PostAsJsonAsync("/api/governance/evaluations", new
        {
            year = 2025,
            period = "年度",
            department = "镇司法所",
            person = "张丽",
            post = "所长",
            evaluatedOn = "2026-01-15",
            scores = new[] { new { criterion = "依法履职", score = 80 } },
        }));
        Assert.Equal("请为每项评估指标打分，缺少：政治素质、工作实绩、廉洁自律", missing.GetProperty("scores")[0].GetString());

        var annual = await (await client.PostAsJsonAsync("/api/governance/evaluations", Evaluation("年度", "2026-01-15", 40, "提醒谈话", "2026-01-20"))).Content.ReadFromJsonAsync<JsonElement>();
        // 90×20% + 40×30% + 85×30% + 95×20% = 18 + 12 + 25.5 + 19 = 74.5: 合格.
        Assert.Equal(74.5m, annual.GetProperty("total").GetDecimal());
        Assert.Equal("合格", annual.GetProperty("grade").GetString());
        Assert.Equal("提醒谈话", annual.GetProperty("followUp").GetString());

        Assert.Equal(1m, await FigureAsync("governance.cadre_evaluations", 2025));
        Assert.Equal(1m, await FigureAsync("governance.cadre_evaluations", 2026));
        var sorted = await client.GetFromJsonAsync<JsonElement>("/api/governance/evaluations?sort=-total");
        Assert.Equal(88.9m, sorted.GetProperty("items")[0].GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Figures_WithoutRecords_AreNoData_NotZero()
    {
        Assert.Null(await FigureAsync("governance.committee_meetings", 2025));
        Assert.Null(await FigureAsync("governance.office_meetings", 2025));
        Assert.Null(await FigureAsync("governance.decisions", 2025));
        Assert.Null(await FigureAsync("governance.decisions_done_rate", 2025));
        Assert.Null(await FigureAsync("governance.leader_law_reports", 2025));
        Assert.Null(await FigureAsync("governance.cadre_evaluations", 2025));
    }

    [Fact]
    public async Task Ledgers_ImportWithBadRows_ReportEveryRow_StoreNothing_AndTheExportsImportBack()
    {
        var client = await ClientAsync();
        await BodyAsync(client, "委员会办公室", "某镇全面依法治镇委员会办公室", before: 9);
        const string header = "议事机构,会议日期,会议地点,主持人,出席人数,会议议题,会议纪要\n";
        var bad = header
            + "某镇全面依法治镇委员会办公室,2025-03-10,司法所会议室,刘国强,11,通报工作进展；研究督办情况,\n"
            + "不存在的协调小组,2025-05-10,,黄伟,9,研究执法协调,\n"
            + "某镇全面依法治镇委员会办公室,2026-05-10,,刘国强,9,未来的会议,\n";
        var errors = await ErrorsOf(await client.PostAsync("/api/governance/meetings/import", Csv(bad)));
        Assert.Contains("没有名为“不存在的协调小组”的议事机构", errors.GetProperty("row3")[0].GetString());
        Assert.Contains("会议日期不能晚于今天", errors.GetProperty("row4")[0].GetString());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/governance/meetings")).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/governance/meetings/import", Csv(header + "某镇全面依法治镇委员会办公室,2025-03-10,司法所会议室,刘国强,11,通报工作进展；研究督办情况,\n"))).StatusCode);
        var listed = (await client.GetFromJsonAsync<JsonElement>("/api/governance/meetings")).GetProperty("items")[0];
        Assert.Equal("第十次会议", listed.GetProperty("ordinalName").GetString());
        Assert.Equal(2, listed.GetProperty("agenda").GetArrayLength());

        // 述法 and evaluations export and import back into another town with the same columns.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/governance/law-reports", new
        {
            leader = "李志明",
            post = "镇长",
            year = 2025,
            givenOn = "2026-01-12",
            occasion = "年终述职",
            includesFirstResponsibility = true,
            summary = "述法摘要",
            score = 92,
        })).StatusCode);
        var other = await _factory.TokenClientAsync(FazhiFactory.TownB, Roles.LegalOffice);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/governance/law-reports/import", Xlsx(await client.GetByteArrayAsync("/api/governance/law-reports/export.xlsx")))).StatusCode);
        var copy = (await other.GetFromJsonAsync<JsonElement>("/api/governance/law-reports")).GetProperty("items")[0];
        Assert.Equal("李志明", copy.GetProperty("leader").GetString());
        Assert.Equal(92, copy.GetProperty("score").GetInt32());
        Assert.True(copy.GetProperty("includesFirstResponsibility").GetBoolean());

        foreach (var c in new[] { client, other })
        {
            Assert.Equal(HttpStatusCode.Created, (await c.PostAsJsonAsync("/api/governance/evaluation-schemes", new
            {
                title = "评估办法",
                adoptedOn = "2025-03-01",
                criteria = new[] { new { name = "依法履职", weight = 60 }, new { name = "工作实绩", weight = 40 } },
            })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/governance/evaluations", new
        {
            year = 2025,
            period = "年度",
            department = "镇司法所",
            person = "张丽",
            post = "所长",
            evaluatedOn = "2026-01-15",
            scores = new[] { new { criterion = "依法履职", score = 90 }, new { criterion = "工作实绩", score = 80 } },
            followUp = "留任",
            followUpOn = "2026-01-20",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync("/api/governance/evaluations/import", Xlsx(await client.GetByteArrayAsync("/api/governance/evaluations/export.xlsx")))).StatusCode);
        var evaluation = (await other.GetFromJsonAsync<JsonElement>("/api/governance/evaluations")).GetProperty("items")[0];
        Assert.Equal(86m, evaluation.GetProperty("total").GetDecimal());
        Assert.Equal("留任", evaluation.GetProperty("followUp").GetString());
    }

    [Fact]
    public async Task Pages_RecordABodyAndAMeetingThroughTheForms_AndShowTheMeetingAsTheFourth()
    {
        var client = await _factory.ClientWithPermissionsAsync(Town, GovernancePermissions.Read, GovernancePermissions.Record);
        var body = await FazhiFactory.PostFormAsync(client, "/governance/bodies", new()
        {
            ["Body.Kind"] = "Committee",
            ["Body.Name"] = "页面设立的依法治镇委员会",
            ["Body.EstablishedOn"] = "2019-04-12",
            ["Body.MeetingsBeforeFazhi"] = "三",
        });
        Assert.Equal(HttpStatusCode.BadRequest, body.StatusCode);
        Assert.Contains("此前已召开的会议次数应为整数", await body.Content.ReadAsStringAsync());
        body = await FazhiFactory.PostFormAsync(client, "/governance/bodies", new()
        {
            ["Body.Kind"] = "Committee",
            ["Body.Name"] = "页面设立的依法治镇委员会",
            ["Body.EstablishedOn"] = "2019-04-12",
            ["Body.MeetingsBeforeFazhi"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, body.StatusCode);
        var bodies = await client.GetStringAsync("/governance/bodies");
        var bodyId = System.Text.RegularExpressions.Regex.Match(bodies, "id=\"body-([0-9a-f-]{36})\"").Groups[1].Value;

        var refused = await FazhiFactory.PostFormAsync(client, "/governance/meetings/new", new()
        {
            ["Form.BodyId"] = bodyId,
            ["Form.HeldOn"] = "2026-02-10",
            ["Form.Chair"] = "陈建华",
            ["Form.Attendees"] = "20",
            ["Form.Agenda"] = "研究部署",
            ["Form.Decisions[0].Text"] = "时限倒置",
            ["Form.Decisions[0].LeadUnit"] = "镇司法所",
            ["Form.Decisions[0].Deadline"] = "2026-02-01",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("办结时限应晚于会议日期", await refused.Content.ReadAsStringAsync());

        var response = await FazhiFactory.PostFormAsync(client, "/governance/meetings/new", new()
        {
            ["Form.BodyId"] = bodyId,
            ["Form.HeldOn"] = "2026-02-10",
            ["Form.Place"] = "镇政府三楼会议室",
            ["Form.Chair"] = "陈建华",
            ["Form.Attendees"] = "20",
            ["Form.Agenda"] = "传达学习全面依法治国工作会议精神\n审议年度工作要点",
            ["Form.Decisions[0].Text"] = "印发年度工作要点",
            ["Form.Decisions[0].LeadUnit"] = "镇依法治镇办",
            ["Form.Decisions[0].Deadline"] = "2026-03-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("页面设立的依法治镇委员会第四次会议", detail);
        Assert.Contains("已交办", detail);
        var list = await client.GetStringAsync("/governance?kind=Committee&sort=-held");
        Assert.Contains("第四次会议", list);
        Assert.Contains("排序方式应为", await (await client.GetAsync("/governance?sort=bogus")).Content.ReadAsStringAsync());
        foreach (var page in new[] { "/governance/law-reports", "/governance/law-reports/new", "/governance/evaluations", "/governance/evaluations/schemes" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        }
    }

    private static MultipartFormDataContent Csv(string text)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "台账.csv");
        return content;
    }

    private static MultipartFormDataContent Xlsx(byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "台账.xlsx");
        return content;
    }
}
