using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.Mediation;

/// <summary>One app; each test works in a town of its own so its figures count only its own rows.</summary>
public sealed class MediationHost : IDisposable
{
    private int _towns = 700;

    public FazhiFactory App { get; } = new();

    public async Task<(HttpClient Client, string Town)> ClientAsync()
    {
        var town = "441900" + Interlocked.Increment(ref _towns);
        await using (var scope = App.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new Region(town, $"测试镇{town[6..]}", RegionLevel.Town, "441900"));
            await db.SaveChangesAsync();
        }

        var role = await App.CreateRoleAsync();
        var login = await App.CreateUserAsync(town, role);
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await App.CreateTokenAsync(login, "*"));
        return (client, town);
    }

    public void Dispose() => App.Dispose();
}

/// <summary>人民调解 and 矛盾纠纷排查 through the API: the rules of 人民调解法 each refused with the article cited, real-date clocks, figures from records, and no clear ID number anywhere.</summary>
public sealed class MediationTests(MediationHost host) : IClassFixture<MediationHost>
{
    public const string SyntheticId = "11010519491231002X";
    public const string SyntheticId2 = "440524188001010014";
    public const string SyntheticPhone = "13800138000";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static object[] Members(int count) =>
        Enumerable.Range(0, count).Select(i => (object)new { name = $"委员{i}", position = i == 0 ? "主任" : "委员", female = i == 1 }).ToArray();

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<JsonElement> RefusedAsync(Task<HttpResponseMessage> call, HttpStatusCode status = HttpStatusCode.Conflict)
    {
        var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<Guid> CommitteeAsync(HttpClient client) =>
        (await OkAsync(client.PostAsJsonAsync("/api/mediation/committees", new { name = "镇人民调解委员会", kind = "Town", establishedOn = "2023-01-03", members = Members(5) })))
        .GetProperty("id").GetGuid();

    private static async Task<Guid> CaseAsync(HttpClient client, Guid committee, string on, string? idNumber = null) =>
        (await OkAsync(client.PostAsJsonAsync("/api/mediation/cases", new
        {
            committeeId = committee,
            source = "Application",
            matter = "邻里排水纠纷",
            facts = "甲乙两家因排水沟堵塞发生争执",
            disputeType = "邻里纠纷",
            on,
            parties = new[] { new { name = "张三", role = "一方当事人", idNumber = (string?)(idNumber ?? SyntheticId), phone = (string?)SyntheticPhone }, new { name = "李四", role = "另一方当事人", idNumber = (string?)SyntheticId2, phone = (string?)null } },
        }))).GetProperty("id").GetGuid();

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object body) =>
        client.PostAsJsonAsync($"/api/mediation/cases/{id}/actions/{action}", body);

    private static async Task MediatingAsync(HttpClient client, Guid id, string accepted, string started)
    {
        await OkAsync(ActAsync(client, id, "accept", new { on = accepted }));
        await OkAsync(ActAsync(client, id, "assign", new { on = accepted, mediators = "王调解" }));
        await OkAsync(ActAsync(client, id, "start", new { on = started }));
    }

    private static Task<HttpResponseMessage> AgreeAsync(HttpClient client, Guid id, string on, decimal amount = 0) =>
        ActAsync(client, id, "agree", new
        {
            on,
            agreementForm = "Written",
            obligations = "李四于十日内疏通排水沟并赔偿张三损失",
            performanceTerms = "现金一次性支付",
            amountYuan = amount,
            partiesSigned = true,
            mediatorSigned = true,
            @sealed = true,
        });

    private static async Task<MetricFigure> FigureAsync(HttpClient client, string key, string town, int year) =>
        (await client.GetFromJsonAsync<MetricFigure>($"/api/metrics/{key}?region={town}&year={year}"))!;

    [Fact]
    public async Task SuccessRate_IsSucceededOverAccepted_ComputedFromRecords()
    {
        var (client, town) = await host.ClientAsync();
        var committee = await CommitteeAsync(client);
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var id = await CaseAsync(client, committee, "2025-03-03");
            await MediatingAsync(client, id, "2025-03-04", "2025-03-05");
            ids.Add(id);
        }

