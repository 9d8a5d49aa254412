using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>The demo town's 2022 annual report in a real browser: every printed figure leads to the records behind it.</summary>
[Collection(SharedApp.Name)]
public sealed class AnnualReportBrowserTests(AppProcess app)
{
    [Fact]
    public async Task HtmlReport_ClickingAFigure_ListsTheRecordsBehindIt()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/login");
        await page.FillAsync("#Login", "demo.legal-office");
        await page.FillAsync("#Password", app.Passwords["demo.legal-office"]);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#workbench");

        // The demo town's 2022 report, created through the list page's form (the demo records were generated at first start).
        await page.GotoAsync(app.BaseUrl + "/annual-reports");
        await page.FillAsync("#Year", "2022");
        await page.ClickAsync("#create-report button[type=submit]");
        await page.WaitForURLAsync("**/annual-reports/*");

        await page.ClickAsync("a[href$='/export.html']");
        await page.WaitForURLAsync("**/export.html");
        Assert.Contains("2022年法治政府建设情况的报告", await page.InnerTextAsync("h1.report-title"));

        // The seed's "89份政府经济合同经法律顾问合法性审查", computed from the demo town's contract reviews.
        var figure = page.Locator("a.figure[data-key='legality_review.contracts']").First;
        Assert.Equal("89份", await figure.InnerTextAsync());
        await figure.ClickAsync();
        await page.WaitForURLAsync("**/metrics/records?*");
        await page.WaitForSelectorAsync("#metric-records");
        Assert.Contains("key=legality_review.contracts", page.Url, StringComparison.Ordinal);
        Assert.Contains("year=2022", page.Url, StringComparison.Ordinal);
        Assert.Contains("依据记录（共 89 条）", await page.InnerTextAsync("body"));
        var rows = page.Locator("#metric-records tbody tr");
        Assert.Equal(50, await rows.CountAsync()); // first page of 50 of the 89 records
        var firstId = await rows.First.Locator("td").Nth(1).InnerTextAsync();
        Assert.True(Guid.TryParse(firstId.Trim(), out _), $"记录编号应为 GUID：{firstId}");
        Directory.CreateDirectory(AppProcess.Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppProcess.Artifacts, "annual-report-records.png"), FullPage = true });
    }
}
