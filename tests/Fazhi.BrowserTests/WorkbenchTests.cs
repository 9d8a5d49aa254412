using Microsoft.Playwright;

namespace Fazhi.BrowserTests;

[Collection(SharedApp.Name)]
public sealed class WorkbenchTests(AppProcess app)
{
    [Fact]
    public async Task DemoAccount_LogsIn_AndSeesChineseWorkbench()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#Login", "demo.legal-office");
        await page.FillAsync("#Password", app.Passwords["demo.legal-office"]);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#workbench");
        Assert.Equal("工作台", await page.InnerTextAsync("h1"));
        // The vendored assets are served: htmx ran and replaced the loading text, Bootstrap styled the page.
        Assert.True(await page.EvaluateAsync<bool>("() => typeof htmx !== 'undefined'"));
        await page.WaitForFunctionAsync("() => !document.querySelector('#workbench').innerText.includes('正在加载')");
        Assert.Equal("flex", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.navbar')).display"));
        Directory.CreateDirectory(AppProcess.Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppProcess.Artifacts, "workbench.png"), FullPage = true });
    }

    [Fact]
    public async Task Administrator_MustEnrolTotp_BeforeTheWorkbench()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/login");
        await page.FillAsync("#Login", "admin");
        await page.FillAsync("#Password", app.Passwords["admin"]);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/login/2fa-setup**");
        var key = await page.InputValueAsync("#totp-key");
        await page.FillAsync("#Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#workbench");
        Assert.Contains("系统管理员", await page.InnerTextAsync("#current-user"));
    }

    [Fact]
    public async Task WrongPassword_ShowsChineseError()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/login");
        await page.FillAsync("#Login", "demo.clerk");
        await page.FillAsync("#Password", "wrong-password-123");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync(".alert-danger");
        Assert.Contains("登录名或密码不正确", await page.InnerTextAsync(".alert-danger"));
    }
}
