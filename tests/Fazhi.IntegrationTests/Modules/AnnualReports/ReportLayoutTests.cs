using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.AnnualReports;

/// <summary>The report as signed and printed: GB/T 9704-2012 layout measured in the PDF, organs by region kind, the 成文日期.</summary>
public sealed partial class ReportLayoutTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    private static int _regions = 700;

    /// <summary>A phrase without punctuation, so no line's end is moved by 标点禁则 or hanging punctuation.</summary>
    private const string Phrase = "党政主要负责人切实履行推进法治建设第一责任";

    [LibreOfficeFact]
    public async Task Pdf_BodyLine_Holds28Characters_And22LinesAPage()
    {
        var town = await host.NewTownAsync();
        var office = await host.ClientAsync(town, Roles.LegalOffice);
        var report = await ReportsHost.MakeCleanAsync(office, await ReportsHost.CreateReportAsync(office, 2025));
        // Three paragraphs of 883 characters (31 full lines each): page 2 is body text only, a paragraph's end included.
        var paragraphs = string.Join("\n", Enumerable.Range(0, 3).Select(_ => string.Concat(Enumerable.Repeat(Phrase, 42)) + "。"));
        Assert.Equal(HttpStatusCode.OK, (await ReportsHost.EditAsync(office, report, "leadership", paragraphs)).StatusCode);

        var lines = await PdfLinesAsync(office, report, page: 2);

        // Lines of text on the page (the page number "— 2 —" has no Chinese character).
        var body = lines.Where(l => l.Text.Any(IsChinese)).ToList();
        var left = body.Min(l => l.XMin);
        // A full line is one the paragraph goes on after: the next line is not a paragraph's indented first line.
        var full = body.Zip(body.Skip(1)).Where(p => p.Second.XMin < left + 8).Select(p => p.First).ToList();
        var report28 = string.Join("\n", body.Select(l => $"y={l.YMin:F1} x={l.XMin:F1} {l.Text.Count(IsChinese)}: {l.Text}"));
        Assert.True(full.Count >= 18, "第2页应几乎全是整行正文：\n" + report28);
        Assert.All(full, l => Assert.True(l.Text.Count(IsChinese) == 28, $"每行应为28字，实为{l.Text.Count(IsChinese)}字：\n{report28}"));
        Assert.True(body.Count == 22, $"每页应为22行，实为{body.Count}行：\n{report28}");
    }

    [Fact]
    public async Task Docx_Signature_KeepsWithTheLastLinesOfTheText()
    {
        var town = await host.NewTownAsync();
        var office = await host.ClientAsync(town, Roles.LegalOffice);
        var report = await ReportsHost.MakeCleanAsync(office, await ReportsHost.CreateReportAsync(office, 2025));
        using var stream = new MemoryStream(await office.GetByteArrayAsync($"/api/annual-reports/{Id(report)}/export.docx"));
        using var doc = WordprocessingDocument.Open(stream, false);
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().ToList();
        var date = paragraphs.FindIndex(p => ChineseDate().IsMatch(p.InnerText));
        Assert.True(date > 4);
        // The text's last paragraph, the two blank lines and the two signers all keep with the next paragraph.
        Assert.Equal("继续深化法治政府建设。", paragraphs[date - 5].InnerText);
        Assert.All(paragraphs.Skip(date - 5).Take(5), p => Assert.NotNull(p.ParagraphProperties!.KeepNext));
    }

    [Fact]
    public async Task Export_OptionalSectionWithNoText_PrintsNoHeading_AndNumbersCloseUp()
    {
        var town = await host.NewTownAsync();
        var office = await host.ClientAsync(town, Roles.LegalOffice);
        var report = await ReportsHost.MakeCleanAsync(office, await ReportsHost.CreateReportAsync(office, 2025));
        var html = await office.GetStringAsync($"/api/annual-reports/{Id(report)}/export.html");

        // 其他工作情况 and 其他需要报告的情况 are optional and empty; 主要举措和成效 is empty itself but has subsections.
        Assert.DoesNotContain("其他工作情况", html, StringComparison.Ordinal);
        Assert.DoesNotContain("其他需要报告的情况", html, StringComparison.Ordinal);
        Assert.Contains("一、2025年推进法治政府建设的主要举措和成效", html, StringComparison.Ordinal);
        Assert.Contains("三、2026年推进法治政府建设的主要安排", html, StringComparison.Ordinal);
        Assert.DoesNotContain("四、", html, StringComparison.Ordinal);

        using var stream = new MemoryStream(await office.GetByteArrayAsync($"/api/annual-reports/{Id(report)}/export.docx"));
        using var doc = WordprocessingDocument.Open(stream, false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.DoesNotContain("其他工作情况", text, StringComparison.Ordinal);
        Assert.DoesNotContain("其他需要报告的情况", text, StringComparison.Ordinal);

        // Once written, the section prints with its number.
        Assert.Equal(HttpStatusCode.OK, (await ReportsHost.EditAsync(office, report, "other", "无其他需要报告的情况。")).StatusCode);
        Assert.Contains("四、其他需要报告的情况", await office.GetStringAsync($"/api/annual-reports/{Id(report)}/export.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignatureDate_IsTheApprovalDate_NotTheSubmissionDate_AndTodayForADraft()
    {
        var town = await host.NewTownAsync();
        var office = await host.ClientAsync(town, Roles.LegalOffice);
        var leader = await host.ClientAsync(town, Roles.Leader);
        var report = await ReportsHost.MakeCleanAsync(office, await ReportsHost.CreateReportAsync(office, 2025));
        var id = Id(report);
        static string Signed(DateOnly d) => $"<p class=\"report-sign\">{d.Year}年{d.Month}月{d.Day}日</p>";

        // Reviewed, not yet approved: today's date, as any draft.
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/review", new { })).StatusCode);
        var approvedOn = LegalDate.Today(host.Base.Clock);
        Assert.Contains(Signed(approvedOn), await office.GetStringAsync($"/api/annual-reports/{id}/export.html"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/annual-reports/{id}/actions/approve", new { })).StatusCode);

        // Submitted three days later (the clock only moves forward; the other tests here do not depend on the date).
        host.Base.Clock.Advance(TimeSpan.FromDays(3));
        var submittedOn = LegalDate.Today(host.Base.Clock);
        office = await host.ClientAsync(town, Roles.LegalOffice); // the sign-in of three days ago has expired
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/submit", new { })).StatusCode);
        var html = await office.GetStringAsync($"/api/annual-reports/{id}/export.html");
        Assert.Contains(Signed(approvedOn), html, StringComparison.Ordinal);
        Assert.DoesNotContain(Signed(submittedOn), html, StringComparison.Ordinal);

        // A draft is previewed with today's date.
        var other = await host.NewTownAsync();
        var otherOffice = await host.ClientAsync(other, Roles.LegalOffice);
        var draft = await ReportsHost.CreateReportAsync(otherOffice, 2025);
        Assert.Contains(Signed(submittedOn), await otherOffice.GetStringAsync($"/api/annual-reports/{Id(draft)}/export.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subdistrict_IsSignedByItsWorkingCommitteeAndOffice_AndCallsItself我街道()
    {
        var code = "441900" + Interlocked.Increment(ref _regions).ToString(CultureInfo.InvariantCulture);
        await AddRegionAsync(code, "南城街道", RegionLevel.Town);
        var office = await host.ClientAsync(code, Roles.LegalOffice);
        var report = await ReportsHost.CreateReportAsync(office, 2025);
        var html = await office.GetStringAsync($"/api/annual-reports/{Id(report)}/export.html");

        Assert.Contains("中共南城街道工作委员会 南城街道办事处关于2025年法治政府建设情况的报告", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"report-sign\">中共南城街道工作委员会</p><p class=\"report-sign\">南城街道办事处</p>", html, StringComparison.Ordinal);
        Assert.Contains("现将我街道2025年法治政府建设工作情况报告如下", html, StringComparison.Ordinal);
        Assert.DoesNotContain("人民政府", html, StringComparison.Ordinal);

        using var stream = new MemoryStream(await office.GetByteArrayAsync($"/api/annual-reports/{Id(report)}/export.docx"));
        using var doc = WordprocessingDocument.Open(stream, false);
        Assert.StartsWith("南城街道党政办公室", doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Last(p => p.InnerText.Length > 0).InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task City_IsSignedByItsCommitteeAndPeoplesGovernment_AndCallsItself我市()
    {
        var office = await host.ClientAsync("441900", Roles.LegalOffice);
        var report = await ReportsHost.CreateReportAsync(office, 2024);
        var html = await office.GetStringAsync($"/api/annual-reports/{Id(report)}/export.html");

        Assert.Contains("<p class=\"report-sign\">中共东莞市委员会</p><p class=\"report-sign\">东莞市人民政府</p>", html, StringComparison.Ordinal);
        Assert.Contains("现将我市2024年法治政府建设工作情况报告如下", html, StringComparison.Ordinal);
        Assert.Contains("全市实有市场主体", html, StringComparison.Ordinal);
        Assert.DoesNotContain("我镇", html, StringComparison.Ordinal);
        Assert.DoesNotContain("全镇", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Village_WritesNoReport_CreatingOneIsRefused()
    {
        var office = await host.ClientAsync("441900199001", Roles.LegalOffice);
        var response = await office.PostAsJsonAsync("/api/annual-reports", new { year = 2025 });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("村（社区）不撰写法治政府建设年度报告", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task AddRegionAsync(string code, string name, RegionLevel level)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(new Region(code, name, level, "441900"));
        await db.SaveChangesAsync();
    }

    private static string Id(JsonElement report) => report.GetProperty("id").GetString()!;

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef';

    private sealed record PdfLine(double XMin, double YMin, double YMax, string Text);

    private static async Task<string> PdfAsync(HttpClient client, JsonElement report)
    {
        var response = await client.GetAsync($"/api/annual-reports/{Id(report)}/export.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = Path.Combine(Path.GetTempPath(), $"fazhi-layout-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        return file;
    }

    private static async Task<IReadOnlyList<PdfLine>> PdfLinesAsync(HttpClient client, JsonElement report, int page)
    {
        var file = await PdfAsync(client, report);
        try
        {
            return Lines(await BboxAsync(file, page));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Task<string> BboxAsync(string pdf, int page) =>
        RunAsync("pdftotext", "-bbox", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), pdf, "-");

    /// <summary>pdftotext's words grouped into lines by their top edge (a line's words share it to the hundredth of a point).</summary>
    private static List<PdfLine> Lines(string bbox) =>
        Word().Matches(bbox)
            .Select(m => (X: D(m, "x0"), Y0: D(m, "y0"), Y1: D(m, "y1"), Text: System.Net.WebUtility.HtmlDecode(m.Groups["t"].Value)))
            .GroupBy(w => Math.Round(w.Y0))
            .OrderBy(g => g.Key)
            .Select(g => new PdfLine(g.Min(w => w.X), g.Min(w => w.Y0), g.Max(w => w.Y1), string.Concat(g.OrderBy(w => w.X).Select(w => w.Text))))
            .ToList();

    private static double D(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var path = ReportPdfTests.Tool(tool);
        Assert.True(path is not null, $"{tool} 未安装：CI 必须安装 poppler-utils（scripts/install-test-deps.sh）");
        var start = new ProcessStartInfo(path!, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} 退出码 {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }

    [GeneratedRegex("""<word xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="[\d.]+" yMax="(?<y1>[\d.]+)">(?<t>[^<]*)</word>""")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日$")]
    private static partial Regex ChineseDate();
}
