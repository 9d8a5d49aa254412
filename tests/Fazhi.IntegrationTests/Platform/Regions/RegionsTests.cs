using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Regions;

public sealed class RegionsTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private static async Task<List<string>> CodesAsync(HttpClient client)
    {
        var tree = await client.GetFromJsonAsync<JsonElement>("/api/regions/tree");
        var codes = new List<string>();
        void Walk(JsonElement node)
        {
            codes.Add(node.GetProperty("code").GetString()!);
            foreach (var child in node.GetProperty("children").EnumerateArray())
            {
                Walk(child);
            }
        }

        foreach (var root in tree.EnumerateArray())
        {
            Walk(root);
        }

        return codes;
    }

    [Fact]
    public async Task Region_TownUser_SeesOnlyItsOwnSubtree()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.RegionsRead);
        var codes = await CodesAsync(client);
        Assert.Contains(FazhiFactory.TownA, codes);
        Assert.Contains("441900199001", codes);
        Assert.DoesNotContain(FazhiFactory.TownB, codes);
        Assert.DoesNotContain("441900", codes);
    }

    [Fact]
    public async Task Region_CityUser_SeesAllItsTowns()
    {
        var client = await factory.ClientWithPermissionsAsync("441900", PlatformPermissions.RegionsRead);
        var codes = await CodesAsync(client);
        Assert.Contains(FazhiFactory.TownA, codes);
        Assert.Contains(FazhiFactory.TownB, codes);
        Assert.Contains("441900197", codes);
    }

    [Fact]
    public async Task Region_OfAnotherTown_Is404()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.RegionsRead);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/regions/{FazhiFactory.TownB}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/regions/{FazhiFactory.TownA}")).StatusCode);
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv)
    {
        var token = await FazhiFactory.AntiforgeryTokenAsync(client, "/admin/regions");
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "regions.csv" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        return await client.PostAsync("/admin/regions", content);
    }

    [Fact]
    public async Task RegionImport_AddsVillagesUnderTheTown_ThroughThePage()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.RegionsRead, PlatformPermissions.RegionsManage);
        var response = await ImportAsync(client, "代码,名称\n441900199101,导入一村\n441900199102,导入二村\n");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("新增2个", html, StringComparison.Ordinal);
        Assert.Contains("导入一村", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionImport_WithABadLine_ReportsTheLine_AndImportsNothing()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.RegionsRead, PlatformPermissions.RegionsManage);
        var response = await ImportAsync(client, "441900199201,好村\n44190019920X,坏村\n441900198201,别镇的村\n");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("第2行", html, StringComparison.Ordinal);
        Assert.Contains("第3行", html, StringComparison.Ordinal);
        Assert.Contains("不在本单位管辖范围内", html, StringComparison.Ordinal);
        await using var scope = factory.SystemScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Region>().AnyAsync(r => r.Code == "441900199201"));
    }

    [Fact]
    public async Task RegionImport_WithoutManagePermission_IsForbidden()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.RegionsRead);
        var response = await ImportAsync(client, "441900199301,某村\n");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
