using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;

using static Fazhi.IntegrationTests.Modules.NormativeDocuments.NormativeHost;

namespace Fazhi.IntegrationTests.Modules.NormativeDocuments;

/// <summary>The hard gates of law.md §4 through the API and through the record page, and the life of a document.</summary>
public sealed class DocumentProcedureTests(NormativeHost host) : IClassFixture<NormativeHost>
{
    private const string LegalityBasis = "国办发〔2018〕37号";

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<Guid> InLegalityReviewAsync(HttpClient client, bool affectsBusiness = false)
    {
        var id = await CreateAsync(client, affectsBusiness: affectsBusiness);
        await OkAsync(ActAsync(client, id, "start_drafting"));
        if (affectsBusiness)
        {
            await OkAsync(ActAsync(client, id, "submit_fair_competition"));
        }

        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        return id;
    }

    [Fact]
    public async Task Document_CannotGoToCollectiveDeliberation_WithoutIssuedLegalityOpinion_Api()
    {
        var client = await host.ApiClientAsync();
        var id = await InLegalityReviewAsync(client);

        var problem = await ProblemAsync(await ActAsync(client, id, "submit_deliberation"), HttpStatusCode.Conflict);

        Assert.Contains("未经合法性审核", problem.GetProperty("detail").GetString());
        Assert.Contains(LegalityBasis, problem.GetProperty("legalBasis").GetString());
        var view = await OkAsync(client.GetAsync($"/api/normative-documents/{id}"));
        Assert.Equal("LegalityReview", view.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Document_CannotGoToCollectiveDeliberation_WithoutIssuedLegalityOpinion_Page()
    {
        var api = await host.ApiClientAsync();
        var id = await InLegalityReviewAsync(api);
        var page = await host.PageClientAsync();

        var response = await FazhiFactory.PostFormAsync(page, $"/normative-documents/{id}", new() { ["ActionKey"] = "submit_deliberation" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("未经合法性审核", html);
        Assert.Contains(LegalityBasis, html);
        Assert.Equal("LegalityReview", (await OkAsync(api.GetAsync($"/api/normative-documents/{id}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Document_GoesToCollectiveDeliberation_OnceTheOpinionIsIssued_ThroughThePage()
    {
        var api = await host.ApiClientAsync();
        var id = await InLegalityReviewAsync(api);
        host.Legality.Issue(id, ReviewConclusion.LawfulAfterRevision, "司审〔2026〕7号");
        var page = await host.PageClientAsync();

        var response = await FazhiFactory.PostFormAsync(page, $"/normative-documents/{id}", new() { ["ActionKey"] = "submit_deliberation" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var view = await OkAsync(api.GetAsync($"/api/normative-documents/{id}"));
        Assert.Equal("AwaitingDeliberation", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("legalityReviewedBeforeDeliberation").GetBoolean());
        Assert.Equal("司审〔2026〕7号", view.GetProperty("legalityOpinionNumber").GetString());
        // The legality-review clock stopped when the document left review.
        Assert.Contains(view.GetProperty("clocks").EnumerateArray(), c => c.GetProperty("name").GetString() == "合法性审核期限" && c.GetProperty("stoppedOn").ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Document_FoundUnlawful_CannotGoToCollectiveDeliberation()
    {
        var client = await host.ApiClientAsync();
        var id = await InLegalityReviewAsync(client);
        host.Legality.Issue(id, ReviewConclusion.Unlawful);

        var problem = await ProblemAsync(await ActAsync(client, id, "submit_deliberation"), HttpStatusCode.Conflict);

        Assert.Contains("经合法性审核不合法", problem.GetProperty("detail").GetString());
        Assert.Contains(LegalityBasis, problem.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task MeasureAffectingBusiness_CannotBeIssued_WithoutFairCompetitionConclusion_Api()
    {
        var client = await host.ApiClientAsync();
        var id = await InLegalityReviewAsync(client, affectsBusiness: true);
        host.Legality.Issue(id, ReviewConclusion.Lawful);
        // 广东省优化营商环境条例第四十七条: not even to deliberation without the review.
        var early = await ProblemAsync(await ActAsync(client, id, "submit_deliberation"), HttpStatusCode.Conflict);
        Assert.Contains("第四十七条", early.GetProperty("legalBasis").GetString());
        host.FairCompetition.Conclude(id, FairCompetitionConclusion.Violating);
        await OkAsync(ActAsync(client, id, "submit_deliberation"));
        await OkAsync(ActAsync(client, id, "deliberate", new { meetingName = "镇政府常务会议" }));

        var problem = await ProblemAsync(await ActAsync(client, id, "register"), HttpStatusCode.Conflict);

        Assert.Contains("公平竞争审查", problem.GetProperty("detail").GetString());
        Assert.Contains("《公平竞争审查条例》第十八条", problem.GetProperty("legalBasis").GetString());
        var view = await OkAsync(client.GetAsync($"/api/normative-documents/{id}"));
        Assert.Equal("Approved", view.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("documentNumber").ValueKind);
    }

    [Fact]
    public async Task MeasureAffectingBusiness_CannotBeIssued_WithoutFairCompetitionConclusion_Page()
    {
        var api = await host.ApiClientAsync();
        var id = await host.ApprovedAsync(api, "某某镇招商引资优惠措施", affectsBusiness: true);
        // The conclusion is withdrawn to 违反审查标准 after deliberation: registration must still be refused.
        host.FairCompetition.Conclude(id, FairCompetitionConclusion.Violating);
        var page = await host.PageClientAsync();

        var response = await FazhiFactory.PostFormAsync(page, $"/normative-documents/{id}", new() { ["ActionKey"] = "register" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("不得登记印发", html);
        Assert.Contains("《公平竞争审查条例》第十八条", html);
    }

    [Fact]
    public async Task MeasureAffectingBusiness_IsIssued_OnceConcludedCompliant_WithNumbersFromNumbering()
    {
        var client = await host.ApiClientAsync();
        var id = await host.ApprovedAsync(client, "某某镇扶持个体工商户发展的若干措施", affectsBusiness: true);

        var view = await OkAsync(ActAsync(client, id, "register"));

        Assert.Equal("Registered", view.GetProperty("status").GetString());
        Assert.StartsWith($"{FazhiFactory.TownA}-2026-", view.GetProperty("documentNumber").GetString());
        Assert.StartsWith($"{FazhiFactory.TownA}-2026-", view.GetProperty("registrationNumber").GetString());
    }

    [Fact]
    public async Task Document_RequiringConsultation_CannotGoToLegalityReview_BeforeConsultation()
    {
        var client = await host.ApiClientAsync();
        var id = await CreateAsync(client, requiresConsultation: true);
        await OkAsync(ActAsync(client, id, "start_drafting"));

        var problem = await ProblemAsync(await ActAsync(client, id, "submit_legality_review"), HttpStatusCode.Conflict);
        Assert.Contains("公开征求意见", problem.GetProperty("detail").GetString());

        await OkAsync(ActAsync(client, id, "open_consultation"));
        // The 30-day period has not run: closing now is refused.
        var early = await ProblemAsync(await ActAsync(client, id, "close_consultation"), HttpStatusCode.Conflict);
        Assert.Contains("不得少于30日", early.GetProperty("detail").GetString());
        var view = await OkAsync(client.GetAsync($"/api/normative-documents/{id}"));
        var clock = Assert.Single(view.GetProperty("clocks").EnumerateArray());
        Assert.Equal("2026-04-01", clock.GetProperty("dueDate").GetString());
        Assert.NotEmpty(clock.GetProperty("explanation").EnumerateArray());
    }

    [Fact]
    public async Task Publication_RefusesValidityBeyondFiveYears_AndTwoForProvisional()
    {
        var client = await host.ApiClientAsync();
        var ordinary = await host.ApprovedAsync(client, "某某镇村规民约备案管理办法");
        await OkAsync(ActAsync(client, ordinary, "register"));
        var tooLong = await ProblemAsync(await ActAsync(client, ordinary, "publish", new { effectiveOn = "2026-03-02", expiresOn = "2031-03-02" }), HttpStatusCode.Conflict);
        Assert.Contains("不得超过5年", tooLong.GetProperty("detail").GetString());
        Assert.Contains("粤府令第277号", tooLong.GetProperty("legalBasis").GetString());
        var published = await OkAsync(ActAsync(client, ordinary, "publish", new { effectiveOn = "2026-03-02" }));
        Assert.Equal("2031-03-01", published.GetProperty("expiresOn").GetString());

        var provisional = await host.ApprovedAsync(client, "某某镇临时摊点管理暂行办法");
        await OkAsync(ActAsync(client, provisional, "register"));
        var problem = await ProblemAsync(await ActAsync(client, provisional, "publish", new { effectiveOn = "2026-03-02", expiresOn = "2028-03-02" }), HttpStatusCode.Conflict);
        Assert.Contains("不得超过2年", problem.GetProperty("detail").GetString());
        var defaulted = await OkAsync(ActAsync(client, provisional, "publish", new { effectiveOn = "2026-03-02" }));
        Assert.Equal("2028-03-01", defaulted.GetProperty("expiresOn").GetString());
    }

    [Fact]
    public async Task Document_LivesFromPlanToRepeal_WithFilingClockAndEvaluation()
    {
        var client = await host.ApiClientAsync();
        var id = await host.PublishedAsync(client, "某某镇生活垃圾分类管理办法", new DateOnly(2026, 3, 10));
        var filing = await OkAsync(ActAsync(client, id, "file", new { filingAuthority = "东莞市人民政府" }));
        Assert.Equal("InForce", filing.GetProperty("status").GetString());
        Assert.True(filing.GetProperty("filedOnTime").GetBoolean());
        var clock = filing.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "报送备案期限");
        Assert.Equal("2026-03-17", clock.GetProperty("dueDate").GetString());

        await OkAsync(ActAsync(client, id, "evaluate", new { conclusion = "ContinueInForce", note = "实施效果良好" }));
        var badRepeal = await ActAsync(client, id, "repeal", new { });
        Assert.Equal(HttpStatusCode.BadRequest, badRepeal.StatusCode);
        var repealed = await OkAsync(ActAsync(client, id, "repeal", new { note = "上位法已修改" }));

        Assert.Equal("Repealed", repealed.GetProperty("status").GetString());
        Assert.Equal("已废止", repealed.GetProperty("publicStatus").GetString());
        var steps = repealed.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList();
        Assert.Equal(["启动行政规范性文件制定与管理", "开始起草", "送合法性审核", "提请集体审议", "集体审议通过", "统一登记、统一编号、统一印发", "向社会公布", "报送备案", "实施后评估", "废止"], steps);
    }

    [Fact]
    public async Task UnknownAction_IsBadRequest_AndMalformedId_IsBadRequest()
    {
        var client = await host.ApiClientAsync();
        var id = await CreateAsync(client);
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(client, id, "fly")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(client, id, "import")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/normative-documents/not-a-guid")).StatusCode);
        var invalid = await client.PostAsJsonAsync("/api/normative-documents", new { title = "" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("请填写文件名称", await invalid.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NewDocument_Page_CreatesADocument_AndShowsChineseErrors()
    {
        var page = await host.PageClientAsync();
        var bad = await FazhiFactory.PostFormAsync(page, "/normative-documents/new", new() { ["Title"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("请填写文件名称", await bad.Content.ReadAsStringAsync());

        var created = await FazhiFactory.PostFormAsync(page, "/normative-documents/new", new()
        {
            ["Title"] = "某某镇犬只管理规定",
            ["DraftingUnit"] = "综合治理办",
            ["IssuingAuthority"] = "某某镇人民政府",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detail = await page.GetStringAsync(created.Headers.Location!.ToString());
        Assert.Contains("某某镇犬只管理规定", detail);
        Assert.Contains("开始起草", detail);
        Assert.Contains("列入制定计划", detail);
    }
}
