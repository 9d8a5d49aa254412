using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.LegalityReview;

/// <summary>合法性审查程序 (law.md §3) over the JSON API: transitions allowed and refused, clocks, gates citing the law.</summary>
public sealed class ReviewProcedureTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task Procedure_FullPath_SubmitAcceptAssignIssueAnswerDecideArchive_IsAllowed()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());
        var issued = await api.IssuedAsync(id, 2, "第三条表述不准确，建议修改", "应补充征求意见情况");
        Assert.Equal("修改后合法", issued.GetProperty("conclusionName").GetString());
        Assert.False(string.IsNullOrEmpty(issued.GetProperty("opinionNumber").GetString()));
        Assert.True(issued.GetProperty("adviserSignOff").GetBoolean());
        Assert.Equal(2, issued.GetProperty("items").GetArrayLength());

        await api.OkAsync(api.Clerk, id, "answer", new
        {
            answers = new object[] { new { number = 1, response = 1 }, new { number = 2, response = 2, reason = "征求意见情况已另文报送" } },
        });
        await api.OkAsync(api.Office, id, "decide", new { note = "镇政府常务会议审议通过" });
        var archived = await api.OkAsync(api.Office, id, "archive");

        Assert.Equal("已归档", archived.GetProperty("statusName").GetString());
        var actions = archived.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("actionName").GetString()).ToList();
        Assert.Equal(["启动合法性审查", "送审", "材料齐全，受理审查", "指定审查人员", "出具审查意见", "逐条反馈采纳情况", "作出决定", "归档"], actions);
    }

    [Fact]
    public async Task Procedure_StepFromWrongState_IsRefused()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());

        Assert.Equal(HttpStatusCode.Conflict, (await api.ActAsync(api.Office, id, "assign", new { reviewer = api.AdviserLogin })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.ActAsync(api.Clerk, id, "resubmit")).StatusCode);
        await api.OkAsync(api.Office, id, "accept");
        Assert.Equal(HttpStatusCode.Conflict, (await api.ActAsync(api.Office, id, "accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.ActAsync(api.Office, id, "return", new { note = "补充材料" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.ActAsync(api.Clerk, id, "answer")).StatusCode);
    }

    [Fact]
    public async Task Procedure_ReviewStep_ByTheSubmittingClerk_IsForbidden()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await api.ActAsync(api.Clerk, id, "accept")).StatusCode);
    }

    [Fact]
    public async Task Submit_StartsReviewClock_ForTheRegionsStandardPeriodOfFiveWorkingDays()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var review = await api.SubmitAsync();
        var clock = ReviewApi.ReviewClock(review);
        var calendar = await api.CalendarAsync();

        Assert.Equal(5, clock.GetProperty("length").GetInt32());
        Assert.Equal(calendar.AddWorkingDays(api.Today, 5).Due, ReviewApi.Date(clock, "dueDate"));
        Assert.Contains(clock.GetProperty("explanation").EnumerateArray(), l => l.GetString()!.StartsWith("届满日", StringComparison.Ordinal));
        Assert.Contains("5个工作日", clock.GetProperty("lengthSource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ComplexMatter_GetsTenWorkingDays()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var clock = ReviewApi.ReviewClock(await api.SubmitAsync(complex: true));

        Assert.Equal(10, clock.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task ReturnForSupplements_StopsTheClock_AndResubmission_RestartsTheCount()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());
        api.Advance(2);
        var returned = await api.OkAsync(api.Office, id, "return", new { note = "请补充起草说明和征求意见情况" });
        var stopped = ReviewApi.ReviewClock(returned);
        Assert.Equal("已停止", stopped.GetProperty("status").GetString());
        Assert.Equal(api.Today, ReviewApi.Date(stopped, "stoppedOn"));

        api.Advance(6);
        var resubmitted = await api.OkAsync(api.Clerk, id, "resubmit", new { background = "已补充起草说明" });
        var clock = ReviewApi.ReviewClock(resubmitted);
        var calendar = await api.CalendarAsync();

        Assert.Equal("计时中", clock.GetProperty("status").GetString());
        Assert.Equal(api.Today, ReviewApi.Date(clock, "countingFrom"));
        Assert.Equal(calendar.AddWorkingDays(api.Today, 5).Due, ReviewApi.Date(clock, "dueDate"));
        Assert.Contains(clock.GetProperty("explanation").EnumerateArray(), l => l.GetString()!.Contains("重新计算期限", StringComparison.Ordinal));
        Assert.Equal("已补充起草说明", resubmitted.GetProperty("background").GetString());
    }

    [Fact]
    public async Task ReturnForSupplements_WithoutReason_IsBadRequest()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());

        Assert.Equal(HttpStatusCode.BadRequest, (await api.ActAsync(api.Office, id, "return", new { note = " " })).StatusCode);
    }

    [Fact]
    public async Task MajorDecisionDraft_ReviewWindow_IsAtLeastSevenWorkingDays_EvenWhereTheStandardIsFive()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var clock = ReviewApi.ReviewClock(await api.SubmitAsync(documentType: 4, title: "某镇农贸市场升级改造方案（草案）"));
        var calendar = await api.CalendarAsync();

        Assert.Equal(7, clock.GetProperty("length").GetInt32());
        Assert.Equal(calendar.AddWorkingDays(api.Today, 7).Due, ReviewApi.Date(clock, "dueDate"));
        Assert.Contains("第二十六条", clock.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MajorDecisionDraft_RequestedOpinionSoonerThanSevenWorkingDays_IsRefusedCitingArticle26()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var response = await api.Clerk.PostAsJsonAsync("/api/legality-review/reviews", new
        {
            title = "某镇垃圾分类实施方案（草案）",
            documentType = 4,
            submittingUnit = "党政办",
            requestedBy = api.Today.AddDays(3),
        });

        await ReviewApi.AssertRefusedAsync(response, "《重大行政决策程序暂行条例》第二十六条");
    }

    [Fact]
    public async Task MajorDecisionDraft_RegionSettingBelowSevenWorkingDays_IsRefusedCitingArticle26()
    {
        var api = await ReviewApi.CreateAsync(factory, "441900197");
        var response = await api.Office.PutAsJsonAsync("/api/legality-review/settings", new { documentType = 4, standardDays = 6, complexDays = 10 });

        await ReviewApi.AssertRefusedAsync(response, "第二十六条");
    }

    [Fact]
    public async Task RegionSetting_ChangesThePeriodOfNewSubmissions()
    {
        var api = await ReviewApi.CreateAsync(factory, "441900196");
        var response = await api.Office.PutAsJsonAsync("/api/legality-review/settings", new { documentType = 1, standardDays = 3, complexDays = 8, maxExtensionDays = 2 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var clock = ReviewApi.ReviewClock(await api.SubmitAsync(documentType: 1, title: "党委文件"));

        Assert.Equal(3, clock.GetProperty("length").GetInt32());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Opinion_LawfulAfterRevisionOrUnlawful_CannotBeIssuedWithoutItems(int conclusion)
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());
        await api.OkAsync(api.Office, id, "accept");
        await api.OkAsync(api.Office, id, "assign", new { reviewer = api.AdviserLogin });

        var response = await api.ActAsync(api.Adviser, id, "issue", new { conclusion, summary = "意见", items = Array.Empty<string>() });

        var problem = await ReviewApi.AssertRefusedAsync(response, "法律顾问");
        Assert.Contains("逐条列明", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("审查中", (await api.DetailAsync(id)).GetProperty("statusName").GetString());
    }

    [Fact]
    public async Task Opinion_Lawful_MayBeIssuedWithoutItems()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());

        var issued = await api.IssuedAsync(id, 1);

        Assert.Equal("合法", issued.GetProperty("conclusionName").GetString());
        Assert.Equal("已停止", ReviewApi.ReviewClock(issued).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Opinion_MustBeSignedByTheAssignedReviewer()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());
        await api.OkAsync(api.Office, id, "accept");
        var unassigned = await api.ActAsync(api.Adviser, id, "issue", new { conclusion = 1, summary = "合法" });
        await ReviewApi.AssertRefusedAsync(unassigned, "法律顾问");

        await api.OkAsync(api.Office, id, "assign", new { reviewer = api.AdviserLogin });
        var otherSigner = await api.ActAsync(api.Office, id, "issue", new { conclusion = 1, summary = "合法" });

        var problem = await ReviewApi.AssertRefusedAsync(otherSigner, "法律顾问");
        Assert.Contains("指定的审查人员签署", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignReviewer_WhoIsNotOfficeOrAdviser_IsBadRequest()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());
        await api.OkAsync(api.Office, id, "accept");
        var clerk = await factory.CreateUserAsync(api.Region, Fazhi.Platform.Identity.Roles.Clerk);

        Assert.Equal(HttpStatusCode.BadRequest, (await api.ActAsync(api.Office, id, "assign", new { reviewer = clerk })).StatusCode);
    }

    [Fact]
    public async Task Decide_WithoutIssuedOpinion_IsRefused_CitingArticle25ForAMajorDecision()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync(documentType: 4, title: "某镇停车场建设决策（草案）"));

        var response = await api.ActAsync(api.Office, id, "decide", new { note = "常务会议" });

        var problem = await ReviewApi.AssertRefusedAsync(response, "《重大行政决策程序暂行条例》第二十五条");
        Assert.Contains("未出具合法性审查意见", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_WithoutIssuedOpinion_IsRefused_CitingAdministrativePenaltyLawForAnEnforcementDecision()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync(documentType: 6, title: "某公司违法建设案拟作出的重大执法决定"));

        await ReviewApi.AssertRefusedAsync(await api.ActAsync(api.Office, id, "decide"), "《中华人民共和国行政处罚法》第五十八条");
    }

    [Fact]
    public async Task Decide_BeforeEveryItemIsAnswered_IsRefused()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());
        await api.IssuedAsync(id, 2, "删除第五条");

        var problem = await ReviewApi.AssertRefusedAsync(await api.ActAsync(api.Office, id, "decide"), "法律顾问");
        Assert.Contains("逐条反馈", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_AfterUnlawfulOpinion_IsRefused_ButTheReviewMayBeArchived()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync(documentType: 4, title: "某镇征收补偿决策（草案）"));
        await api.IssuedAsync(id, 3, "超越法定权限，不得作出");
        await api.OkAsync(api.Clerk, id, "answer", new { answers = new[] { new { number = 1, response = 1 } } });

        await ReviewApi.AssertRefusedAsync(await api.ActAsync(api.Office, id, "decide"), "第二十五条");
        var archived = await api.OkAsync(api.Office, id, "archive");
        Assert.Equal("已归档", archived.GetProperty("statusName").GetString());
    }

    [Fact]
    public async Task AnswerItems_NotAdoptedWithoutWrittenReason_IsBadRequest()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());
        await api.IssuedAsync(id, 2, "第一条需修改", "第二条需修改");

        var response = await api.ActAsync(api.Clerk, id, "answer", new { answers = new object[] { new { number = 1, response = 1 }, new { number = 2, response = 2 } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("书面说明理由", problem.GetProperty("errors").GetProperty("items[2]")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_WithReason_MovesTheDueDate_AndBeyondTheRegionCap_IsRefused()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());
        await api.OkAsync(api.Office, id, "accept");
        var before = ReviewApi.Date(ReviewApi.ReviewClock(await api.DetailAsync(id)), "dueDate");

        Assert.Equal(HttpStatusCode.BadRequest, (await api.ActAsync(api.Office, id, "extend", new { days = 2 })).StatusCode);
        var extended = await api.OkAsync(api.Office, id, "extend", new { days = 3, note = "涉及多部门职责，需补充调研" });
        var calendar = await api.CalendarAsync();
        var clock = ReviewApi.ReviewClock(extended);
        Assert.Equal(calendar.AddWorkingDays(before, 3).Due, ReviewApi.Date(clock, "dueDate"));
        Assert.Contains(clock.GetProperty("explanation").EnumerateArray(), l => l.GetString()!.Contains("延长3个工作日", StringComparison.Ordinal));

        await ReviewApi.AssertRefusedAsync(await api.ActAsync(api.Office, id, "extend", new { days = 3, note = "再延长" }), "合法性审查规定");
    }

    [Fact]
    public async Task Submit_WithoutTitleOrType_IsBadRequestWithChineseFieldErrors()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var response = await api.Clerk.PostAsJsonAsync("/api/legality-review/reviews", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请填写送审件名称", problem.GetProperty("errors").GetProperty("title")[0].GetString());
    }

    [Fact]
    public async Task ReviewId_Malformed_IsBadRequest()
    {
        var api = await ReviewApi.CreateAsync(factory);

        Assert.Equal(HttpStatusCode.BadRequest, (await api.Office.GetAsync("/api/legality-review/reviews/not-a-guid")).StatusCode);
    }

    [Fact]
    public async Task List_FiltersByStatusTypeReviewerAndOverdue()
    {
        var api = await ReviewApi.CreateAsync(factory, "441900195");
        var late = ReviewApi.IdOf(await api.SubmitAsync(documentType: 1, title: "超期的党委文件"));
        await api.OkAsync(api.Office, late, "accept");
        await api.OkAsync(api.Office, late, "assign", new { reviewer = api.AdviserLogin });
        api.Advance(12);
        var fresh = ReviewApi.IdOf(await api.SubmitAsync(documentType: 2, title: "新送审的政府文件"));

        async Task<List<Guid>> IdsAsync(string query) =>
            (await api.Office.GetFromJsonAsync<JsonElement>("/api/legality-review/reviews?" + query)).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("id").GetGuid()).ToList();

        Assert.Equal([late], await IdsAsync("overdue=true"));
        Assert.Equal([late], await IdsAsync($"reviewer={api.AdviserLogin}"));
        Assert.Equal([fresh], await IdsAsync("status=Submitted"));
        Assert.Equal([late], await IdsAsync("type=PartyDocument"));
        Assert.Equal([late, fresh], await IdsAsync("sort=submitted_asc"));
        var export = await api.Office.GetAsync("/api/legality-review/reviews/export.xlsx?overdue=true");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }
}
