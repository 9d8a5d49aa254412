using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Platform.Web;

public sealed class ProblemDetailsTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task MalformedId_Is400ProblemDetails_Not404OrServerError()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.ProceduresRead);
        var response = await client.GetAsync("/api/procedures/instances/not-a-guid");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task MalformedDate_Is400ProblemDetails_WithChineseFieldError()
    {
        var response = await factory.CreateClient().GetAsync("/api/calendar/is-working-day?date=2024-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        var raw = problem.GetRawText();
        Assert.Contains("date", raw, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", raw);
    }

    [Fact]
    public async Task UnknownApiRoute_Is404ProblemDetails()
    {
        var response = await factory.CreateClient().GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await ProblemAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AnonymousApiCall_Is401_NotARedirectToTheLoginPage()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/regions/tree");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OversizedUpload_Is413ProblemDetails()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.RegionsManage, PlatformPermissions.RegionsRead);
        var token = await FazhiFactory.AntiforgeryTokenAsync(client, "/admin/regions");
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(new byte[Fazhi.Platform.Web.ErrorHandlingSetup.MaxRequestBodyBytes + 1024]), "file", "big.csv" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/regions/import") { Content = content };
        request.Headers.Add("RequestVerificationToken", token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await ProblemAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApi()
    {
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/calendar/is-working-day", out _));
    }

    [Fact]
    public async Task MissingRecordPage_IsChinese404Page_ForTheBrowser_WhileTheApiKeepsProblemJson()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, "normative_documents.read");
        using var page = new HttpRequestMessage(HttpMethod.Get, $"/portal/normative-documents/{Guid.CreateVersion7()}");
        page.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        var response = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("页面或记录不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/no-such-thing");
        api.Headers.Accept.ParseAdd("text/html,*/*;q=0.8");
        Assert.Equal(404, (await ProblemAsync(await client.SendAsync(api))).GetProperty("status").GetInt32());
    }
}
