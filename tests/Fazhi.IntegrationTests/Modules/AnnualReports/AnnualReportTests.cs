using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.AnnualReports.Export;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;

using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.IntegrationTests.Modules.AnnualReports;

public sealed class AnnualReportTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    private const int Year = 2025;

    private static string Id(JsonElement report) => report.GetProperty("id").GetString()!;

    private static string Rendered(JsonElement report, string key) =>
        report.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("key").GetString() == key).GetProperty("rendered").GetString()!;

    private static IEnumerable<string> Rules(JsonElement report) =>
        report.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("rule").GetString()!);

    private async Task<(string Town, HttpClient Office, JsonElement Report)> NewReportAsync(int year = Year)
    {
        var town = await host.NewTownAsync();
        var office = await host.ClientAsync(town, Roles.LegalOffice);
        return (town, office, await ReportsHost.CreateReportAsync(office, year));
    }

    [Fact]
    public async Task Create_CopiesTheDefaultTemplate_AddressedToTheSuperior_OnePerRegionAndYear()
    {
        var (_, office, report) = await NewReportAsync();
        Assert.Equal("市委、市政府：", report.GetProperty("addressee").GetString());
        Assert.Equal("Draft", report.GetProperty("status").GetString());
        Assert.StartsWith("中共测试镇", report.GetProperty("renderedTitle").GetString());
        Assert.Contains("关于2025年法治政府建设情况的报告", report.GetProperty("renderedTitle").GetString());
        var keys = report.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("key").GetString()).ToList();
        Assert.Contains("leadership", keys);
        Assert.Contains("shortcomings", keys);
        Assert.Contains("plan", keys);
        Assert.Contains("2026年推进法治政府建设的主要安排", report.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()).Select(h => h!.Replace("{{next_year}}", "2026", StringComparison.Ordinal)));

        var again = await office.PostAsJsonAsync("/api/annual-reports", new { year = Year });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var future = await office.PostAsJsonAsync("/api/annual-reports", new { year = 2030 });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
    }

    [Fact]
    public async Task Figure_MovesWhenARecordChanges_ActiveUsersPlusOne()
    {
        var (town, office, report) = await NewReportAsync(2026);
        await ReportsHost.EditAsync(office, report, "intro", $"本镇共有启用账户{{{{{PlatformMetrics.ActiveUsersKey}}}}}。");
        var before = Rendered(await office.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{Id(report)}"), "intro");
        Assert.Equal("本镇共有启用账户1个。", before);

        await host.CreateUserAsync(town, Roles.Clerk);
        var after = Rendered(await office.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{Id(report)}"), "intro");
        Assert.Equal("本镇共有启用账户2个。", after);
    }

    [Fact]
    public async Task Figures_ComeFromTheRegistry_WithYoyAndLinksToTheRecordsPage()
    {
        var (town, office, report) = await NewReportAsync();
        ReportTestMetrics.Set(ReportTestMetrics.Cases, town, Year, 5911);
        ReportTestMetrics.Set(ReportTestMetrics.Cases, town, Year - 1, 3321);
        ReportTestMetrics.Set(ReportTestMetrics.Succeeded, town, Year, 5693);
        ReportTestMetrics.Set(ReportTestMetrics.Amount, town, Year, 57_921_400);
        var text = $"{{{{year}}}}年以来，各调解组织共受理调解案件{{{{{ReportTestMetrics.Cases}}}}}，{{{{{ReportTestMetrics.Cases}|yoy}}}}，成功调解{{{{{ReportTestMetrics.Succeeded}}}}}，调解成功率为{{{{{ReportTestMetrics.SuccessRate}}}}}，涉及金额{{{{{ReportTestMetrics.Amount}|exact}}}}。";
        var edited = await (await ReportsHost.EditAsync(office, report, "intro", text)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2025年以来，各调解组织共受理调解案件5911宗，同比增长78%，成功调解5693宗，调解成功率为96.3%，涉及金额5792.14万元。", Rendered(edited, "intro"));

        var html = await office.GetStringAsync($"/api/annual-reports/{Id(report)}/export.html");
        Assert.Contains($"href=\"/metrics/records?key={ReportTestMetrics.Cases}&amp;region={town}&amp;year={Year}\"", html);
        Assert.Contains(">5911宗</a>", html);
        var page = await office.GetStringAsync($"/annual-reports/{Id(report)}");
        Assert.Contains($"/metrics/records?key={ReportTestMetrics.Amount}&amp;region={town}&amp;year={Year}", page);
        Assert.Contains("5792.14万元", page);
    }

    [Fact]
    public async Task ConsistencyChecks_SeedsMediationSentence_IsFlagged_AndApprovalRefusedWithLegalBasis()
    {
        var (town, office, report) = await NewReportAsync();
        report = await ReportsHost.MakeCleanAsync(office, report);
        Assert.DoesNotContain(report.GetProperty("issues").EnumerateArray(), i => i.GetProperty("blocking").GetBoolean());

        await ReportsHost.EditAsync(office, report, "other_work", "2022年以来，各调解组织共受理调解案件5911宗，成功调解5693宗，调解成功率为96.3%，涉及金额5792.14元。");
        var checks = await office.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{Id(report)}/checks");
        Assert.Contains(checks.EnumerateArray(), i => i.GetProperty("rule").GetString() == "implausible_amount");

        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{Id(report)}/actions/review", new { })).StatusCode);
        var leader = await host.ClientAsync(town, Roles.Leader);
        var refused = await leader.PostAsJsonAsync($"/api/annual-reports/{Id(report)}/actions/approve", new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("一致性检查", problem.GetProperty("detail").GetString());
        Assert.Contains("厅字〔2019〕28号", problem.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task ConsistencyChecks_EmptyRequiredSection_AndYoyWithoutBase_Block()
    {
        var (town, office, report) = await NewReportAsync();
        ReportTestMetrics.Set(ReportTestMetrics.Cases, town, Year, 12);
        report = await ReportsHost.MakeCleanAsync(office, report);
        await ReportsHost.EditAsync(office, report, "plan", "");
        await ReportsHost.EditAsync(office, report, "other_work", $"受理{{{{{ReportTestMetrics.Cases}}}}}，{{{{{ReportTestMetrics.Cases}|yoy}}}}。");
        var rules = Rules(await office.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{Id(report)}")).ToList();
        Assert.Contains("required_section_empty", rules);
        Assert.Contains("yoy_without_base", rules);
    }

    [Fact]
    public async Task Workflow_DraftToPublished_RecordsEachStepAndTheDates()
    {
        var (town, office, report) = await NewReportAsync();
        report = await ReportsHost.MakeCleanAsync(office, report);
        var leader = await host.ClientAsync(town, Roles.Leader);
        var id = Id(report);

        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/review", new { note = "已核对" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/annual-reports/{id}/actions/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/submit", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/clear", new { })).StatusCode);
        var published = await (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/publish", new { })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Published", published.GetProperty("status").GetString());
        var steps = published.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("actionKey").GetString()).ToList();
        Assert.Equal(["start", "review", "approve", "submit", "clear", "publish"], steps);
        var deadlines = published.GetProperty("deadlines").EnumerateArray().ToList();
        Assert.Equal("2026-03-01", deadlines[0].GetProperty("dueOn").GetString());
        Assert.Equal("2026-03-02", deadlines[0].GetProperty("doneOn").GetString());
        Assert.True(deadlines[0].GetProperty("overdue").GetBoolean());
        Assert.False(deadlines[1].GetProperty("overdue").GetBoolean());
        Assert.Contains(deadlines[0].GetProperty("explanation").EnumerateArray(), l => l.GetString()!.Contains("3月1日", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Workflow_Refusals_EditAfterReview_ApproveWithoutPermission_PublishBeforeSubmission()
    {
        var (town, office, report) = await NewReportAsync();
        report = await ReportsHost.MakeCleanAsync(office, report);
        var id = Id(report);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/review", new { })).StatusCode);

        var edit = await ReportsHost.EditAsync(office, report, "plan", "改写");
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("不能再修改", (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/publish", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/nonsense", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/return", new { note = "请补充" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReportsHost.EditAsync(office, report, "plan", "改写后的安排")).StatusCode);
    }

    [Fact]
    public async Task Page_ShowsPreviewChecksAndActions_AndTakesAStepThroughTheForm()
    {
        var (_, office, report) = await NewReportAsync();
        var path = $"/annual-reports/{Id(report)}";
        var page = await office.GetStringAsync(path);
        Assert.Contains("id=\"report-preview\"", page);
        Assert.Contains("市委、市政府：", page);
        Assert.Contains("data-rule=\"required_section_empty\"", page);
        Assert.Contains(ReportPdf.Available ? "下载 PDF" : "服务器未安装 LibreOffice", page);

        var response = await FazhiFactory.PostFormAsync(office, path + "?handler=Step", new() { ["action"] = "review", ["note"] = "页面审核" }, path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await office.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{Id(report)}");
        Assert.Equal("Reviewed", after.GetProperty("status").GetString());

        var refused = await FazhiFactory.PostFormAsync(office, path + "?handler=Section",
            new() { ["sectionId"] = ReportsHost.SectionId(report, "plan"), ["text"] = "x" }, path);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("不能再修改", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_List_CreatesAReportForAYear()
    {
        var town = await host.NewTownAsync();
        var office = await host.ClientAsync(town, Roles.LegalOffice);
        var response = await FazhiFactory.PostFormAsync(office, "/annual-reports?handler=Create", new() { ["Year"] = "2024" }, "/annual-reports");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await office.GetStringAsync("/annual-reports");
        Assert.Contains("2024年", list);
        var duplicate = await FazhiFactory.PostFormAsync(office, "/annual-reports?handler=Create", new() { ["Year"] = "2024" }, "/annual-reports");
        Assert.Contains("已存在", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Overview_OfATown_ListsNoVillages_TheyWriteNoReport()
    {
        var town = await host.ClientAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var overview = await town.GetFromJsonAsync<JsonElement>($"/api/annual-reports/overview?year={Year}");
        Assert.Equal(0, overview.GetArrayLength());
        Assert.DoesNotContain("下级单位报送情况", await town.GetStringAsync("/annual-reports"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_SeesItsTownsReportStatus()
    {
        var (town, _, _) = await NewReportAsync();
        var city = await host.ClientAsync("441900", Roles.Supervisor);
        var overview = await city.GetFromJsonAsync<JsonElement>($"/api/annual-reports/overview?year={Year}");
        var row = overview.EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == town);
        Assert.Equal("起草中", row.GetProperty("status").GetString());
        Assert.True(row.GetProperty("submitOverdue").GetBoolean());
        Assert.Contains($"测试镇{town[6..]}", await city.GetStringAsync("/annual-reports"));
    }

    [Fact]
    public async Task Docx_Colophon_CarriesTheRegionsCopyTo_BetweenThickAndThinRules()
    {
        var (_, office, report) = await NewReportAsync();
        var ok = await office.PutAsJsonAsync("/api/annual-reports/settings", new { copyTo = "市委全面依法治市委员会办公室" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var stream = new MemoryStream(await office.GetByteArrayAsync($"/api/annual-reports/{Id(report)}/export.docx"));
        using var doc = WordprocessingDocument.Open(stream, false);
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().ToList();

        var copy = paragraphs[^2];
        Assert.Equal("抄送：市委全面依法治市委员会办公室。", copy.InnerText);
        Assert.Equal(8u, copy.ParagraphProperties!.ParagraphBorders!.TopBorder!.Size!.Value);
        Assert.Equal(6u, copy.ParagraphProperties.ParagraphBorders.BottomBorder!.Size!.Value);
        Assert.StartsWith("测试镇", paragraphs[^1].InnerText, StringComparison.Ordinal);
        Assert.Contains("党政办公室", paragraphs[^1].InnerText, StringComparison.Ordinal);
        Assert.Equal(8u, paragraphs[^1].ParagraphProperties!.ParagraphBorders!.BottomBorder!.Size!.Value);
    }

    [Fact]
    public async Task Settings_SubmissionDeadlineIsPerRegion_AndValidated()
    {
        var (_, office, report) = await NewReportAsync();
        var bad = await office.PutAsJsonAsync("/api/annual-reports/settings", new { submitMonth = 2, submitDay = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var ok = await office.PutAsJsonAsync("/api/annual-reports/settings", new { submitMonth = 2, submitDay = 25, addressee = "区委、区政府" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var view = await office.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{Id(report)}");
        Assert.Equal("2026-02-25", view.GetProperty("deadlines")[0].GetProperty("dueOn").GetString());
        var next = await ReportsHost.CreateReportAsync(office, 2024);
        Assert.Equal("区委、区政府：", next.GetProperty("addressee").GetString());
    }

    [Fact]
    public async Task Docx_HasGbt9704GeometryFontsAndPageNumbers()
    {
        var (_, office, report) = await NewReportAsync();
        var response = await office.GetAsync($"/api/annual-reports/{Id(report)}/export.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var main = doc.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);
        Assert.Equal(1984, margin.Bottom!.Value);
        Assert.Equal(1587u, margin.Left!.Value);
        Assert.Equal(1474u, margin.Right!.Value);

        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(579, grid.LinePitch!.Value);
        // 22 lines fill the 225 mm 版心; 28 characters of 16 pt less 5 twips each (315) fit the 156 mm one and 29 do not
        // (the PDF test measures both).
        Assert.InRange(22 * 579, 12738 - 22, 12738 + 22);
        Assert.InRange(28 * (320 - 5), 8845 - 315, 8845);

        var paragraphs = main.Document.Body.Elements<W.Paragraph>().ToList();
        // The title may take several centred lines (回行 as a trapezoid), then one blank line and the addressee.
        var titleLines = paragraphs.TakeWhile(p => p.InnerText.Length > 0).ToList();
        Assert.NotEmpty(titleLines);
        Assert.All(titleLines, line =>
        {
            var title = line.Elements<Run>().Single();
            Assert.Equal("方正小标宋简体", title.RunProperties!.RunFonts!.EastAsia!.Value);
            Assert.Equal("44", title.RunProperties.FontSize!.Val!.Value);
            Assert.Equal(JustificationValues.Center, line.ParagraphProperties!.Justification!.Val!.Value);
        });
        Assert.Equal("市委、市政府：", paragraphs[titleLines.Count + 1].InnerText);

        // 版记: 印发机关 and 印发日期 in 4号仿宋, one character in from both sides, closed by the thick last rule.
        var colophon = paragraphs[^1];
        Assert.EndsWith("印发", colophon.InnerText, StringComparison.Ordinal);
        Assert.All(colophon.Elements<Run>().Where(r => r.RunProperties is not null), r => Assert.Equal("28", r.RunProperties!.FontSize!.Val!.Value));
        Assert.Equal("280", colophon.ParagraphProperties!.Indentation!.Left!.Value);
        Assert.Equal("280", colophon.ParagraphProperties.Indentation.Right!.Value);
        Assert.Equal(8u, colophon.ParagraphProperties.ParagraphBorders!.BottomBorder!.Size!.Value);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));

        var body = paragraphs.First(p => p.InnerText.StartsWith("2025年，", StringComparison.Ordinal));
        Assert.Equal("仿宋_GB2312", body.Elements<Run>().First().RunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", body.Elements<Run>().First().RunProperties!.FontSize!.Val!.Value);
        Assert.Equal("630", body.ParagraphProperties!.Indentation!.FirstLine!.Value);
        Assert.Equal(-5, body.Elements<Run>().First().RunProperties!.Spacing!.Val!.Value);
        Assert.Equal("579", body.ParagraphProperties.SpacingBetweenLines!.Line!.Value);
        var h1 = paragraphs.First(p => p.InnerText.StartsWith("一、", StringComparison.Ordinal));
        Assert.Equal("黑体", h1.Elements<Run>().First().RunProperties!.RunFonts!.EastAsia!.Value);
        var h2 = paragraphs.First(p => p.InnerText.StartsWith("（一）", StringComparison.Ordinal));
        Assert.Equal("楷体_GB2312", h2.Elements<Run>().First().RunProperties!.RunFonts!.EastAsia!.Value);
        var h3 = paragraphs.First(p => p.InnerText.StartsWith("1.", StringComparison.Ordinal));
        Assert.NotNull(h3.Elements<Run>().First().RunProperties!.Bold);
        Assert.Equal("仿宋_GB2312", h3.Elements<Run>().First().RunProperties!.RunFonts!.EastAsia!.Value);

        Assert.NotNull(main.DocumentSettingsPart!.Settings.GetFirstChild<EvenAndOddHeaders>());
        var references = section.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => (FooterPart)main.GetPartById(r.Id!));
        foreach (var (type, part) in references)
        {
            var footer = part.Footer.Elements<W.Paragraph>().Single();
            Assert.Equal("— 1 —", footer.InnerText);
            Assert.Contains("PAGE", footer.Descendants<SimpleField>().Single().Instruction!.Value);
            Assert.All(footer.Descendants<RunProperties>(), p =>
            {
                Assert.Equal("宋体", p.RunFonts!.EastAsia!.Value);
                Assert.Equal("28", p.FontSize!.Val!.Value);
            });
            Assert.Equal(type == HeaderFooterValues.Even ? JustificationValues.Left : JustificationValues.Right, footer.ParagraphProperties!.Justification!.Val!.Value);
        }

        Assert.Equal(2, references.Count);
    }

    [Fact]
    public async Task Pdf_WithoutLibreOffice_IsRefusedCleanly()
    {
        var (_, office, report) = await NewReportAsync();
        var response = await office.GetAsync($"/api/annual-reports/{Id(report)}/export.pdf");
        if (ReportPdf.Available)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
            Assert.Contains("LibreOffice", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task OtherTownsReport_IsNotFound()
    {
        var (_, _, report) = await NewReportAsync();
        var other = await host.ClientAsync(await host.NewTownAsync(), Roles.LegalOffice);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/annual-reports/{Id(report)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/annual-reports/{Id(report)}/actions/review", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.GetAsync("/api/annual-reports/not-a-guid")).StatusCode);
    }
}
