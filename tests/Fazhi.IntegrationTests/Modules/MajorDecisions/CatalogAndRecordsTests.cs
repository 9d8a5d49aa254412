using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;

using static Fazhi.IntegrationTests.Modules.MajorDecisions.DecisionHost;

namespace Fazhi.IntegrationTests.Modules.MajorDecisions;

/// <summary>The catalog (党委同意 before publication, versions kept), the minutes (条例第三十条), the dossier and the figures.</summary>
public sealed class CatalogAndRecordsTests(DecisionHost host) : IClassFixture<DecisionHost>
{
    private static readonly object Item = new { title = "某村城市更新项目", leadUnit = "城市更新中心", requiresExpertReview = true };

    [Fact]
    public async Task Catalog_PublishedOnlyAfterPartyApproval_Art3_Api()
    {
        var client = await host.ApiClientAsync(await host.NewTownAsync());
        var catalog = (await OkAsync(client.PostAsJsonAsync("/api/major-decisions/catalogs", new { year = 2026 }))).GetProperty("id").GetGuid();
        await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/items", Item));

        var basis = await RefusedAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/publish", new { }));

        Assert.Contains("第三条", basis);
        await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/approve", new { on = new DateOnly(2026, 2, 10), approval = "镇党委会议纪要〔2026〕2号" }));
        var published = await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/publish", new { }));
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal("2026-02-10", published.GetProperty("partyApprovedOn").GetString());
    }

