using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.LegalityReview;

/// <summary>The people of one town's review work, each with an API token client, and helpers to drive a review over HTTP.</summary>
public sealed class ReviewApi
{
    private readonly FazhiFactory _factory;

    private ReviewApi(FazhiFactory factory, string region)
    {
        _factory = factory;
        Region = region;
    }

    public string Region { get; }

    /// <summary>部门经办人: submits and answers items.</summary>
    public HttpClient Clerk { get; private set; } = null!;

    /// <summary>司法所: accepts, returns, assigns, extends, decides.</summary>
    public HttpClient Office { get; private set; } = null!;

    public string OfficeLogin { get; private set; } = "";

    /// <summary>法律顾问: the designated reviewer who signs.</summary>
    public HttpClient Adviser { get; private set; } = null!;

    public string AdviserLogin { get; private set; } = "";

    public static async Task<ReviewApi> CreateAsync(FazhiFactory factory, string region = FazhiFactory.TownA)
    {
        var api = new ReviewApi(factory, region);
        api.Clerk = await factory.TokenClientAsync(region, Roles.Clerk);
        api.OfficeLogin = await factory.CreateUserAsync(region, Roles.LegalOffice, Roles.Leader);
        api.Office = await TokenAsync(factory, api.OfficeLogin);
        api.AdviserLogin = await factory.CreateUserAsync(region, Roles.LegalAdviser);
        api.Adviser = await TokenAsync(factory, api.AdviserLogin);
        return api;
    }

    private static async Task<HttpClient> TokenAsync(FazhiFactory factory, string login)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(login, "*"));
        return client;
    }

    public DateOnly Today => LegalDate.Today(_factory.Clock);

    public async Task<WorkingDayCalendar> CalendarAsync()
    {
        await using var scope = _factory.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<ICalendarSource>().GetAsync();
    }

    /// <summary>Moves the fake clock forward by whole days.</summary>
    public void Advance(int days) => _factory.Clock.Advance(TimeSpan.FromDays(days));

    public async Task<JsonElement> SubmitAsync(int documentType = 2, string title = "关于印发某镇工作方案的通知", object? contract = null, bool complex = false, DateOnly? requestedBy = null)
    {
        var response = await Clerk.PostAsJsonAsync("/api/legality-review/reviews", new
        {
            title,
            documentType,
            submittingUnit = "党政办",
            complex,
            basis = "《地方各级人民代表大会和地方各级人民政府组织法》",
            requestedBy,
            contract,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object? body = null) =>
        await client.PostAsJsonAsync($"/api/legality-review/reviews/{id}/actions/{action}", body ?? new { });

    public async Task<JsonElement> OkAsync(HttpClient client, Guid id, string action, object? body = null)
    {
        var response = await ActAsync(client, id, action, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Takes a review from submission to an issued opinion signed by the adviser.</summary>
    public async Task<JsonElement> IssuedAsync(Guid id, int conclusion = 2, params string[] items)
    {
        await OkAsync(Office, id, "accept");
        await OkAsync(Office, id, "assign", new { reviewer = AdviserLogin });
        return await OkAsync(Adviser, id, "issue", new { conclusion, summary = "经审查，主体适格、权限合法、程序完备，内容需作修改。", items });
    }

    public async Task<JsonElement> DetailAsync(Guid id) => await Office.GetFromJsonAsync<JsonElement>($"/api/legality-review/reviews/{id}");

    public static Guid IdOf(JsonElement review) => review.GetProperty("id").GetGuid();

    public static JsonElement ReviewClock(JsonElement review) => review.GetProperty("clocks")[0];

    public static DateOnly Date(JsonElement e, string property) => DateOnly.Parse(e.GetProperty(property).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Asserts a 409 refusal citing a legal basis containing <paramref name="basis"/>.</summary>
    public static async Task<JsonElement> AssertRefusedAsync(HttpResponseMessage response, string basis)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"expected 409, got {(int)response.StatusCode} {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Contains(basis, problem.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        return problem;
    }
}
