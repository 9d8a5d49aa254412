using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.AnnualReports;
using Fazhi.Modules.FairCompetition;
using Fazhi.Modules.NormativeDocuments;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.PolicyGates;

/// <summary>
/// Where the modules meet, with the real modules and no doubles: a normative document's gates read the real 合法性审查 and
/// 公平竞争审查 (through their contracts), each review is taken through its own module's API by the people who hold that
/// module's permissions, and the annual report prints the figures those records produce.
/// </summary>
public sealed class PolicyGateTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private const string LegalityBasis = "国办发〔2018〕37号";
    private const string FairCompetitionBeforeDeliberation = "《广东省优化营商环境条例》第四十七条";
    private const string FairCompetitionIssueBasis = "《公平竞争审查条例》第十八条";
    private const string LegalityReviewRules = "本镇合法性审查规定";

    private static int _towns = 600;

    /// <summary>
    /// One town's people, each holding only the permissions of the step they take (roles are data; a step that secretly
    /// needed another module's permission would fail here where the broad default roles would hide it).
    /// </summary>
    private sealed record Town(string Code, HttpClient Drafter, HttpClient Office, HttpClient Reviewer, string ReviewerLogin, HttpClient FairCompetition);

    private async Task<Town> TownAsync()
    {
        var code = "441900" + Interlocked.Increment(ref _towns);
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new Region(code, $"测试镇{code[6..]}", RegionLevel.Town, "441900"));
            await db.SaveChangesAsync();
        }

        // 起草单位经办人: drafts the document and moves it through its procedure; holds nothing of the review modules.
        var drafter = await ClientAsync(code, await factory.CreateRoleAsync(NormativeDocumentsPermissions.Read, NormativeDocumentsPermissions.Manage));
        // 司法所: accepts and assigns the review, registers (统一登记) and publishes documents, writes the annual report.
        var office = await ClientAsync(code, Roles.LegalOffice);
        // 司法所审查人员: the designated reviewer who signs the opinion.
        var reviewerLogin = await factory.CreateUserAsync(code, Roles.LegalOffice);
        var reviewer = await TokenClientAsync(reviewerLogin);
        // 起草单位的公平竞争审查人员 (self-review by the drafting body).
        var fairCompetition = await ClientAsync(code, await factory.CreateRoleAsync(FairCompetitionPermissions.Read, FairCompetitionPermissions.Review));
        return new Town(code, drafter, office, reviewer, reviewerLogin, fairCompetition);
    }

    private async Task<HttpClient> ClientAsync(string region, string role) => await TokenClientAsync(await factory.CreateUserAsync(region, role));

    private async Task<HttpClient> TokenClientAsync(string login)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(login, "*"));
        return client;
    }

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a 409 ProblemDetails whose legalBasis cites <paramref name="basis"/>; returns the problem.</summary>
    private static async Task<JsonElement> RefusedAsync(Task<HttpResponseMessage> request, string basis)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"expected 409, got {(int)response.StatusCode} {text}");
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Contains(basis, problem.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        return problem;
    }

    // ---- 规范性文件 (NormativeDocuments API) ----

    private static async Task<Guid> CreateDocumentAsync(Town town, string title, bool affectsBusiness)
    {
        var created = await OkAsync(town.Drafter.PostAsJsonAsync("/api/normative-documents", new
        {
            title,
            draftingUnit = "经济发展办",
            issuingAuthority = "测试镇人民政府",
            bodyText = "第一条 为规范管理，制定本办法。",
            affectsBusiness,
            requiresConsultation = false,
        }));
        return created.GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object? input = null) =>
        client.PostAsJsonAsync($"/api/normative-documents/{id}/actions/{action}", input ?? new { });

    private static async Task<JsonElement> DocumentAsync(Town town, Guid id) =>
        await OkAsync(town.Drafter.GetAsync($"/api/normative-documents/{id}"));

    private static Task<JsonElement> DeliberateAsync(Town town, Guid id) =>
        OkAsync(ActAsync(town.Drafter, id, "deliberate", new { meetingName = "镇政府常务会议2026年第3次" }));

    private static Task<HttpResponseMessage> RegisterAsync(Town town, Guid id) => ActAsync(town.Office, id, "register");

    private static Task<JsonElement> PublishAsync(Town town, Guid id) =>
        OkAsync(ActAsync(town.Office, id, "publish", new { effectiveOn = "2026-04-01", sourceUrl = "https://www.dg.gov.cn/doc/1.html" }));

    // ---- 合法性审查 (LegalityReview API) ----

    /// <summary>The review the document's submission requested, as the 司法所 finds it in its queue.</summary>
    private static async Task<JsonElement> LegalityReviewOfAsync(Town town, string title)
    {
        var list = await OkAsync(town.Office.GetAsync("/api/legality-review/reviews?pageSize=100"));
        var row = Assert.Single(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("title").GetString() == title);
        return await OkAsync(town.Office.GetAsync($"/api/legality-review/reviews/{row.GetProperty("id").GetGuid()}"));
    }

    private static Task<HttpResponseMessage> ReviewActAsync(HttpClient client, Guid reviewId, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/legality-review/reviews/{reviewId}/actions/{action}", body ?? new { });

    /// <summary>受理 → 指定审查人员 → 出具审查意见（合法）, each by the person whose step it is.</summary>
    private static async Task<JsonElement> IssueLawfulOpinionAsync(Town town, Guid reviewId)
    {
        await OkAsync(ReviewActAsync(town.Office, reviewId, "accept"));
        await OkAsync(ReviewActAsync(town.Office, reviewId, "assign", new { reviewer = town.ReviewerLogin }));
        return await OkAsync(ReviewActAsync(town.Reviewer, reviewId, "issue",
            new { conclusion = 1, summary = "经审查，制定主体适格，权限、程序合法，内容不违反上位法规定。" }));
    }

    // ---- 公平竞争审查 (FairCompetition API) ----

    private static async Task<JsonElement> FairCompetitionReviewOfAsync(Town town, string title)
    {
        var list = await OkAsync(town.FairCompetition.GetAsync($"/api/fair-competition/reviews?q={Uri.EscapeDataString(title)}"));
        var row = Assert.Single(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("title").GetString() == title);
        return await FairCompetitionDetailAsync(town, row.GetProperty("id").GetGuid());
    }

    private static Task<JsonElement> FairCompetitionDetailAsync(Town town, Guid reviewId) =>
        OkAsync(town.FairCompetition.GetAsync($"/api/fair-competition/reviews/{reviewId}"));

    private static Task<HttpResponseMessage> FairActAsync(Town town, Guid reviewId, string action, object body) =>
        town.FairCompetition.PostAsJsonAsync($"/api/fair-competition/reviews/{reviewId}/actions/{action}", body);

    /// <summary>逐项审查: every item of the measure's standard set answered, the first with <paramref name="firstVerdict"/>.</summary>
    private static async Task AnswerEveryItemAsync(Town town, Guid reviewId, string firstVerdict = "Complies")
    {
        var detail = await FairCompetitionDetailAsync(town, reviewId);
        var answers = detail.GetProperty("checklist").EnumerateArray()
            .Select((item, i) => new
            {
                standardCode = item.GetProperty("standardCode").GetString(),
                verdict = i == 0 ? firstVerdict : "Complies",
                note = i == 0 && firstVerdict == "Violates" ? "第三条限定由本镇注册企业享受奖励" : null,
            })
            .ToList();
        Assert.NotEmpty(answers);
        await OkAsync(FairActAsync(town, reviewId, "answers", new { answers }));
    }

    /// <summary>识别（涉及经营者经济活动）→ 逐项审查 → 作出书面审查结论.</summary>
    private static async Task<JsonElement> ConcludeFairCompetitionAsync(Town town, Guid reviewId, string firstVerdict = "Complies")
    {
        await OkAsync(FairActAsync(town, reviewId, "determine", new { affectsBusiness = true, reason = "涉及对经营者的奖励和市场准入" }));
        await AnswerEveryItemAsync(town, reviewId, firstVerdict);
        await OkAsync(FairActAsync(town, reviewId, "conclude", new { text = "经逐项对照审查标准，作出审查结论。" }));
        return await FairCompetitionDetailAsync(town, reviewId);
    }

    [Fact]
    public async Task NormativeDocument_CannotGoToCollectiveDeliberation_UntilTheLegalityOpinionIsIssued()
    {
        var town = await TownAsync();
        const string title = "测试镇农村人居环境整治管理办法";
        var id = await CreateDocumentAsync(town, title, affectsBusiness: false);
        await OkAsync(ActAsync(town.Drafter, id, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));

        var refused = await RefusedAsync(ActAsync(town.Drafter, id, "submit_deliberation"), LegalityBasis);
        Assert.Contains("未经合法性审核", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The submission reached the 司法所's queue as a real review of this document, with its clock running.
        var review = await LegalityReviewOfAsync(town, title);
        var reviewId = review.GetProperty("id").GetGuid();
        Assert.Equal(id, review.GetProperty("subjectId").GetGuid());
        Assert.Equal("normative_documents.document", review.GetProperty("subjectType").GetString());
        Assert.Equal(3, review.GetProperty("documentType").GetInt32());
        Assert.Equal("经济发展办", review.GetProperty("submittingUnit").GetString());
        Assert.Equal("计时中", review.GetProperty("clocks")[0].GetProperty("status").GetString());

        // Accepted and assigned is not an opinion: still refused.
        await OkAsync(ReviewActAsync(town.Office, reviewId, "accept"));
        await OkAsync(ReviewActAsync(town.Office, reviewId, "assign", new { reviewer = town.ReviewerLogin }));
        await RefusedAsync(ActAsync(town.Drafter, id, "submit_deliberation"), LegalityBasis);

        var issued = await OkAsync(ReviewActAsync(town.Reviewer, reviewId, "issue",
            new { conclusion = 1, summary = "经审查，制定主体适格，权限、程序合法，内容不违反上位法规定。" }));
        var opinionNumber = issued.GetProperty("opinionNumber").GetString();
        Assert.False(string.IsNullOrEmpty(opinionNumber));

        var document = await OkAsync(ActAsync(town.Drafter, id, "submit_deliberation"));
        Assert.Equal("AwaitingDeliberation", document.GetProperty("status").GetString());
        Assert.True(document.GetProperty("legalityReviewedBeforeDeliberation").GetBoolean());
        Assert.Equal(opinionNumber, document.GetProperty("legalityOpinionNumber").GetString());
        await DeliberateAsync(town, id);
        Assert.Equal("Approved", (await DocumentAsync(town, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task DateOrder_ABackDatedDocument_IsReviewedFromItsSubmissionDate_AndNotDeliberatedBeforeTheOpinion()
    {
        var town = await TownAsync();
        const string title = "测试镇村级工程项目管理办法（补录）";
        var start = LegalDate.Today(factory.Clock);
        var id = await CreateDocumentAsync(town, title, affectsBusiness: false);
        await OkAsync(ActAsync(town.Drafter, id, "start_drafting"));
        factory.Clock.Advance(TimeSpan.FromDays(10));

        // Entered later: the review is submitted on the document's step date, so the document has one review clock.
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review", new { on = start.AddDays(2) }));
        var review = await LegalityReviewOfAsync(town, title);
        Assert.Equal(start.AddDays(2).ToString("yyyy-MM-dd"), review.GetProperty("submittedOn").GetString());
        var reviewId = review.GetProperty("id").GetGuid();
        await OkAsync(ReviewActAsync(town.Office, reviewId, "accept", new { on = start.AddDays(3) }));
        await OkAsync(ReviewActAsync(town.Office, reviewId, "assign", new { on = start.AddDays(3), reviewer = town.ReviewerLogin }));
        await OkAsync(ReviewActAsync(town.Reviewer, reviewId, "issue",
            new { on = start.AddDays(6), conclusion = 1, summary = "经审查，制定主体适格，权限、程序合法，内容不违反上位法规定。" }));

        var early = await ActAsync(town.Drafter, id, "submit_deliberation", new { on = start.AddDays(4) });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var error = (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("on")[0].GetString()!;
        Assert.Contains("不能早于其所依据的合法性审核意见的出具日期" + start.AddDays(6).ToString("yyyy-MM-dd"), error, StringComparison.Ordinal);

        var document = await OkAsync(ActAsync(town.Drafter, id, "submit_deliberation", new { on = start.AddDays(6) }));
        Assert.Equal("AwaitingDeliberation", document.GetProperty("status").GetString());
    }

    [Fact]
    public async Task NormativeDocument_FoundUnlawfulByTheRealReview_CannotGoToCollectiveDeliberation()
    {
        var town = await TownAsync();
        const string title = "测试镇违规收费管理办法";
        var id = await CreateDocumentAsync(town, title, affectsBusiness: false);
        await OkAsync(ActAsync(town.Drafter, id, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));
        var reviewId = (await LegalityReviewOfAsync(town, title)).GetProperty("id").GetGuid();
        await OkAsync(ReviewActAsync(town.Office, reviewId, "accept"));
        await OkAsync(ReviewActAsync(town.Office, reviewId, "assign", new { reviewer = town.ReviewerLogin }));
        await OkAsync(ReviewActAsync(town.Reviewer, reviewId, "issue",
            new { conclusion = 3, summary = "设定行政事业性收费，超越镇人民政府权限。", items = new[] { "第五条设定收费项目，无上位法依据，应删除" } }));

        var refused = await RefusedAsync(ActAsync(town.Drafter, id, "submit_deliberation"), LegalityBasis);

        Assert.Contains("经合法性审核不合法", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("LegalityReview", (await DocumentAsync(town, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task NormativeDocument_RevisedAfterAnUnlawfulOpinion_IsReviewedAfresh_AndPassesOnTheNewOpinion()
    {
        var town = await TownAsync();
        const string title = "测试镇集贸市场管理办法";
        var id = await CreateDocumentAsync(town, title, affectsBusiness: false);
        await OkAsync(ActAsync(town.Drafter, id, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));
        var firstId = (await LegalityReviewOfAsync(town, title)).GetProperty("id").GetGuid();
        await OkAsync(ReviewActAsync(town.Office, firstId, "accept"));
        await OkAsync(ReviewActAsync(town.Office, firstId, "assign", new { reviewer = town.ReviewerLogin }));
        await OkAsync(ReviewActAsync(town.Reviewer, firstId, "issue",
            new { conclusion = 3, summary = "设定罚款超越权限。", items = new[] { "第八条设定罚款，镇人民政府无权设定，应删除" } }));
        await RefusedAsync(ActAsync(town.Drafter, id, "submit_deliberation"), LegalityBasis);

        // The drafting unit deletes the article and submits the revised draft: the old opinion concerned the old draft.
        await OkAsync(ActAsync(town.Drafter, id, "return_to_drafting", new { note = "按审查意见删除第八条" }));
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));
        var list = await OkAsync(town.Office.GetAsync("/api/legality-review/reviews?pageSize=100"));
        var rows = list.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("title").GetString() == title).ToList();
        Assert.Equal(2, rows.Count);
        var second = Assert.Single(rows, r => r.GetProperty("id").GetGuid() != firstId);
        await RefusedAsync(ActAsync(town.Drafter, id, "submit_deliberation"), LegalityBasis);
        await IssueLawfulOpinionAsync(town, second.GetProperty("id").GetGuid());

        var document = await OkAsync(ActAsync(town.Drafter, id, "submit_deliberation"));

        Assert.Equal("AwaitingDeliberation", document.GetProperty("status").GetString());
    }

    [Fact]
    public async Task BusinessAffectingMeasure_CannotBeIssued_UntilTheFairCompetitionReviewConcludes()
    {
        var town = await TownAsync();
        const string title = "测试镇招商引资奖励办法";
        var id = await CreateDocumentAsync(town, title, affectsBusiness: true);
        await OkAsync(ActAsync(town.Drafter, id, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, id, "submit_fair_competition"));

        // The measure is registered in 公平竞争审查 through the contract, as a normative document awaiting identification.
        var review = await FairCompetitionReviewOfAsync(town, title);
        var reviewId = review.GetProperty("summary").GetProperty("id").GetGuid();
        Assert.Equal(id, review.GetProperty("subjectId").GetGuid());
        Assert.Equal("NormativeDocument", review.GetProperty("summary").GetProperty("kind").GetString());
        Assert.Equal("Registered", review.GetProperty("summary").GetProperty("status").GetString());

        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));
        await IssueLawfulOpinionAsync(town, (await LegalityReviewOfAsync(town, title)).GetProperty("id").GetGuid());

        // Unreviewed: not even to deliberation (and so never to 统一登记印发).
        await RefusedAsync(ActAsync(town.Drafter, id, "submit_deliberation"), FairCompetitionBeforeDeliberation);
        await OkAsync(FairActAsync(town, reviewId, "determine", new { affectsBusiness = true, reason = "涉及对经营者的奖励" }));
        await AnswerEveryItemAsync(town, reviewId);
        // Every item answered but no written conclusion yet: still unreviewed.
        await RefusedAsync(ActAsync(town.Drafter, id, "submit_deliberation"), FairCompetitionBeforeDeliberation);
        await OkAsync(FairActAsync(town, reviewId, "conclude", new { text = "经逐项审查，符合审查标准。" }));
        await OkAsync(ActAsync(town.Drafter, id, "submit_deliberation"));
        await DeliberateAsync(town, id);

        // After deliberation the measure is revised and its review reopened: 统一登记印发 waits for the new conclusion.
        await OkAsync(FairActAsync(town, reviewId, "revise", new { note = "审议后删除第三条关于本地企业的限定" }));
        var refused = await RefusedAsync(RegisterAsync(town, id), FairCompetitionIssueBasis);
        Assert.Contains("不得登记印发", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var pending = await DocumentAsync(town, id);
        Assert.Equal("Approved", pending.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("documentNumber").ValueKind);

        await AnswerEveryItemAsync(town, reviewId);
        await OkAsync(FairActAsync(town, reviewId, "conclude", new { text = "修改后经逐项审查，符合审查标准。" }));
        var registered = await OkAsync(RegisterAsync(town, id));

        Assert.Equal("Registered", registered.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(registered.GetProperty("documentNumber").GetString()));
        Assert.False(string.IsNullOrEmpty(registered.GetProperty("registrationNumber").GetString()));
    }

    [Fact]
    public async Task BusinessAffectingMeasure_ConcludedViolating_StaysRefusedAtIssuing()
    {
        var town = await TownAsync();
        const string title = "测试镇本地企业采购优先办法";
        var id = await CreateDocumentAsync(town, title, affectsBusiness: true);
        await OkAsync(ActAsync(town.Drafter, id, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, id, "submit_fair_competition"));
        var reviewId = (await FairCompetitionReviewOfAsync(town, title)).GetProperty("summary").GetProperty("id").GetGuid();
        var concluded = await ConcludeFairCompetitionAsync(town, reviewId, firstVerdict: "Violates");
        Assert.Equal("Violating", concluded.GetProperty("summary").GetProperty("conclusion").GetString());
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));
        await IssueLawfulOpinionAsync(town, (await LegalityReviewOfAsync(town, title)).GetProperty("id").GetGuid());
        await OkAsync(ActAsync(town.Drafter, id, "submit_deliberation"));
        await DeliberateAsync(town, id);

        var refused = await RefusedAsync(RegisterAsync(town, id), FairCompetitionIssueBasis);

        Assert.Contains("违反审查标准", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var document = await DocumentAsync(town, id);
        Assert.Equal("Approved", document.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("documentNumber").ValueKind);
        // Refused again on a later try: nothing but a new conclusion lifts it.
        await RefusedAsync(RegisterAsync(town, id), FairCompetitionIssueBasis);
    }

    /// <summary>Asserts a 409 ProblemDetails (a refusal by state carries no legalBasis); returns the problem.</summary>
    private static async Task<JsonElement> ConflictAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"expected 409, got {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private string Today => LegalDate.Today(factory.Clock).ToString("yyyy-MM-dd");

    /// <summary>The reviews the 司法所 sees as overdue: on its dashboard and in the list filtered to overdue.</summary>
    private static async Task<List<Guid>> OverdueReviewsAsync(Town town)
    {
        var dashboard = await OkAsync(town.Office.GetAsync("/api/legality-review/dashboard"));
        var list = await OkAsync(town.Office.GetAsync("/api/legality-review/reviews?overdue=true&pageSize=100"));
        return dashboard.GetProperty("overdue").EnumerateArray().Select(o => o.GetProperty("id").GetGuid())
            .Concat(list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()))
            .ToList();
    }

    private static async Task<JsonElement> FigureAsync(Town town, string key) =>
        await OkAsync(town.Office.GetAsync($"/api/metrics/{key}?region={town.Code}&year=2026"));

    [Fact]
    public async Task RegisteringABusinessAffectingDocument_RecordsItsMeasureAsIssued_InFairCompetition_OnlyOnce()
    {
        var town = await TownAsync();
        const string title = "测试镇个体工商户扶持办法";
        var id = await CreateDocumentAsync(town, title, affectsBusiness: true);
        await OkAsync(ActAsync(town.Drafter, id, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, id, "submit_fair_competition"));
        var reviewId = (await FairCompetitionReviewOfAsync(town, title)).GetProperty("summary").GetProperty("id").GetGuid();
        await ConcludeFairCompetitionAsync(town, reviewId);
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));
        await IssueLawfulOpinionAsync(town, (await LegalityReviewOfAsync(town, title)).GetProperty("id").GetGuid());
        await OkAsync(ActAsync(town.Drafter, id, "submit_deliberation"));
        await DeliberateAsync(town, id);
        Assert.Equal("Concluded", (await FairCompetitionDetailAsync(town, reviewId)).GetProperty("summary").GetProperty("status").GetString());

        var registered = await OkAsync(RegisterAsync(town, id));

        // 统一印发 is the measure's 出台: the 公平竞争审查 ledger shows it issued, with the date and the 文号, as its own step.
        var documentNumber = registered.GetProperty("documentNumber").GetString();
        var review = await FairCompetitionDetailAsync(town, reviewId);
        var summary = review.GetProperty("summary");
        Assert.Equal("Issued", summary.GetProperty("status").GetString());
        Assert.Equal(Today, summary.GetProperty("issuedOn").GetString());
        Assert.Equal(documentNumber, summary.GetProperty("issueReference").GetString());
        var step = review.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("issue", step.GetProperty("action").GetString());
        Assert.Equal("已出台", step.GetProperty("toState").GetString());
        Assert.Equal("system", step.GetProperty("actor").GetString());
        Assert.Contains(documentNumber!, step.GetProperty("note").GetString(), StringComparison.Ordinal);
        var ledger = await OkAsync(town.Office.GetAsync($"/api/fair-competition/reviews?q={Uri.EscapeDataString(title)}&status=Issued"));
        var row = Assert.Single(ledger.GetProperty("items").EnumerateArray());
        Assert.Equal(documentNumber, row.GetProperty("issueReference").GetString());

        // The issue cannot be recorded a second time by hand (the 司法所 holds 登记出台 in 公平竞争审查).
        var refused = await ConflictAsync(town.Office.PostAsJsonAsync($"/api/fair-competition/reviews/{reviewId}/actions/issue", new { reference = "测府〔2026〕99号" }));
        Assert.Contains("已出台", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        review = await FairCompetitionDetailAsync(town, reviewId);
        Assert.Single(review.GetProperty("timeline").EnumerateArray(), s => s.GetProperty("action").GetString() == "issue");
        Assert.Equal(documentNumber, review.GetProperty("summary").GetProperty("issueReference").GetString());
    }

    [Fact]
    public async Task NormativeDocument_ReturnedToDraftingBeforeTheOpinion_WithdrawsItsLegalityReview()
    {
        var town = await TownAsync();
        const string title = "测试镇殡葬设施管理办法";
        var id = await CreateDocumentAsync(town, title, affectsBusiness: false);
        await OkAsync(ActAsync(town.Drafter, id, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));
        var reviewId = (await LegalityReviewOfAsync(town, title)).GetProperty("id").GetGuid();
        await OkAsync(ReviewActAsync(town.Office, reviewId, "accept"));
        await OkAsync(ReviewActAsync(town.Office, reviewId, "assign", new { reviewer = town.ReviewerLogin }));
        factory.Clock.Advance(TimeSpan.FromDays(14)); // past the 5 working days of review: the review is overdue
        Assert.Contains(reviewId, await OverdueReviewsAsync(town));

        await OkAsync(ActAsync(town.Drafter, id, "return_to_drafting", new { note = "需补充实地调研，暂缓送审" }));

        var review = await OkAsync(town.Office.GetAsync($"/api/legality-review/reviews/{reviewId}"));
        Assert.Equal("已撤回", review.GetProperty("statusName").GetString());
        var clock = review.GetProperty("clocks")[0];
        Assert.Equal(Today, clock.GetProperty("stoppedOn").GetString());
        Assert.Equal("已停止（撤回送审）", clock.GetProperty("status").GetString());
        var step = review.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("撤回送审", step.GetProperty("actionName").GetString());
        Assert.Contains("暂缓送审", step.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Empty(review.GetProperty("availableActions").EnumerateArray());
        Assert.DoesNotContain(reviewId, await OverdueReviewsAsync(town));
        var dashboard = await OkAsync(town.Office.GetAsync("/api/legality-review/dashboard"));
        Assert.Equal(0, dashboard.GetProperty("openReviews").GetInt32());

        // The revised draft is a new matter for review; only the review that reached an opinion counts as reviewed.
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));
        var list = await OkAsync(town.Office.GetAsync("/api/legality-review/reviews?pageSize=100"));
        var second = Assert.Single(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("title").GetString() == title && r.GetProperty("id").GetGuid() != reviewId)
            .GetProperty("id").GetGuid();
        await IssueLawfulOpinionAsync(town, second);
        var records = await OkAsync(town.Office.GetAsync($"/api/metrics/legality_review.total/records?region={town.Code}&year=2026&pageSize=200"));
        var counted = records.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains(second.ToString(), counted);
        Assert.DoesNotContain(reviewId.ToString(), counted);
        Assert.Equal(1, (await FigureAsync(town, "legality_review.total")).GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task LegalityReview_CannotBeWithdrawn_OnceItsOpinionIsIssued()
    {
        var town = await TownAsync();
        const string title = "测试镇河道管理办法";
        var id = await CreateDocumentAsync(town, title, affectsBusiness: false);
        await OkAsync(ActAsync(town.Drafter, id, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));
        var reviewId = (await LegalityReviewOfAsync(town, title)).GetProperty("id").GetGuid();
        await IssueLawfulOpinionAsync(town, reviewId);

        var refused = await RefusedAsync(ReviewActAsync(town.Office, reviewId, "withdraw", new { note = "送审单位要求撤回" }), LegalityReviewRules);

        Assert.Contains("已出具合法性审查意见的，不能撤回", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Sent back to drafting after the opinion: the opinion stays on record (nothing to withdraw).
        await OkAsync(ActAsync(town.Drafter, id, "return_to_drafting", new { note = "按审查意见完善" }));
        var review = await OkAsync(town.Office.GetAsync($"/api/legality-review/reviews/{reviewId}"));
        Assert.Equal("已出具审查意见", review.GetProperty("statusName").GetString());
        Assert.False(string.IsNullOrEmpty(review.GetProperty("opinionNumber").GetString()));
    }

    [Fact]
    public async Task CollectiveDeliberation_WaitsUntilTheDraftingUnitAnswersEveryOpinionItem_AndTheAnswersCountInTheAdoptionRate()
    {
        var town = await TownAsync();
        const string title = "测试镇农贸市场摊位管理办法";
        var id = await CreateDocumentAsync(town, title, affectsBusiness: false);
        await OkAsync(ActAsync(town.Drafter, id, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, id, "submit_legality_review"));
        var reviewId = (await LegalityReviewOfAsync(town, title)).GetProperty("id").GetGuid();
        await OkAsync(ReviewActAsync(town.Office, reviewId, "accept"));
        await OkAsync(ReviewActAsync(town.Office, reviewId, "assign", new { reviewer = town.ReviewerLogin }));
        await OkAsync(ReviewActAsync(town.Reviewer, reviewId, "issue", new
        {
            conclusion = 2,
            summary = "修改后合法。",
            items = new[] { "第三条“摊位费”应改为“摊位租金”并写明定价依据", "第九条没收摊位设施无法律依据，应删除" },
        }));
        await OkAsync(ActAsync(town.Drafter, id, "submit_deliberation"));

        // Not every item answered: the deliberation (作出决定) is refused, citing what 合法性审查 itself cites.
        var refused = await RefusedAsync(ActAsync(town.Drafter, id, "deliberate", new { meetingName = "镇政府常务会议2026年第5次" }), LegalityReviewRules);
        Assert.Contains("尚未逐条反馈审查意见的采纳情况", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var own = await RefusedAsync(ReviewActAsync(town.Office, reviewId, "decide"), LegalityReviewRules);
        Assert.Equal(own.GetProperty("legalBasis").GetString(), refused.GetProperty("legalBasis").GetString());
        Assert.Equal("AwaitingDeliberation", (await DocumentAsync(town, id)).GetProperty("status").GetString());

        // The drafting unit holds no 合法性审查 permission: it reads and answers the items through its own document.
        Assert.Equal(HttpStatusCode.Forbidden, (await town.Drafter.GetAsync($"/api/legality-review/reviews/{reviewId}")).StatusCode);
        var opinion = await OkAsync(town.Drafter.GetAsync($"/api/normative-documents/{id}/legality-opinion"));
        Assert.Equal(reviewId, opinion.GetProperty("reviewId").GetGuid());
        Assert.Equal(["Pending", "Pending"], opinion.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("response").GetString()));
        var unreasoned = await town.Drafter.PostAsJsonAsync($"/api/normative-documents/{id}/legality-opinion/answers",
            new { answers = new object[] { new { number = 1, response = "采纳" }, new { number = 2, response = "不采纳" } } });
        Assert.Equal(HttpStatusCode.BadRequest, unreasoned.StatusCode);
        Assert.Contains("应书面说明理由", await unreasoned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var answered = await OkAsync(town.Drafter.PostAsJsonAsync($"/api/normative-documents/{id}/legality-opinion/answers", new
        {
            answers = new object[]
            {
                new { number = 1, response = "采纳" },
                new { number = 2, response = "不采纳", reason = "《广东省市场管理条例》授权镇政府暂扣违规摊位设施，拟保留" },
            },
        }));
        Assert.Equal(["Adopted", "NotAdopted"], answered.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("response").GetString()));

        var document = await DeliberateAsync(town, id);

        Assert.Equal("Approved", document.GetProperty("status").GetString());
        var review = await OkAsync(town.Office.GetAsync($"/api/legality-review/reviews/{reviewId}"));
        Assert.Equal("已作出决定", review.GetProperty("statusName").GetString());
        Assert.Equal(Today, review.GetProperty("decidedOn").GetString());
        Assert.Contains("常务会议", review.GetProperty("decisionNote").GetString(), StringComparison.Ordinal);
        var adoption = await FigureAsync(town, "legality_review.adoption_rate");
        Assert.Equal(1, adoption.GetProperty("numerator").GetDecimal());
        Assert.Equal(2, adoption.GetProperty("denominator").GetDecimal());
    }

    [Fact]
    public async Task AnnualReport_RendersTheRealFigures_OfTheYearsReviewsAndIssuedDocuments()
    {
        var town = await TownAsync();
        // A document not affecting business and one that does, each through every gate to 公布.
        const string plain = "测试镇村庄规划管理办法";
        var first = await CreateDocumentAsync(town, plain, affectsBusiness: false);
        await OkAsync(ActAsync(town.Drafter, first, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, first, "submit_legality_review"));
        await IssueLawfulOpinionAsync(town, (await LegalityReviewOfAsync(town, plain)).GetProperty("id").GetGuid());
        await OkAsync(ActAsync(town.Drafter, first, "submit_deliberation"));
        await DeliberateAsync(town, first);
        await OkAsync(RegisterAsync(town, first));
        await PublishAsync(town, first);

        const string business = "测试镇商贸企业扶持办法";
        var second = await CreateDocumentAsync(town, business, affectsBusiness: true);
        await OkAsync(ActAsync(town.Drafter, second, "start_drafting"));
        await OkAsync(ActAsync(town.Drafter, second, "submit_fair_competition"));
        await ConcludeFairCompetitionAsync(town, (await FairCompetitionReviewOfAsync(town, business)).GetProperty("summary").GetProperty("id").GetGuid());
        await OkAsync(ActAsync(town.Drafter, second, "submit_legality_review"));
        await IssueLawfulOpinionAsync(town, (await LegalityReviewOfAsync(town, business)).GetProperty("id").GetGuid());
        await OkAsync(ActAsync(town.Drafter, second, "submit_deliberation"));
        await DeliberateAsync(town, second);
        await OkAsync(RegisterAsync(town, second));
        await PublishAsync(town, second);

        var created = await OkAsync(town.Office.PostAsJsonAsync("/api/annual-reports", new { year = 2026 }));
        var reportId = created.GetProperty("id").GetString();
        var report = await OkAsync(town.Office.GetAsync($"/api/annual-reports/{reportId}"));
        // The total is not in the default template: the office writes it into a section, as staff do.
        var otherWork = report.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("key").GetString() == "other_work").GetProperty("id").GetGuid();
        report = await OkAsync(town.Office.PutAsJsonAsync($"/api/annual-reports/{reportId}/sections/{otherWork}",
            new { text = "全年共对{{legality_review.total}}文件进行合法性审查，其中党委政府文件{{legality_review.documents}}。" }));

        var figures = report.GetProperty("figures");
        decimal Figure(string key) => figures.GetProperty(key).GetProperty("value").GetDecimal();
        Assert.Equal(2, Figure("legality_review.total"));
        Assert.Equal(2, Figure("legality_review.documents"));
        Assert.Equal(2, Figure("normative_documents.issued"));
        Assert.Equal(1, Figure("fair_competition.reviewed"));
        Assert.Equal(0, Figure("legality_review.contracts"));

        string Rendered(string key) => report.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("key").GetString() == key).GetProperty("rendered").GetString()!;
        Assert.Equal("全年共对2件文件进行合法性审查，其中党委政府文件2件。", Rendered("other_work"));
        Assert.Contains("出台规范性文件2件，均经合法性审查", Rendered("normative"), StringComparison.Ordinal);
        Assert.Contains("对1件政策措施文件进行了公平竞争审查", Rendered("functions"), StringComparison.Ordinal);

        var html = await town.Office.GetStringAsync($"/api/annual-reports/{reportId}/export.html");
        Assert.Matches(FigureLink("normative_documents.issued", town.Code, "2件"), html);
        Assert.Matches(FigureLink("fair_competition.reviewed", town.Code, "1件"), html);
        Assert.Matches(FigureLink("legality_review.total", town.Code, "2件"), html);
        // No placeholder of the default template is left unresolved: every key it uses is registered by a module.
        Assert.DoesNotContain(report.GetProperty("issues").EnumerateArray(), i => i.GetProperty("rule").GetString() == "unresolved_placeholder");
    }

    /// <summary>A figure printed in the exported report as a link to the records behind it.</summary>
    private static string FigureLink(string key, string region, string printed) =>
        $"href=\"/metrics/records\\?key={Regex.Escape(key)}&amp;region={region}&amp;year=2026\"[^>]*>{Regex.Escape(printed)}</a>";

    [Fact]
    public async Task Workbench_ShowsTheLegalityReviewAndNormativeDocumentsMenus_ToTheLegalOffice_AndThePortalListsTheDocuments()
    {
        var office = await factory.SignedInClientAsync(await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice));

        var html = await office.GetStringAsync("/");

        var legality = html.IndexOf("<a class=\"nav-link\" href=\"/legality-review\">合法性审查</a>", StringComparison.Ordinal);
        var normative = html.IndexOf("<a class=\"nav-link\" href=\"/normative-documents\">规范性文件</a>", StringComparison.Ordinal);
        var fair = html.IndexOf("<a class=\"nav-link\" href=\"/fair-competition\">公平竞争审查</a>", StringComparison.Ordinal);
        Assert.True(legality >= 0, "合法性审查 menu entry missing");
        Assert.True(normative > legality, "规范性文件 should follow 合法性审查");
        Assert.True(fair > normative, "公平竞争审查 should follow 规范性文件");
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/legality-review")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/normative-documents")).StatusCode);

        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var portal = await anonymous.GetStringAsync("/portal");
        Assert.Contains("href=\"/portal/normative-documents\"", portal, StringComparison.Ordinal);
        Assert.Contains("行政规范性文件", portal, StringComparison.Ordinal);
        Assert.Contains("现行有效及已失效的镇级行政规范性文件目录", portal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/portal/normative-documents")).StatusCode);
    }

    [Fact]
    public async Task Workbench_HidesTheMenus_FromAUserWithoutTheirReadPermissions()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, AnnualReportsPermissions.Read);

        var html = await client.GetStringAsync("/");

        Assert.Contains("href=\"/annual-reports\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/legality-review\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/normative-documents\"", html, StringComparison.Ordinal);
    }
}
