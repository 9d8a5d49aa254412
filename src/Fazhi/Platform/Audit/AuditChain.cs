using System.Globalization;

using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Audit;

/// <summary>The SM3 chain over audit rows: each row's hash covers its content and the previous row's hash.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditEntry e) => Sm3.Hex(string.Join('\u001f',
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        e.Id.ToString(),
        e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        e.Actor,
        e.RegionCode,
        e.Action,
        e.Entity,
        e.EntityId,
        e.Before ?? "\u2400",
        e.After ?? "\u2400",
        e.PreviousHash));

    /// <summary>Instants are kept to the microsecond, the precision both databases store, so a hash survives the round trip.</summary>
    public static DateTime Truncate(DateTime instant) => new(instant.Ticks - (instant.Ticks % 10), DateTimeKind.Utc);

    /// <summary>Walks the chain in order; returns the first row whose link or hash does not match, or null when intact.</summary>
    public static async Task<AuditVerification> VerifyAsync(AppDbContext db, CancellationToken ct = default)
    {
        var previous = Genesis;
        long expected = 1, rows = 0;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Sequence != expected)
            {
                return new AuditVerification(false, rows, expected, $"第{expected}条审计记录缺失");
            }

            if (entry.PreviousHash != previous || ComputeHash(entry) != entry.Hash)
            {
                return new AuditVerification(false, rows, entry.Sequence, $"第{entry.Sequence}条审计记录的哈希值不匹配，记录可能被篡改");
            }

            previous = entry.Hash;
            expected++;
            rows++;
        }

        return new AuditVerification(true, rows, null, null);
    }
}

/// <summary>Result of <see cref="AuditChain.VerifyAsync"/>.</summary>
public sealed record AuditVerification(bool Ok, long Rows, long? FirstBadSequence, string? Detail);
