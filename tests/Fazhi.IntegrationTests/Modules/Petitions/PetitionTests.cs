using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Petitions;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Petitions;

/// <summary>信访 over HTTP: repeat flag, masking everywhere with an audited reveal, refusals citing the 条例, the monthly satisfaction figure.</summary>
public sealed class PetitionTests : IDisposable
{
    // Synthetic ID numbers with valid check characters (law.md §19.2 test vectors) and a synthetic phone.
    private const string IdNumber = "11010519491231002X";
    private const string OtherIdNumber = "440524188001010014";
    private const string Phone = "13900001234";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly FazhiFactory _factory = new();
    private readonly List<string> _seen = [];

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> ClerkAsync() => await _factory.TokenClientAsync(FazhiFactory.TownA, Roles.Petitions);

    private async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        _seen.Add(body);
        return body;
    }

    private async Task<JsonElement> RegisterAsync(HttpClient client, string id, string matter, DateOnly on, string phone = Phone)
    {
        var response = await client.PostAsJsonAsync("/api/petitions", new
        {
            channel = "Visit",
            receivedOn = on,
            petitionerName = "王小明",
            idNumber = id,
            phone,
            address = "广东省东莞市演示镇甲村1号",
            matter,
            content = $"反映{matter}，本人身份证号{id}",
        });
        var body = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<JsonElement> ActAsync(HttpClient client, string id, string action, object input, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync($"/api/petitions/{id}/actions/{action}", input);
        var body = await ReadAsync(response);
        Assert.True(response.StatusCode == expected, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<string> XlsxTextAsync(HttpResponseMessage response)
    {
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }

    [Fact]
    public async Task RepeatPetition_BySamePersonOnSameMatter_IsFlaggedAtRegistration_AndIdNumberAppearsNowhereUnlessRevealed()
    {
        var client = await ClerkAsync();
        var first = await RegisterAsync(client, IdNumber, "小区道路积水问题", new DateOnly(2026, 1, 5));
        var firstId = first.GetProperty("id").GetString()!;
        await ActAsync(client, firstId, "accept", new { on = new DateOnly(2026, 1, 6), category = "建议意见类", handlingUnit = "镇城建办" });

        var repeat = await RegisterAsync(client, IdNumber, "小区道路积水问题仍未解决", new DateOnly(2026, 2, 10));
        var other = await RegisterAsync(client, OtherIdNumber, "小区道路积水问题", new DateOnly(2026, 2, 10), "13900005678");

        Assert.True(repeat.GetProperty("isRepeat").GetBoolean());
        Assert.Equal(first.GetProperty("number").GetString(), repeat.GetProperty("repeatOfNumber").GetString());
        Assert.False(other.GetProperty("isRepeat").GetBoolean());
        Assert.Equal("110105********002X", repeat.GetProperty("idNumber").GetString());

        // Every read path of the module, for a user who may reveal but has not.
        var login = await _factory.CreateUserAsync(FazhiFactory.TownA, Roles.Petitions);
        var browser = await _factory.SignedInClientAsync(login);
        foreach (var path in new[] { "/petitions", $"/petitions/{firstId}", $"/petitions/{repeat.GetProperty("id").GetString()}", "/petitions?q=" + IdNumber, "/petitions/reception" })
        {
            var page = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            await ReadAsync(page);
        }

        var list = await client.GetAsync("/api/petitions?q=" + IdNumber);
        var listBody = await ReadAsync(list);
        Assert.Equal(2, JsonDocument.Parse(listBody).RootElement.GetProperty("total").GetInt32());
        await ReadAsync(await client.GetAsync($"/api/petitions/{firstId}"));
        _seen.Add(await XlsxTextAsync(await client.GetAsync("/api/petitions/export.xlsx")));

        foreach (var seen in _seen)
        {
            Assert.DoesNotContain(IdNumber, seen, StringComparison.Ordinal);
            Assert.DoesNotContain(OtherIdNumber, seen, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, seen, StringComparison.Ordinal);
        }

        // The reveal: the full value once, and an audited record naming the field, not the value.
        var reveal = await client.PostAsJsonAsync($"/api/petitions/{firstId}/reveal", new { field = "id_number", reason = "电话回访核对身份" });
        Assert.Equal(HttpStatusCode.OK, reveal.StatusCode);
        Assert.Contains(IdNumber, await reveal.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = _factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = await db.Set<AuditEntry>().AsNoTracking().ToListAsync();
        Assert.Contains(audit, a => a.Entity.Contains("PersonalDataReveal", StringComparison.Ordinal) && a.Action == "Insert");
        foreach (var row in audit)
        {
            var text = $"{row.Before}{row.After}{row.EntityId}";
            Assert.DoesNotContain(IdNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain(OtherIdNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reveal_IsRefused_WithoutThePermission_AndWritesNothing()
    {
        var client = await ClerkAsync();
        var p = await RegisterAsync(client, IdNumber, "工厂夜间噪音扰民", new DateOnly(2026, 2, 2));
        var role = await _factory.CreateRoleAsync(PetitionsPermissions.Read);
        var reader = await _factory.TokenClientAsync(FazhiFactory.TownA, role);

        var response = await reader.PostAsJsonAsync($"/api/petitions/{p.GetProperty("id").GetString()}/reveal", new { field = "id_number", reason = "查看" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(IdNumber, body, StringComparison.Ordinal);
        Assert.Contains("权限", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameMatterAfterRecheck_IsNotAcceptedAgain_CitingArticle36()
    {
        var client = await ClerkAsync();
        var leader = await _factory.TokenClientAsync(FazhiFactory.TownA, Roles.Leader);
        var p = (await RegisterAsync(client, IdNumber, "宅基地界址纠纷", new DateOnly(2025, 9, 1))).GetProperty("id").GetString()!;
        await ActAsync(client, p, "accept", new { on = new DateOnly(2025, 9, 2), category = "Grievance", residual = true, handlingUnit = "镇政府" });
        await ActAsync(client, p, "answer", new { on = new DateOnly(2025, 10, 20), outcome = "NotSupport", facts = "经查", opinion = "不予支持", opinionBasis = "相关规定" });
        await ActAsync(client, p, "request_review", new { on = new DateOnly(2025, 11, 3) });
        await ActAsync(client, p, "answer_review", new { on = new DateOnly(2025, 11, 20), outcome = "NotSupport", opinion = "维持" });
        await ActAsync(client, p, "request_recheck", new { on = new DateOnly(2025, 12, 1) });
        var final = await ActAsync(client, p, "answer_recheck", new { on = new DateOnly(2025, 12, 22), outcome = "NotSupport", opinion = "维持，复核终结" });
        Assert.Equal("final", final.GetProperty("state").GetString());
        var docx = await client.GetAsync($"/api/petitions/{p}/opinion.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);

        var again = (await RegisterAsync(client, IdNumber, "宅基地界址纠纷", new DateOnly(2026, 2, 2))).GetProperty("id").GetString()!;
        var refused = await ActAsync(client, again, "accept", new { on = new DateOnly(2026, 2, 3), category = "Grievance", residual = true }, HttpStatusCode.Conflict);

        Assert.Contains("复核终结，不再受理", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("《信访工作条例》第三十六条", refused.ToString(), StringComparison.Ordinal);
        _ = leader;
    }

    [Fact]
    public async Task MonthlySatisfactionRate_IsComputedFromRatings_AndMatchesHandComputedValues()
    {
        var client = await ClerkAsync();
        // January 2026: 满意, 不满意, 基本满意 → 2/3; February: 满意, 满意 → 2/2; one rated in March is outside both.
        (DateOnly Received, DateOnly Rated, string Rating)[] cases =
        [
            (new(2025, 12, 1), new(2026, 1, 10), "满意"),
            (new(2025, 12, 2), new(2026, 1, 12), "不满意"),
            (new(2025, 12, 3), new(2026, 1, 28), "基本满意"),
            (new(2025, 12, 4), new(2026, 2, 5), "满意"),
            (new(2025, 12, 5), new(2026, 2, 26), "满意"),
        ];
        var n = 0;
        foreach (var (received, rated, rating) in cases)
        {
            var id = (await RegisterAsync(client, IdNumber, $"事项{n++}号不同内容{rating}{n}", received, $"1390000{n:0000}")).GetProperty("id").GetString()!;
            await ActAsync(client, id, "accept", new { on = received.AddDays(1), category = "Suggestion" });
            await ActAsync(client, id, "answer", new { on = received.AddDays(20), outcome = "Support", facts = "经查属实", opinion = "予以支持", opinionBasis = "条例第三十二条" });
            var rate = await client.PostAsJsonAsync($"/api/petitions/{id}/rating", new { rating, on = rated });
            Assert.True(rate.IsSuccessStatusCode, await rate.Content.ReadAsStringAsync());
        }

        await using var scope = _factory.SystemScope();
        var monthly = await scope.ServiceProvider.GetRequiredService<EvaluateMetric>()
            .MonthlyAsync("petitions.satisfaction_rate", FazhiFactory.TownA, "2026", null, CancellationToken.None);

        Assert.Equal(Math.Round(200m / 3, 1), Math.Round(monthly.Months[0]!.Value, 1));
        Assert.Equal(100m, monthly.Months[1]);
        Assert.Null(monthly.Months[2]);
        Assert.Equal(80m, monthly.Value);
    }
}
