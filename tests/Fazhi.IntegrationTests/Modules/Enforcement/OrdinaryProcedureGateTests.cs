using System.Net;
using System.Net.Http.Json;

using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>
/// Each hard precondition of the ordinary procedure (law.md §6.1) refused through the API with 409 ProblemDetails
/// citing its article, and the allowed path next to it.
/// </summary>
public sealed class OrdinaryProcedureGateTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private static readonly DateOnly Day = new(2025, 6, 3);

    [Fact]
    public async Task Investigation_BeforeFiling_IsRefused_CitingArticle54()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await api.NewCaseAsync(Day);

        var detail = await EnforcementApi.RefusedAsync(await api.ActAsync(id, "investigate", new { on = Day }), "第五十四条");

        Assert.Contains("尚未立案", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Investigation_WithFewerThanTwoCertifiedOfficers_IsRefused_CitingArticle42()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await api.NewCaseAsync(Day);
        await api.OkAsync(id, "file", new { on = Day });
        await api.AssignAsync(id, Day, await api.CertifiedOfficerAsync("李执法"));

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "investigate", new { on = Day }), "第四十二条");

        await api.AssignAsync(id, Day, await api.CertifiedOfficerAsync("王执法"));
        var done = await api.OkAsync(id, "investigate", new { on = Day });
        Assert.Equal("investigating", done.GetProperty("state").GetString());
    }

    [Fact]
    public async Task OfficerWithExpiredCertificate_CannotBeAssignedToInvestigate_CitingArticle42()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var expired = await api.OfficerAsync("赵过期", new(2020, 1, 1), new(2025, 5, 31));
        var id = await api.NewCaseAsync(Day);
        await api.OkAsync(id, "file", new { on = Day });

        var response = await api.Client.PostAsJsonAsync($"/api/enforcement/cases/{id}/officers", new { officerIds = new[] { expired }, on = Day });

        var detail = await EnforcementApi.RefusedAsync(response, "第四十二条");
        Assert.Contains("赵过期", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PenaltyDecision_WithoutPriorNotice_IsRefused_CitingArticles44And62()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, _) = await api.ReportedAsync(Day);

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide", new { on = Day, outcome = "Penalty" }), "第四十四条、第六十二条");
    }

    [Fact]
    public async Task DefencePeriod_CannotBeClosedBeforeItLapses_CitingArticle45()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, _) = await api.ReportedAsync(Day);
        await api.OkAsync(id, "notify", new { on = Day });

        // 2025-06-03 (Tue) + 5 WD = 2025-06-10: closing on 06-10 is too early, on 06-11 it is allowed.
        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "close_defence", new { on = new DateOnly(2025, 6, 10) }), "第四十五条");
        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide", new { on = new DateOnly(2025, 6, 10), outcome = "Penalty" }), "第四十五条");
        var closed = await api.OkAsync(id, "close_defence", new { on = new DateOnly(2025, 6, 11) });
        Assert.Equal("defence_closed", closed.GetProperty("state").GetString());
    }

    [Fact]
    public async Task HearingRequest_After5WorkingDays_IsRefused_CitingArticle64()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, _) = await api.ReportedAsync(Day, fineYuan: 60_000, justification: "违法所得较大");
        var noticed = await api.OkAsync(id, "notify", new { on = Day });
        Assert.True(noticed.GetProperty("hearingEligible").GetBoolean());

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "request_hearing", new { on = new DateOnly(2025, 6, 11) }), "第六十四条第一项");
        await api.OkAsync(id, "request_hearing", new { on = new DateOnly(2025, 6, 10) });
    }

    [Fact]
    public async Task Notice_OfAPenaltyInTheHearingScope_MustStateTheHearingRight_CitingArticle63()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, _) = await api.ReportedAsync(Day, fineYuan: 60_000, justification: "违法所得较大");

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "notify", new { on = Day, hearingRight = false }), "第六十三条");
    }

    [Fact]
    public async Task HearingNotice_AcrossNationalDay2024_MustPrecedeTheHearingBy7WorkingDays_CitingArticle64()
    {
        var on = new DateOnly(2024, 9, 20);
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, officers) = await api.ReportedAsync(on, fineYuan: 60_000, justification: "违法所得较大");
        var presider = await api.CertifiedOfficerAsync("陈主持");
        await api.OkAsync(id, "notify", new { on });
        await api.OkAsync(id, "request_hearing", new { on = new DateOnly(2024, 9, 25) });

        var notice = new DateOnly(2024, 9, 27);
        var tooEarly = await api.ActAsync(id, "schedule_hearing", new { on = notice, hearingNoticeOn = notice, hearingDate = new DateOnly(2024, 10, 11), presiderId = presider });
        await EnforcementApi.RefusedAsync(tooEarly, "第六十四条第二项");
        var investigatorPresides = await api.ActAsync(id, "schedule_hearing", new { on = notice, hearingNoticeOn = notice, hearingDate = new DateOnly(2024, 10, 12), presiderId = officers[0] });
        await EnforcementApi.RefusedAsync(investigatorPresides, "第六十四条第四项");

        var scheduled = await api.OkAsync(id, "schedule_hearing", new { on = notice, hearingNoticeOn = notice, hearingDate = new DateOnly(2024, 10, 12), presiderId = presider });
        Assert.Equal("2024-10-12", scheduled.GetProperty("hearingDate").GetString());
    }

    [Fact]
    public async Task PenaltyDecision_WhileARequestedHearingIsNotHeld_IsRefused_CitingArticle63()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, _) = await api.ReportedAsync(Day, fineYuan: 60_000, justification: "违法所得较大");
        await api.OkAsync(id, "notify", new { on = Day });
        await api.OkAsync(id, "request_hearing", new { on = Day });

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide", new { on = Day, outcome = "Penalty" }), "第六十三条");
    }

    [Fact]
    public async Task Decision_InTheLegalReviewCatalog_WithoutPassedReview_IsRefused_CitingArticle58()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, officers) = await api.ReportedAsync(Day, complex: true);
        var reviewer = await api.CertifiedOfficerAsync("周法审", reviewer: true);
        await api.OkAsync(id, "notify", new { on = Day });
        await api.OkAsync(id, "waive_rights", new { on = Day });

        var detail = await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide", new { on = Day, outcome = "Penalty" }), "第五十八条");
        Assert.Contains("未经法制审核或者审核未通过的，不得作出决定", detail, StringComparison.Ordinal);

        // An investigator may not review the own case; a failed review still blocks the decision.
        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "legal_review", new { on = Day, reviewerId = officers[0], passed = true, opinion = "同意" }), "118号");
        await api.OkAsync(id, "legal_review", new { on = Day, reviewerId = reviewer, passed = false, opinion = "证据不足" });
        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide", new { on = Day, outcome = "Penalty" }), "第五十八条");

        await api.OkAsync(id, "legal_review", new { on = Day, reviewerId = reviewer, passed = true, opinion = "事实清楚，证据确凿，适用依据正确" });
        var decided = await api.OkAsync(id, "decide", new { on = Day, outcome = "Penalty" });
        Assert.Equal("decided", decided.GetProperty("state").GetString());
    }

    [Fact]
    public async Task LegalReview_ByANonReviewer_IsRefused_CitingArticle58Paragraph2()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, _) = await api.ReportedAsync(Day, complex: true);
        var plain = await api.CertifiedOfficerAsync("孙执法");

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "legal_review", new { on = Day, reviewerId = plain, passed = true, opinion = "同意" }), "第五十八条第二款");
    }

    [Fact]
    public async Task LegalReview_ByAReviewerWithoutLegalQualification_IsRefused_CitingArticle58Paragraph2()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, _) = await api.ReportedAsync(Day, complex: true);
        var unqualified = await api.OfficerAsync("吴审核", new(2020, 1, 1), new(2030, 12, 31), reviewer: true, qualified: false);

        var detail = await EnforcementApi.RefusedAsync(
            await api.ActAsync(id, "legal_review", new { on = Day, reviewerId = unqualified, passed = true, opinion = "同意" }), "第五十八条第二款");
        Assert.Contains("法律职业资格", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_OnASeriousViolation_WithoutCollectiveDiscussion_IsRefused_CitingArticle57()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, _) = await api.ReportedAsync(Day, serious: true);
        await api.OkAsync(id, "notify", new { on = Day });
        await api.OkAsync(id, "waive_rights", new { on = Day });

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide", new { on = Day, outcome = "Penalty" }), "第五十七条第二款");

        await api.OkAsync(id, "collective_discussion", new { on = Day, conclusion = "同意按拟处罚意见作出决定" });
        await api.OkAsync(id, "decide", new { on = Day, outcome = "Penalty" });
    }

    [Fact]
    public async Task ProposedFine_OutsideTheDiscretionRange_WithoutJustification_IsRefused_CitingArticle34()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var response = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => api.ReportedAsync(Day, fineYuan: 40_000));
        Assert.Contains("409", response.Message, StringComparison.Ordinal);
        Assert.Contains("第三十四条", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_MayNotImposeAHeavierFineThanNotified_CitingArticle45()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, _) = await api.ReportedAsync(Day, fineYuan: 20_000);
        await api.OkAsync(id, "notify", new { on = Day });
        await api.OkAsync(id, "waive_rights", new { on = Day });

        await EnforcementApi.RefusedAsync(await api.ActAsync(id, "decide", new { on = Day, outcome = "Penalty", fineYuan = 25_000 }), "第四十五条第二款");
    }

    [Fact]
    public async Task Step_ForAnotherTownsCase_IsNotFound()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var other = await EnforcementApi.CreateAsync(factory, FazhiFactory.TownB);
        var id = await other.NewCaseAsync(Day);

        Assert.Equal(HttpStatusCode.NotFound, (await api.ActAsync(id, "file", new { on = Day })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"/api/enforcement/cases/{id}")).StatusCode);
    }

    [Fact]
    public async Task Step_WithoutThePermissionForIt_IsForbidden()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await api.NewCaseAsync(Day);
        var clerk = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, Fazhi.Modules.Enforcement.EnforcementPermissions.Read, Fazhi.Modules.Enforcement.EnforcementPermissions.Handle);

        var response = await clerk.PostAsJsonAsync($"/api/enforcement/cases/{id}/actions/file", new { on = Day });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
