using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Fazhi.Platform.Documents;

/// <summary>附件上传限制 (configuration section Fazhi:Attachments).</summary>
public sealed class AttachmentOptions
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    /// <summary>Largest accepted file in bytes (default 20 MB, security.md INP-09).</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;
}

/// <summary>
/// 上传附件: streams one multipart file to a temp file while hashing and counting it (so an oversized upload is cut off
/// with nothing stored), checks that the caller may see the owning record, identifies the type from the content, then
/// commits the row and promotes the file. The same content for the same record returns the existing attachment.
/// </summary>
public sealed class UploadAttachment(
    AppDbContext db,
    AttachmentStore store,
    AttachmentOwners owners,
    IOptions<AttachmentOptions> options,
    IAntiforgery antiforgery,
    TimeProvider clock)
{
    private const int MaxFieldLength = 256;

    public sealed record Result(Attachment Attachment, bool Created);

    public async Task<Result> ExecuteAsync(HttpContext http, CancellationToken cancellationToken)
    {
        await CheckAntiforgeryAsync(http);
        var request = http.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new FieldValidationException("file", "请以 multipart/form-data 方式上传文件");
        }

        var maxBytes = options.Value.MaxBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit && limit.MaxRequestBodySize < maxBytes + (1024 * 1024))
        {
            // The multipart envelope around the file needs a little room above the per-file limit.
            limit.MaxRequestBodySize = maxBytes + (1024 * 1024);
        }

        string? ownerType = null;
        string? ownerId = null;
        string? fileName = null;
        string? tempPath = null;
        var authorized = false;
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            (long Size, string Sha256)? file = null;
            MultipartSection? section;
            while ((section = await ReadSectionAsync(reader, cancellationToken)) is not null)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (disposition.IsFileDisposition())
                {
                    if (name != "file")
                    {
                        continue;
                    }

                    if (file is not null)
                    {
                        throw new FieldValidationException("file", "一次只能上传一个文件");
                    }

                    if (!authorized && ownerType is not null && ownerId is not null)
                    {
                        // Fields sent before the file: refuse a forbidden owner before reading megabytes.
                        await AuthorizeOwnerAsync(http, ownerType, ownerId, cancellationToken);
                        authorized = true;
                    }

                    fileName = CleanFileName(disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value);
                    await using var temp = store.CreateTemp();
                    tempPath = temp.Name;
                    file = await CopyAsync(section.Body, temp, maxBytes, cancellationToken);
                }
                else if (name is "ownerType" or "ownerId")
                {
                    var value = await ReadFieldAsync(section, name, cancellationToken);
                    if (name == "ownerType")
                    {
                        ownerType = value;
                    }
                    else
                    {
                        ownerId = value;
                    }
                }
            }

            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(ownerType))
            {
                errors["ownerType"] = ["请填写附件归属类型"];
            }
            else if (!owners.IsKnown(ownerType))
            {
                errors["ownerType"] = [$"未知的附件归属类型“{ownerType}”"];
            }

            if (string.IsNullOrWhiteSpace(ownerId))
            {
                errors["ownerId"] = ["请填写附件归属记录"];
            }
            else if (ownerId.Length > AttachmentOwners.MaxOwnerIdLength)
            {
                errors["ownerId"] = [$"归属记录编号不能超过{AttachmentOwners.MaxOwnerIdLength}个字符"];
            }

            if (file is null)
            {
                errors["file"] = ["请选择要上传的文件"];
            }
            else if (file.Value.Size == 0)
            {
                errors["file"] = ["文件为空"];
            }

            if (errors.Count > 0)
            {
                throw new FieldValidationException(errors);
            }

            if (!authorized)
            {
                await AuthorizeOwnerAsync(http, ownerType!, ownerId!, cancellationToken);
            }

            // DEBT: INP-09 also asks for an antivirus hook, a per-region quota and EXIF/GPS stripping of images; none is here yet.
            var kind = Identify(tempPath!, fileName!);
            return await SaveAsync(ownerType!, ownerId!, fileName!, kind, file!.Value.Size, file.Value.Sha256, tempPath!, cancellationToken);
        }
        finally
        {
            if (tempPath is not null && File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }
    }

    private async Task<Result> SaveAsync(string ownerType, string ownerId, string fileName, AttachmentKind kind, long size, string sha256, string tempPath, CancellationToken ct)
    {
        var region = db.Scope.WriteRegion ?? throw new InvalidOperationException("附件只能由已登录用户上传");
        var existing = await db.Set<Attachment>().FirstOrDefaultAsync(
            a => a.RegionCode == region && a.OwnerType == ownerType && a.OwnerId == ownerId && a.Sha256 == sha256, ct);
        if (existing is not null && store.Exists(sha256))
        {
            return new Result(existing, Created: false);
        }

        var attachment = existing ?? new Attachment(region, ownerType, ownerId, fileName, kind, size, sha256, db.Scope.Actor, clock.GetUtcNow().UtcDateTime);
        if (existing is null)
        {
            db.Add(attachment);
            await db.SaveChangesAsync(ct);
        }

        store.Promote(tempPath, sha256);
        return new Result(attachment, existing is null);
    }

    private static AttachmentKind Identify(string tempPath, string fileName)
    {
        using var content = File.OpenRead(tempPath);
        if (ContentSniffer.Detect(content) is not { } kind)
        {
            throw new FieldValidationException("file", $"不支持的文件类型（按文件内容识别）。只接受{ContentSniffer.AcceptedTypes}");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension.Length > 0 && !ContentSniffer.Extensions(kind).Contains(extension))
        {
            throw new FieldValidationException("file", $"文件扩展名“{extension}”与文件内容（{ContentSniffer.DisplayName(kind)}）不符");
        }

        return kind;
    }

    private async Task AuthorizeOwnerAsync(HttpContext http, string ownerType, string ownerId, CancellationToken ct)
    {
        if (!owners.IsKnown(ownerType) || ownerId.Length > AttachmentOwners.MaxOwnerIdLength)
        {
            // Reported with the other field errors once the whole request is read.
            return;
        }

        await owners.AuthorizeAsync(http.User, http.RequestServices, ownerType, ownerId, ct);
    }

    /// <summary>Cookie sessions must prove the request came from our page (the header form, so the body stays streamable).</summary>
    private async Task CheckAntiforgeryAsync(HttpContext http)
    {
        if (http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!http.Request.Headers.ContainsKey("RequestVerificationToken"))
        {
            throw new DomainRuleException("缺少防伪令牌：网页上传须带 RequestVerificationToken 请求头", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            throw new DomainRuleException("防伪令牌无效，请刷新页面后重试", statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<MultipartSection?> ReadSectionAsync(MultipartReader reader, CancellationToken ct)
    {
        try
        {
            return await reader.ReadNextSectionAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException)
        {
            throw new FieldValidationException("file", "上传内容格式不正确");
        }
    }

    private static async Task<(long Size, string Sha256)> CopyAsync(Stream source, FileStream target, long maxBytes, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw new DomainRuleException(
                        $"附件不能超过 {(maxBytes / (1024.0 * 1024)).ToString("0.##", CultureInfo.InvariantCulture)} MB",
                        statusCode: StatusCodes.Status413PayloadTooLarge);
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException)
        {
            throw new FieldValidationException("file", "上传内容格式不正确");
        }

        await target.FlushAsync(ct);
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, string name, CancellationToken ct)
    {
        var buffer = new byte[(MaxFieldLength * 4) + 1];
        var total = 0;
        int read;
        while ((read = await section.Body.ReadAsync(buffer.AsMemory(total), ct)) > 0)
        {
            total += read;
            if (total == buffer.Length)
            {
                throw new FieldValidationException(name, $"不能超过{MaxFieldLength}个字符");
            }
        }

        return Encoding.UTF8.GetString(buffer, 0, total).Trim();
    }

    /// <summary>The original name as display metadata only: last path segment, no control characters, at most 255 characters.</summary>
    internal static string CleanFileName(string? raw)
    {
        var name = (raw ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim().TrimStart('.');
        if (name.Length > 255)
        {
            var extension = Path.GetExtension(name);
            name = name[..(255 - extension.Length)] + extension;
        }

        return name.Length == 0 ? "附件" : name;
    }
}
