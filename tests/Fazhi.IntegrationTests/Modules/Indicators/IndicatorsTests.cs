using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Indicators;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Indicators;

/// <summary>
/// 部门数据报送: a department's figure enters the registry only once the 依法治镇办 accepts it, traces to the submission,
/// and gets its 同比 from the previous year's accepted value; the gates of submission and review; the ledger; the page.
/// </summary>
public sealed class IndicatorsTests : IDisposable
{
    private const string Town = FazhiFactory.TownA;
    private readonly FazhiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<JsonElement> FigureAsync(string key, int year)
    {
        var reader = await _factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        return await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}?region={Town}&year={year}");
    }

    private static async Task<Guid> SubmitAsync(HttpClient client, string key, int year, decimal value, string source = "广东省市场主体登记系统")
    {
        var response = await client.PostAsJsonAsync("/api/indicators/submissions", new { key, year, value, department = "镇市场监督管理分局", source });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task ReportedFigure_EntersTheRegistry_OnlyWhenAccepted_TracesToItsSubmission_AndHasItsYearOnYear()
    {
        var clerk = await _factory.TokenClientAsync(Town, Roles.Clerk);
        var office = await _factory.TokenClientAsync(Town, Roles.LegalOffice);
        var last = await SubmitAsync(clerk, "market.entities", 2024, 59700);
        var current = await SubmitAsync(clerk, "market.entities", 2025, 66726, "登记系统2025年末在册统计");

        // Submitted, not yet accepted: no value (无数据), never 0.
        Assert.Equal(JsonValueKind.Null, (await FigureAsync("market.entities", 2025)).GetProperty("value").ValueKind);

        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"/api/indicators/submissions/{last}/accept", null)).StatusCode);
        var accepted = await office.PostAsync($"/api/indicators/submissions/{current}/accept", null);
        Assert.Equal("已采用", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusName").GetString());

        var figure = await FigureAsync("market.entities", 2025);
        Assert.Equal(66726m, figure.GetProperty("value").GetDecimal());
        Assert.Equal(59700m, figure.GetProperty("previous").GetDecimal());
        Assert.Equal(0.1177m, Math.Round(figure.GetProperty("yoy").GetDecimal(), 4)); // 同比增长11.77%, as the seed prints it

        var reader = await _factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        var records = await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/market.entities/records?region={Town}&year=2025");
        var record = records.GetProperty("items")[0];
        Assert.Equal(current.ToString(), record.GetProperty("id").GetString());
        Assert.Contains("登记系统2025年末在册统计", record.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Submission_CarriesItsSupportingFile_ShownOnThePage_AndHiddenFromAnotherTown()
    {
        var clerk = await _factory.TokenClientAsync(Town, Roles.Clerk);
        var submission = await SubmitAsync(clerk, "market.entities", 2025, 66726);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("IndicatorSubmission"), "ownerType");
        form.Add(new StringContent(submission.ToString()), "ownerId");
        var file = new ByteArrayContent("%PDF-1.4\n%市场主体统计\n"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "2025年末市场主体统计表.pdf");
        var uploaded = await clerk.PostAsync("/api/attachments", form);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = await (await _factory.ClientWithPermissionsAsync(Town, IndicatorsPermissions.Read, IndicatorsPermissions.Submit)).GetStringAsync("/indicators?year=2025");
        Assert.Contains("2025年末市场主体统计表.pdf", page);
        Assert.Contains("上传佐证材料", page);
        Assert.Contains($"/api/attachments/{id}/content", page);

        var other = await _factory.TokenClientAsync(FazhiFactory.TownB, Roles.Clerk);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/attachments/{id}")).StatusCode);
    }

    [Fact]
    public async Task Reviewer_MayNotAcceptTheirOwnSubmission_AndAReturnNeedsItsReason()
    {
        var office = await _factory.TokenClientAsync(Town, Roles.LegalOffice);
        var own = await SubmitAsync(office, "ip.trademarks_new", 2025, 2487);
        var refused = await office.PostAsync($"/api/indicators/submissions/{own}/accept", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("报送人不能审核本人报送的数据", problem.GetProperty("detail").GetString());
        Assert.Contains("依法治镇办审核采用", problem.GetProperty("legalBasis").GetString());

        var clerk = await _factory.TokenClientAsync(Town, Roles.Clerk);
        var other = await SubmitAsync(clerk, "ip.trademarks_new", 2025, 36);
        var noReason = await office.PostAsJsonAsync($"/api/indicators/submissions/{other}/return", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("请写明退回原因（500字以内）", (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/indicators/submissions/{other}/return", new { reason = "报送的是半年数据" })).StatusCode);
        var again = await office.PostAsync($"/api/indicators/submissions/{other}/accept", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("该报送数据已退回，不能再审核", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.Null, (await FigureAsync("ip.trademarks_new", 2025)).GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task Submission_IsRefused_ForAYearNotEnded_FractionsOfWholeUnits_AndRatesOver100()
    {
        var clerk = await _factory.TokenClientAsync(Town, Roles.Clerk);
        async Task<JsonElement> Errors(object body)
        {
            var response = await clerk.PostAsJsonAsync("/api/indicators/submissions", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }

        Assert.Equal("2026年尚未结束，不能报送全年数据",
            (await Errors(new { key = "market.entities", year = 2026, value = 1, department = "分局", source = "系统" })).GetProperty("year")[0].GetString());
        Assert.Equal("实有市场主体以户计，应为整数",
            (await Errors(new { key = "market.entities", year = 2025, value = 10.5, department = "分局", source = "系统" })).GetProperty("value")[0].GetString());
        Assert.Equal("比率不能超过100%",
            (await Errors(new { key = "legal_advisers.village_coverage", year = 2025, value = 101, department = "司法所", source = "台账" })).GetProperty("value")[0].GetString());
        var unknown = await Errors(new { key = "gdp", year = 2025, value = 1, department = "", source = "" });
        Assert.Equal("请选择数据报送目录中的指标", unknown.GetProperty("key")[0].GetString());
        Assert.Equal("请填写报送单位", unknown.GetProperty("department")[0].GetString());
        Assert.Equal("请填写数据来源", unknown.GetProperty("source")[0].GetString());
    }

    [Fact]
    public async Task Correction_AcceptedLater_ReplacesTheFigure_AndKeepsTheEarlierValueAsCorrected()
    {
        var clerk = await _factory.TokenClientAsync(Town, Roles.Clerk);
        var office = await _factory.TokenClientAsync(Town, Roles.LegalOffice);
        var first = await SubmitAsync(clerk, "market.new_entities", 2025, 10200);
        await office.PostAsync($"/api/indicators/submissions/{first}/accept", null);
        var corrected = await SubmitAsync(clerk, "market.new_entities", 2025, 10299, "登记系统复核后数据");
        await office.PostAsync($"/api/indicators/submissions/{corrected}/accept", null);

        Assert.Equal(10299m, (await FigureAsync("market.new_entities", 2025)).GetProperty("value").GetDecimal());
        var earlier = await office.GetFromJsonAsync<JsonElement>($"/api/indicators/submissions/{first}");
        Assert.Equal("已更正", earlier.GetProperty("statusName").GetString());
    }

    [Fact]
    public async Task Ledger_ImportWithBadRows_StoresNothing_AndGoodRowsWaitForReview()
    {
        var clerk = await _factory.TokenClientAsync(Town, Roles.Clerk);
        const string header = "年度,指标,数值,报送单位,数据来源\n";
        var gated = header + "2025,实有市场主体,66726,镇市场监督管理分局,登记系统\n" + "2026,新增注册商标,10,镇市场监督管理分局,商标数据\n"
            + "2025,法律援助案件,6.5,镇司法所,援助系统\n";
        var refused = await clerk.PostAsync("/api/indicators/submissions/import", Csv(gated));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("2026年尚未结束", errors.GetProperty("row3")[0].GetString());
        Assert.Contains("应为整数", errors.GetProperty("row4")[0].GetString());
        Assert.Equal(0, (await clerk.GetFromJsonAsync<JsonElement>("/api/indicators/submissions?year=2025")).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsync("/api/indicators/submissions/import", Csv(header + "2025,实有市场主体,66726,镇市场监督管理分局,登记系统\n"))).StatusCode);
        var list = await clerk.GetFromJsonAsync<JsonElement>("/api/indicators/submissions?year=2025&status=待审核");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await FigureAsync("market.entities", 2025)).GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task Page_ShowsMissingFiguresAsLate_AfterTheDueDay_AndReviewsThroughTheForms()
    {
        var clerk = await _factory.ClientWithPermissionsAsync(Town, IndicatorsPermissions.Read, IndicatorsPermissions.Submit);
        var page = await clerk.GetStringAsync("/indicators?year=2025");
        Assert.Contains("部门数据报送（2025年度）", page);
        Assert.Contains("逾期未报送", page); // the test clock is 2026-03-02, past 2026-01-20

        var bad = await FazhiFactory.PostFormAsync(clerk, "/indicators?handler=submit&year=2025",
            new() { ["Key"] = "market.entities", ["Value"] = "很多", ["Department"] = "分局", ["Source"] = "系统" }, "/indicators?year=2025");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("数值应为数字", await bad.Content.ReadAsStringAsync());

        var ok = await FazhiFactory.PostFormAsync(clerk, "/indicators?handler=submit&year=2025",
            new() { ["Key"] = "market.entities", ["Value"] = "66726", ["Department"] = "镇市场监督管理分局", ["Source"] = "登记系统" }, "/indicators?year=2025");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains("待审核", await clerk.GetStringAsync("/indicators?year=2025"));
    }

    private static MultipartFormDataContent Csv(string text)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "indicators.csv");
        return content;
    }
}
