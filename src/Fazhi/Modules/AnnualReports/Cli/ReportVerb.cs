using System.Globalization;

using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Export;
using Fazhi.Modules.AnnualReports.Reports;
using Fazhi.Platform.Cli;
using Fazhi.Platform.Data;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.AnnualReports.Cli;

/// <summary>
/// `Fazhi report --region 441900199 --year 2022 --format docx|html|pdf --out report.docx`: writes the region's report for
/// the year — the drafted one when it exists, otherwise the default template — with every figure computed from records.
/// </summary>
public sealed class ReportVerb : ICliVerb
{
    public string Name => "report";

    public string Usage => "Fazhi report --region 区划代码 --year 年度 [--format docx|html|pdf] --out 文件   导出法治政府建设年度报告";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue("region", out var region) || !options.TryGetValue("year", out var yearText) || !options.TryGetValue("out", out var path))
        {
            await error.WriteLineAsync("错误：缺少参数 --region、--year 或 --out");
            return 2;
        }

        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100)
        {
            await error.WriteLineAsync($"错误：年度“{yearText}”不正确");
            return 2;
        }

        var format = options.GetValueOrDefault("format", "docx").ToLowerInvariant();
        if (format is not ("docx" or "html" or "pdf"))
        {
            await error.WriteLineAsync($"错误：不支持的格式“{format}”，应为 docx、html 或 pdf");
            return 2;
        }

        var db = services.GetRequiredService<AppDbContext>();
        if (!await db.Set<Region>().AnyAsync(r => r.Code == region, cancellationToken))
        {
            await error.WriteLineAsync($"错误：区划“{region}”不存在");
            return 1;
        }

        var report = await db.Set<AnnualReport>().Include(r => r.Sections).AsNoTracking()
            .FirstOrDefaultAsync(r => r.RegionCode == region && r.Year == year, cancellationToken);
        if (report is null)
        {
            // Nothing drafted yet: the default template, computed but not saved.
            var clock = services.GetRequiredService<TimeProvider>();
            var addressee = await CreateReport.DefaultAddresseeAsync(db, region, cancellationToken);
            report = AnnualReport.Create(region, year, ReportTemplate.Latest(ReportTemplate.Default.Key), addressee, clock.GetUtcNow().UtcDateTime);
        }

        var rendered = await services.GetRequiredService<RenderReport>().ExecuteAsync(report, cancellationToken);
        byte[] bytes;
        switch (format)
        {
            case "html":
                bytes = System.Text.Encoding.UTF8.GetBytes(ReportHtml.Document(rendered));
                break;
            case "pdf":
                if (!ReportPdf.Available)
                {
                    await error.WriteLineAsync("错误：未安装 LibreOffice，无法生成 PDF（可先导出 docx）");
                    return 1;
                }

                bytes = await ReportPdf.ConvertAsync(ReportDocx.Build(rendered), cancellationToken);
                break;
            default:
                bytes = ReportDocx.Build(rendered);
                break;
        }

        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        await output.WriteLineAsync($"已生成 {Path.GetFullPath(path)}（{rendered.RegionName}{year}年度，{rendered.Figures.Count}项指标，{rendered.Issues.Count}条一致性提示）");
        foreach (var issue in rendered.Issues)
        {
            await output.WriteLineAsync($"  {(issue.Blocking ? "错误" : "提示")}：{issue.Section}：{issue.Message}");
        }

        return 0;
    }
}
