using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Identity;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Documents;

public sealed class AttachmentsTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private const string Village = "441900199001";

    private static byte[] UniquePdf(string note = "") =>
        Encoding.UTF8.GetBytes($"%PDF-1.7\n% {Guid.NewGuid()} {note}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string StoredPath(string sha) => Path.Combine(factory.DataDirectory, "attachments", sha[..2], sha[2..4], sha);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string ownerId = FazhiFactory.TownA, string ownerType = AttachmentsSetup.RegionOwner, string declaredType = "application/pdf")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(ownerType), "ownerType");
        form.Add(new StringContent(ownerId), "ownerId");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/attachments", form);
    }

    private static async Task<AttachmentInfo> ReadInfoAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<AttachmentInfo>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;

    private async Task<bool> AnyRowWithHashAsync(string sha)
    {
        await using var scope = factory.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Attachment>().AnyAsync(a => a.Sha256 == sha);
    }

    [Fact]
    public async Task Upload_Pdf_IsStoredByHash_AndDownloadsWithItsChineseName()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var bytes = UniquePdf();

        var response = await UploadAsync(client, bytes, "证据材料（一）.pdf");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var info = await ReadInfoAsync(response);
        Assert.Equal(AttachmentKind.Pdf, info.Kind);
        Assert.Equal(FazhiFactory.TownA, info.RegionCode);
        Assert.Equal(bytes.Length, info.Size);
        Assert.Equal(Sha256(bytes), info.Sha256);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, info.UploadedAt);
        Assert.True(File.Exists(StoredPath(info.Sha256)));

        var metadata = await ReadInfoAsync(await client.GetAsync($"/api/attachments/{info.Id}"));
        Assert.Equal("证据材料（一）.pdf", metadata.FileName);

        var download = await client.GetAsync($"/api/attachments/{info.Id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("证据材料（一）.pdf", Uri.UnescapeDataString(disposition.FileNameStar!));
        Assert.Contains("filename*=UTF-8''%E8%AF%81%E6%8D%AE", download.Content.Headers.GetValues("Content-Disposition").Single());
    }

    [Fact]
    public async Task Upload_IsAudited()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var info = await ReadInfoAsync(await UploadAsync(client, UniquePdf(), "audit.pdf"));

        await using var scope = factory.SystemScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .SingleAsync(a => a.Entity == nameof(Attachment) && a.EntityId == info.Id.ToString());
        Assert.Equal("Insert", audit.Action);
        Assert.Equal(FazhiFactory.TownA, audit.RegionCode);
        Assert.Equal(info.UploadedBy, audit.Actor);
    }

    [Fact]
    public async Task Upload_SameContent_IsStoredOnce_AndSameRecordGetsTheSameAttachment()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var bytes = UniquePdf();

        var first = await ReadInfoAsync(await UploadAsync(client, bytes, "a.pdf"));
        var forVillage = await UploadAsync(client, bytes, "b.pdf", ownerId: Village);
        var again = await UploadAsync(client, bytes, "c.pdf");

        Assert.Equal(HttpStatusCode.Created, forVillage.StatusCode);
        var second = await ReadInfoAsync(forVillage);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.Id, (await ReadInfoAsync(again)).Id);
        var folder = Path.GetDirectoryName(StoredPath(first.Sha256))!;
        Assert.Single(Directory.GetFiles(folder), f => Path.GetFileName(f) == first.Sha256);
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.DataDirectory, "attachments", "tmp")));
    }

    [Fact]
    public async Task Upload_ExecutableNamedPdf_IsRefusedWith400_AndNothingStored()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, .. Guid.NewGuid().ToByteArray(), 0x00, 0xFF];

        var response = await UploadAsync(client, exe, "扫描件.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("不支持的文件类型", problem.RootElement.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.False(await AnyRowWithHashAsync(Sha256(exe)));
        Assert.False(File.Exists(StoredPath(Sha256(exe))));
    }

    [Fact]
    public async Task Upload_PdfNamedAsWordDocument_IsRefusedWith400()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var response = await UploadAsync(client, UniquePdf(), "通知.docx");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("与文件内容（PDF 文档）不符", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Upload_UnknownOwnerTypeAndMissingFile_AreFieldErrors()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        using var form = new MultipartFormDataContent { { new StringContent("no-such-owner"), "ownerType" }, { new StringContent("x"), "ownerId" } };

        var response = await client.PostAsync("/api/attachments", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal("未知的附件归属类型“no-such-owner”", errors.GetProperty("ownerType")[0].GetString());
        Assert.Equal("请选择要上传的文件", errors.GetProperty("file")[0].GetString());
    }

    [Fact]
    public async Task Upload_OverTwentyMegabytes_Is413ProblemDetails_AndNothingStored()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var bytes = new byte[AttachmentOptions.DefaultMaxBytes + 1];
        UniquePdf().CopyTo(bytes, 0);

        var response = await UploadAsync(client, bytes, "大文件.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("附件不能超过 20 MB", problem.RootElement.GetProperty("detail").GetString());
        var sha = Sha256(bytes);
        Assert.False(await AnyRowWithHashAsync(sha));
        Assert.False(File.Exists(StoredPath(sha)));
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.DataDirectory, "attachments", "tmp")));
    }

    [Fact]
    public async Task Upload_ExactlyTwentyMegabytes_IsAccepted()
    {
        var client = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var bytes = new byte[AttachmentOptions.DefaultMaxBytes];
        UniquePdf().CopyTo(bytes, 0);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(client, bytes, "20MB.pdf")).StatusCode);
    }

    [Fact]
    public async Task OtherTownsAttachment_Is404_ForMetadataAndContent()
    {
        var townA = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var townB = await factory.TokenClientAsync(FazhiFactory.TownB, Roles.Clerk);
        var info = await ReadInfoAsync(await UploadAsync(townA, UniquePdf(), "a.pdf"));

        Assert.Equal(HttpStatusCode.NotFound, (await townB.GetAsync($"/api/attachments/{info.Id}")).StatusCode);
        var download = await townB.GetAsync($"/api/attachments/{info.Id}/content");
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal("application/problem+json", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_ToARecordOutsideTheCallersScope_Is404()
    {
        var townA = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var response = await UploadAsync(townA, UniquePdf(), "a.pdf", ownerId: FazhiFactory.TownB);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Upload_WithoutAttachmentsWritePermission_Is403()
    {
        // 镇领导 may read regions but not upload.
        var leader = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Leader);
        var response = await UploadAsync(leader, UniquePdf(), "a.pdf");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Download_WithoutTheOwningRecordsReadPermission_Is403()
    {
        var clerk = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var info = await ReadInfoAsync(await UploadAsync(clerk, UniquePdf(), "a.pdf"));
        // 执法办 may upload in general but holds no permission to read region records.
        var enforcement = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Enforcement);

        var response = await enforcement.GetAsync($"/api/attachments/{info.Id}/content");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Download_Anonymous_Is401()
    {
        var clerk = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var info = await ReadInfoAsync(await UploadAsync(clerk, UniquePdf(), "a.pdf"));
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/attachments/{info.Id}/content")).StatusCode);
    }

    [Fact]
    public async Task StoredFile_IsNotReachableByAnyStaticPath()
    {
        var clerk = await factory.TokenClientAsync(FazhiFactory.TownA, Roles.Clerk);
        var bytes = UniquePdf("static");
        var info = await ReadInfoAsync(await UploadAsync(clerk, bytes, "a.pdf"));
        var sha = info.Sha256;
        var relative = $"attachments/{sha[..2]}/{sha[2..4]}/{sha}";
        string[] paths =
        [
            $"/{relative}", $"/data/{relative}", $"/uploads/{sha}", $"/{sha}", $"/attachments/{sha}", $"/files/{relative}",
            $"/{Path.GetFileName(factory.DataDirectory)}/{relative}", $"/wwwroot/{relative}", $"/api/{relative}",
        ];

        foreach (var path in paths)
        {
            var response = await clerk.GetAsync(path);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("static", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Upload_FromCookieSessionWithoutAntiforgeryHeader_Is400()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Clerk);
        var client = await factory.SignedInClientAsync(login);
        var bytes = UniquePdf();

        var response = await UploadAsync(client, bytes, "a.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("缺少防伪令牌", await response.Content.ReadAsStringAsync());
        Assert.False(await AnyRowWithHashAsync(Sha256(bytes)));
    }
}
