using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

/// <summary>
/// The 依法治镇办's governance pages from the workbench, in the browser: a plan drafted, broken down and issued to
/// 督查督办 through its forms; the committee's numbered meetings of the demo; and a department's supporting file uploaded
/// to its reported figure through the shared upload box.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class GovernanceWorkTests(AppProcess app)
{
    private const string Office = "demo.legal-office";

    private Task<IPage> SignInAsync(string login) => app.SignInAsync(login);

    [Fact]
    public async Task Plan_DraftedBrokenDownAndIssued_FromTheWorkbench_HandsItsTaskToSupervision()
    {
        var page = await SignInAsync(Office);
        await page.ClickAsync("nav >> text=工作方案");
        await page.WaitForSelectorAsync("#plans");
        Assert.Contains("《2022年全面依法治镇工作要点》", await page.InnerTextAsync("#plans"));

        await page.SelectOptionAsync("select[name='Form.Kind']", "AnnualPoints");
        await page.FillAsync("input[name='Form.Title']", "2025年法治乡村工作要点（浏览器）");
        await page.FillAsync("input[name='Form.FirstYear']", "2025");
        await page.FillAsync("input[name='Form.IssuingBody']", "中共演示镇委全面依法治镇委员会");
        await page.ClickAsync("#plan-form button");
        await page.WaitForSelectorAsync("#task-form");

        await page.FillAsync("input[name='Task.Area']", "健全乡村法律服务体系");
        await page.FillAsync("input[name='Task.Content']", "村（社区）法律顾问每月到村服务不少于8小时");
        await page.FillAsync("input[name='Task.LeadUnit']", "镇司法所");
        await page.FillAsync("input[name='Task.Milestones']", "2025-06-30 完成上半年服务台账");
        await page.FillAsync("input[name='Task.Deadline']", "2025-12-31");
        await page.ClickAsync("#task-form button");
        await page.WaitForSelectorAsync("#tasks >> text=镇司法所");

        await page.FillAsync("input[name='IssuedOn']", "2025-01-02");
        await page.ClickAsync("#issue-form button");
        await page.WaitForSelectorAsync("#status >> text=已印发");
        Assert.Contains("已交办", await page.InnerTextAsync("#tasks"));
        Assert.Equal(0, await page.Locator("#issue-form").CountAsync());
        await page.ClickAsync("#tasks a");
        await page.WaitForURLAsync("**/supervision/**");
        Assert.Contains("工作方案任务", await page.ContentAsync());
    }

    [Fact]
    public async Task CommitteeMeetings_ShowTheirOrdinals_AndDecisionsUnderSupervision()
    {
        var page = await SignInAsync(Office);
        await page.GotoAsync(app.BaseUrl + "/governance");
        var text = await page.InnerTextAsync("main");
        Assert.Contains("第四次会议", text);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}", text);
    }

    [Fact]
    public async Task ReportedFigure_TakesItsSupportingFile_ThroughTheUploadBox()
    {
        var page = await SignInAsync(Office);
        await page.GotoAsync(app.BaseUrl + "/indicators?year=2025");
        await page.SelectOptionAsync("#submit-form select[name='Key']", "ip.trademarks_valid");
        await page.FillAsync("#submit-form input[name='Value']", "4321");
        await page.FillAsync("#submit-form input[name='Department']", "镇市场监督管理分局");
        await page.FillAsync("#submit-form input[name='Source']", "商标局数据（2025年末）");
        await page.ClickAsync("#submit-form button");
        var row = page.Locator("tr[data-key='ip.trademarks_valid']");
        await row.Locator(".attachment-file").WaitForAsync();
        await row.Locator(".attachment-file").SetInputFilesAsync(new FilePayload
        {
            Name = "有效注册商标统计.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n%商标统计\n"u8.ToArray(),
        });
        await row.Locator(".attachment-upload").ClickAsync();
        await page.WaitForSelectorAsync("tr[data-key='ip.trademarks_valid'] >> text=有效注册商标统计.pdf");
    }
}
