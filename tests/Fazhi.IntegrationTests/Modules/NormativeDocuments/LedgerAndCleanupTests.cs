using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;

using static Fazhi.IntegrationTests.Modules.NormativeDocuments.NormativeHost;

namespace Fazhi.IntegrationTests.Modules.NormativeDocuments;

/// <summary>The ledger's Excel export and import (one layout), clean-up campaigns with their published lists, and the figures.</summary>
public sealed class LedgerAndCleanupTests(NormativeHost host) : IClassFixture<NormativeHost>
{
    private const string Header = "文件名称,文号,登记编号,制定机关,起草单位,公布日期,施行日期,有效期至,状态,失效日期,原文链接,备案日期,经合法性审核,涉及经营者经济活动,经公平竞争审查";

    private static MultipartFormDataContent Csv(string text, string name = "ledger.csv")
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name);
        return form;
    }

    [Fact]
    public async Task LedgerImport_ReportsEveryBadRow_AndImportsNothing()
    {
        var client = await host.ApiClientAsync(FazhiFactory.TownB);
        var csv = Header + "\n"
            + "某某镇示范文件一,演府〔2024〕1号,,某某镇人民政府,,2024-01-05,2024-01-05,2028-12-31,有效,,,,是,否,否\n"
            + "某某镇示范文件二,演府〔2024〕2号,,某某镇人民政府,,2024-01-05,2024-01-05,2030-01-05,有效,,,,是,否,否\n"
            + "某某镇示范文件三（暂行）,演府〔2024〕3号,,某某镇人民政府,,2024-13-01,2024-01-05,2025-01-01,作废,,,,是,否,否\n"
            + "某某镇示范文件一,演府〔2024〕1号,,某某镇人民政府,,2024-01-05,2024-01-05,2028-12-31,有效,,,,是,否,否\n";

        var response = await client.PostAsync("/api/normative-documents/import", Csv(csv));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.True(text.Contains("第3行", StringComparison.Ordinal), text);
        Assert.Contains("不得超过5年", text);
        Assert.Contains("第4行", text);
        Assert.Contains("第5行", text);
        Assert.Contains("已在台账中", text);
        Assert.DoesNotContain("第2行", text);
        var list = await OkAsync(client.GetAsync("/api/normative-documents?q=" + Uri.EscapeDataString("示范文件")));
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task LedgerImport_AValidDocument_WithoutLegalityReview_OrTouchingBusinessWithoutFairCompetitionReview_IsRefused_CitingTheRule()
    {
        var client = await host.ApiClientAsync(FazhiFactory.TownB);
        var csv = Header + "\n"
            + "某某镇闸门样例一,闸府〔2025〕1号,,某某镇人民政府,,2025-01-06,2025-01-06,2029-12-31,有效,,,,否,否,否\n"
            + "某某镇闸门样例二,闸府〔2025〕2号,,某某镇人民政府,,2025-01-06,2025-01-06,2029-12-31,有效,,,,是,是,否\n"
            + "某某镇闸门样例三,闸府〔2023〕3号,,某某镇人民政府,,2023-01-06,2023-01-06,2027-12-31,有效,,,,是,是,否\n"
            + "某某镇闸门样例四,闸府〔2022〕4号,,某某镇人民政府,,2022-01-06,2022-01-06,2024-01-05,已失效,,,,否,是,否\n"
            + "某某镇闸门样例五,闸府〔2025〕5号,,某某镇人民政府,,2025-01-06,2025-01-06,2029-12-31,有效,,,,是,是,是\n";

        var response = await client.PostAsync("/api/normative-documents/import", Csv(csv));

        var text = System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Contains("第2行“经合法性审核”：状态为“有效”的文件须经合法性审核", text);
        Assert.Contains("国办发〔2018〕37号", text);
        Assert.Contains("第3行“经公平竞争审查”：涉及经营者经济活动的文件未经公平竞争审查", text);
        Assert.Contains("《公平竞争审查条例》第十八条", text);
        Assert.Contains("第4行“经公平竞争审查”", text);
        Assert.Contains("国发〔2016〕34号", text);
        Assert.DoesNotContain("第5行", text); // an ended document is a historical entry, stored as the ledger says
        Assert.DoesNotContain("第6行", text);
        var list = await OkAsync(client.GetAsync("/api/normative-documents?q=" + Uri.EscapeDataString("闸门样例")));
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var portal = await OkAsync(host.App.CreateClient().GetAsync("/api/normative-documents/public?q=" + Uri.EscapeDataString("闸门样例")));
        Assert.Equal(0, portal.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task LedgerExport_ImportsBack_IntoAnotherTown_WithTheSameColumns()
    {
        var client = await host.ApiClientAsync(FazhiFactory.TownB);
        var csv = Header + "\n"
            + "某某镇导出样例办法,样府〔2023〕8号,YFGS—2023—8,某某镇人民政府,司法所,2023-02-01,2023-03-01,2028-02-29,有效,,https://www.dg.gov.cn/a.html,2023-02-10,是,否,否\n"
            + "某某镇导出样例暂行规定,样府〔2022〕3号,,某某镇人民政府,,2022-01-10,2022-01-10,2024-01-09,已失效,,,,否,是,否\n";
        await OkAsync(client.PostAsync("/api/normative-documents/import", Csv(csv)));

        var export = await client.GetAsync("/api/normative-documents/export.xlsx?q=" + Uri.EscapeDataString("导出样例") + "&sort=published");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var other = await host.ApiClientAsync("441900197");
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", "台账.xlsx");
        var imported = await OkAsync(other.PostAsync("/api/normative-documents/import", form));

        Assert.Equal(2, imported.GetProperty("imported").GetInt32());
        var items = (await OkAsync(other.GetAsync("/api/normative-documents?q=" + Uri.EscapeDataString("导出样例") + "&sort=published"))).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Expired", "InForce"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.Equal("YFGS—2023—8", items[1].GetProperty("registrationNumber").GetString());
        Assert.Equal("2024-01-10", items[0].GetProperty("endedOn").GetString());
    }

    [Fact]
    public async Task LedgerPage_FiltersSortsAndPages_AndImportReportsBadRows()
    {
        var api = await host.ApiClientAsync();
        await host.PublishedAsync(api, "某某镇页面排序甲办法", new DateOnly(2026, 3, 2));
        await host.PublishedAsync(api, "某某镇页面排序乙办法", new DateOnly(2026, 3, 2));
        var page = await host.PageClientAsync();

        var html = await page.GetStringAsync("/normative-documents?q=" + Uri.EscapeDataString("页面排序") + "&status=valid&sort=title");
        Assert.True(html.IndexOf("页面排序乙办法", StringComparison.Ordinal) < html.IndexOf("页面排序甲办法", StringComparison.Ordinal));
        var second = await page.GetStringAsync("/normative-documents?q=" + Uri.EscapeDataString("页面排序") + "&page=2");
        Assert.Contains("第2/", second);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/normative-documents?sort=nonsense")).StatusCode);

        var form = Csv(Header + "\n坏行,,,,,,,,,,,,,,\n");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await page.PostAsync("/normative-documents?handler=Import", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第2行“文号”：不能为空", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cleanup_PublishesItsLists_AndRepealsTheRepealedDocuments_OnThePortal()
    {
        var client = await host.ApiClientAsync();
        var keep = await host.PublishedAsync(client, "某某镇清理样例继续有效办法", new DateOnly(2026, 3, 2));
        var repeal = await host.PublishedAsync(client, "某某镇清理样例废止办法", new DateOnly(2026, 3, 2));
        var created = await client.PostAsJsonAsync("/api/normative-documents/cleanups", new { name = "2026年规范性文件集中清理", reason = "定期清理" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaign = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/normative-documents/cleanups/{campaign}/publish", null)).StatusCode);

        await OkAsync(client.PostAsJsonAsync($"/api/normative-documents/cleanups/{campaign}/items", new { documentId = keep, conclusion = "ContinueInForce" }));
        var page = await host.PageClientAsync();
        var recorded = await FazhiFactory.PostFormAsync(page, $"/normative-documents/cleanups/{campaign}", new()
        {
            ["DocumentId"] = repeal.ToString(),
            ["Conclusion"] = "Repeal",
            ["Note"] = "与上位法不一致",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var published = await OkAsync(client.PostAsync($"/api/normative-documents/cleanups/{campaign}/publish", null));

        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal("Repealed", (await OkAsync(client.GetAsync($"/api/normative-documents/{repeal}"))).GetProperty("status").GetString());
        Assert.Equal("Published", (await OkAsync(client.GetAsync($"/api/normative-documents/{keep}"))).GetProperty("status").GetString());
        var anonymous = host.App.CreateClient();
        var lists = await anonymous.GetStringAsync($"/portal/normative-documents/cleanups/{campaign}");
        Assert.Contains("继续有效目录", lists);
        Assert.Contains("废止目录", lists);
        Assert.Contains("【已废止】某某镇清理样例废止办法", lists);
        Assert.Equal(HttpStatusCode.NotFound, (await FazhiFactory.PostFormAsync(page, $"/normative-documents/cleanups/{Guid.CreateVersion7()}", new(), getPath: "/normative-documents/cleanups")).StatusCode);

        var cleaned = await OkAsync(client.GetAsync("/api/metrics/normative_documents.cleaned/records?year=2026"));
        var ids = cleaned.ToString();
        Assert.Contains("2026年规范性文件集中清理：废止", ids);
    }

    [Fact]
    public async Task Figures_CountIssuedReviewedFiledInForceAndEvaluated_ByYear_WithRecordIds()
    {
        var client = await host.ApiClientAsync(await host.NewTownAsync());
        var filed = await host.PublishedAsync(client, "某某镇指标样例办法", new DateOnly(2026, 3, 2));
        await OkAsync(ActAsync(client, filed, "file", new { filingAuthority = "东莞市人民政府" }));
        await OkAsync(ActAsync(client, filed, "evaluate", new { conclusion = "Amend" }));
        var csv = Header + "\n某某镇指标导入办法,指府〔2026〕1号,,某某镇人民政府,,2026-01-05,2026-01-05,2030-12-31,有效,,,2026-01-30,是,否,否\n";
        await OkAsync(client.PostAsync("/api/normative-documents/import", Csv(csv)));

        async Task<JsonElement> Figure(string key) => await OkAsync(client.GetAsync($"/api/metrics/normative_documents.{key}?year=2026"));
        var issued = await Figure("issued");
        var reviewed = await Figure("legality_reviewed_rate");
        var onTime = await Figure("filed_on_time_rate");
        var inForce = await Figure("in_force");
        var evaluated = await Figure("evaluated");

        Assert.Equal(2m, issued.GetProperty("value").GetDecimal());
        Assert.Equal(100m, reviewed.GetProperty("value").GetDecimal());
        Assert.Equal(50m, onTime.GetProperty("value").GetDecimal()); // the import was filed 25 days after publication: late
        Assert.Equal(2m, inForce.GetProperty("value").GetDecimal());
        Assert.Equal(1m, evaluated.GetProperty("value").GetDecimal());
        var records = await OkAsync(client.GetAsync("/api/metrics/normative_documents.issued/records?year=2026"));
        Assert.Contains(filed.ToString(), records.ToString());
        Assert.Equal(0m, (await OkAsync(client.GetAsync("/api/metrics/normative_documents.issued?year=2025"))).GetProperty("value").GetDecimal());
    }
}
