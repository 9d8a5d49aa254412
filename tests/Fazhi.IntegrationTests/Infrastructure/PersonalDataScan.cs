using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

using Fazhi.Platform.Validation;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>
/// Every HTTP response of the integration tests, scanned for a clear 公民身份号码 (issue #16: "never appears in a page,
/// export, log line or API response unless a user with the permission reveals it"). The test host's outermost middleware
/// copies each response as it is sent (it does not buffer or change it) and looks in the text of pages, JSON and CSV and
/// inside every Office document and zip (xlsx, docx, the 决策档案) for an 18-character number that passes GB 11643
/// (address code, birth date, check character) and for the tests' synthetic phone. The audited reveal (a path ending in
/// <c>/reveal</c> or a page's <c>reveal</c> handler) is the one place a clear number may be sent. PDFs are counted, not read
/// (their text is compressed glyph codes). A finding is recorded masked — the scan never writes a clear number itself —
/// in the file named by FAZHI_PD_SCAN, which test.sh counts as failures; the file's last line is the lane's totals.
/// </summary>
public static partial class PersonalDataScan
{
    /// <summary>The synthetic mobile number the tests register with parties and commenters.</summary>
    public const string SyntheticPhone = "13800138000";

    private const int MaxCapture = 64 * 1024 * 1024;

    private static readonly Lock Gate = new();
    private static long _responses;
    private static long _bytes;
    private static long _documents;
    private static long _pdfs;
    private static long _findings;

    static PersonalDataScan() => AppDomain.CurrentDomain.ProcessExit += (_, _) => WriteTotals();

    public static long Findings => Interlocked.Read(ref _findings);

    public static long Responses => Interlocked.Read(ref _responses);

    /// <summary>The clear ID numbers (GB 11643-valid) and synthetic phones in a text, each masked for the record.</summary>
    public static IReadOnlyList<string> FindIn(string text)
    {
        var found = new List<string>();
        foreach (Match m in IdNumberPattern().Matches(text))
        {
            if (Identifiers.CheckResidentIdNumber(m.Value) is null)
            {
                found.Add("公民身份号码 " + Masking.IdNumber(m.Value));
            }
        }

        if (text.Contains(SyntheticPhone, StringComparison.Ordinal))
        {
            found.Add("手机号码 " + Masking.Mobile(SyntheticPhone));
        }

        return found;
    }

    /// <summary>What a response body holds, by its content type: text read as UTF-8, Office documents and zips opened entry by entry.</summary>
    public static IReadOnlyList<string> FindInBody(string? contentType, byte[] body)
    {
        var type = contentType?.ToLowerInvariant() ?? "";
        if (type.Contains("pdf", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _pdfs);
            return [];
        }

        if (type.Contains("zip", StringComparison.Ordinal) || type.Contains("openxmlformats", StringComparison.Ordinal) || IsZip(body))
        {
            Interlocked.Increment(ref _documents);
            return FindInZip(body, depth: 0);
        }

        return FindIn(Encoding.UTF8.GetString(body));
    }

    private static bool IsZip(byte[] body) => body.Length > 4 && body[0] == (byte)'P' && body[1] == (byte)'K' && body[2] == 3 && body[3] == 4;

    private static List<string> FindInZip(byte[] body, int depth)
    {
        var found = new List<string>();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                if (depth < 2 && IsZip(bytes))
                {
                    found.AddRange(FindInZip(bytes, depth + 1).Select(f => $"{entry.FullName}: {f}"));
                }
                else if (!entry.FullName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                {
                    // Word splits a run of text across XML elements; reading the text without the tags joins it again.
                    var xml = Encoding.UTF8.GetString(bytes);
                    found.AddRange(FindIn(xml).Concat(FindIn(Tags().Replace(xml, ""))).Distinct().Select(f => $"{entry.FullName}: {f}"));
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not a zip after all: read as text.
            found.AddRange(FindIn(Encoding.UTF8.GetString(body)));
        }

        return found;
    }

    private static bool IsReveal(HttpRequest request) =>
        request.Path.Value?.EndsWith("/reveal", StringComparison.OrdinalIgnoreCase) == true
        || string.Equals(request.Query["handler"], "reveal", StringComparison.OrdinalIgnoreCase);

    /// <summary>The path of the scan's own test (a response that holds a clear number on purpose): counted apart, never written to the file.</summary>
    public const string SelfTestPath = "/__personal-data-scan-self-test";

    private static long _selfTestFindings;

    public static long SelfTestFindings => Interlocked.Read(ref _selfTestFindings);

    private static void Record(HttpContext context, IReadOnlyList<string> found)
    {
        if (context.Request.Path.StartsWithSegments(SelfTestPath))
        {
            Interlocked.Add(ref _selfTestFindings, found.Count);
            return;
        }

        Interlocked.Add(ref _findings, found.Count);
        var lines = found.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"FOUND {context.Request.Method} {context.Request.Path}{Masking.Text(context.Request.QueryString.Value)} {context.Response.StatusCode} {context.Response.ContentType}: {f}"));
        Append(lines);
    }

    private static void Append(IEnumerable<string> lines)
    {
        if (Environment.GetEnvironmentVariable("FAZHI_PD_SCAN") is not { Length: > 0 } file)
        {
            return;
        }

        lock (Gate)
        {
            File.AppendAllLines(file, lines);
        }
    }

    private static void WriteTotals() => Append([string.Create(CultureInfo.InvariantCulture,
        $"SCANNED responses={Responses} bytes={Interlocked.Read(ref _bytes)} documents={Interlocked.Read(ref _documents)} pdfs={Interlocked.Read(ref _pdfs)} findings={Findings}")]);

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdNumberPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    /// <summary>The outermost middleware of the test host: copies the response as it goes out, then scans the copy.</summary>
    public sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var original = context.Response.Body;
                await using var tee = new TeeStream(original);
                context.Response.Body = tee;
                try
                {
                    await nextMiddleware(context);

                    // What the app wrote through the body writer over the copy is flushed before the original comes back.
                    if (context.Features.Get<IHttpResponseBodyFeature>() is StreamResponseBodyFeature feature && ReferenceEquals(feature.Stream, tee))
                    {
                        await feature.CompleteAsync();
                    }
                }
                finally
                {
                    context.Response.Body = original;
                }

                Interlocked.Increment(ref _responses);
                Interlocked.Add(ref _bytes, tee.Copy.Length);
                if (tee.Copy.Length > 0 && !IsReveal(context.Request) && FindInBody(context.Response.ContentType, tee.Copy.ToArray()) is { Count: > 0 } found)
                {
                    Record(context, found);
                }
            });
            next(app);
        };
    }

    /// <summary>Writes through to the response and keeps a copy (up to 64 MB).</summary>
    private sealed class TeeStream(Stream inner) : Stream
    {
        public MemoryStream Copy { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        private void Keep(ReadOnlySpan<byte> buffer)
        {
            if (Copy.Length + buffer.Length <= MaxCapture)
            {
                Copy.Write(buffer);
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
