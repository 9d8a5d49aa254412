using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Numbering;

/// <summary>取号 and the ledger over HTTP, and the scheme page.</summary>
public sealed class NumberingApiTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task TakenNumbers_AreListedForTheRegion_NewestFirst()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Enforcement);
        var first = await client.PostAsJsonAsync("/api/numbering/test.api/next", new { year = 2024, subjectType = "TestCase", subjectId = "c-1" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal($"{FazhiFactory.TownA}-2024-0001", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString());
        await client.PostAsJsonAsync("/api/numbering/test.api/next", new { year = 2024 });

        var list = await client.GetFromJsonAsync<JsonElement>("/api/numbering/issued?kind=test.api&year=2024");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([2L, 1L], items.Select(i => i.GetProperty("sequence").GetInt64()));
        Assert.Equal("c-1", items[1].GetProperty("subjectId").GetString());
        Assert.False(string.IsNullOrEmpty(items[1].GetProperty("issuedBy").GetString()));
    }

    [Fact]
    public async Task AnotherTownsNumbers_AreNotFound()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Enforcement);
        var response = await client.GetAsync($"/api/numbering/issued?region={FazhiFactory.TownB}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/numbering/issued?year=24", "year")]
    [InlineData("/api/numbering/issued?region=12x", "region")]
    [InlineData("/api/numbering/issued?pageSize=0", "pageSize")]
    public async Task BadListQuery_IsBadRequestWithChineseFieldError(string url, string field)
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Enforcement);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task BadKindOrYear_WhenTakingANumber_IsBadRequest()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Enforcement);
        var response = await client.PostAsJsonAsync("/api/numbering/Bad-Kind/next", new { year = 1900 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("year", out _));
    }

    [Fact]
    public async Task WithoutNumberingPermission_IsForbidden()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/numbering/issued")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/numbering/test.api/next", new { year = 2024 })).StatusCode);
    }

    [Fact]
    public async Task SchemePage_SavesAScheme_ThatNextNumbersUse()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, await SchemeEditorRoleAsync());
        var client = await factory.SignedInClientAsync(login);

        var bad = await FazhiFactory.PostFormAsync(client, "/admin/numbering", new()
        {
            ["Kind"] = "test.page_doc",
            ["Prefix"] = "演府",
            ["Pattern"] = "{prefix}〔2024〕{n}号",
            ["Description"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("必须包含年份", await bad.Content.ReadAsStringAsync());

        var saved = await FazhiFactory.PostFormAsync(client, "/admin/numbering", new()
        {
            ["Kind"] = "test.page_doc",
            ["Prefix"] = "演府",
            ["Pattern"] = "{prefix}〔{year}〕{n}号",
            ["Description"] = "镇政府发文",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("演府〔2026〕1号", await client.GetStringAsync("/admin/numbering"));

        var api = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var taken = await api.PostAsJsonAsync("/api/numbering/test.page_doc/next", new { year = 2022 });
        Assert.Equal("演府〔2022〕1号", (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task SchemePage_RefusesEditsWithoutRegionManagement()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var client = await factory.SignedInClientAsync(login);
        var page = await client.GetStringAsync("/admin/numbering");
        Assert.DoesNotContain("新增或修改规则", page);
        // The page shows no form to this user; take a valid antiforgery token from another form page.
        var response = await FazhiFactory.PostFormAsync(client, "/admin/numbering",
            new() { ["Kind"] = "test.forbidden", ["Pattern"] = "{region}-{year}-{n}" }, getPath: "/login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/denied", response.Headers.Location!.OriginalString);
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(db.Set<Fazhi.Platform.Numbering.NumberingScheme>().Any(s => s.Kind == "test.forbidden"));
    }

    /// <summary>A role that may maintain region configuration without the administrator's TOTP, so a test can sign in by form.</summary>
    private async Task<string> SchemeEditorRoleAsync()
    {
        const string name = "test_scheme_editor";
        await using var scope = factory.SystemScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        if (await roles.FindByNameAsync(name) is null)
        {
            var role = new AppRole(name, "编号规则维护（测试）");
            DatabaseStartup.Check(await roles.CreateAsync(role));
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new RolePermission { RoleId = role.Id, Permission = PlatformPermissions.NumberingIssue });
            db.Add(new RolePermission { RoleId = role.Id, Permission = PlatformPermissions.RegionsManage });
            await db.SaveChangesAsync();
        }

        return name;
    }
}
