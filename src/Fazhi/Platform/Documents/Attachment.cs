using System.Text.Json.Serialization;

using Fazhi.Platform.Data;

namespace Fazhi.Platform.Documents;

/// <summary>附件类型 (file type, detected from the content, never from the name or the declared type).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttachmentKind>))]
public enum AttachmentKind
{
    Pdf,
    Ofd,
    Png,
    Jpeg,
    Docx,
    Xlsx,
    Text,
}

/// <summary>
/// 附件 (attachment): a file belonging to one record (owner type + owner id) of a region. The bytes live once per
/// content hash in the data folder; this row is the only way to reach them.
/// </summary>
public sealed class Attachment : IRegionScoped
{
    private Attachment()
    {
    }

    public Attachment(string regionCode, string ownerType, string ownerId, string fileName, AttachmentKind kind, long size, string sha256, string uploadedBy, DateTime uploadedAt)
    {
        Id = Guid.CreateVersion7();
        RegionCode = regionCode;
        OwnerType = ownerType;
        OwnerId = ownerId;
        FileName = fileName;
        Kind = kind;
        Size = size;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public string RegionCode { get; private set; } = "";

    /// <summary>归属类型: the registered owner type, e.g. "region" or a module's "enforcement-case".</summary>
    public string OwnerType { get; private set; } = "";

    /// <summary>归属记录: the id of the record the file belongs to.</summary>
    public string OwnerId { get; private set; } = "";

    /// <summary>原文件名, reduced to its last path segment; shown and used on download only.</summary>
    public string FileName { get; private set; } = "";

    public AttachmentKind Kind { get; private set; }

    public long Size { get; private set; }

    /// <summary>SHA-256 of the content, lower-case hex: also the storage name.</summary>
    public string Sha256 { get; private set; } = "";

    public string UploadedBy { get; private set; } = "";

    public DateTime UploadedAt { get; private set; }

    public string ContentType => ContentSniffer.ContentType(Kind);
}
