using System.Net;
using System.Net.Http.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;

using static Fazhi.IntegrationTests.Modules.MajorDecisions.DecisionHost;

namespace Fazhi.IntegrationTests.Modules.MajorDecisions;

/// <summary>
/// The hard preconditions of law.md §2, each refused by the engine with the article cited — through the API (409
/// ProblemDetails with legalBasis) and through the decision page's form (409 page showing the reason and its basis).
/// </summary>
public sealed class DecisionGateTests(DecisionHost host) : IClassFixture<DecisionHost>
{
    private async Task<HttpClient> ApiAsync() => await host.ApiClientAsync(await host.NewTownAsync());

    /// <summary>Posts the decision page's form for one action; returns the status and the page.</summary>
    private async Task<(HttpStatusCode Status, string Html)> PostPageAsync(HttpClient page, Guid id, string action, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields["ActionKey"] = action;
        var response = await FazhiFactory.PostFormAsync(page, $"/major-decisions/{id}", fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpClient Api, HttpClient Page)> ClientsAsync()
    {
        var town = await host.NewTownAsync();
        return (await host.ApiClientAsync(town), await host.PageClientAsync(town));
    }

    [Fact]
    public async Task LegalityReview_RefusedBeforeRequiredProcedures_Art27_Api()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client, expertReview: true, riskAssessment: true);

        var basis = await RefusedAsync(ActAsync(client, id, "submit_legality_review"));

