using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Enforcement;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>A town's enforcement office over the API: libraries and a case taken step by step on chosen dates.</summary>
public sealed class EnforcementApi(HttpClient client)
{
    public static readonly string[] AllPermissions =
    [
        EnforcementPermissions.Read, EnforcementPermissions.Handle, EnforcementPermissions.Review, EnforcementPermissions.Decide,
        EnforcementPermissions.ManageLibraries,
    ];

    public HttpClient Client { get; } = client;

    public static async Task<EnforcementApi> CreateAsync(FazhiFactory factory, string town = FazhiFactory.TownA) =>
        new(await factory.ClientWithPermissionsAsync(town, AllPermissions));

    public async Task<Guid> OfficerAsync(string name, DateOnly validFrom, DateOnly validTo, bool reviewer = false, bool? qualified = null)
    {
        var response = await Client.PostAsJsonAsync("/api/enforcement/officers", new
        {
            name,
            certificateNumber = "44" + Guid.NewGuid().ToString("N")[..10],
            category = "综合行政执法",
            validFrom,
            validTo,
            isLegalReviewer = reviewer,
            hasLegalQualification = qualified ?? reviewer,
        });
        return await IdAsync(response);
    }

    public Task<Guid> CertifiedOfficerAsync(string name, bool reviewer = false) => OfficerAsync(name, new(2020, 1, 1), new(2030, 12, 31), reviewer);

    public async Task<Guid> StandardAsync(decimal minYuan = 10_000, decimal maxYuan = 30_000)
    {
        var response = await Client.PostAsJsonAsync("/api/enforcement/discretion-standards", new
        {
            violation = "未取得医疗机构执业许可证擅自执业",
            circumstance = "首次违法",
            minFineYuan = minYuan,
            maxFineYuan = maxYuan,
            legalBasis = "《中华人民共和国基本医疗卫生法》第九十九条",
        });
        return await IdAsync(response);
    }

    public async Task<Guid> NewCaseAsync(DateOnly receivedOn, string domain = "Medical", string partyKind = "Organisation")
    {
        var response = await Client.PostAsJsonAsync("/api/enforcement/cases", new
        {
            title = "某诊所未取得执业许可证擅自执业案",
            domain,
            partyKind,
            partyName = "东莞市某某诊所",
            source = "Complaint",
            clueSummary = "群众举报某诊所无证行医",
            receivedOn,
        });
        return await IdAsync(response);
    }

    public Task<HttpResponseMessage> ActAsync(Guid id, string action, object body) =>
        Client.PostAsJsonAsync($"/api/enforcement/cases/{id}/actions/{action}", body);

    public async Task<JsonElement> OkAsync(Guid id, string action, object body)
    {
        var response = await ActAsync(id, action, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public async Task AssignAsync(Guid id, DateOnly on, params Guid[] officers)
    {
        var response = await Client.PostAsJsonAsync($"/api/enforcement/cases/{id}/officers", new { officerIds = officers, on });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public async Task<JsonElement> CaseAsync(Guid id) =>
        JsonDocument.Parse(await Client.GetStringAsync($"/api/enforcement/cases/{id}")).RootElement;

    /// <summary>A case filed, investigated by two certified officers and reported on <paramref name="on"/>.</summary>
    public async Task<(Guid Case, Guid[] Officers)> ReportedAsync(DateOnly on, decimal fineYuan = 20_000, bool complex = false, bool serious = false,
        string? justification = null, Guid? standard = null)
    {
        var officers = new[] { await CertifiedOfficerAsync("李执法"), await CertifiedOfficerAsync("王执法") };
        var id = await NewCaseAsync(on);
        await OkAsync(id, "file", new { on });
        await AssignAsync(id, on, officers);
        await OkAsync(id, "investigate", new { on });
        await OkAsync(id, "report", new
        {
            on,
            facts = "经查，当事人未取得医疗机构执业许可证擅自执业",
            outcome = "Penalty",
            measures = "Fine",
            fineYuan,
            discretionStandardId = standard ?? await StandardAsync(),
            discretionJustification = justification,
            complex,
            seriousViolation = serious,
        });
        return (id, officers);
    }

    public static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Asserts a 409 ProblemDetails whose legalBasis names the article.</summary>
    public static async Task<string> RefusedAsync(HttpResponseMessage response, string article)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"expected 409, got {(int)response.StatusCode} {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Contains(article, problem.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        return problem.GetProperty("detail").GetString()!;
    }
}
