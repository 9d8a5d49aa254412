using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fazhi.IntegrationTests.Modules.NormativeDocuments;

/// <summary>
/// The app with in-memory doubles of the legality-review and fair-competition contracts (the real modules are built
/// elsewhere), and helpers that drive a document through the API.
/// </summary>
public sealed class NormativeHost : IDisposable
{
    public NormativeHost()
    {
        App = Base.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.RemoveAll<ILegalityReviews>();
            s.RemoveAll<IFairCompetitionReviews>();
            s.AddSingleton(Legality);
            s.AddSingleton(FairCompetition);
            s.AddScoped<ILegalityReviews>(sp => sp.GetRequiredService<LegalityReviewsDouble>());
            s.AddScoped<IFairCompetitionReviews>(sp => sp.GetRequiredService<FairCompetitionReviewsDouble>());
        }));
    }

    public FazhiFactory Base { get; } = new();

    public WebApplicationFactory<Program> App { get; }

    public LegalityReviewsDouble Legality { get; } = new();

    public FairCompetitionReviewsDouble FairCompetition { get; } = new();

    private int _towns = 400;

    /// <summary>A new town under 东莞市, so a test's figures count only its own rows.</summary>
    public async Task<string> NewTownAsync()
    {
        var town = "441900" + Interlocked.Increment(ref _towns);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(new Region(town, $"测试镇{town[6..]}", RegionLevel.Town, "441900"));
        await db.SaveChangesAsync();
        return town;
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A client with an API token of a new 司法所 user of the region.</summary>
    public async Task<HttpClient> ApiClientAsync(string region = FazhiFactory.TownA, string role = Roles.LegalOffice)
    {
        var login = await Base.CreateUserAsync(region, role);
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Base.CreateTokenAsync(login, "*"));
        return client;
    }

    /// <summary>A cookie client of a new 司法所 user, signed in through the login page.</summary>
    public async Task<HttpClient> PageClientAsync(string region = FazhiFactory.TownA, string role = Roles.LegalOffice)
    {
        var login = await Base.CreateUserAsync(region, role);
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await FazhiFactory.PostFormAsync(client, "/login", new() { ["Login"] = login, ["Password"] = FazhiFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<Guid> CreateAsync(HttpClient client, string title = "某某镇农村人居环境管理办法", bool affectsBusiness = false,
        bool requiresConsultation = false, string body = "第一条 为加强管理，制定本办法。")
    {
        var response = await client.PostAsJsonAsync("/api/normative-documents", new
        {
            title,
            draftingUnit = "农业农村办",
            issuingAuthority = "某某镇人民政府",
            bodyText = body,
            affectsBusiness,
            requiresConsultation,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object? input = null) =>
        client.PostAsJsonAsync($"/api/normative-documents/{id}/actions/{action}", input ?? new { });

    public static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Drives a new document up to 待集体审议 with a lawful opinion (and a compliant conclusion when it affects business).</summary>
    public async Task<Guid> ApprovedAsync(HttpClient client, string title = "某某镇农村人居环境管理办法", bool affectsBusiness = false, string body = "第一条 为加强管理，制定本办法。")
    {
        var id = await CreateAsync(client, title, affectsBusiness, body: body);
        await OkAsync(ActAsync(client, id, "start_drafting"));
        if (affectsBusiness)
        {
            await OkAsync(ActAsync(client, id, "submit_fair_competition"));
            FairCompetition.Conclude(id, FairCompetitionConclusion.Compliant);
        }

        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        Legality.Issue(id, ReviewConclusion.Lawful);
        await OkAsync(ActAsync(client, id, "submit_deliberation"));
        await OkAsync(ActAsync(client, id, "deliberate", new { meetingName = "镇政府常务会议2026年第3次" }));
        return id;
    }

    /// <summary>Registers and publishes an approved document with the given validity.</summary>
    public async Task<Guid> PublishedAsync(HttpClient client, string title, DateOnly effectiveOn, DateOnly? expiresOn = null, string body = "第一条 为加强管理，制定本办法。")
    {
        var id = await ApprovedAsync(client, title, body: body);
        await OkAsync(ActAsync(client, id, "register"));
        await OkAsync(ActAsync(client, id, "publish", new { effectiveOn, expiresOn, sourceUrl = "https://www.dg.gov.cn/doc/1.html" }));
        return id;
    }

    public void Dispose()
    {
        App.Dispose();
        Base.Dispose();
    }
}
