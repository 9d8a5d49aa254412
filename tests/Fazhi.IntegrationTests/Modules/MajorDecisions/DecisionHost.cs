using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.FairCompetition.Contracts;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Fazhi.IntegrationTests.Modules.MajorDecisions;

/// <summary>
/// The app with in-memory stand-ins for the three contracts a decision waits on (合法性审查, 公平竞争审查, 公开征求意见), so a
/// test sets the opinion, the conclusion or the consultation's state; and helpers that drive a decision through the API.
/// </summary>
public sealed class DecisionHost : IDisposable
{
    private int _towns = 600;

    public DecisionHost()
    {
        App = Base.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.RemoveAll<ILegalityReviews>();
            s.RemoveAll<IFairCompetitionReviews>();
            s.RemoveAll<IPublicConsultations>();
            s.AddSingleton(Legality);
            s.AddSingleton(FairCompetition);
            s.AddSingleton(Consultations);
            s.AddScoped<ILegalityReviews>(sp => sp.GetRequiredService<LegalityReviewsDouble>());
            s.AddScoped<IFairCompetitionReviews>(sp => sp.GetRequiredService<FairCompetitionReviewsDouble>());
            s.AddScoped<IPublicConsultations>(sp => sp.GetRequiredService<ConsultationsDouble>());
        }));
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public FazhiFactory Base { get; } = new();

    public WebApplicationFactory<Program> App { get; }

    public LegalityReviewsDouble Legality { get; } = new();

    public FairCompetitionReviewsDouble FairCompetition { get; } = new();

    public ConsultationsDouble Consultations { get; } = new();

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

    /// <summary>An API client of a new user holding 司法所 and 负责人 roles (catalog, handling and deciding).</summary>
    public async Task<HttpClient> ApiClientAsync(string region = FazhiFactory.TownA)
    {
        var login = await Base.CreateUserAsync(region, Roles.LegalOffice, Roles.Leader);
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Base.CreateTokenAsync(login, "*"));
        return client;
    }

    /// <summary>A cookie client signed in through the login page with the same roles.</summary>
    public async Task<HttpClient> PageClientAsync(string region = FazhiFactory.TownA)
    {
        var login = await Base.CreateUserAsync(region, Roles.LegalOffice, Roles.Leader);
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await FazhiFactory.PostFormAsync(client, "/login", new() { ["Login"] = login, ["Password"] = FazhiFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The 409 answer and its legal basis.</summary>
    public static async Task<string> RefusedAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("legalBasis").GetString() ?? "";
    }

    /// <summary>A published catalog of <paramref name="year"/> with one item requiring the given procedures; returns (catalog id, item id).</summary>
    public static async Task<(Guid Catalog, Guid Item)> PublishedCatalogAsync(HttpClient client, int year = 2026, bool publicParticipation = false,
        bool expertReview = false, bool riskAssessment = false, bool hearing = false, bool affectsBusiness = false, string title = "某村城市更新项目")
    {
        var created = await OkAsync(client.PostAsJsonAsync("/api/major-decisions/catalogs", new { year }));
        var catalog = created.GetProperty("id").GetGuid();
        var view = await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/items", new
        {
            title,
            leadUnit = "城市更新中心",
            plannedStart = new DateOnly(year, 3, 1),
            plannedEnd = new DateOnly(year, 10, 31),
            requiresPublicParticipation = publicParticipation,
            requiresExpertReview = expertReview,
            requiresRiskAssessment = riskAssessment,
            requiresHearing = hearing,
            affectsBusiness,
        }));
        await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/approve", new { approval = "镇党委会议纪要〔2026〕1号" }));
        await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/publish", new { }));
        return (catalog, view.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object? input = null) =>
        client.PostAsJsonAsync($"/api/major-decisions/decisions/{id}/actions/{action}", input ?? new { });

    /// <summary>A decision of a new catalog item, proposed, initiated and in drafting.</summary>
    /// <summary>
    /// A decision in drafting. Unless the catalog asks for a consultation or a hearing (or <paramref name="exemptFromPublicParticipation"/>
    /// is false), the statutory reason for not hearing the public is recorded (条例第十四条), so the test can go on to the review.
    /// </summary>
    public static async Task<Guid> DraftingAsync(HttpClient client, int year = 2026, bool publicParticipation = false, bool expertReview = false,
        bool riskAssessment = false, bool hearing = false, bool affectsBusiness = false, string title = "某村城市更新项目", bool exemptFromPublicParticipation = true)
    {
        var (_, item) = await PublishedCatalogAsync(client, year, publicParticipation, expertReview, riskAssessment, hearing, affectsBusiness, title);
        var created = await OkAsync(client.PostAsJsonAsync("/api/major-decisions/decisions", new { catalogItemId = item, proposer = "镇长" }));
        var id = created.GetProperty("id").GetGuid();
        await OkAsync(ActAsync(client, id, "initiate"));
        await OkAsync(ActAsync(client, id, "start_drafting", new { draftText = "实施方案（草案）", explanation = "起草说明" }));
        if (exemptFromPublicParticipation && !publicParticipation && !hearing)
        {
            await OkAsync(ActAsync(client, id, "record_participation_exemption", new { note = "涉及国家秘密，依法不予公开（《保守国家秘密法》）" }));
        }

        return id;
    }

    public static readonly object[] Minutes =
    [
        new { name = "李四", position = "副镇长", view = 1, remarks = "同意" },
        new { name = "王五", position = "副镇长", view = 2, remarks = "补偿标准偏低" },
        new { name = "赵六", position = "党政办主任", view = 1, remarks = "同意" },
        new { name = "张三", position = "镇长", view = 1, remarks = "同意，按意见完善", isChief = true },
    ];

    /// <summary>Drafting → legality review (opinion issued lawful) → collective decision approved by minutes.</summary>
    public async Task<Guid> DecidedAsync(HttpClient client, string title = "某村城市更新项目")
    {
        var id = await DraftingAsync(client, title: title);
        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        Legality.Issue(id, ReviewConclusion.Lawful);
        await OkAsync(ActAsync(client, id, "submit_discussion"));
        await OkAsync(ActAsync(client, id, "record_minutes", new { meetingType = "镇政府常务会议", outcome = 1, attendees = Minutes }));
        return id;
    }

    public void Dispose()
    {
        App.Dispose();
        Base.Dispose();
    }
}

/// <summary>公开征求意见 as a test sets it: open until the test closes the window (with or without unanswered comments).</summary>
public sealed class ConsultationsDouble : IPublicConsultations
{
    private readonly ConcurrentDictionary<Guid, ConsultationStatus> _consultations = new();

    public ConcurrentDictionary<Guid, DateOnly> AdoptionReports { get; } = new();

    public Task<Guid> OpenAsync(ConsultationRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(_consultations.GetOrAdd(request.SubjectId, _ => new ConsultationStatus(Guid.CreateVersion7(), request.OpensOn, request.ClosesOn,
            false, 0, 0, 0, 0, 0, false, $"/portal/consultations/{request.SubjectId}")).ConsultationId);

    public Task<ConsultationStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_consultations.TryGetValue(subjectId, out var status) ? status : null);

    public Task PublishAdoptionReportAsync(string subjectType, Guid subjectId, DateOnly on, CancellationToken cancellationToken = default)
    {
        AdoptionReports[subjectId] = on;
        return Task.CompletedTask;
    }

    public void Close(Guid subjectId, int received, int unanswered) =>
        _consultations[subjectId] = _consultations[subjectId] with { WindowClosed = true, Received = received, Adopted = received - unanswered, Unanswered = unanswered };
}
