using System.Data.Common;
using System.Text.Json;

using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fazhi.Platform.Audit;

/// <summary>
/// The one place changes are audited: before EF saves, every insert/update/delete becomes an <see cref="AuditEntry"/>
/// (who, region, when, entity, id, before/after) in the same transaction, and every new audit row is chained with SM3.
/// Audit rows themselves can only be added.
/// </summary>
public sealed class AuditInterceptor(IRegionScope scope, TimeProvider clock) : SaveChangesInterceptor, IDbTransactionInterceptor, IDisposable
{
    // One writer at a time extends the chain in this process; the unique Sequence key stops any other writer forking it.
    // The lock is held until the transaction ends (a later writer must see the committed link) and is taken when a
    // transaction starts, so every writer takes it before any database write lock and the two never wait on each other.
    private static readonly SemaphoreSlim ChainLock = new(1, 1);
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp), nameof(ApiToken.Hash),
    };

    private readonly List<AuditEntry> _recorded = [];
    private bool _holding;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Acquire();
        try
        {
            Record(eventData.Context!, LastLink(eventData.Context!));
        }
        catch
        {
            Release();
            throw;
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await AcquireAsync(cancellationToken);
        try
        {
            Record(eventData.Context!, await LastLinkAsync(eventData.Context!, cancellationToken));
        }
        catch
        {
            Release();
            throw;
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ForgetSavedAuditRows(eventData.Context);
        ReleaseUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetSavedAuditRows(eventData.Context);
        ReleaseUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        DetachUnsavedAuditRows(eventData.Context);
        ReleaseUnlessInTransaction(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        DetachUnsavedAuditRows(eventData.Context);
        ReleaseUnlessInTransaction(eventData.Context);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesCanceled(eventData);
        return Task.CompletedTask;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Acquire();
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await AcquireAsync(cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release();
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release();

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release();
        return Task.CompletedTask;
    }

    private void Acquire()
    {
        if (_holding)
        {
            return;
        }

        if (!ChainLock.Wait(LockTimeout))
        {
            throw new TimeoutException("审计链写入等待超时（另一事务长时间未提交）");
        }

        _holding = true;
    }

    private async Task AcquireAsync(CancellationToken cancellationToken)
    {
        if (_holding)
        {
            return;
        }

        if (!await ChainLock.WaitAsync(LockTimeout, cancellationToken))
        {
            throw new TimeoutException("审计链写入等待超时（另一事务长时间未提交）");
        }

        _holding = true;
    }

    private void ReleaseUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Release();
        }
    }

    /// <summary>A transaction disposed without commit or rollback raises no event; the end of the scope releases the chain.</summary>
    public void Dispose() => Release();

    private void Release()
    {
        if (_holding)
        {
            _holding = false;
            ChainLock.Release();
        }
    }

    // Saved audit rows are never read back through the unit of work (they can only be added), so they leave it at once:
    // a long unit of work (an import, the demo generator) would otherwise carry one tracked row per change ever saved and
    // every later save would scan them all.
    private void ForgetSavedAuditRows(DbContext? context)
    {
        if (context is not null)
        {
            foreach (var row in _recorded)
            {
                var entry = context.Entry(row);
                if (entry.State == EntityState.Unchanged)
                {
                    entry.State = EntityState.Detached;
                }
            }
        }

        _recorded.Clear();
    }

    // A failed save leaves its audit rows Added; they must not be saved later with a stale link.
    private static void DetachUnsavedAuditRows(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static (long Sequence, string Hash) LastLink(DbContext context) =>
        context.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefault() is { } last
            ? (last.Sequence, last.Hash)
            : (0, AuditChain.Genesis);

    private static async Task<(long Sequence, string Hash)> LastLinkAsync(DbContext context, CancellationToken ct) =>
        await context.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct) is { } last
            ? (last.Sequence, last.Hash)
            : (0, AuditChain.Genesis);

    private void Record(DbContext context, (long Sequence, string Hash) last)
    {
        context.ChangeTracker.DetectChanges();
        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        var rows = new List<AuditEntry>();
        foreach (var entry in changes)
        {
            if (entry.Entity is AuditEntry audit)
            {
                if (entry.State != EntityState.Added)
                {
                    throw new InvalidOperationException("审计记录只能追加，不能修改或删除");
                }

                rows.Add(audit);
                continue;
            }

            rows.Add(Describe(entry, now));
        }

        var (sequence, previous) = last;
        _recorded.Clear();
        _recorded.AddRange(rows);
        foreach (var row in rows)
        {
            row.Sequence = ++sequence;
            row.At = row.At == default ? now : AuditChain.Truncate(row.At);
            row.PreviousHash = previous;
            row.Hash = AuditChain.ComputeHash(row);
            previous = row.Hash;
            if (context.Entry(row).State == EntityState.Detached)
            {
                context.Add(row);
            }
        }
    }

    private AuditEntry Describe(EntityEntry entry, DateTime now)
    {
        var key = entry.Metadata.FindPrimaryKey();
        var id = key is null
            ? ""
            : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).IsTemporary ? "(new)" : Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
        var region = entry.Entity switch
        {
            IRegionTagged tagged => tagged.RegionCode,
            _ => scope.WriteRegion ?? "",
        };

        var properties = entry.Properties.Where(p => !Secret.Contains(p.Metadata.Name)).ToList();
        if (entry.State == EntityState.Modified)
        {
            properties = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
        }

        return new AuditEntry
        {
            At = now,
            Actor = scope.Actor,
            RegionCode = region,
            Action = entry.State switch
            {
                EntityState.Added => "Insert",
                EntityState.Modified => "Update",
                _ => "Delete",
            },
            Entity = entry.Metadata.ClrType.Name,
            EntityId = id,
            Before = entry.State == EntityState.Added ? null : Json(properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)),
            After = entry.State == EntityState.Deleted ? null : Json(properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)),
        };
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, JsonOptions);
}
