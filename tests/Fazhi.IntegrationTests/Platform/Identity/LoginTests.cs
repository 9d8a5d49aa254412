using System.Net;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Platform.Identity;

public sealed class LoginTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task LoginPage_IsChinese()
    {
        var html = await factory.CreateClient().GetStringAsync("/login");
        Assert.Contains("用户登录", html);
        Assert.Contains("lang=\"zh-CN\"", html);
    }

    [Fact]
    public async Task Workbench_ShowsUser_AfterLogin()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var client = await factory.SignedInClientAsync(login);
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("工作台", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Logout_FromTheWorkbenchForm_EndsTheSession()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Clerk);
        var client = await factory.SignedInClientAsync(login);
        var response = await FazhiFactory.PostFormAsync(client, "/logout", [], getPath: "/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
