using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Mvc.Testing;

using static Fazhi.IntegrationTests.Modules.MajorDecisions.DecisionHost;

namespace Fazhi.IntegrationTests.Modules.PolicyGates;

/// <summary>
/// A major decision through the real modules it waits on, with no doubles: the comment window and the answers of
/// 公开征求意见, the opinion of 合法性审查 issued by the 司法所's designated reviewer, the minutes, the Party report and the
/// publication that publishes the 意见采纳情况 — each gate refused with its article while its condition is missing.
/// </summary>
public sealed class MajorDecisionGateTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private async Task<HttpClient> TokenClientAsync(string login)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(login, "*"));
        return client;
    }

    [Fact]
    public async Task MajorDecision_WaitsForTheRealConsultationAndLegalityOpinion_ThenThePartyReport_BeforePublication()
    {
        const string title = "某村城市更新项目（端到端）";
        var handler = await TokenClientAsync(await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice, Roles.Leader));
        var office = await TokenClientAsync(await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice));
        var reviewerLogin = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var reviewer = await TokenClientAsync(reviewerLogin);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

        var id = await DraftingAsync(handler, year: today.Year, publicParticipation: true, title: title);
        await OkAsync(ActAsync(handler, id, "open_consultation", new { consultationOpensOn = today, consultationClosesOn = today.AddDays(30) }));
        var consultationId = (await OkAsync(handler.GetAsync($"/api/major-decisions/decisions/{id}"))).GetProperty("consultation").GetProperty("consultationId").GetGuid();

        // A member of the public comments on the portal while the window is open.
        var submitted = await factory.CreateClient().PostAsJsonAsync($"/api/consultations/public/{consultationId}/comments",
            new { body = "建议在改造范围内保留村内祠堂，并增加停车位。" });
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);

        // 第二十七条第二项: the review checks the procedures were done — not while the window is open…
        Assert.Contains("第二十七条", await RefusedAsync(ActAsync(handler, id, "submit_legality_review")));
        factory.Clock.Advance(TimeSpan.FromDays(31));
        // …nor after it closes while a comment waits for moderation and its answer.
        Assert.Contains("第二十七条", await RefusedAsync(ActAsync(handler, id, "submit_legality_review")));

        var comments = await OkAsync(handler.GetAsync($"/api/consultations/{consultationId}/comments"));
        var commentId = comments.GetProperty("items")[0].GetProperty("id").GetGuid();
        await OkAsync(handler.PostAsJsonAsync($"/api/consultations/{consultationId}/comments/{commentId}/approve", new { }));
        await OkAsync(handler.PostAsJsonAsync($"/api/consultations/{consultationId}/comments/{commentId}/answer", new { answer = "Adopted" }));
        await OkAsync(ActAsync(handler, id, "submit_legality_review"));

        // 第二十五条: not put to collective discussion before the legality opinion is issued.
        Assert.Contains("第二十五条", await RefusedAsync(ActAsync(handler, id, "submit_discussion")));
        var reviews = await OkAsync(office.GetAsync("/api/legality-review/reviews?pageSize=100"));
        var review = Assert.Single(reviews.GetProperty("items").EnumerateArray(), r => r.GetProperty("title").GetString()!.Contains(title, StringComparison.Ordinal));
        var reviewId = review.GetProperty("id").GetGuid();
        await OkAsync(office.PostAsJsonAsync($"/api/legality-review/reviews/{reviewId}/actions/accept", new { }));
        await OkAsync(office.PostAsJsonAsync($"/api/legality-review/reviews/{reviewId}/actions/assign", new { reviewer = reviewerLogin }));
        await OkAsync(reviewer.PostAsJsonAsync($"/api/legality-review/reviews/{reviewId}/actions/issue",
            new { conclusion = 1, summary = "经审查，决策主体适格，权限、程序合法，内容不违反上位法规定。", adviserName = "广东某律师事务所 陈律师" }));

        // 第二十八条: the opinion is co-signed by the town's 法律顾问, so it may go to collective discussion.
        await OkAsync(ActAsync(handler, id, "submit_discussion"));
        await OkAsync(ActAsync(handler, id, "record_minutes", new { meetingType = "镇政府常务会议", outcome = 1, attendees = Minutes }));

        // 第三十一条: reported to the Party committee before it is published.
        Assert.Contains("第三十一条", await RefusedAsync(ActAsync(handler, id, "publish", new { publicationChannel = "镇政府网站" })));
        await OkAsync(ActAsync(handler, id, "report_to_party", new { partyReport = "经镇党委会议研究同意" }));
        await OkAsync(ActAsync(handler, id, "publish", new { publicationChannel = "镇政府网站" }));

        var detail = await OkAsync(handler.GetAsync($"/api/major-decisions/decisions/{id}"));
        Assert.Equal("published", detail.GetProperty("state").GetString());
        Assert.True(detail.GetProperty("consultation").GetProperty("adoptionReportPublished").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, detail.GetProperty("legality").GetProperty("decidedOn").ValueKind);
        var report = await OkAsync(handler.GetAsync($"/api/consultations/{consultationId}/report"));
        Assert.Contains("保留村内祠堂", report.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateOrder_ABackDatedDecision_HasOneReviewClock_AndIsNotDiscussedBeforeTheOpinionItReliesOn()
    {
        // Town B: the other test of this class publishes town A's catalog of the year.
        const string title = "某村道路改造项目（补录）";
        var handler = await TokenClientAsync(await factory.CreateUserAsync(FazhiFactory.TownB, Roles.LegalOffice, Roles.Leader));
        var office = await TokenClientAsync(await factory.CreateUserAsync(FazhiFactory.TownB, Roles.LegalOffice));
        var reviewerLogin = await factory.CreateUserAsync(FazhiFactory.TownB, Roles.LegalOffice);
        var reviewer = await TokenClientAsync(reviewerLogin);
        var start = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var id = await DraftingAsync(handler, year: start.Year, title: title);
        factory.Clock.Advance(TimeSpan.FromDays(20));

        // Entered 15 days late: the review sought on day 5 is submitted on day 5 in 合法性审查 too, not on the day of entry.
        await OkAsync(ActAsync(handler, id, "submit_legality_review", new { on = start.AddDays(5) }));
        var reviews = await OkAsync(office.GetAsync("/api/legality-review/reviews?pageSize=100"));
        var review = Assert.Single(reviews.GetProperty("items").EnumerateArray(), r => r.GetProperty("title").GetString()!.Contains(title, StringComparison.Ordinal));
        Assert.Equal(start.AddDays(5).ToString("yyyy-MM-dd"), review.GetProperty("submittedOn").GetString());
        var reviewId = review.GetProperty("id").GetGuid();
        await OkAsync(office.PostAsJsonAsync($"/api/legality-review/reviews/{reviewId}/actions/accept", new { on = start.AddDays(6) }));
        await OkAsync(office.PostAsJsonAsync($"/api/legality-review/reviews/{reviewId}/actions/assign", new { on = start.AddDays(6), reviewer = reviewerLogin }));
        await OkAsync(reviewer.PostAsJsonAsync($"/api/legality-review/reviews/{reviewId}/actions/issue",
            new { on = start.AddDays(12), conclusion = 1, summary = "经审查，决策主体适格，权限、程序合法。", adviserName = "广东某律师事务所 陈律师" }));

        // 集体讨论 rests on the opinion: it cannot be dated before the opinion was issued.
        var early = await ActAsync(handler, id, "submit_discussion", new { on = start.AddDays(10) });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var problem = await early.Content.ReadFromJsonAsync<JsonElement>();
        var error = problem.GetProperty("errors").GetProperty("on")[0].GetString()!;
        Assert.Contains("不能早于其所依据的合法性审查意见的出具日期", error, StringComparison.Ordinal);
        Assert.Contains(start.AddDays(12).ToString("yyyy-MM-dd"), error, StringComparison.Ordinal);

        await OkAsync(ActAsync(handler, id, "submit_discussion", new { on = start.AddDays(12) }));
        await OkAsync(ActAsync(handler, id, "record_minutes", new { on = start.AddDays(13), meetingType = "镇政府常务会议", outcome = 1, attendees = Minutes }));
        var detail = await OkAsync(handler.GetAsync($"/api/major-decisions/decisions/{id}"));
        Assert.Equal(start.AddDays(13).ToString("yyyy-MM-dd"), detail.GetProperty("legality").GetProperty("decidedOn").GetString());
    }
}
