using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Platform.Web;

public sealed class BindingMessagesTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task Form_UnparseableDate_IsReportedInChinese()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice));
        var response = await FazhiFactory.PostFormAsync(client, "/legality-review/new", new() { ["RequestedBy"] = "明天" });
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("“明天”不是有效的", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid for", html, StringComparison.Ordinal);
    }
}
