using System.Net;

using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>
/// The hard preconditions of law.md §6.1 (and the issue #5 rules) refused through the case page, each showing the
/// reason and its article (filing first and legal review are in <see cref="CasePageTests"/>).
/// </summary>
public sealed class CasePreconditionPageTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private static readonly DateOnly Day = new(2025, 6, 3);

    private async Task<(HttpClient Client, EnforcementApi Api)> SignedInAsync()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, EnforcementApi.AllPermissions);
        return (client, new EnforcementApi(client));
    }

    private static async Task<string> RefusedOnPageAsync(HttpClient client, Guid id, Dictionary<string, string> form, string article)
    {
        var response = await FazhiFactory.PostFormAsync(client, $"/enforcement/cases/{id}", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"expected 409, got {(int)response.StatusCode}");
        Assert.Contains("id=\"refusal-basis\"", html, StringComparison.Ordinal);
        Assert.Contains(article, html, StringComparison.Ordinal);
        return html;
    }

    [Fact]
    public async Task CasePage_InvestigationWithOneCertifiedOfficer_IsRefusedCitingArticle42()
    {
        var (client, api) = await SignedInAsync();
        var id = await api.NewCaseAsync(Day);
        await api.OkAsync(id, "file", new { on = Day });
        await api.AssignAsync(id, Day, await api.CertifiedOfficerAsync("孤单执法"));

        var html = await RefusedOnPageAsync(client, id, new() { ["Act"] = "investigate", ["Form.On"] = "2025-06-03" }, "第四十二条");

        Assert.Contains("两名以上", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_DecisionWithoutNoticeAndDefence_IsRefusedCitingArticles44And62()
    {
        var (client, api) = await SignedInAsync();
        var (id, _) = await api.ReportedAsync(Day);

        var html = await RefusedOnPageAsync(client, id, new() { ["Act"] = "decide", ["Form.On"] = "2025-06-03", ["Form.Outcome"] = "Penalty" }, "第四十四条、第六十二条");

        Assert.Contains("陈述、申辩", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_DecisionWhileARequestedHearingIsNotHeld_IsRefusedCitingArticle63()
    {
        var (client, api) = await SignedInAsync();
        var (id, _) = await api.ReportedAsync(Day, fineYuan: 60_000, justification: "违法所得较大");
        await api.OkAsync(id, "notify", new { on = Day });
        await api.OkAsync(id, "request_hearing", new { on = Day });

        var html = await RefusedOnPageAsync(client, id, new() { ["Act"] = "decide", ["Form.On"] = "2025-06-03", ["Form.Outcome"] = "Penalty" }, "第六十三条");

        Assert.Contains("听证结束后", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_SeriousViolationWithoutCollectiveDiscussion_IsRefusedCitingArticle57()
    {
        var (client, api) = await SignedInAsync();
        var (id, _) = await api.ReportedAsync(Day, serious: true);
        await api.OkAsync(id, "notify", new { on = Day });
        await api.OkAsync(id, "waive_rights", new { on = Day });

        var html = await RefusedOnPageAsync(client, id, new() { ["Act"] = "decide", ["Form.On"] = "2025-06-03", ["Form.Outcome"] = "Penalty" }, "第五十七条第二款");

        Assert.Contains("集体讨论", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_NoPenaltyWithoutEducation_IsRefusedCitingArticle33_AndWithItIsDecided()
    {
        var (client, api) = await SignedInAsync();
        var id = await api.NewCaseAsync(Day);
        await api.OkAsync(id, "file", new { on = Day });
        await api.AssignAsync(id, Day, await api.CertifiedOfficerAsync("甲"), await api.CertifiedOfficerAsync("乙"));
        await api.OkAsync(id, "investigate", new { on = Day });
        await api.OkAsync(id, "report", new { on = Day, facts = "轻微并及时改正", outcome = "NoPenalty" });
        var form = new Dictionary<string, string> { ["Act"] = "decide", ["Form.On"] = "2025-06-03", ["Form.Outcome"] = "NoPenalty", ["Form.NoPenaltyGround"] = "MinorCorrected" };

        await RefusedOnPageAsync(client, id, form, "第三十三条第三款");

        var withEducation = new Dictionary<string, string>(form) { ["Form.EducationOn"] = "2025-06-03", ["Form.Education"] = "当面讲解法律规定" };
        var done = await FazhiFactory.PostFormAsync(client, $"/enforcement/cases/{id}", withEducation);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var page = await client.GetStringAsync($"/enforcement/cases/{id}");
        Assert.Contains("当面讲解法律规定", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_SimpleProcedureAboveTheCitizenLimit_IsRefusedCitingArticle51()
    {
        var (client, api) = await SignedInAsync();
        var id = await api.NewCaseAsync(Day, partyKind: "Individual");
        await api.AssignAsync(id, Day, await api.CertifiedOfficerAsync("甲"), await api.CertifiedOfficerAsync("乙"));
        Assert.Contains("data-action=\"decide_simple\"", await client.GetStringAsync($"/enforcement/cases/{id}"), StringComparison.Ordinal);

        await RefusedOnPageAsync(client, id, new()
        {
            ["Act"] = "decide_simple",
            ["Form.On"] = "2025-06-03",
            ["Form.Facts"] = "占道经营",
            ["Form.LegalBasis"] = "某条例第十条",
            ["Form.Measures"] = "Fine",
            ["Form.FineYuan"] = "500",
            ["Form.DecisionNumber"] = "No.0001",
            ["Form.CertificateShown"] = "true",
        }, "第五十一条");
    }

    [Fact]
    public async Task CasePage_PreservationShowsItsItemsAndClockExplanation_AndAMissingItemListIsAChineseError()
    {
        var (client, api) = await SignedInAsync();
        var id = await api.NewCaseAsync(Day);
        await api.OkAsync(id, "file", new { on = Day });
        await api.AssignAsync(id, Day, await api.CertifiedOfficerAsync("甲"), await api.CertifiedOfficerAsync("乙"));

        var missing = await FazhiFactory.PostFormAsync(client, $"/enforcement/cases/{id}", new() { ["Act"] = "measure", ["Form.MeasureKind"] = "Preservation", ["Form.On"] = "2025-06-03", ["Form.ApprovedBy"] = "张镇长" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("请逐项填写", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await FazhiFactory.PostFormAsync(client, $"/enforcement/cases/{id}", new() { ["Act"] = "measure", ["Form.MeasureKind"] = "Preservation", ["Form.On"] = "2025-06-03", ["Form.ApprovedBy"] = "张镇长", ["Form.ItemsText"] = "药品 5盒\n器械 1台" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var page = await client.GetStringAsync($"/enforcement/cases/{id}");
        Assert.Contains("药品 5盒", page, StringComparison.Ordinal);
        // 2025-06-03 + 7 working days (the Dragon Boat holiday was 5-31 to 6-2): 6-12.
        Assert.Contains("届满日 <strong>2025-06-12</strong>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LenienceAndFlexiblePages_Render_AndValidateInChinese()
    {
        var (client, _) = await SignedInAsync();
        Assert.Contains("减免责清单", await client.GetStringAsync("/enforcement/lenient-lists"), StringComparison.Ordinal);
        var bad = await FazhiFactory.PostFormAsync(client, "/enforcement/lenient-lists", new() { ["Title"] = "清单", ["EffectiveOn"] = "2027-01-01", ["ItemsText"] = "只有一栏" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("格式有误", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains("柔性执法", await client.GetStringAsync("/enforcement/flexible-measures"), StringComparison.Ordinal);
        var missing = await FazhiFactory.PostFormAsync(client, "/enforcement/flexible-measures", new() { ["Input.Kind"] = "Reminder", ["Input.PartyKind"] = "Individual", ["Input.Summary"] = "提醒" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("请填写当事人名称", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await FazhiFactory.PostFormAsync(client, "/enforcement/flexible-measures", new() { ["Input.Kind"] = "Reminder", ["Input.PartyKind"] = "Individual", ["Input.PartyName"] = "李某", ["Input.On"] = "2025-06-03", ["Input.Summary"] = "提醒规范经营" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var export = await client.GetAsync("/api/enforcement/flexible-measures/export.xlsx?year=2025");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }
}
