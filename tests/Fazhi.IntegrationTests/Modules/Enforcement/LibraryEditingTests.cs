using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>执法库 editing, officer/matter/standard ledgers, training sessions, and evidence attachments on the case page.</summary>
public sealed class LibraryEditingTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string path, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await client.PostAsync(path, form);
    }

    [Fact]
    public async Task OfficerLedger_ExportedAndReimported_RenewsByCertificateNumber_AndABadRowImportsNothing()
    {
        var api = await EnforcementApi.CreateAsync(factory, FazhiFactory.TownB);
        await api.CertifiedOfficerAsync("名册甲");

        var xlsx = await api.Client.GetByteArrayAsync("/api/enforcement/officers/export.xlsx");
        var again = await ImportAsync(api.Client, "/api/enforcement/officers/import", xlsx, "执法人员名册.xlsx");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var csv = "姓名,执法证号,执法类别,有效期起,有效期止,法制审核人员,法律职业资格\n新人乙,4419NEW0001,综合行政执法,2025-01-01,2030-12-31,否,否\n新人丙,4419NEW0002,综合行政执法,2025-01-01,2024-12-31,否,否\n";
        var bad = await ImportAsync(api.Client, "/api/enforcement/officers/import", Encoding.UTF8.GetBytes(csv), "officers.csv");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("第3行", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var roster = await api.Client.GetStringAsync("/api/enforcement/officers");
        Assert.DoesNotContain("新人乙", roster, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscretionStandard_Edited_ChangesItsRange_AndAnInvertedRangeIsRefused()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var id = await api.StandardAsync(1_000, 5_000);

        var ok = await api.Client.PutAsJsonAsync($"/api/enforcement/discretion-standards/{id}", new { circumstance = "首次违法", minFineYuan = 2_000, maxFineYuan = 8_000, legalBasis = "依据" });
        var bad = await api.Client.PutAsJsonAsync($"/api/enforcement/discretion-standards/{id}", new { circumstance = "首次违法", minFineYuan = 9_000, maxFineYuan = 8_000, legalBasis = "依据" });

        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = await api.Client.GetStringAsync("/enforcement/libraries");
        Assert.Contains("8000.00", page, StringComparison.Ordinal);
        var standards = JsonDocument.Parse(await api.Client.GetStringAsync("/api/enforcement/discretion-standards")).RootElement;
        Assert.Contains(standards.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id && s.GetProperty("maxFineFen").GetInt64() == 800_000);
    }

    [Fact]
    public async Task TrainingSessions_AreCountedInTheYear_AndAttendeesMustBeOnTheRoster()
    {
        var api = await EnforcementApi.CreateAsync(factory, FazhiFactory.TownB);
        var officer = await api.CertifiedOfficerAsync("培训甲");
        var ok = await api.Client.PostAsJsonAsync("/api/enforcement/trainings", new { heldOn = new DateOnly(2023, 5, 10), topic = "新修订行政处罚法解读", hours = 4, attendeeIds = new[] { officer } });
        var stranger = await api.Client.PostAsJsonAsync("/api/enforcement/trainings", new { heldOn = new DateOnly(2023, 5, 11), topic = "无名册人员", hours = 4, attendeeIds = new[] { Guid.NewGuid() } });

        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        var reader = await factory.ClientWithPermissionsAsync(FazhiFactory.TownB, PlatformPermissions.MetricsRead);
        var figure = JsonDocument.Parse(await reader.GetStringAsync($"/api/metrics/enforcement.training_sessions?region={FazhiFactory.TownB}&year=2023")).RootElement;
        Assert.Equal(1m, figure.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task EvidenceAttachment_IsListedWithItsHash_OnTheCasePage()
    {
        var api = await EnforcementApi.CreateAsync(factory);
        var caseId = await api.NewCaseAsync(new DateOnly(2025, 9, 1));
        var uploader = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Enforcement);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("enforcement.case"), "ownerType");
        form.Add(new StringContent(caseId.ToString()), "ownerId");
        var pdf = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n% 现场检查笔录\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"));
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "file", "现场检查笔录.pdf");

        var uploaded = await uploader.PostAsync("/api/attachments", form);
        var text = await uploaded.Content.ReadAsStringAsync();
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, text);
        var sha = JsonDocument.Parse(text).RootElement.GetProperty("sha256").GetString()!;

        var page = await api.Client.GetStringAsync($"/enforcement/cases/{caseId}");
        Assert.Contains("现场检查笔录.pdf", page, StringComparison.Ordinal);
        Assert.Contains(sha, page, StringComparison.Ordinal);
    }
}
