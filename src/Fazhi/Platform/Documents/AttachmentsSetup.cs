using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Documents;

/// <summary>附件 metadata as the API returns it.</summary>
public sealed record AttachmentInfo(
    Guid Id, string RegionCode, string OwnerType, string OwnerId, string FileName, AttachmentKind Kind, string ContentType,
    long Size, string Sha256, string UploadedBy, DateTime UploadedAt)
{
    public static AttachmentInfo Of(Attachment a) =>
        new(a.Id, a.RegionCode, a.OwnerType, a.OwnerId, a.FileName, a.Kind, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt);
}

/// <summary>Registration of the kernel's Attachments services and endpoints.</summary>
public static class AttachmentsSetup
{
    /// <summary>The kernel's own owner type: files that belong to a region (a town's or village's general documents).</summary>
    public const string RegionOwner = "region";

    public static IServiceCollection AddAttachments(this IServiceCollection services)
    {
        services.AddOptions<AttachmentOptions>().BindConfiguration("Fazhi:Attachments");
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<AttachmentOwners>();
        services.AddScoped<UploadAttachment>();
        services.AddAttachmentOwner(RegionOwner, PlatformPermissions.RegionsRead, RegionVisibleAsync);
        return services;
    }

    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/attachments").WithTags("附件");

        api.MapPost("", async (HttpContext http, UploadAttachment upload, CancellationToken ct) =>
            {
                var (attachment, created) = await upload.ExecuteAsync(http, ct);
                var info = AttachmentInfo.Of(attachment);
                return created ? Results.Created($"/api/attachments/{attachment.Id}", info) : Results.Ok(info);
            })
            .RequireAuthorization(PlatformPermissions.AttachmentsWrite)
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<AttachmentInfo>(StatusCodes.Status201Created)
            .WithSummary("上传附件（表单字段 file、ownerType、ownerId）");

        api.MapGet("/{id}", async (Guid id, HttpContext http, AppDbContext db, AttachmentOwners owners, CancellationToken ct) =>
                Results.Ok(AttachmentInfo.Of(await FindReadableAsync(id, http, db, owners, ct))))
            .RequireAuthorization()
            .WithSummary("附件信息");

        api.MapGet("/{id}/content", async (Guid id, HttpContext http, AppDbContext db, AttachmentOwners owners, AttachmentStore store, ILogger<AttachmentStore> logger, CancellationToken ct) =>
            {
                var attachment = await FindReadableAsync(id, http, db, owners, ct);
                if (!store.Exists(attachment.Sha256))
                {
                    logger.LogError("Attachment {Id} has no stored file {Sha256}", attachment.Id, attachment.Sha256);
                    throw new RecordNotFoundException("附件文件缺失");
                }

                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.Headers.CacheControl = "private, no-store";
                // Results.File writes Content-Disposition: attachment with an ASCII filename and the RFC 5987 filename*.
                return Results.File(store.OpenRead(attachment.Sha256), attachment.ContentType, attachment.FileName);
            })
            .RequireAuthorization()
            .WithSummary("下载附件");

        return endpoints;
    }

    /// <summary>The row through the region filter (another region's id is 404), then the owning record's own check.</summary>
    private static async Task<Attachment> FindReadableAsync(Guid id, HttpContext http, AppDbContext db, AttachmentOwners owners, CancellationToken ct)
    {
        var attachment = await db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new RecordNotFoundException();
        await owners.AuthorizeAsync(http.User, http.RequestServices, attachment.OwnerType, attachment.OwnerId, ct);
        return attachment;
    }

    private static async Task<bool> RegionVisibleAsync(IServiceProvider services, string ownerId, CancellationToken ct)
    {
        var scope = services.GetRequiredService<IRegionScope>();
        if (scope.ReadPrefix is { } prefix && !ownerId.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return await services.GetRequiredService<AppDbContext>().Set<Region>().AnyAsync(r => r.Code == ownerId, ct);
    }
}
