using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;

using Fazhi.IntegrationTests.Infrastructure;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Validation;

/// <summary>
/// The scan of every test response for a clear ID number (<see cref="PersonalDataScan"/>) can fail: it finds a valid
/// number in text and inside an Office document even when Word splits it across runs, ignores masked numbers and other
/// long digit runs, and sits in the test host's pipeline, where a response holding a clear number is caught.
/// </summary>
public sealed class PersonalDataScanTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private const string ClearId = "11010519491231002X";

    [Fact]
    public void Scan_FindsAValidIdNumber_NotAMaskedOneNorOtherDigitRuns()
    {
        Assert.Single(PersonalDataScan.FindIn($"{{\"idNumber\":\"{ClearId}\"}}"));
        Assert.Single(PersonalDataScan.FindIn($"当事人张三（{ClearId.ToLowerInvariant()}）"));
        Assert.Empty(PersonalDataScan.FindIn("当事人张三（110105********002X）"));
        // Wrong check character, a GUID, a hash and .NET ticks are not ID numbers.
        Assert.Empty(PersonalDataScan.FindIn("110105194912310021 0190f2b5-6a3c-7d41-9a3e-441900199003 a3f110105194912310020b 639012345678901234"));
        Assert.Single(PersonalDataScan.FindIn($"电话{PersonalDataScan.SyntheticPhone}"));
    }

    [Fact]
    public void Scan_OpensOfficeDocuments_AndJoinsANumberWordSplitAcrossRuns()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), Encoding.UTF8);
            writer.Write($"<w:r><w:t>身份证号{ClearId[..9]}</w:t></w:r><w:r><w:t>{ClearId[9..]}</w:t></w:r>");
        }

        var found = PersonalDataScan.FindInBody("application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer.ToArray());
        Assert.Contains(found, f => f.StartsWith("word/document.xml: 公民身份号码 110105", StringComparison.Ordinal));
        Assert.DoesNotContain(found, f => f.Contains(ClearId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scan_SitsInTheTestHostPipeline_AndCatchesAResponseHoldingAClearNumber()
    {
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, LeakingEndpoint>()));
        var before = PersonalDataScan.SelfTestFindings;
        var client = app.CreateClient();
        var text = await client.GetStringAsync(PersonalDataScan.SelfTestPath);
        Assert.Contains(ClearId, text);
        Assert.Equal(before + 1, PersonalDataScan.SelfTestFindings);

        // An ordinary page of the app is scanned as well and holds nothing.
        var findings = PersonalDataScan.Findings;
        var responses = PersonalDataScan.Responses;
        (await client.GetAsync("/login")).EnsureSuccessStatusCode();
        Assert.True(PersonalDataScan.Responses > responses);
        Assert.Equal(findings, PersonalDataScan.Findings);
    }

    private sealed class LeakingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(PersonalDataScan.SelfTestPath, a => a.Run(context => context.Response.WriteAsJsonAsync(new { idNumber = ClearId })));
            next(app);
        };
    }
}
