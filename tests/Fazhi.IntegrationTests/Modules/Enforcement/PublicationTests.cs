using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>三项制度·公示: 事前公开 on the portal, decisions published within 7/20 WD with personal data masked, withdrawn within 3 WD.</summary>
public sealed class PublicationTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private const string IdNumber = "44190019900307123X";

    private static JsonElement Clock(JsonElement publication, string key) =>
        publication.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("key").GetString() == key);

    /// <summary>A natural person's case decided on <paramref name="decidedOn"/> and served the next day; returns the case id.</summary>
    private static async Task<Guid> DecidedCaseAsync(EnforcementApi api, string partyName, DateOnly on, DateOnly decidedOn)
    {
        var officers = new[] { await api.CertifiedOfficerAsync("陈执法"), await api.CertifiedOfficerAsync("林执法") };
        var created = await api.Client.PostAsJsonAsync("/api/enforcement/cases", new
        {
            title = $"{partyName}未取得医疗机构执业许可证擅自执业案",
            domain = "Medical",
            partyKind = "Individual",
            partyName,
            partyIdNumber = IdNumber,
            source = "Complaint",
            clueSummary = $"群众举报{partyName}（身份证{IdNumber}，电话13812345678）无证行医",
            receivedOn = on,
        });
        var id = await EnforcementApi.IdAsync(created);
        await api.OkAsync(id, "file", new { on });
        await api.AssignAsync(id, on, officers);
        await api.OkAsync(id, "investigate", new { on });
        await api.OkAsync(id, "report", new
        {
            on,
            facts = $"经查，{partyName}（公民身份号码{IdNumber}，联系电话13812345678）在本镇某村未取得医疗机构执业许可证擅自执业",
            outcome = "Penalty",
            measures = "Fine",
            fineYuan = 20_000,
            discretionStandardId = await api.StandardAsync(),
        });
        await api.OkAsync(id, "notify", new { on, hearingRight = true });
        await api.OkAsync(id, "waive_rights", new { on });
        await api.OkAsync(id, "decide", new { on = decidedOn, outcome = "Penalty" });
        await api.OkAsync(id, "serve", new { on = decidedOn });
        return id;
    }

    private static async Task<JsonElement> PublicationOfAsync(EnforcementApi api, Guid caseId)
    {
        var list = JsonDocument.Parse(await api.Client.GetStringAsync("/api/enforcement/publications?pageSize=500")).RootElement;
        return list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("caseId").GetGuid() == caseId);
    }

    [Fact]
    public async Task PenaltyDecision_RegistersPublicationWithA7WorkingDayClock_Explained()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        // Decided Wednesday 2025-03-12: the 7th working day after is Friday 2025-03-21.
        var id = await DecidedCaseAsync(api, "赵明华", new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 12));

        var publication = await PublicationOfAsync(api, id);

        Assert.Equal("due", publication.GetProperty("state").GetString());
        Assert.Equal("2025-03-21", publication.GetProperty("publishDue").GetString());
        var clock = Clock(publication, "publish_penalty");
        Assert.Contains("118号", clock.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(clock.GetProperty("explanation").EnumerateArray());
    }

    [Fact]
    public async Task PublishedDecision_OnThePortal_ShowsNoNaturalPersonsFullNameOrIdNumber()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await DecidedCaseAsync(api, "钱卫东", new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 10));
        await api.OkAsync(id, "publish", new { on = new DateOnly(2025, 4, 14) });

        var anonymous = factory.CreateClient();
        var html = await anonymous.GetStringAsync("/portal/enforcement/decisions");

        Assert.Contains("钱某某", html, StringComparison.Ordinal);
        Assert.Contains("罚款20000.00元", html, StringComparison.Ordinal);
        Assert.DoesNotContain("钱卫东", html, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, html, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", html, StringComparison.Ordinal);
        var publication = await PublicationOfAsync(api, id);
        Assert.Equal("published", publication.GetProperty("state").GetString());
        Assert.True(publication.GetProperty("timely").GetBoolean());
    }

    [Fact]
    public async Task PublishedOrganisation_KeepsItsName()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var (id, _) = await api.ReportedAsync(new DateOnly(2025, 5, 6));
        await api.OkAsync(id, "notify", new { on = new DateOnly(2025, 5, 6) });
        await api.OkAsync(id, "waive_rights", new { on = new DateOnly(2025, 5, 6) });
        await api.OkAsync(id, "decide", new { on = new DateOnly(2025, 5, 7), outcome = "Penalty" });
        await api.OkAsync(id, "serve", new { on = new DateOnly(2025, 5, 7) });
        await api.OkAsync(id, "publish", new { on = new DateOnly(2025, 5, 8) });

        var html = await factory.CreateClient().GetStringAsync("/portal/enforcement/decisions?q=" + Uri.EscapeDataString("东莞市某某诊所"));

        Assert.Contains("东莞市某某诊所", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedDecision_MustBeWithdrawnWithin3WorkingDays_AndThePortalShowsItWithdrawn()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await DecidedCaseAsync(api, "孙立新", new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 10));
        await api.OkAsync(id, "publish", new { on = new DateOnly(2025, 6, 11) });
        var publicationId = (await PublicationOfAsync(api, id)).GetProperty("id").GetGuid();

        // Revoked on reconsideration Friday 2025-06-13: withdraw by Wednesday 2025-06-18.
        var changed = await api.Client.PostAsJsonAsync($"/api/enforcement/publications/{publicationId}/change", new { on = new DateOnly(2025, 6, 13), reason = "行政复议决定撤销原处罚决定" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var pending = JsonDocument.Parse(await changed.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2025-06-18", pending.GetProperty("withdrawDue").GetString());
        Assert.Contains("第四十八条", Clock(pending, "withdraw").GetProperty("legalBasis").GetString(), StringComparison.Ordinal);

        var withdrawn = await api.Client.PostAsJsonAsync($"/api/enforcement/publications/{publicationId}/withdraw", new { on = new DateOnly(2025, 6, 16) });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var html = await factory.CreateClient().GetStringAsync("/portal/enforcement/decisions");
        Assert.Contains("公开信息已于2025-06-16撤下", html, StringComparison.Ordinal);
        Assert.DoesNotContain("孙某某", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawal_BeforeAChangeIsRecorded_IsRefused()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await DecidedCaseAsync(api, "周文", new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 8));
        await api.OkAsync(id, "publish", new { on = new DateOnly(2025, 7, 9) });
        var publicationId = (await PublicationOfAsync(api, id)).GetProperty("id").GetGuid();

        var response = await api.Client.PostAsJsonAsync($"/api/enforcement/publications/{publicationId}/withdraw", new { on = new DateOnly(2025, 7, 10) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Portal_StandingInformation_ShowsOfficersNameCertificateAndCategoryOnly()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        await api.Client.PostAsJsonAsync("/api/enforcement/agencies", new { name = "演示镇人民政府", legalBasis = "广东省人民政府关于乡镇街道综合行政执法的公告" });
        var response = await api.Client.PostAsJsonAsync("/api/enforcement/officers", new
        {
            name = "吴公示",
            certificateNumber = "44190000PUB01",
            category = "综合行政执法",
            validFrom = new DateOnly(2020, 1, 1),
            validTo = new DateOnly(2030, 12, 31),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var html = await factory.CreateClient().GetStringAsync("/portal/enforcement");

        Assert.Contains("吴公示", html, StringComparison.Ordinal);
        Assert.Contains("44190000PUB01", html, StringComparison.Ordinal);
        Assert.Contains("行政复议", html, StringComparison.Ordinal);
        Assert.Contains("裁量基准", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2030-12-31", html, StringComparison.Ordinal);
        var front = await factory.CreateClient().GetStringAsync("/portal");
        Assert.Contains("/portal/enforcement/decisions", front, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffPage_RecordsTheRevocation_AndWithdraws_WithTheClockExplained()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await DecidedCaseAsync(api, "冯志远", new DateOnly(2025, 8, 4), new DateOnly(2025, 8, 11));
        await api.OkAsync(id, "publish", new { on = new DateOnly(2025, 8, 12) });
        var publicationId = (await PublicationOfAsync(api, id)).GetProperty("id").GetGuid();
        const string Page = "/enforcement/publications";

        var changed = await FazhiFactory.PostFormAsync(api.Client, Page + "?handler=Change",
            new() { ["id"] = publicationId.ToString(), ["on"] = "2025-08-15", ["reason"] = "行政诉讼判决撤销" }, Page);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var list = await api.Client.GetStringAsync(Page + "?q=" + Uri.EscapeDataString("冯志远"));
        Assert.Contains("撤下期限2025-08-20", list, StringComparison.Ordinal);
        Assert.Contains("撤回公开信息期限", list, StringComparison.Ordinal);

        var withdrawn = await FazhiFactory.PostFormAsync(api.Client, Page + "?handler=Withdraw",
            new() { ["id"] = publicationId.ToString(), ["on"] = "2025-08-18" }, Page);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal("withdrawn", (await PublicationOfAsync(api, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task TimelyRate_CountsDecisionsPublishedWithinTheLimit_WithRecordIds()
    {
        var api = await EnforcementApi.CreateAsync(factory, FazhiFactory.TownB);
        var timely = await DecidedCaseAsync(api, "郑一", new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 6));
        await api.OkAsync(timely, "publish", new { on = new DateOnly(2023, 3, 7) });
        var late = await DecidedCaseAsync(api, "郑二", new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 6));
        await api.OkAsync(late, "publish", new { on = new DateOnly(2023, 4, 20) });

        // A simplified-procedure (当场处罚) decision is not published by rule: it is outside the denominator.
        var spot = new DateOnly(2023, 3, 8);
        var simple = await api.NewCaseAsync(spot, partyKind: "Organisation");
        await api.AssignAsync(simple, spot, await api.CertifiedOfficerAsync("简易丙"), await api.CertifiedOfficerAsync("简易丁"));
        await api.OkAsync(simple, "decide_simple", new
        {
            on = spot,
            facts = "当事人占道经营，事实确凿",
            legalBasis = "《城市市容和环境卫生管理条例》第三十六条",
            measures = "Fine",
            fineYuan = 200m,
            certificateShown = true,
            decisionNumber = "简易-" + Guid.NewGuid().ToString("N")[..8],
        });

        var reader = await factory.ClientWithPermissionsAsync(FazhiFactory.TownB, PlatformPermissions.MetricsRead);
        var figure = JsonDocument.Parse(await reader.GetStringAsync($"/api/metrics/enforcement.publication_timely_rate?region={FazhiFactory.TownB}&year=2023")).RootElement;

        Assert.Equal(50m, figure.GetProperty("value").GetDecimal());
        Assert.Contains("简易程序", figure.GetProperty("definition").GetString(), StringComparison.Ordinal);
        var records = JsonDocument.Parse(await reader.GetStringAsync($"/api/metrics/enforcement.publication_timely_rate/records?region={FazhiFactory.TownB}&year=2023")).RootElement;
        Assert.Equal(2, records.GetProperty("items").GetArrayLength());
    }
}
