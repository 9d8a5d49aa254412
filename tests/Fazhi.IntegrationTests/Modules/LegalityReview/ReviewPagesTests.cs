using System.Net;
using System.Text;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.LegalityReview;

/// <summary>The pages: submit form, detail with timeline, clock explanation and step forms, list, ledger import, dashboard and settings.</summary>
public sealed class ReviewPagesTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private async Task<HttpClient> ClientAsync(params string[] roles) => await factory.SignedInClientAsync(await factory.CreateUserAsync(FazhiFactory.TownA, roles));

    private static async Task<string> SubmitThroughPageAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await FazhiFactory.PostFormAsync(client, "/legality-review/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Page_SubmitAcceptAndReturn_ShowsTimelineAndHowTheDueDateWasComputed()
    {
        var client = await ClientAsync(Roles.Clerk, Roles.LegalOffice);
        var url = await SubmitThroughPageAsync(client, new() { ["Title"] = "页面送审的政府文件", ["DocumentType"] = "GovernmentDocument", ["SubmittingUnit"] = "党政办" });

        var detail = await client.GetStringAsync(url);
        Assert.Contains("页面送审的政府文件", detail, StringComparison.Ordinal);
        Assert.Contains("该日期是如何计算的", detail, StringComparison.Ordinal);
        Assert.Contains("起始日不计入", detail, StringComparison.Ordinal);
        Assert.Contains("材料齐全，受理审查", detail, StringComparison.Ordinal);

        var returned = await FazhiFactory.PostFormAsync(client, url, new() { ["Action"] = "return", ["Note"] = "请补充征求意见情况" });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var after = await client.GetStringAsync(url);
        Assert.Contains("退回补充材料", after, StringComparison.Ordinal);
        Assert.Contains("请补充征求意见情况", after, StringComparison.Ordinal);
        Assert.Contains("停止计时", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_MajorDecisionDraft_RequestedSoonerThanSevenWorkingDays_ShowsTheRefusalWithArticle26()
    {
        var client = await ClientAsync(Roles.Clerk);
        var response = await FazhiFactory.PostFormAsync(client, "/legality-review/new", new()
        {
            ["Title"] = "页面重大决策草案",
            ["DocumentType"] = "MajorDecisionDraft",
            ["SubmittingUnit"] = "党政办",
            ["RequestedBy"] = factory.Clock.GetUtcNow().AddDays(2).ToString("yyyy-MM-dd"),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("《重大行政决策程序暂行条例》第二十六条", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_SubmitWithoutTitle_ShowsChineseFieldError()
    {
        var client = await ClientAsync(Roles.Clerk);
        var response = await FazhiFactory.PostFormAsync(client, "/legality-review/new", new() { ["DocumentType"] = "GovernmentDocument", ["SubmittingUnit"] = "党政办" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写送审件名称", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_DecideWithoutOpinion_IsNotOffered_AndAPostedDecideShowsTheLegalBasis()
    {
        var client = await ClientAsync(Roles.Clerk, Roles.LegalOffice, Roles.Leader);
        var url = await SubmitThroughPageAsync(client, new() { ["Title"] = "页面执法决定", ["DocumentType"] = "MajorEnforcementDecision", ["SubmittingUnit"] = "综合行政执法办" });
        Assert.DoesNotContain("作出决定</button>", await client.GetStringAsync(url), StringComparison.Ordinal);

        var response = await FazhiFactory.PostFormAsync(client, url, new() { ["Action"] = "decide" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("《中华人民共和国行政处罚法》第五十八条", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ListFiltersAndLinksToExport()
    {
        var client = await ClientAsync(Roles.Clerk, Roles.LegalOffice);
        await SubmitThroughPageAsync(client, new() { ["Title"] = "列表党委文件", ["DocumentType"] = "PartyDocument", ["SubmittingUnit"] = "党政办" });

        var list = await client.GetStringAsync("/legality-review?type=PartyDocument");

        Assert.Contains("列表党委文件", list, StringComparison.Ordinal);
        Assert.Contains("/api/legality-review/reviews/export.xlsx?type=PartyDocument", list, StringComparison.Ordinal);
        Assert.DoesNotContain("列表党委文件", await client.GetStringAsync("/legality-review?type=Contract"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_LedgerImportWithBadRows_ListsEachRowNumberAndReason()
    {
        var client = await ClientAsync(Roles.LegalOffice);
        var token = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync("/legality-review/contracts"),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var csv = "合同名称,合同相对人,统一社会信用代码,合同金额（元）,签订日期,履行起始日期,履行终止日期,承办单位\n" +
                  "页面导入一,某公司,91441900MA4UJ2XQ1X,100,,2026-01-01,2026-12-31,党政办\n" +
                  "页面导入二,某公司,91441900MA4UJ2XQ1M,-3,,2026-01-01,2026-12-31,党政办\n";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "台账.csv" },
        };

        var response = await client.PostAsync("/legality-review/contracts?handler=Import", form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("第2行“统一社会信用代码”", html, StringComparison.Ordinal);
        Assert.Contains("第3行“合同金额（元）”：金额不能为负数", html, StringComparison.Ordinal);
        Assert.DoesNotContain("页面导入一</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_DashboardShowsFiguresAndTerms_AndRefusesAMajorDecisionPeriodUnderSevenDays()
    {
        var client = await ClientAsync(Roles.LegalOffice);
        var dashboard = await client.GetStringAsync("/legality-review/dashboard");
        Assert.Contains("合同审查份数", dashboard, StringComparison.Ordinal);
        Assert.Contains("审查意见采纳率", dashboard, StringComparison.Ordinal);
        Assert.Contains("审查人员工作量", dashboard, StringComparison.Ordinal);

        var response = await FazhiFactory.PostFormAsync(client, "/legality-review/dashboard?handler=Settings",
            new() { ["DocumentType"] = "MajorDecisionDraft", ["StandardDays"] = "5", ["ComplexDays"] = "10", ["MaxExtensionDays"] = "5" },
            getPath: "/legality-review/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("第二十六条", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_MalformedReviewId_IsBadRequest()
    {
        var client = await ClientAsync(Roles.LegalOffice);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/legality-review/nonsense")).StatusCode);
    }
}
