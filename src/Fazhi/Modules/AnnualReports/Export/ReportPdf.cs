using System.Diagnostics;

namespace Fazhi.Modules.AnnualReports.Export;

/// <summary>PDF through LibreOffice, only when it is installed (it is never installed by the platform).</summary>
public static class ReportPdf
{
    public static string? LibreOfficePath()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "libreoffice", "soffice" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static bool Available => LibreOfficePath() is not null;

    public static async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken ct)
    {
        var office = LibreOfficePath() ?? throw new InvalidOperationException("LibreOffice 未安装");
        var work = Path.Combine(Path.GetTempPath(), "fazhi-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "report.docx");
            await File.WriteAllBytesAsync(input, docx, ct);
            var start = new ProcessStartInfo(office)
            {
                ArgumentList = { "--headless", $"-env:UserInstallation=file://{work}/profile", "--convert-to", "pdf", "--outdir", work, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("无法启动 LibreOffice");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            var output = Path.Combine(work, "report.pdf");
            return File.Exists(output) ? await File.ReadAllBytesAsync(output, ct) : throw new InvalidOperationException("LibreOffice 未生成 PDF");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
