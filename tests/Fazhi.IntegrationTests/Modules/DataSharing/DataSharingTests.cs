using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.DataSharing.Requests;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.DataSharing;

/// <summary>
/// 数据共享: the catalogue (both ways in Excel), requests answered within the reply period counted in working days,
/// approval issuing a token limited to one resource, one town and the granted period, revocation, the logged reads,
/// and the figures.
/// </summary>
public sealed class DataSharingTests : IDisposable
{
    private const string Town = FazhiFactory.TownA;
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<HttpClient> ClientAsync() => _factory.TokenClientAsync(Town, Roles.LegalOffice);

    private static async Task<Guid> ResourceAsync(HttpClient client, string name, string shareType, string[] items, string? condition = null)
    {
        var response = await client.PostAsJsonAsync("/api/sharing/resources", new
        {
            name,
            summary = name + "统计",
            provider = "镇司法所",
            shareType,
            shareCondition = condition,
            openType = "不予开放",
            updateCycle = "每月",
            items,
            registeredOn = "2024-03-15",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> RequestAsync(HttpClient client, Guid resource, string receivedOn, string to = "2025-12-31") =>
        client.PostAsJsonAsync("/api/sharing/requests", new
        {
            resourceId = resource,
            applicant = "县信访局",
            contact = "陈伟",
            purpose = "矛盾纠纷多元化解统计分析",
            basis = "《信访工作条例》",
            usableFrom = receivedOn,
            usableTo = to,
            receivedOn,
        });

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private HttpClient Consumer(string? token)
    {
        var client = _factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Add(SharingUseCases.TokenHeader, token);
        }

        return client;
    }

    [Fact]
    public async Task ReplyDue_IsTenWorkingDaysAfterReceipt_SkippingNationalDay_AndCountingTheMakeUpWorkdays()
    {
        var client = await ClientAsync();
        var resource = await ResourceAsync(client, "人民调解工作统计", "Conditional", ["mediation.accepted"], "仅向政法、信访部门共享");
        var request = await (await RequestAsync(client, resource, "2024-09-27")).Content.ReadFromJsonAsync<JsonElement>();
        // 9-29 (Sunday, 调休上班) and 10-12 (Saturday, 调休上班) count; 10-01…10-07 do not.
        Assert.Equal("2024-10-16", request.GetProperty("replyDue").GetString());
        Assert.Equal("待审批", request.GetProperty("statusName").GetString());
    }

    [Fact]
    public async Task NotSharedResource_RequestIsRefused_CitingTheSharingMeasures()
    {
        var client = await ClientAsync();
        var resource = await ResourceAsync(client, "重大行政决策事项统计", "不予共享", ["major_decisions.catalog_items"], "决策公布前不予共享");
        var response = await RequestAsync(client, resource, "2024-04-08");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("属于不予共享类数据资源", body.GetProperty("detail").GetString());
        Assert.Contains("国发〔2016〕51号", body.GetProperty("legalBasis").GetString());

        var missing = await client.PostAsJsonAsync("/api/sharing/resources", new { name = "无条件", summary = "s", provider = "p", shareType = "Conditional", openType = "NotOpen", updateCycle = "Daily", items = new[] { "不存在的指标" }, registeredOn = "2024-03-15" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("有条件共享的应写明共享条件", errors.GetProperty("shareCondition")[0].GetString());
        Assert.Equal("数据项“不存在的指标”不是本系统登记的指标", errors.GetProperty("items")[0].GetString());
    }

    [Fact]
    public async Task ApprovedToken_ReadsOnlyItsResource_InItsPeriod_EachReadLogged_AndStopsWhenRevoked()
    {
        var client = await ClientAsync();
        var mediation = await ResourceAsync(client, "人民调解工作统计", "Unconditional", ["mediation.accepted", "调解成功率"]);
        var other = await ResourceAsync(client, "执法统计", "Unconditional", ["enforcement.cases_filed"]);
        var request = await IdOf(await RequestAsync(client, mediation, "2025-06-02", DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd")));

        var approved = await client.PostAsJsonAsync($"/api/sharing/requests/{request}/approve", new { on = "2025-06-06", opinion = "同意" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var token = (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        Assert.StartsWith("fzs_", token);

        var codes = (await client.GetFromJsonAsync<JsonElement>("/api/sharing/resources")).EnumerateArray().ToDictionary(r => r.GetProperty("id").GetGuid(), r => r.GetProperty("code").GetString());
        var read = await Consumer(token).GetAsync($"/api/shared/{codes[mediation]}?year=2025");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var data = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Town, data.GetProperty("region").GetString());
        Assert.Equal(["mediation.accepted", "mediation.success_rate"], data.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()));

        var wrong = await Consumer(token).GetAsync($"/api/shared/{codes[other]}?year=2025");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Contains("不适用于该数据资源", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await Consumer(null).GetAsync($"/api/shared/{codes[mediation]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Consumer("fzs_guessed").GetAsync($"/api/shared/{codes[mediation]}")).StatusCode);

        var details = await client.GetFromJsonAsync<JsonElement>($"/api/sharing/requests/{request}");
        Assert.Equal(1, details.GetProperty("request").GetProperty("reads").GetInt32());
        Assert.Equal(2025, details.GetProperty("reads")[0].GetProperty("year").GetInt32());
        Assert.DoesNotContain(token, details.ToString());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/sharing/requests/{request}/revoke", new { on = "2025-08-01", opinion = "用途已完成" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Consumer(token).GetAsync($"/api/shared/{codes[mediation]}?year=2025")).StatusCode);
    }

    [Fact]
    public async Task Reject_WithoutAReason_IsRefused_AndTheOnTimeRateCountsRepliesByTheirDueDate()
    {
        var client = await ClientAsync();
        var resource = await ResourceAsync(client, "人民调解工作统计", "Unconditional", ["mediation.accepted"]);
        var first = await IdOf(await RequestAsync(client, resource, "2024-04-08"));
        var second = await IdOf(await RequestAsync(client, resource, "2024-05-06"));
        await IdOf(await RequestAsync(client, resource, "2024-06-03"));

        var noReason = await client.PostAsJsonAsync($"/api/sharing/requests/{first}/reject", new { on = "2024-04-10" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("不予同意的，应当说明理由", (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("opinion")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/sharing/requests/{first}/reject", new { on = "2024-04-10", opinion = "用途不明确" })).StatusCode);
        // Received 2024-05-06, due 10 working days later (2024-05-20); answered 2024-05-27: late. The third is never answered.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/sharing/requests/{second}/approve", new { on = "2024-05-27" })).StatusCode);

        var reader = await _factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        var rate = await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/sharing.on_time_rate?region={Town}&year=2024");
        Assert.Equal(1m, rate.GetProperty("numerator").GetDecimal());
        Assert.Equal(3m, rate.GetProperty("denominator").GetDecimal());
        var requests = await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/sharing.requests?region={Town}&year=2024");
        Assert.Equal(3m, requests.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Catalogue_ExportsToExcel_AndImportsBackWithTheSameColumns()
    {
        var client = await ClientAsync();
        await ResourceAsync(client, "人民调解工作统计", "Conditional", ["mediation.accepted", "mediation.succeeded"], "仅向政法、信访部门共享");
        var xlsx = await client.GetByteArrayAsync("/api/sharing/resources/export.xlsx");
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(xlsx);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", "政务数据资源目录.xlsx");
        var imported = await client.PostAsync("/api/sharing/resources/import", form);
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());

        var all = (await client.GetFromJsonAsync<JsonElement>("/api/sharing/resources")).EnumerateArray().ToList();
        Assert.Equal(["FZ-0001", "FZ-0002"], all.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(all[0].GetProperty("items").ToString(), all[1].GetProperty("items").ToString());
        Assert.Equal(all[0].GetProperty("shareCondition").GetString(), all[1].GetProperty("shareCondition").GetString());
    }

    [Fact]
    public async Task SharingPages_ShowTheClockAndTheTokenOnlyOnce()
    {
        var client = await ClientAsync();
        var resource = await ResourceAsync(client, "人民调解工作统计", "Unconditional", ["mediation.accepted"]);
        var request = await IdOf(await RequestAsync(client, resource, "2024-09-27"));
        var cookie = await _factory.ClientWithPermissionsAsync(Town, "sharing.read", "sharing.manage");
        var index = await cookie.GetStringAsync("/sharing");
        Assert.Contains("人民调解工作统计", index);
        Assert.Contains("2024-10-16（已逾期未答复）", index);
        var approved = await FazhiFactory.PostFormAsync(cookie, $"/sharing/requests/{request}?handler=Approve", new() { ["On"] = "2024-10-15", ["Opinion"] = "同意" }, $"/sharing/requests/{request}");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var page = await approved.Content.ReadAsStringAsync();
        Assert.Contains("只显示这一次", page);
        Assert.Matches("<code>fzs_[A-Za-z0-9_-]{20,}</code>", page);
        var again = await cookie.GetStringAsync($"/sharing/requests/{request}");
        Assert.DoesNotMatch("<code>fzs_[A-Za-z0-9_-]{20,}</code>", again);
        Assert.Contains("已同意", again);
    }
}
