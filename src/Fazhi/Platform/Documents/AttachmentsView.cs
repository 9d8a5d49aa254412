using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Documents;

/// <summary>
/// A record's files as the shared partial <c>/Platform/Web/Pages/_Attachments.cshtml</c> shows them: the list with download
/// links and, when the user may add files, an upload box that posts to <c>/api/attachments</c> (same checks as the API:
/// owner visible to the caller, size limit, type sniffed from the content).
/// </summary>
public sealed record AttachmentsView(string OwnerType, string OwnerId, IReadOnlyList<Attachment> Items, bool CanUpload, string? Label = null)
{
    /// <summary>The attachments of several records of one type, by owner id (one query).</summary>
    public static async Task<ILookup<string, Attachment>> OfAsync(AppDbContext db, string ownerType, IEnumerable<string> ownerIds, CancellationToken ct)
    {
        var ids = ownerIds.Distinct().ToList();
        var rows = await db.Set<Attachment>().AsNoTracking().Where(a => a.OwnerType == ownerType && ids.Contains(a.OwnerId))
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id).ToListAsync(ct);
        return rows.ToLookup(a => a.OwnerId);
    }
}