        await OkAsync(AgreeAsync(client, ids[0], "2025-03-10", 1234.56m));
        await OkAsync(AgreeAsync(client, ids[1], "2025-03-11", 100m));
        await OkAsync(ActAsync(client, ids[2], "fail", new { on = "2025-03-12", failureReason = "双方分歧较大", routesExplained = "已告知可申请仲裁或向人民法院起诉" }));
        // ids[3] is still being mediated: accepted, not concluded.

        var rate = await FigureAsync(client, "mediation.success_rate", town, 2025);
        Assert.Equal(2m, rate.Numerator);
        Assert.Equal(4m, rate.Denominator);
        Assert.Equal(50m, rate.Value);
        var concluded = await FigureAsync(client, "mediation.success_rate_concluded", town, 2025);
        Assert.Equal(2m, concluded.Numerator);
        Assert.Equal(3m, concluded.Denominator);
        Assert.Equal(1334.56m, (await FigureAsync(client, "mediation.amount", town, 2025)).Value);
        Assert.Equal(4m, (await FigureAsync(client, "mediation.accepted", town, 2025)).Value);
        Assert.Equal(1m, (await FigureAsync(client, "mediation.committees", town, 2025)).Value);
    }

    [Fact]
    public async Task Committee_MustHaveThreeToNineMembers_Art8()
    {
        var (client, _) = await host.ClientAsync();
        foreach (var count in new[] { 2, 10 })
        {
            var problem = await RefusedAsync(client.PostAsJsonAsync("/api/mediation/committees", new { name = $"村调委会{count}", kind = "Village", establishedOn = "2023-01-03", members = Members(count) }));
            Assert.Contains("三至九人", problem.GetProperty("title").GetString() + problem.GetProperty("detail").ToString());
            Assert.Contains("人民调解法》第八条", problem.GetProperty("legalBasis").GetString());
        }

        await OkAsync(client.PostAsJsonAsync("/api/mediation/committees", new { name = "村调委会3", kind = "Village", establishedOn = "2023-01-03", members = Members(3) }));
        await OkAsync(client.PostAsJsonAsync("/api/mediation/committees", new { name = "村调委会9", kind = "Village", establishedOn = "2023-01-03", members = Members(9) }));
    }

    [Fact]
    public async Task SoftClock_IsOneMonthFromAcceptance_RolledPastSpringFestival2024()
    {
        var (client, _) = await host.ClientAsync();
        var committee = await CommitteeAsync(client);
        var id = await CaseAsync(client, committee, "2024-01-09");
        await OkAsync(ActAsync(client, id, "accept", new { on = "2024-01-10" }));

        var detail = await OkAsync(client.GetAsync($"/api/mediation/cases/{id}"));
        var clock = detail.GetProperty("clocks").EnumerateArray().Single();
        // 2024-02-10 is 春节 (2月10日至17日放假); the period ends on the next working day, the make-up Sunday 2024-02-18.
        Assert.Equal("2024-02-18", clock.GetProperty("dueDate").GetString());
        Assert.Contains("若干规定》第三十三条", clock.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task JudicialConfirmation_WithinThirtyDays_RolledPastNationalDay2025_Art33()
    {
        var (client, _) = await host.ClientAsync();
        var committee = await CommitteeAsync(client);
        var inTime = await CaseAsync(client, committee, "2025-08-25");
        var late = await CaseAsync(client, committee, "2025-08-25");
        foreach (var id in new[] { inTime, late })
        {
            await MediatingAsync(client, id, "2025-08-26", "2025-08-27");
            await OkAsync(AgreeAsync(client, id, "2025-09-05"));
        }

        // 30 days after 2025-09-05 is 2025-10-05, inside 国庆节、中秋节 (10月1日至8日): the period ends on 2025-10-09.
        var detail = await OkAsync(client.GetAsync($"/api/mediation/cases/{late}"));
        Assert.Contains(detail.GetProperty("clocks").EnumerateArray(), c => c.GetProperty("dueDate").GetString() == "2025-10-09");
        await OkAsync(ActAsync(client, inTime, "apply_confirmation", new { on = "2025-10-09", court = "东莞市第三人民法院", jointApplication = true }));
        var problem = await RefusedAsync(ActAsync(client, late, "apply_confirmation", new { on = "2025-10-10", court = "东莞市第三人民法院", jointApplication = true }));
        Assert.Contains("三十日内", problem.GetProperty("title").GetString() + problem.GetProperty("detail").ToString());
        Assert.Contains("第三十三条", problem.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task Archive_OfAnAgreedCase_WaitsForThePerformanceRecord_Art31()
    {
        var (client, _) = await host.ClientAsync();
        var committee = await CommitteeAsync(client);
        var id = await CaseAsync(client, committee, "2025-03-03");
        await MediatingAsync(client, id, "2025-03-04", "2025-03-05");
        await OkAsync(AgreeAsync(client, id, "2025-03-10"));
        await OkAsync(ActAsync(client, id, "monitor", new { on = "2025-03-11" }));

        var problem = await RefusedAsync(ActAsync(client, id, "archive", new { on = "2025-03-12" }));
        Assert.Contains("尚未记录履行情况，不能归档", problem.GetProperty("title").GetString() + problem.GetProperty("detail").ToString());
        Assert.Contains("第三十一条", problem.GetProperty("legalBasis").GetString());

        await OkAsync(ActAsync(client, id, "check_performance", new { on = "2025-03-20", performance = "Full" }));
        var archived = await OkAsync(ActAsync(client, id, "archive", new { on = "2025-03-21" }));
        Assert.Equal("archived", archived.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Refusal_ByAParty_EndsTheCaseBeforeItStarts_Art17_AndFailure_RequiresRoutesExplained_Art26()
    {
        var (client, _) = await host.ClientAsync();
        var committee = await CommitteeAsync(client);
        var refused = await CaseAsync(client, committee, "2025-05-06");
        var state = await OkAsync(ActAsync(client, refused, "refuse", new { on = "2025-05-07", refusingParty = "李四" }));
        Assert.Equal("refused", state.GetProperty("state").GetString());
        await RefusedAsync(ActAsync(client, refused, "accept", new { on = "2025-05-08" }));

        var failing = await CaseAsync(client, committee, "2025-05-06");
        await MediatingAsync(client, failing, "2025-05-07", "2025-05-08");
        var problem = await RefusedAsync(ActAsync(client, failing, "fail", new { on = "2025-05-09", failureReason = "分歧较大" }));
        Assert.Contains("第二十六条", problem.GetProperty("legalBasis").GetString());
        var unsigned = await RefusedAsync(ActAsync(client, failing, "agree", new { on = "2025-05-09", agreementForm = "Written", obligations = "赔偿", performanceTerms = "一次付清" }));
        Assert.Contains("第二十九条", unsigned.GetProperty("legalBasis").GetString());
        await RefusedAsync(AgreeAsync(client, failing, "2030-01-01"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DisputeRoutedIntoMediation_CarriesItsHistory_AndResolvesOnlyByAgreement()
    {
        var (client, town) = await host.ClientAsync();
        await CommitteeAsync(client);
        var dispute = await OkAsync(client.PostAsJsonAsync("/api/disputes", new
        {
            title = "宅基地边界纠纷",
            facts = "两户因宅基地边界发生争执",
            type = "LandProperty",
            source = "Village",
            risk = "Major",
            location = "桥梓村",
            on = "2025-06-02",
            parties = new[] { new { name = "张三", role = "一方当事人", idNumber = SyntheticId, phone = SyntheticPhone }, new { name = "李四", role = "另一方当事人", idNumber = SyntheticId2, phone = "13900139000" } },
        }));
        var id = dispute.GetProperty("id").GetGuid();
        Assert.Single(dispute.GetProperty("escalations").EnumerateArray());
        await OkAsync(client.PostAsJsonAsync($"/api/disputes/{id}/actions/assign", new { on = "2025-06-03", responsibleUnit = "镇自然资源分局", referToDepartment = true, dueOn = "2025-06-20" }));
        var routed = await OkAsync(client.PostAsJsonAsync($"/api/disputes/{id}/actions/route", new { on = "2025-06-04", route = "Mediation" }));
        var caseId = routed.GetProperty("mediationCaseId").GetGuid();
        var problem = await RefusedAsync(client.PostAsJsonAsync($"/api/disputes/{id}/actions/resolve", new { on = "2025-06-05", resolution = "已化解" }));
        Assert.Contains("第二十九条", problem.GetProperty("legalBasis").GetString());

        var mediation = await OkAsync(client.GetAsync($"/api/mediation/cases/{caseId}"));
        Assert.Equal("2025-06-20", mediation.GetProperty("dispute").GetProperty("dueOn").GetString());
        Assert.Contains(mediation.GetProperty("timeline").EnumerateArray(), s => s.GetProperty("action").GetString()!.Contains("交办", StringComparison.Ordinal));
        await MediatingAsync(client, caseId, "2025-06-05", "2025-06-06");
        await OkAsync(AgreeAsync(client, caseId, "2025-06-10", 5000m));
        var resolved = await OkAsync(client.PostAsJsonAsync($"/api/disputes/{id}/actions/resolve", new { on = "2025-06-11", resolution = "经人民调解达成协议" }));
        Assert.Equal("resolved", resolved.GetProperty("state").GetString());
        await OkAsync(client.PostAsJsonAsync($"/api/disputes/{id}/actions/close", new { on = "2025-06-25", followUp = "回访双方，协议已履行" }));

        Assert.Equal(1m, (await FigureAsync(client, "disputes.referred", town, 2025)).Value);
        Assert.Equal(100m, (await FigureAsync(client, "disputes.resolution_rate", town, 2025)).Value);
    }

    [Fact]
    public async Task IdNumbersAndPhones_NeverAppear_InResponsesExportsOrAuditRows()
    {
        var (client, town) = await host.ClientAsync();
        var committee = await CommitteeAsync(client);
        var caseId = await CaseAsync(client, committee, "2025-04-01");
        await MediatingAsync(client, caseId, "2025-04-02", "2025-04-03");
        await OkAsync(AgreeAsync(client, caseId, "2025-04-08", 10m));
        var dispute = await OkAsync(client.PostAsJsonAsync("/api/disputes", new
        {
            title = "劳资纠纷",
            facts = "拖欠工资",
            type = "Labour",
            source = "Grid",
            risk = "Ordinary",
            location = "网格一",
            on = "2025-04-01",
            parties = new[] { new { name = "王五", role = "一方当事人", idNumber = (string?)SyntheticId, phone = (string?)SyntheticPhone }, new { name = "某公司", role = "另一方当事人", idNumber = (string?)null, phone = (string?)null } },
        }));

        var texts = new List<string>
        {
            await client.GetStringAsync($"/api/mediation/cases/{caseId}"),
            await client.GetStringAsync("/api/mediation/cases?q=张三"),
            await client.GetStringAsync($"/api/disputes/{dispute.GetProperty("id").GetGuid()}"),
            await client.GetStringAsync("/api/disputes"),
            Unzip(await client.GetByteArrayAsync("/api/mediation/cases/export.xlsx")),
            Unzip(await client.GetByteArrayAsync("/api/disputes/export.xlsx")),
            Unzip(await client.GetByteArrayAsync($"/api/mediation/cases/{caseId}/agreement.docx")),
        };
        await using (var scope = host.App.SystemScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>().AsNoTracking()
                .Where(a => a.RegionCode == town).Select(a => (a.Before ?? "") + (a.After ?? "")).ToListAsync();
            Assert.NotEmpty(audit);
            texts.AddRange(audit);
        }

        Assert.Contains(texts, t => t.Contains("110105********002X", StringComparison.Ordinal));
        foreach (var text in texts)
        {
            Assert.DoesNotContain(SyntheticId, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(SyntheticId2, text, StringComparison.Ordinal);
            Assert.DoesNotContain(SyntheticPhone, text, StringComparison.Ordinal);
        }
    }

    private static string Unzip(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
