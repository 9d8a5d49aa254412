using System.Diagnostics;

using DocumentFormat.OpenXml.Packaging;

using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.AnnualReports;

/// <summary>`Fazhi report …` run as the real executable against the fixture's database.</summary>
public sealed class ReportVerbTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        _ = factory.Services;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Fazhi.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Database__Provider"] = FazhiFactory.IsPostgres ? "Postgres" : "Sqlite";
        start.Environment["ConnectionStrings__Default"] = factory.ConnectionString;
        start.Environment["Fazhi__DataDirectory"] = factory.DataDirectory;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task ReportVerb_WritesADocx_OfTheRegionsYear()
    {
        var path = Path.Combine(factory.DataDirectory, "report.docx");
        var (code, output, error) = await RunAsync("report", "--region", FazhiFactory.TownA, "--year", "2025", "--format", "docx", "--out", path);
        Assert.True(code == 0, error + output);
        using var doc = WordprocessingDocument.Open(path, false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("演示镇", text, StringComparison.Ordinal);
        Assert.Contains("2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportVerb_WritesHtml_WithFigureLinks()
    {
        var path = Path.Combine(factory.DataDirectory, "report.html");
        var (code, _, error) = await RunAsync("report", "--region", FazhiFactory.TownA, "--year", "2025", "--format", "html", "--out", path);
        Assert.True(code == 0, error);
        var html = await File.ReadAllTextAsync(path);
        Assert.Contains("/metrics/records?", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--region", "441900199", "--out", "x.docx")]
    [InlineData("report", "--region", "441900199", "--year", "20x5", "--out", "x.docx")]
    [InlineData("report", "--region", "441900199", "--year", "2025", "--format", "odt", "--out", "x.docx")]
    public async Task ReportVerb_BadArguments_PrintUsage_AndExit2(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);
        Assert.Equal(2, code);
        Assert.Contains("用法", error, StringComparison.Ordinal);
    }
}