        Assert.Contains("第二十七条第二项", basis);
        var detail = await OkAsync(client.GetAsync($"/api/major-decisions/decisions/{id}"));
        Assert.Equal("drafting", detail.GetProperty("state").GetString());
    }

    [Fact]
    public async Task LegalityReview_RefusedBeforeRequiredProcedures_Art27_Page()
    {
        var (api, page) = await ClientsAsync();
        var id = await DraftingAsync(api, expertReview: true);

        var (status, html) = await PostPageAsync(page, id, "submit_legality_review");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("专家签字", html);
        Assert.Contains("第二十七条第二项", html);
    }

    [Fact]
    public async Task LegalityReview_AllowedOnceExpertsRiskAndHearingAreDone()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client, expertReview: true, riskAssessment: true, hearing: true);
        await OkAsync(ActAsync(client, id, "record_hearing", new
        {
            participantsPublishedOn = new DateOnly(2026, 2, 10),
            materialsDeliveredOn = new DateOnly(2026, 2, 20),
            hearingOn = new DateOnly(2026, 2, 27),
            hearingPlace = "镇政府三楼会议室",
            hearingSummary = "听取村民代表意见",
            recordSigned = true,
        }));
        await OkAsync(ActAsync(client, id, "start_expert_review"));
        Assert.Contains("第二十七条第二项", await RefusedAsync(ActAsync(client, id, "submit_legality_review")));
        await OkAsync(ActAsync(client, id, "record_expert_opinion", new
        {
            expert = "陈教授",
            expertAffiliation = "华南理工大学",
            expertOpinion = "方案可行",
            expertSigned = true,
            expertNoDirectInterest = true,
        }));
        await OkAsync(ActAsync(client, id, "start_risk_assessment"));
        await OkAsync(ActAsync(client, id, "record_risk_assessment", new
        {
            assessor = "第三方评估机构",
            riskPoints = "补偿争议",
            mitigations = "公开标准",
            contingencyPlan = "专班处置",
            riskLevel = "低",
        }));

        var view = await OkAsync(ActAsync(client, id, "submit_legality_review"));

        Assert.Equal("legality_review", view.GetProperty("state").GetString());
    }

    [Fact]
    public async Task PublicParticipation_MustBeDone_ClosedAndEveryCommentAnswered_Art27()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client, publicParticipation: true);
        Assert.Contains("第二十七条第二项", await RefusedAsync(ActAsync(client, id, "submit_legality_review")));
        await OkAsync(ActAsync(client, id, "open_consultation", new { consultationOpensOn = new DateOnly(2026, 1, 20), consultationClosesOn = new DateOnly(2026, 2, 19) }));
        Assert.Contains("第二十七条第二项", await RefusedAsync(ActAsync(client, id, "submit_legality_review")));
        host.Consultations.Close(id, received: 3, unanswered: 1);
        Assert.Contains("第二十七条第二项", await RefusedAsync(ActAsync(client, id, "submit_legality_review")));

        host.Consultations.Close(id, received: 3, unanswered: 0);
        var view = await OkAsync(ActAsync(client, id, "submit_legality_review"));

        Assert.Equal("legality_review", view.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Hearing_MaterialsLessThan7DaysBefore_Refused_Art16_Api()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client, hearing: true);

        var basis = await RefusedAsync(ActAsync(client, id, "record_hearing", new
        {
            participantsPublishedOn = new DateOnly(2026, 2, 10),
            materialsDeliveredOn = new DateOnly(2026, 2, 21),
            hearingOn = new DateOnly(2026, 2, 27),
            hearingPlace = "镇政府会议室",
            hearingSummary = "听证",
            recordSigned = true,
        }));

        Assert.Contains("第十六条", basis);
    }

    [Fact]
    public async Task Hearing_MaterialsLessThan7DaysBefore_Refused_Art16_Page()
    {
        var (api, page) = await ClientsAsync();
        var id = await DraftingAsync(api, hearing: true);

        var (status, html) = await PostPageAsync(page, id, "record_hearing", new()
        {
            ["Input.ParticipantsPublishedOn"] = "2026-02-10",
            ["Input.MaterialsDeliveredOn"] = "2026-02-24",
            ["Input.HearingOn"] = "2026-02-27",
            ["Input.HearingPlace"] = "镇政府会议室",
            ["Input.HearingSummary"] = "听证",
            ["Input.RecordSigned"] = "true",
        });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("仅相隔3日", html);
        Assert.Contains("第十六条", html);
    }

    [Fact]
    public async Task ExpertOpinion_UnsignedOrInterested_Refused_Art19To21()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client, expertReview: true);
        await OkAsync(ActAsync(client, id, "start_expert_review"));

        Assert.Contains("第十九条至第二十一条", await RefusedAsync(ActAsync(client, id, "record_expert_opinion", new
        {
            expert = "某专家",
            expertAffiliation = "某大学",
            expertOpinion = "可行",
            expertSigned = false,
            expertNoDirectInterest = true,
        })));
        Assert.Contains("第十九条至第二十一条", await RefusedAsync(ActAsync(client, id, "record_expert_opinion", new
        {
            expert = "某专家",
            expertAffiliation = "某公司",
            expertOpinion = "可行",
            expertSigned = true,
            expertNoDirectInterest = false,
        })));
    }

    [Fact]
    public async Task LegalityReview_RefusedWithoutHearingThePublic_OrARecordedStatutoryReason_Art14()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client, exemptFromPublicParticipation: false);

        var response = await ActAsync(client, id, "submit_legality_review");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("第十四条", problem.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Contains("未载明依法不予公开等不听取意见的理由", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A reason is required in Chinese; once recorded, it is in the record and the dossier, and the review may be asked.
        var empty = await ActAsync(client, id, "record_participation_exemption", new { note = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("不听取公众意见的法定理由", System.Text.RegularExpressions.Regex.Unescape(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await OkAsync(ActAsync(client, id, "record_participation_exemption", new { note = "涉及国家秘密，依法不予公开" }));
        var view = await OkAsync(ActAsync(client, id, "submit_legality_review"));
        Assert.Equal("涉及国家秘密，依法不予公开", view.GetProperty("participationExemption").GetString());
        var dossier = await client.GetAsync($"/api/major-decisions/decisions/{id}/dossier.zip");
        Assert.Equal(HttpStatusCode.OK, dossier.StatusCode);
        using var zip = new System.IO.Compression.ZipArchive(await dossier.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.Entries.Single(e => e.Name.StartsWith("05_", StringComparison.Ordinal)).Open());
        Assert.Contains("不听取公众意见的理由", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectiveDiscussion_RefusedBeforeLegalityOpinion_Art25_Api()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client);
        await OkAsync(ActAsync(client, id, "submit_legality_review"));

        var basis = await RefusedAsync(ActAsync(client, id, "submit_discussion"));

        Assert.Contains("第二十五条", basis);
        host.Legality.Issue(id, ReviewConclusion.Lawful);
        var view = await OkAsync(ActAsync(client, id, "submit_discussion"));
        Assert.Equal("collective_decision", view.GetProperty("state").GetString());
    }

    [Fact]
    public async Task CollectiveDiscussion_RefusedBeforeLegalityOpinion_Art25_Page()
    {
        var (api, page) = await ClientsAsync();
        var id = await DraftingAsync(api);
        await OkAsync(ActAsync(api, id, "submit_legality_review"));

        var (status, html) = await PostPageAsync(page, id, "submit_discussion");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("未经合法性审查", html);
        Assert.Contains("第二十五条", html);
    }

    [Fact]
    public async Task CollectiveDiscussion_RefusedWhenOpinionIsUnlawful_Art25()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client);
        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        host.Legality.Issue(id, ReviewConclusion.Unlawful);

        Assert.Contains("第二十五条", await RefusedAsync(ActAsync(client, id, "submit_discussion")));
    }

    [Fact]
    public async Task CollectiveDiscussion_RefusedWhenTheLegalityOpinionHadNoLegalAdviserOrPublicLawyer_Art28()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client);
        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        host.Legality.Issue(id, ReviewConclusion.Lawful, adviserSignOff: false);

        var response = await ActAsync(client, id, "submit_discussion");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("第二十八条", problem.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Contains("法律顾问或者公职律师", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        host.Legality.Issue(id, ReviewConclusion.Lawful, adviserSignOff: true);
        var view = await OkAsync(ActAsync(client, id, "submit_discussion"));
        Assert.Equal("collective_decision", view.GetProperty("state").GetString());
    }

    [Fact]
    public async Task CollectiveDiscussion_ExploratoryReform_MayProceedWithItsLegalRiskStated_Art25()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client);
        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        host.Legality.Issue(id, ReviewConclusion.Unlawful);

        var withoutStatement = await client.PostAsJsonAsync($"/api/major-decisions/decisions/{id}/actions/submit_discussion", new { exploratoryReform = true });
        Assert.Equal(HttpStatusCode.BadRequest, withoutStatement.StatusCode);
        var view = await OkAsync(ActAsync(client, id, "submit_discussion", new { exploratoryReform = true, legalRiskStatement = "国家尚无明确规定，存在被认定超越权限的风险" }));

        Assert.Equal("collective_decision", view.GetProperty("state").GetString());
        Assert.True(view.GetProperty("exploratoryReform").GetBoolean());
    }

    [Fact]
    public async Task CollectiveDiscussion_RefusedBeforeRequiredProcedures_Art29_Api()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client, riskAssessment: true);

        var basis = await RefusedAsync(ActAsync(client, id, "submit_discussion"));

        Assert.Contains("第二十九条", basis);
        Assert.Contains("第二十五条", basis);
    }

    [Fact]
    public async Task CollectiveDiscussion_RefusedBeforeRequiredProcedures_Art29_Page()
    {
        var (api, page) = await ClientsAsync();
        var id = await DraftingAsync(api, riskAssessment: true);

        var (status, html) = await PostPageAsync(page, id, "submit_discussion");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("尚未形成风险评估报告", html);
        Assert.Contains("第二十九条", html);
    }

    [Fact]
    public async Task CollectiveDiscussion_AffectingBusiness_NeedsFairCompetitionConclusion_Art29()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client, affectsBusiness: true);
        await OkAsync(ActAsync(client, id, "submit_fair_competition"));
        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        host.Legality.Issue(id, ReviewConclusion.Lawful);

        Assert.Contains("第二十九条第一项", await RefusedAsync(ActAsync(client, id, "submit_discussion")));
        host.FairCompetition.Conclude(id, FairCompetitionConclusion.Compliant);
        await OkAsync(ActAsync(client, id, "submit_discussion"));
    }

    [Fact]
    public async Task Publication_RefusedBeforePartyReport_Art31_Api()
    {
        var client = await ApiAsync();
        var id = await host.DecidedAsync(client);

        var basis = await RefusedAsync(ActAsync(client, id, "publish", new { publicationChannel = "镇政府网站" }));

        Assert.Contains("第三十一条", basis);
        await OkAsync(ActAsync(client, id, "report_to_party", new { partyReport = "经镇党委会议研究同意" }));
        var view = await OkAsync(ActAsync(client, id, "publish", new { publicationChannel = "镇政府网站" }));
        Assert.Equal("published", view.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Publication_RefusedBeforePartyReport_Art31_Page()
    {
        var (api, page) = await ClientsAsync();
        var id = await host.DecidedAsync(api);

        var (status, html) = await PostPageAsync(page, id, "publish", new() { ["Input.PublicationChannel"] = "镇政府网站" });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("向同级党委请示报告", html);
        Assert.Contains("第三十一条", html);
    }

    [Fact]
    public async Task Publication_RecordsIssueWithFairCompetitionAndPublishesTheAdoptionReport()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client, publicParticipation: true, affectsBusiness: true);
        await OkAsync(ActAsync(client, id, "open_consultation", new { consultationOpensOn = new DateOnly(2026, 1, 20), consultationClosesOn = new DateOnly(2026, 2, 19) }));
        host.Consultations.Close(id, 2, 0);
        await OkAsync(ActAsync(client, id, "submit_fair_competition"));
        host.FairCompetition.Conclude(id, FairCompetitionConclusion.Compliant);
        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        host.Legality.Issue(id, ReviewConclusion.Lawful);
        await OkAsync(ActAsync(client, id, "submit_discussion"));
        await OkAsync(ActAsync(client, id, "record_minutes", new { meetingType = "镇政府常务会议", outcome = 1, attendees = Minutes }));
        await OkAsync(ActAsync(client, id, "report_to_party", new { partyReport = "经镇党委会议研究同意" }));

        await OkAsync(ActAsync(client, id, "publish", new { publicationChannel = "镇政府网站" }));

        var status = await host.FairCompetition.StatusAsync("major_decisions.decision", id);
        Assert.NotNull(status!.IssuedOn);
        Assert.True(host.Consultations.AdoptionReports.ContainsKey(id));
        Assert.True(host.Legality.Decided.ContainsKey(id));
    }

    [Fact]
    public async Task LegalityWindow_ClockOf7WorkingDays_IsShownWithItsExplanation()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client);

        var view = await OkAsync(ActAsync(client, id, "submit_legality_review"));

        var clock = view.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("name").GetString()!.Contains("合法性审查"));
        // Submitted Monday 2026-03-02: seven working days later is Wednesday 2026-03-11.
        Assert.Equal("2026-03-11", clock.GetProperty("dueDate").GetString());
        Assert.Contains("第二十六条", clock.GetProperty("legalBasis").GetString());
        Assert.NotEmpty(clock.GetProperty("explanation").EnumerateArray());
    }

    [Fact]
    public async Task ConsultationWindow_IsShownWithHowItWasCounted()
    {
        var client = await ApiAsync();
        var id = await DraftingAsync(client, publicParticipation: true);

        var view = await OkAsync(ActAsync(client, id, "open_consultation", new { consultationOpensOn = new DateOnly(2026, 1, 20), consultationClosesOn = new DateOnly(2026, 2, 18) }));

        var clock = view.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "公开征求意见期限");
        Assert.Contains("共30日", clock.GetProperty("explanation")[0].GetString());
        Assert.Contains("第十五条", clock.GetProperty("legalBasis").GetString());
    }
}