    [Fact]
    public async Task Catalog_PublishedOnlyAfterPartyApproval_Art3_Page()
    {
        var town = await host.NewTownAsync();
        var api = await host.ApiClientAsync(town);
        var page = await host.PageClientAsync(town);
        var catalog = (await OkAsync(api.PostAsJsonAsync("/api/major-decisions/catalogs", new { year = 2026 }))).GetProperty("id").GetGuid();
        await OkAsync(api.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/items", Item));

        var response = await FazhiFactory.PostFormAsync(page, $"/major-decisions/catalogs/{catalog}?handler=Publish", [], $"/major-decisions/catalogs/{catalog}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("须经同级党委同意", html);
        Assert.Contains("第三条", html);
    }

    [Fact]
    public async Task Catalog_AdjustmentIsANewVersion_EveryVersionKeptAndShownOnThePortal()
    {
        var town = await host.NewTownAsync();
        var client = await host.ApiClientAsync(town);
        var (v1, _) = await PublishedCatalogAsync(client, title: "甲村城市更新项目");
        Assert.Contains("第三条", await RefusedAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{v1}/items", Item)));

        var adjusted = await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{v1}/adjust", new { reason = "年中增加乙村项目" }));
        var v2 = adjusted.GetProperty("id").GetGuid();
        Assert.Equal(2, adjusted.GetProperty("version").GetInt32());
        await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{v2}/items", new { title = "乙村城市更新项目", leadUnit = "城市更新中心" }));
        await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{v2}/approve", new { approval = "镇党委会议纪要〔2026〕5号" }));
        var published = await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{v2}/publish", new { }));

        var versions = published.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal("已调整（被新版本替代）", versions[0].GetProperty("statusName").GetString());
        Assert.Contains("新增：乙村城市更新项目", versions[1].GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        var old = await OkAsync(client.GetAsync($"/api/major-decisions/catalogs/{v1}"));
        Assert.Single(old.GetProperty("items").EnumerateArray());

        var anonymous = host.App.CreateClient();
        var portal = await anonymous.GetStringAsync($"/portal/major-decisions?region={town}");
        Assert.Contains("现行第2版", portal);
        Assert.Contains("乙村城市更新项目", portal);
        Assert.Contains("年中增加乙村项目", portal);
        var publicApi = await OkAsync(anonymous.GetAsync($"/api/major-decisions/public/catalogs?region={town}"));
        Assert.Equal(2, publicApi[0].GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task Catalog_DraftVersionsNeverReachThePortal()
    {
        var town = await host.NewTownAsync();
        var client = await host.ApiClientAsync(town);
        var catalog = (await OkAsync(client.PostAsJsonAsync("/api/major-decisions/catalogs", new { year = 2026 }))).GetProperty("id").GetGuid();
        await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/items", new { title = "未公布事项", leadUnit = "某办" }));

        var portal = await host.App.CreateClient().GetStringAsync($"/portal/major-decisions?region={town}");

        Assert.DoesNotContain("未公布事项", portal);
    }

    [Fact]
    public async Task Catalog_ExportsToExcel()
    {
        var client = await host.ApiClientAsync(await host.NewTownAsync());
        var (catalog, _) = await PublishedCatalogAsync(client);

        var response = await client.GetAsync($"/api/major-decisions/catalogs/{catalog}/export.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task Minutes_ChiefMustSpeakLast_Art30()
    {
        var client = await host.ApiClientAsync(await host.NewTownAsync());
        var id = await DraftingAsync(client);
        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        host.Legality.Issue(id, Fazhi.Modules.LegalityReview.Contracts.ReviewConclusion.Lawful);
        await OkAsync(ActAsync(client, id, "submit_discussion"));

        var basis = await RefusedAsync(ActAsync(client, id, "record_minutes", new
        {
            meetingType = "镇政府常务会议",
            outcome = 1,
            attendees = new object[]
            {
                new { name = "张三", position = "镇长", view = 1, remarks = "同意", isChief = true },
                new { name = "李四", position = "副镇长", view = 1, remarks = "同意" },
            },
        }));

        Assert.Contains("第三十条", basis);
    }

    [Fact]
    public async Task Minutes_ChiefDecidingAgainstTheMajority_MustGiveReasons_Art30()
    {
        var client = await host.ApiClientAsync(await host.NewTownAsync());
        var id = await DraftingAsync(client);
        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        host.Legality.Issue(id, Fazhi.Modules.LegalityReview.Contracts.ReviewConclusion.Lawful);
        await OkAsync(ActAsync(client, id, "submit_discussion"));
        var attendees = new object[]
        {
            new { name = "李四", position = "副镇长", view = 2, remarks = "时机不成熟" },
            new { name = "王五", position = "副镇长", view = 2, remarks = "资金未落实" },
            new { name = "张三", position = "镇长", view = 1, remarks = "同意", isChief = true },
        };

        Assert.Contains("第三十条", await RefusedAsync(ActAsync(client, id, "record_minutes", new { meetingType = "镇政府常务会议", outcome = 1, attendees })));
        var view = await OkAsync(ActAsync(client, id, "record_minutes", new
        {
            meetingType = "镇政府常务会议",
            outcome = 1,
            attendees,
            chiefReasons = "上级已下达专项资金，项目须年内启动",
        }));

        var minutes = view.GetProperty("meetings")[0];
        Assert.Equal("上级已下达专项资金，项目须年内启动", minutes.GetProperty("chiefReasons").GetString());
        Assert.Equal(new[] { "李四", "王五", "张三" }, minutes.GetProperty("views").EnumerateArray().Select(v => v.GetProperty("name").GetString() ?? "").ToArray());
        Assert.Equal("2026-03-02", view.GetProperty("decidedOn").GetString());
    }

    [Fact]
    public async Task Minutes_DissentMustBeRecordedWithItsContent()
    {
        var client = await host.ApiClientAsync(await host.NewTownAsync());
        var id = await DraftingAsync(client);
        await OkAsync(ActAsync(client, id, "submit_legality_review"));
        host.Legality.Issue(id, Fazhi.Modules.LegalityReview.Contracts.ReviewConclusion.Lawful);
        await OkAsync(ActAsync(client, id, "submit_discussion"));

        var response = await ActAsync(client, id, "record_minutes", new
        {
            meetingType = "镇政府常务会议",
            outcome = 1,
            attendees = new object[]
            {
                new { name = "李四", position = "副镇长", view = 2 },
                new { name = "王五", position = "副镇长", view = 1, remarks = "同意" },
                new { name = "张三", position = "镇长", view = 1, remarks = "同意", isChief = true },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不同意，须记录其不同意见", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Minutes_PageForm_ChiefNotLast_Refused_Art30()
    {
        var town = await host.NewTownAsync();
        var api = await host.ApiClientAsync(town);
        var page = await host.PageClientAsync(town);
        var id = await DraftingAsync(api);
        await OkAsync(ActAsync(api, id, "submit_legality_review"));
        host.Legality.Issue(id, Fazhi.Modules.LegalityReview.Contracts.ReviewConclusion.Lawful);
        await OkAsync(ActAsync(api, id, "submit_discussion"));

        var response = await FazhiFactory.PostFormAsync(page, $"/major-decisions/{id}", new()
        {
            ["ActionKey"] = "record_minutes",
            ["Input.MeetingType"] = "镇政府常务会议",
            ["Input.Outcome"] = "Approved",
            ["Input.AttendeesText"] = "张三（行政首长），镇长，同意，同意\n李四，副镇长，同意，同意",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("第三十条", await response.Content.ReadAsStringAsync());
        var ok = await FazhiFactory.PostFormAsync(page, $"/major-decisions/{id}", new()
        {
            ["ActionKey"] = "record_minutes",
            ["Input.MeetingType"] = "镇政府常务会议",
            ["Input.Outcome"] = "Approved",
            ["Input.AttendeesText"] = "李四，副镇长，同意，同意\n张三（行政首长），镇长，同意，同意",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Fact]
    public async Task Dossier_IsOneZip_WithEveryStepTheMinutesOpinionsAndAttachments()
    {
        var town = await host.NewTownAsync();
        var client = await host.ApiClientAsync(town);
        var id = await host.DecidedAsync(client, "丙村城市更新项目");
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new StringContent("major_decisions.decision"), "ownerType");
            form.Add(new StringContent(id.ToString()), "ownerId");
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("会议签到表：张三、李四、王五、赵六")), "file", "签到表.txt");
            var upload = await client.PostAsync("/api/attachments", form);
            Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        }

        var response = await client.GetAsync($"/api/major-decisions/decisions/{id}/dossier.zip");

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        string Read(string prefix)
        {
            using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal)).Open());
            return reader.ReadToEnd();
        }

        var summary = Read("01_");
        Assert.Contains("丙村城市更新项目", summary);
        Assert.Contains("送合法性审查", summary);
        Assert.Contains("集体讨论决定（会议纪要）", summary);
        var minutes = Read("02_");
        Assert.True(minutes.IndexOf("李四", StringComparison.Ordinal) < minutes.IndexOf("张三", StringComparison.Ordinal));
        Assert.Contains("不同意见：王五：补偿标准偏低", minutes);
        Assert.Contains("司审〔2026〕1号", Read("06_"));
        Assert.Contains("签到表", Read("附件/"));
    }

    [Fact]
    public async Task Figures_CountCatalogItemsDecisionsAndRates_WithRecordIds()
    {
        var town = await host.NewTownAsync();
        var client = await host.ApiClientAsync(town);
        var created = await OkAsync(client.PostAsJsonAsync("/api/major-decisions/catalogs", new { year = 2026 }));
        var catalog = created.GetProperty("id").GetGuid();
        foreach (var title in new[] { "甲项目", "乙项目", "丙项目" })
        {
            await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/items", new { title, leadUnit = "某办" }));
        }

        await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/approve", new { approval = "党委同意" }));
        var items = (await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/publish", new { }))).GetProperty("items");
        var decision = (await OkAsync(client.PostAsJsonAsync("/api/major-decisions/decisions", new { catalogItemId = items[0].GetProperty("id").GetGuid(), proposer = "镇长" }))).GetProperty("id").GetGuid();
        await OkAsync(ActAsync(client, decision, "initiate"));
        await OkAsync(ActAsync(client, decision, "start_drafting"));
        await OkAsync(ActAsync(client, decision, "record_participation_exemption", new { note = "涉及国家秘密，依法不予公开" }));
        await OkAsync(ActAsync(client, decision, "submit_legality_review"));
        host.Legality.Issue(decision, Fazhi.Modules.LegalityReview.Contracts.ReviewConclusion.Lawful);
        await OkAsync(ActAsync(client, decision, "submit_discussion"));
        await OkAsync(ActAsync(client, decision, "record_minutes", new { meetingType = "镇政府常务会议", outcome = 1, attendees = Minutes }));

        var reader = await host.Base.ClientWithPermissionsAsync(town, PlatformPermissions.MetricsRead);
        async Task<MetricFigure> Figure(string key) => (await reader.GetFromJsonAsync<MetricFigure>($"/api/metrics/{key}?region={town}&year=2026", Json))!;

        Assert.Equal(3m, (await Figure("major_decisions.catalog_items")).Value);
        Assert.Equal(1m, (await Figure("major_decisions.decided")).Value);
        Assert.Equal(1m, (await Figure("major_decisions.completion_rate")).Numerator);
        Assert.Equal(3m, (await Figure("major_decisions.completion_rate")).Denominator);
        Assert.Equal(100m, (await Figure("major_decisions.legality_reviewed_rate")).Value);
        Assert.Equal(0m, (await Figure("major_decisions.public_participation_rate")).Value);
        var records = await reader.GetFromJsonAsync<JsonElement>($"/api/metrics/major_decisions.decided/records?region={town}&year=2026");
        Assert.Equal(decision.ToString(), records.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Decisions_ListFiltersSortsPagesAndExports()
    {
        var town = await host.NewTownAsync();
        var client = await host.ApiClientAsync(town);
        await DraftingAsync(client, title: "甲村城市更新项目");

        var list = await OkAsync(client.GetAsync("/api/major-decisions/decisions?state=drafting&sort=-title&q=甲村"));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/major-decisions/decisions?sort=nonsense")).StatusCode);
        var export = await client.GetAsync("/api/major-decisions/decisions/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var page = await host.PageClientAsync(town);
        Assert.Contains("甲村城市更新项目", await page.GetStringAsync("/major-decisions?state=drafting"));
    }

    [Fact]
    public async Task Proposal_OnlyFromAPublishedCatalog_Art3()
    {
        var client = await host.ApiClientAsync(await host.NewTownAsync());
        var catalog = (await OkAsync(client.PostAsJsonAsync("/api/major-decisions/catalogs", new { year = 2026 }))).GetProperty("id").GetGuid();
        var item = (await OkAsync(client.PostAsJsonAsync($"/api/major-decisions/catalogs/{catalog}/items", Item))).GetProperty("items")[0].GetProperty("id").GetGuid();

        Assert.Contains("第三条", await RefusedAsync(client.PostAsJsonAsync("/api/major-decisions/decisions", new { catalogItemId = item, proposer = "镇长" })));
    }
}

/// <summary>目录导入: the exported file imports back into a version being drafted; a bad row refuses the whole file.</summary>
public sealed class CatalogImportTests(DecisionHost host) : IClassFixture<DecisionHost>
{
    [Fact]
    public async Task CatalogImport_ExportedFileImportsBack_AndABadRowImportsNothing()
    {
        var client = await host.ApiClientAsync(await host.NewTownAsync());
        var (published, _) = await PublishedCatalogAsync(client, year: 2026, expertReview: true, title: "甲村城市更新项目");
        var exported = await client.GetByteArrayAsync($"/api/major-decisions/catalogs/{published}/export.xlsx");
        var draft = (await OkAsync(client.PostAsJsonAsync("/api/major-decisions/catalogs", new { year = 2027 }))).GetProperty("id").GetGuid();

        var bad = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("决策事项,承办单位,计划启动时间,计划完成时间,公众参与,专家论证,风险评估,听证,公平竞争审查,备注\n乙项目,某办,2027-01-01,2027-02-01,是,否,否,否,否,\n,某办,2027-01-01,2027-02-01,也许,否,否,否,否,\n")), "file", "目录.csv" } };
        var refused = await client.PostAsync($"/api/major-decisions/catalogs/{draft}/import", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("第3行", await refused.Content.ReadAsStringAsync());
        Assert.Empty((await OkAsync(client.GetAsync($"/api/major-decisions/catalogs/{draft}"))).GetProperty("items").EnumerateArray());

        var good = new MultipartFormDataContent { { new ByteArrayContent(exported), "file", "目录.xlsx" } };
        var imported = await OkAsync(client.PostAsync($"/api/major-decisions/catalogs/{draft}/import", good));

        Assert.Equal(1, imported.GetProperty("imported").GetInt32());
        var item = imported.GetProperty("catalog").GetProperty("items")[0];
        Assert.Equal("甲村城市更新项目", item.GetProperty("title").GetString());
        Assert.True(item.GetProperty("requiresExpertReview").GetBoolean());
    }
}

/// <summary>The pages render in Chinese with the timeline, the clocks and how they were computed.</summary>
public sealed class DecisionPagesTests(DecisionHost host) : IClassFixture<DecisionHost>
{
    [Fact]
    public async Task DecisionPage_ShowsTimelineClocksWithExplanationAndTheStepForms()
    {
        var town = await host.NewTownAsync();
        var api = await host.ApiClientAsync(town);
        var page = await host.PageClientAsync(town);
        var id = await DraftingAsync(api, expertReview: true);
        await OkAsync(ActAsync(api, id, "start_expert_review"));
        await OkAsync(ActAsync(api, id, "record_expert_opinion", new { expert = "陈教授", expertAffiliation = "某大学", expertOpinion = "可行", expertSigned = true, expertNoDirectInterest = true }));
        await OkAsync(ActAsync(api, id, "submit_legality_review"));

        var html = await page.GetStringAsync($"/major-decisions/{id}");

        Assert.Contains("id=\"timeline\"", html);
        Assert.Contains("记录专家论证意见", html);
        Assert.Contains("合法性审查时间（保障审查不少于7个工作日）", html);
        Assert.Contains("如何计算", html);
        Assert.Contains("第二十六条", html);
        Assert.Contains("data-action=\"submit_discussion\"", html);
        Assert.Contains("尚不满足", html);
        Assert.Contains("下载决策档案", html);
    }

    [Fact]
    public async Task CatalogPages_ListNewProposalAndPortalRender()
    {
        var town = await host.NewTownAsync();
        var api = await host.ApiClientAsync(town);
        var page = await host.PageClientAsync(town);
        var (catalog, _) = await PublishedCatalogAsync(api, title: "丁村城市更新项目");

        Assert.Contains("丁村城市更新项目", await page.GetStringAsync($"/major-decisions/catalogs/{catalog}"));
        Assert.Contains("2026年", await page.GetStringAsync("/major-decisions/catalogs"));
        Assert.Contains("丁村城市更新项目", await page.GetStringAsync("/major-decisions/new"));
        var created = await FazhiFactory.PostFormAsync(page, "/major-decisions/new", new()
        {
            ["CatalogItemId"] = (await OkAsync(api.GetAsync($"/api/major-decisions/catalogs/{catalog}"))).GetProperty("items")[0].GetProperty("id").GetString()!,
            ["Proposer"] = "镇长",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("重大行政决策事项目录", await host.App.CreateClient().GetStringAsync("/portal"));
    }
}
