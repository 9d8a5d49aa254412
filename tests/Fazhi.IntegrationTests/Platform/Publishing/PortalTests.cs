using System.Net;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Publishing;

using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Publishing;

public sealed class PortalTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task Portal_IsAnonymous_AndListsTheSectionsModulesRegister()
    {
        var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddPortalSection(new PortalSection("测试公开栏目", "/portal/test", "仅用于测试"))));
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/portal");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("测试公开栏目", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/portal/test\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("退出登录", html, StringComparison.Ordinal);
    }
}
