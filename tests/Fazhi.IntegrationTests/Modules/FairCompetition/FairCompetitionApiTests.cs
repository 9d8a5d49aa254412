using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.FairCompetition.Reviews;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.FairCompetition;

/// <summary>The 公平竞争审查 procedure over the JSON API: standards by date, every gate refused and allowed, the contract, the figures.</summary>
public sealed class FairCompetitionApiTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private const string Base = "/api/fair-competition";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private sealed record AnswerBody(string StandardCode, string Verdict, string? Note = null, string? ExceptionGround = null,
        string? ExceptionJustification = null, string? TerminationCondition = null, bool NoLessRestrictiveAlternative = false);

    private async Task<HttpClient> ClientAsync(string town = FazhiFactory.TownA) => await factory.TokenClientAsync(town, Roles.LegalOffice);

    private static async Task<ReviewRow> RegisterAsync(HttpClient client, string title, string draftedOn = "2025-05-06")
    {
        var response = await client.PostAsJsonAsync($"{Base}/reviews", new { title, draftingUnit = "经济发展办", kind = "Other", draftedOn });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ReviewRow>(Json))!;
    }

    private static async Task<ReviewDetail> DetailAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<ReviewDetail>($"{Base}/reviews/{id}", Json))!;

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object body) =>
        client.PostAsJsonAsync($"{Base}/reviews/{id}/actions/{action}", body);

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> RefusedAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Registers, determines "affecting" and answers every item Complies except the given first verdict.</summary>
    private static async Task<(Guid Id, ReviewDetail Detail)> AnsweredAsync(HttpClient client, string title, string firstVerdict = "Complies", string draftedOn = "2025-05-06", string? on = null)
    {
        var row = await RegisterAsync(client, title, draftedOn);
        await OkAsync(ActAsync(client, row.Id, "determine", new { affectsBusiness = true, reason = "涉及对经营者的奖励", on }));
        var detail = await DetailAsync(client, row.Id);
        var answers = detail.Checklist.Select((c, i) => new { standardCode = c.StandardCode, verdict = i == 0 ? firstVerdict : "Complies", note = i == 0 ? "第三条限定本镇企业" : null }).ToList();
        await OkAsync(ActAsync(client, row.Id, "answers", new { answers, on }));
        return (row.Id, await DetailAsync(client, row.Id));
    }

    [Fact]
    public async Task StandardSet_2022Measure_IsReviewedAgainstThe2021RulesItems_And2025Measure_AgainstTheRegulationItems()
    {
        var client = await ClientAsync();
        var old = await DetailAsync(client, (await RegisterAsync(client, "2022年扶持措施", "2022-05-10")).Id);
        Assert.Contains("实施细则", old.StandardSetName);
        Assert.Equal(18, old.Checklist.Count);
        Assert.All(old.Checklist, c => Assert.StartsWith("《公平竞争审查制度实施细则》", c.Article));
        var refused = await RefusedAsync(ActAsync(client, old.Summary.Id, "issue", new { }));
        Assert.Contains("国发〔2016〕34号", refused.GetProperty("legalBasis").GetString());

        var current = await DetailAsync(client, (await RegisterAsync(client, "2025年扶持措施", "2025-03-01")).Id);
        Assert.Equal("《公平竞争审查条例》", current.StandardSetName);
        Assert.Equal(19, current.Checklist.Count);
        Assert.Equal("《公平竞争审查条例》第八条第（一）项", current.Checklist[0].Article);

        var byDate = await client.GetFromJsonAsync<StandardSetView>($"{Base}/standards?date=2024-07-31", Json);
        Assert.Equal("rules2021", byDate!.Key);
    }

    [Fact]
    public async Task Register_IsRefused_WithoutTitle_OrBeforeTheEarliestStandards_InChinese()
    {
        var client = await ClientAsync();
        var response = await client.PostAsJsonAsync($"{Base}/reviews", new { title = " ", draftingUnit = "经济发展办" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写政策措施名称", await response.Content.ReadAsStringAsync());

        response = await client.PostAsJsonAsync($"{Base}/reviews", new { title = "2020年措施", draftingUnit = "经济发展办", draftedOn = "2020-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("最早审查标准", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Conclude_IsRefused_WhileAChecklistItemIsUnanswered_ThenAllowed()
    {
        var client = await ClientAsync();
        var row = await RegisterAsync(client, "未逐项审查的措施");
        await OkAsync(ActAsync(client, row.Id, "determine", new { affectsBusiness = true, reason = "涉及招标投标" }));
        var detail = await DetailAsync(client, row.Id);
        await OkAsync(ActAsync(client, row.Id, "answers", new { answers = detail.Checklist.Skip(1).Select(c => new { standardCode = c.StandardCode, verdict = "Complies" }) }));

        var refused = await RefusedAsync(ActAsync(client, row.Id, "conclude", new { text = "符合审查标准" }));
        Assert.Contains("第十七条", refused.GetProperty("legalBasis").GetString());
        Assert.Contains("未逐项审查", refused.GetProperty("detail").GetString());

        await OkAsync(ActAsync(client, row.Id, "answers", new { answers = new[] { new { standardCode = detail.Checklist[0].StandardCode, verdict = "Complies" } } }));
        refused = await RefusedAsync(ActAsync(client, row.Id, "conclude", new { text = "" }));
        Assert.Equal("《公平竞争审查条例》第十七条", refused.GetProperty("legalBasis").GetString());

        await OkAsync(ActAsync(client, row.Id, "conclude", new { text = "经逐项审查，符合审查标准。", consultation = "听取了镇商会意见" }));
        detail = await DetailAsync(client, row.Id);
        Assert.Equal("Compliant", detail.Summary.Conclusion);
        Assert.True(detail.Summary.MayBeIssued);
        Assert.Equal(["start", "determine_affecting", "answer", "answer", "conclude"], detail.Timeline.Select(t => t.Action));
        Assert.All(detail.Timeline.Skip(1), t => Assert.Equal("测试用户", t.ActorName));
    }

    [Fact]
    public async Task Exception_WithoutTerminationCondition_IsRefused_ThenAllowed_AndGetsAnEvaluationDate()
    {
        var client = await ClientAsync();
        var row = await RegisterAsync(client, "新能源充电设施补贴");
        await OkAsync(ActAsync(client, row.Id, "determine", new { affectsBusiness = true, reason = "涉及补贴" }));
        var detail = await DetailAsync(client, row.Id);
        var item = detail.Checklist[10].StandardCode;
        var exception = new { standardCode = item, verdict = "Exception", exceptionGround = detail.ExceptionGrounds[2], exceptionJustification = "节能环保", noLessRestrictiveAlternative = true };

        var refused = await RefusedAsync(ActAsync(client, row.Id, "answers", new { answers = new[] { exception } }));
        Assert.Contains("第十二条", refused.GetProperty("legalBasis").GetString());
        Assert.Contains("终止条件", refused.GetProperty("detail").GetString());
        Assert.DoesNotContain((await DetailAsync(client, row.Id)).Checklist, c => c.Verdict is not null);

        var all = detail.Checklist.Select(c => c.StandardCode == item
                ? new AnswerBody(item, "Exception", null, detail.ExceptionGrounds[2], "节能环保", "2027年12月31日止", true)
                : new AnswerBody(c.StandardCode, "Complies"))
            .ToList();
        await OkAsync(ActAsync(client, row.Id, "answers", new { answers = all }));
        await OkAsync(ActAsync(client, row.Id, "conclude", new { text = "适用例外规定，实施至2027年底。" }));
        detail = await DetailAsync(client, row.Id);
        Assert.Equal("CompliantUnderException", detail.Summary.Conclusion);
        Assert.Equal(new DateOnly(2027, 3, 2), detail.NextEvaluationOn);
        Assert.Contains("12个月", detail.EvaluationExplanation);
    }

    [Fact]
    public async Task Violation_WithoutExplanation_IsRefusedAsBadInput()
    {
        var client = await ClientAsync();
        var row = await RegisterAsync(client, "违反说明缺失");
        await OkAsync(ActAsync(client, row.Id, "determine", new { affectsBusiness = true, reason = "涉及" }));
        var code = (await DetailAsync(client, row.Id)).Checklist[0].StandardCode;
        var response = await ActAsync(client, row.Id, "answers", new { answers = new[] { new { standardCode = code, verdict = "Violates" } } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("违反的具体内容", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Issue_IsRefused_WhenNotReviewed_AndWhenViolating_ThenAllowedAfterRevision()
    {
        var client = await ClientAsync();
        var unreviewed = await RegisterAsync(client, "未经审查的措施");
        var refused = await RefusedAsync(ActAsync(client, unreviewed.Id, "issue", new { reference = "演府〔2026〕1号" }));
        Assert.Equal("《公平竞争审查条例》第十八条", refused.GetProperty("legalBasis").GetString());

        var (id, _) = await AnsweredAsync(client, "限定本地企业的措施", "Violates");
        await OkAsync(ActAsync(client, id, "conclude", new { text = "第三条限定本镇企业，违反第八条第（三）项，不得出台。" }));
        var detail = await DetailAsync(client, id);
        Assert.Equal("Violating", detail.Summary.Conclusion);
        Assert.False(detail.Summary.MayBeIssued);
        refused = await RefusedAsync(ActAsync(client, id, "issue", new { reference = "演府〔2026〕2号" }));
        Assert.Equal("《公平竞争审查条例》第十八条", refused.GetProperty("legalBasis").GetString());
        Assert.Contains("不得出台", refused.GetProperty("detail").GetString());

        await OkAsync(ActAsync(client, id, "revise", new { note = "删除第三条" }));
        detail = await DetailAsync(client, id);
        Assert.Equal(2, detail.Summary.Round);
        Assert.All(detail.Checklist, c => Assert.Null(c.Verdict));
        Assert.NotEmpty(detail.EarlierRounds);
        await OkAsync(ActAsync(client, id, "answers", new { answers = detail.Checklist.Select(c => new { standardCode = c.StandardCode, verdict = "Complies" }) }));
        await OkAsync(ActAsync(client, id, "conclude", new { text = "修改后符合审查标准。" }));
        await OkAsync(ActAsync(client, id, "issue", new { reference = "演府〔2026〕3号" }));
        detail = await DetailAsync(client, id);
        Assert.Equal("RevisedToComply", detail.Summary.Conclusion);
        Assert.Equal("Issued", detail.Summary.Status);
        Assert.Equal(2, detail.Conclusions.Count);
    }

    [Fact]
    public async Task NotAffectingBusiness_IsAWrittenConclusion_AndTheMeasureMayBeIssued()
    {
        var client = await ClientAsync();
        var row = await RegisterAsync(client, "机关内部考勤制度");
        var response = await ActAsync(client, row.Id, "determine", new { affectsBusiness = false });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await OkAsync(ActAsync(client, row.Id, "determine", new { affectsBusiness = false, reason = "内部管理制度，不涉及经营者经济活动" }));
        var detail = await DetailAsync(client, row.Id);
        Assert.Equal("NotAffectingBusiness", detail.Summary.Conclusion);
        Assert.True(detail.Summary.MayBeIssued);
        await OkAsync(ActAsync(client, row.Id, "issue", new { }));
    }

    [Fact]
    public async Task Contract_MayBeIssued_OnlyAfterANonViolatingConclusion_AndRegistrationIsIdempotent()
    {
        var subject = Guid.CreateVersion7();
        Guid reviewId;
        await using (var scope = factory.SystemScope())
        {
            var reviews = scope.ServiceProvider.GetRequiredService<IFairCompetitionReviews>();
            Assert.Null(await reviews.StatusAsync("normative_documents.document", subject));
            var registration = new PolicyMeasureRegistration(FazhiFactory.TownA, "normative_documents.document", subject, "关于规范镇内集贸市场管理的通知", "市场监管分局");
            reviewId = await reviews.RegisterAsync(registration);
            Assert.Equal(reviewId, await reviews.RegisterAsync(registration));
            var pending = await reviews.StatusAsync("normative_documents.document", subject);
            Assert.False(pending!.MayBeIssued);
            await scope.ServiceProvider.GetRequiredService<Fazhi.Platform.Data.AppDbContext>().SaveChangesAsync();
            Assert.Equal(reviewId, await reviews.RegisterAsync(registration));
        }

        var client = await ClientAsync();
        var detail = await DetailAsync(client, reviewId);
        Assert.Equal("NormativeDocument", detail.Summary.Kind);
        await OkAsync(ActAsync(client, reviewId, "determine", new { affectsBusiness = true, reason = "涉及市场经营者" }));
        await OkAsync(ActAsync(client, reviewId, "answers", new { answers = detail.Checklist.Select((c, i) => new { standardCode = c.StandardCode, verdict = i == 2 ? "Violates" : "Complies", note = "指定唯一服务机构" }) }));
        await OkAsync(ActAsync(client, reviewId, "conclude", new { text = "违反审查标准" }));
        Assert.False((await StatusAsync(subject))!.MayBeIssued);

        await OkAsync(ActAsync(client, reviewId, "revise", new { note = "删除指定条款" }));
        Assert.False((await StatusAsync(subject))!.Concluded);
        await OkAsync(ActAsync(client, reviewId, "answers", new { answers = detail.Checklist.Select(c => new { standardCode = c.StandardCode, verdict = "Complies" }) }));
        await OkAsync(ActAsync(client, reviewId, "conclude", new { text = "修改后符合" }));
        var status = await StatusAsync(subject);
        Assert.True(status!.MayBeIssued);
        Assert.Equal(FairCompetitionConclusion.RevisedToComply, status.Conclusion);
    }

    private async Task<FairCompetitionStatus?> StatusAsync(Guid subject)
    {
        await using var scope = factory.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<IFairCompetitionReviews>().StatusAsync("normative_documents.document", subject);
    }

    [Fact]
    public async Task Metrics_MoveWithRecords_CountedByConclusionYear_WithRecordIds()
    {
        var client = await ClientAsync();
        async Task<(decimal Value, List<string> Ids)> FigureAsync(string key)
        {
            var figure = await client.GetFromJsonAsync<MetricFigure>($"/api/metrics/{key}?region={FazhiFactory.TownA}&year=2023");
            var records = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}/records?region={FazhiFactory.TownA}&year=2023&pageSize=200");
            return (figure!.Value ?? 0, records.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList());
        }

        var keys = new[] { "fair_competition.reviewed", "fair_competition.affecting_business", "fair_competition.violations", "fair_competition.revised" };
        var before = new Dictionary<string, decimal>();
        foreach (var key in keys)
        {
            before[key] = (await FigureAsync(key)).Value;
        }

        var (id, _) = await AnsweredAsync(client, "2023年违反标准的措施", "Violates", "2023-03-01", "2023-03-05");
        await OkAsync(ActAsync(client, id, "conclude", new { text = "违反", on = "2023-03-10" }));
        var reviewed = await FigureAsync("fair_competition.reviewed");
        Assert.Equal(before["fair_competition.reviewed"] + 1, reviewed.Value);
        Assert.Contains(id.ToString(), reviewed.Ids);
        Assert.Equal(before["fair_competition.affecting_business"] + 1, (await FigureAsync("fair_competition.affecting_business")).Value);
        Assert.Contains(id.ToString(), (await FigureAsync("fair_competition.violations")).Ids);

        await OkAsync(ActAsync(client, id, "revise", new { note = "修改", on = "2023-04-01" }));
        var detail = await DetailAsync(client, id);
        await OkAsync(ActAsync(client, id, "answers", new { answers = detail.Checklist.Select(c => new { standardCode = c.StandardCode, verdict = "Complies" }), on = "2023-04-02" }));
        await OkAsync(ActAsync(client, id, "conclude", new { text = "修改后符合", on = "2023-04-03" }));
        Assert.DoesNotContain(id.ToString(), (await FigureAsync("fair_competition.violations")).Ids);
        var revised = await FigureAsync("fair_competition.revised");
        Assert.Equal(before["fair_competition.revised"] + 1, revised.Value);
        Assert.Contains(id.ToString(), revised.Ids);
        Assert.Equal(before["fair_competition.reviewed"] + 1, (await FigureAsync("fair_competition.reviewed")).Value);
    }

    [Fact]
    public async Task Ledger_FiltersSortsPages_AndExportsToExcel()
    {
        var client = await ClientAsync();
        var token = Guid.NewGuid().ToString("N")[..8];
        foreach (var title in new[] { "丙", "甲", "乙" })
        {
            await RegisterAsync(client, $"{token}{title}措施");
        }

        var page = await client.GetFromJsonAsync<JsonElement>($"{Base}/reviews?q={token}&sort=title&pageSize=2&page=1");
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        var titles = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();
        Assert.Equal(2, titles.Count);
        Assert.True(string.CompareOrdinal(titles[0], titles[1]) < 0);
        var second = await client.GetFromJsonAsync<JsonElement>($"{Base}/reviews?q={token}&sort=title&pageSize=2&page=2");
        Assert.Single(second.GetProperty("items").EnumerateArray());
        var registered = await client.GetFromJsonAsync<JsonElement>($"{Base}/reviews?q={token}&status=Registered");
        Assert.Equal(3, registered.GetProperty("total").GetInt32());
        var none = await client.GetFromJsonAsync<JsonElement>($"{Base}/reviews?q={token}&status=Concluded");
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        var bad = await client.GetAsync($"{Base}/reviews?status=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var export = await client.GetAsync($"{Base}/reviews/export.xlsx?q={token}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.StartsWith(token, r["政策措施名称"].ToString()));
    }

    [Fact]
    public async Task MalformedId_IsBadRequest_AndAnotherTownsReview_IsNotFound()
    {
        var client = await ClientAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Base}/reviews/not-a-guid")).StatusCode);
        var other = await RegisterAsync(await ClientAsync(FazhiFactory.TownB), "东湖镇措施");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Base}/reviews/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(client, other.Id, "issue", new { })).StatusCode);
    }

    [Fact]
    public async Task Settings_ExceptionEvaluationCycle_IsSetPerRegion_AndMovesTheNextEvaluationDate()
    {
        const string town = "441900197";
        var client = await ClientAsync(town);
        var response = await client.PutAsJsonAsync($"{Base}/settings", new { exceptionEvaluationMonths = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("评估周期应为1至60个月", await response.Content.ReadAsStringAsync());
        await OkAsync(client.PutAsJsonAsync($"{Base}/settings", new { exceptionEvaluationMonths = 6 }));
        Assert.Equal(12, (await (await ClientAsync()).GetFromJsonAsync<SettingsView>($"{Base}/settings"))!.ExceptionEvaluationMonths);

        var row = await RegisterAsync(client, "西岭镇例外措施");
        await OkAsync(ActAsync(client, row.Id, "determine", new { affectsBusiness = true, reason = "涉及补贴" }));
        var detail = await DetailAsync(client, row.Id);
        var all = detail.Checklist.Select((c, i) => i == 0
                ? new AnswerBody(c.StandardCode, "Exception", null, detail.ExceptionGrounds[0], "国家安全", "2028年底", true)
                : new AnswerBody(c.StandardCode, "Complies"))
            .ToList();
        await OkAsync(ActAsync(client, row.Id, "answers", new { answers = all }));
        await OkAsync(ActAsync(client, row.Id, "conclude", new { text = "适用例外规定" }));
        detail = await DetailAsync(client, row.Id);
        Assert.Equal(new DateOnly(2026, 9, 2), detail.NextEvaluationOn);
        Assert.Contains("每6个月", detail.EvaluationExplanation);
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryAction()
    {
        var client = await ClientAsync();
        var document = await client.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/fair-competition/reviews", "/api/fair-competition/reviews/{id}/actions/conclude", "/api/fair-competition/reviews/{id}/actions/issue",
                     "/api/fair-competition/reviews/{id}/actions/answers", "/api/fair-competition/reviews/{id}/actions/revise", "/api/fair-competition/reviews/{id}/actions/determine",
                     "/api/fair-competition/reviews/export.xlsx", "/api/fair-competition/standards", "/api/fair-competition/settings" })
        {
            Assert.Contains($"\"{path}\"", document);
        }
    }
}
