using System.Text.Json;

using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// 行政处罚普通程序 through the pages, each user signed in as themselves: the enforcement office registers the clue and
/// investigates, the town leader files and decides, the legal office reviews, and the decision reaches the portal masked.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class EnforcementCaseTests(AppProcess app)
{
    private const string Handler = "demo.enforcement";
    private const string Leader = "demo.leader";
    private const string Reviewer = "demo.legal-office";

    private Task<IPage> SignInAsync(string login) => app.SignInAsync(login);

    /// <summary>Takes one step with the form the case page offers for it, and checks nothing was refused.</summary>
    private static async Task ActAsync(IPage page, string caseUrl, string action, string on, Func<ILocator, Task>? fill = null)
    {
        await page.GotoAsync(caseUrl);
        var form = page.Locator($"form[data-action='{action}']");
        Assert.True(await form.CountAsync() == 1, $"the case page offers no “{action}” form to this user (state {await page.InnerTextAsync("#case-state")})");
        await form.Locator("input[name='Form.On']").FillAsync(on);
        if (fill is not null)
        {
            await fill(form);
        }

        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        if (await page.Locator("#refusal").CountAsync() > 0)
        {
            Assert.Fail($"{action} refused: {await page.InnerTextAsync("#refusal")}");
        }
    }

    private static async Task SelectContainingAsync(ILocator select, string text)
    {
        var value = await select.EvaluateAsync<string>("(s, t) => [...s.options].find(o => o.text.includes(t)).value", text);
        await select.SelectOptionAsync(value);
    }

    [Fact]
    public async Task IllegalPracticeCase_FromClueToClosed_ByOfficersLeaderAndReviewer_ThroughThePages()
    {
        var officer = await SignInAsync(Handler);
        await officer.GotoAsync(app.BaseUrl + "/enforcement/cases/new");
        await officer.FillAsync("input[name=Title]", "黄德明在某村出租屋内非法行医案");
        await officer.FillAsync("input[name=ReceivedOn]", "2026-06-01");
        await SelectContainingAsync(officer.Locator("select[name=MatterId]"), "非法行医");
        await officer.SelectOptionAsync("select[name=Domain]", "Medical");
        await officer.SelectOptionAsync("select[name=Source]", "Complaint");
        await officer.SelectOptionAsync("select[name=PartyKind]", "Individual");
        await officer.FillAsync("input[name=PartyName]", "黄德明");
        await officer.FillAsync("input[name=PartyIdNumber]", "441900197803041234");
        await officer.FillAsync("textarea[name=ClueSummary]", "群众举报黄德明在某村出租屋内未取得医疗机构执业许可证为他人输液");
        await officer.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await officer.WaitForURLAsync("**/enforcement/cases/0*");
        var caseUrl = officer.Url;
        Assert.Equal("线索登记", await officer.InnerTextAsync("#case-state"));

        var leader = await SignInAsync(Leader);
        await ActAsync(leader, caseUrl, "file", "2026-06-01");
        Assert.Equal("已立案", await leader.InnerTextAsync("#case-state"));

        // Two certified investigators who are not 法制审核人员 (the reviewer may not review a case they investigated).
        var roster = await officer.EvaluateAsync<JsonElement>("() => fetch('/api/enforcement/officers').then(r => r.json())");
        var investigators = roster.GetProperty("all").EnumerateArray()
            .Where(o => o.GetProperty("valid").GetBoolean() && !o.GetProperty("isLegalReviewer").GetBoolean())
            .Take(2).Select(o => o.GetProperty("id").GetString()!).ToArray();
        await officer.GotoAsync(caseUrl);
        var assign = officer.Locator("form:has(input[name=Act][value=assign])");
        await assign.Locator("select[name=OfficerIds]").SelectOptionAsync(investigators);
        await assign.Locator("input[name='Form.On']").FillAsync("2026-06-01");
        await assign.Locator("button[type=submit]").ClickAsync();
        await officer.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        await ActAsync(officer, caseUrl, "investigate", "2026-06-01");
        await ActAsync(officer, caseUrl, "report", "2026-06-05", async form =>
        {
            await form.Locator("textarea[name='Form.Facts']").FillAsync("经查，黄德明未取得医疗机构执业许可证，在出租屋内为他人输液，违法所得6000元");
            await form.Locator("input[name='Form.FineYuan']").FillAsync("60000");
            await SelectContainingAsync(form.Locator("select[name='Form.DiscretionStandardId']"), "未取得医疗机构执业许可证擅自执业");
        });
        Assert.Contains("须审核", await officer.InnerTextAsync("body"));

        var reviewer = await SignInAsync(Reviewer);
        await ActAsync(reviewer, caseUrl, "legal_review", "2026-06-08", async form =>
        {
            await form.Locator("select[name='Form.Passed']").SelectOptionAsync("true");
            await form.Locator("textarea[name='Form.Opinion']").FillAsync("事实清楚，证据确凿，适用依据正确，程序合法，处罚适当。");
        });
        Assert.Contains("审核通过", await reviewer.InnerTextAsync("body"));

        await ActAsync(officer, caseUrl, "notify", "2026-06-09");
        await ActAsync(officer, caseUrl, "waive_rights", "2026-06-10");
        await ActAsync(leader, caseUrl, "decide", "2026-06-11");
        Assert.Equal("已作出决定", await leader.InnerTextAsync("#case-state"));
        await ActAsync(officer, caseUrl, "serve", "2026-06-11");
        await ActAsync(officer, caseUrl, "publish", "2026-06-12");
        await ActAsync(officer, caseUrl, "record_payment", "2026-06-15", form => form.Locator("input[name='Form.PaidYuan']").FillAsync("60000"));
        await ActAsync(leader, caseUrl, "close", "2026-06-16");

        Assert.Equal("已结案", await leader.InnerTextAsync("#case-state"));
        var timeline = await leader.InnerTextAsync("#timeline");
        foreach (var step in new[] { "立案", "调查终结报告", "法制审核", "告知", "作出行政处罚决定", "送达决定书", "公示执法决定", "缴纳罚款", "结案" })
        {
            Assert.Contains(step, timeline, StringComparison.Ordinal);
        }

        Assert.Contains("已于2026-06-12公示（按期）", await leader.InnerTextAsync("#case-publication"));

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync(app.BaseUrl + "/portal/enforcement/decisions?q=" + Uri.EscapeDataString("出租屋内非法行医"));
        var portal = await visitor.InnerTextAsync("#public-decisions");
        Assert.Contains("黄某某", portal, StringComparison.Ordinal);
        Assert.Contains("罚款60000.00元", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("黄德明", await visitor.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("441900197803041234", await visitor.ContentAsync(), StringComparison.Ordinal);
        Directory.CreateDirectory(AppProcess.Artifacts);
        await leader.GotoAsync(caseUrl);
        await leader.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppProcess.Artifacts, "enforcement-case-closed.png"), FullPage = true });
    }
}
