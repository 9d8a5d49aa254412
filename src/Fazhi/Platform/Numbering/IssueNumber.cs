using System.Data.Common;
using System.Text.RegularExpressions;

using Fazhi.Platform.Data;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fazhi.Platform.Numbering;

/// <summary>What a number is given to (entity type and id), recorded on the <see cref="IssuedNumber"/>.</summary>
public sealed record NumberSubject(string Type, string Id);

/// <summary>
/// 取号 (issue the next public number) for a region, kind and year — gap-free and unique under concurrent use.
/// <para>
/// How: one <see cref="NumberCounter"/> row per (region, kind, year) is created if missing
/// (<c>INSERT … ON CONFLICT DO NOTHING</c>) and incremented with one statement,
/// <c>UPDATE number_counters SET Last = Last + 1 … RETURNING Last</c>, and the <see cref="IssuedNumber"/> row is inserted,
/// all in the caller's transaction. PostgreSQL holds the counter row's lock until that transaction ends, so a second
/// issuer waits and then reads the committed value; SQLite lets one writer at a time hold the database. If the
/// transaction rolls back, the increment and the ledger row roll back with it and the number is issued again to the
/// next caller: no gap. Unique indexes on (region, kind, year, sequence) and (region, kind, text) back this in the schema.
/// </para>
/// <para>
/// Called inside a transaction (<c>db.Database.BeginTransactionAsync</c>) the number belongs to that transaction; called
/// without one, it runs and commits its own, retrying a bounded number of times on SQLITE_BUSY or a PostgreSQL
/// serialization failure/deadlock. The writes are plain SQL so taking a number never flushes the caller's pending
/// changes; the ledger row itself records who took the number and when.
/// </para>
/// </summary>
public sealed partial class IssueNumber(TimeProvider clock)
{
    public const int MaxKindLength = 60;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    private const int MaxAttempts = 8;

    public async Task<IssuedNumber> NextAsync(AppDbContext db, string region, string kind, int year, NumberSubject? subject = null, CancellationToken cancellationToken = default)
    {
        Check(region, kind, year);
        if (db.Scope.WriteRegion is { } own && own != region)
        {
            throw new RegionWriteDeniedException(region);
        }

        if (db.Database.CurrentTransaction is not null)
        {
            return await IssueInTransactionAsync(db, region, kind, year, subject, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var issued = await IssueInTransactionAsync(db, region, kind, year, subject, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return issued;
            }
            catch (Exception e) when (attempt < MaxAttempts && IsTransient(e))
            {
                // Wall-clock back-off with jitter (not the injected clock: a frozen test clock must not stall a retry).
                await Task.Delay(TimeSpan.FromMilliseconds((10 << attempt) + Random.Shared.Next(20)), cancellationToken);
            }
        }
    }

    /// <summary>The scheme in force for (region, kind): the configured one, or the default pattern without prefix.</summary>
    public static async Task<(string Pattern, string? Prefix)> SchemeAsync(AppDbContext db, string region, string kind, CancellationToken ct)
    {
        var scheme = await db.Set<NumberingScheme>().AsNoTracking()
            .Where(s => s.RegionCode == region && s.Kind == kind)
            .Select(s => new { s.Pattern, s.Prefix })
            .FirstOrDefaultAsync(ct);
        return scheme is null ? (NumberPattern.Default, null) : (scheme.Pattern, scheme.Prefix);
    }

    public static void Check(string region, string kind, int year)
    {
        var errors = new Dictionary<string, string[]>();
        if (!RegionCodes.TryGetLevel(region, out _, out var regionError))
        {
            errors["region"] = [regionError];
        }

        if (string.IsNullOrEmpty(kind) || kind.Length > MaxKindLength || !KindShape().IsMatch(kind))
        {
            errors["kind"] = [$"编号种类应为不超过{MaxKindLength}个字符的小写字母、数字、下划线或点，如 enforcement.case"];
        }

        if (year is < MinYear or > MaxYear)
        {
            errors["year"] = [$"年度应为{MinYear}至{MaxYear}之间的四位数字"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }

    private async Task<IssuedNumber> IssueInTransactionAsync(AppDbContext db, string region, string kind, int year, NumberSubject? subject, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var counter = Table.Of<NumberCounter>(db);
        var key = new (string, object?)[]
        {
            (nameof(NumberCounter.RegionCode), region), (nameof(NumberCounter.Kind), kind), (nameof(NumberCounter.Year), year),
        };

        // Write first: on SQLite the transaction takes the write lock here, before anything it has read could go stale.
        await using (var create = counter.Command(transaction,
                         $"INSERT INTO {counter.Name} ({counter.Columns(key)}, {counter.Column(nameof(NumberCounter.Last))}) " +
                         $"VALUES ({counter.Parameters(key)}, 0) ON CONFLICT ({counter.Columns(key)}) DO NOTHING", key))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        long sequence;
        var last = counter.Column(nameof(NumberCounter.Last));
        await using (var increment = counter.Command(transaction,
                         $"UPDATE {counter.Name} SET {last} = {last} + 1 WHERE {counter.Conditions(key)} RETURNING {last}", key))
        {
            sequence = Convert.ToInt64(await increment.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        var (pattern, prefix) = await SchemeAsync(db, region, kind, ct);
        var issued = new IssuedNumber
        {
            RegionCode = region,
            Kind = kind,
            Year = year,
            Sequence = sequence,
            Text = NumberPattern.Format(pattern, prefix, region, year, sequence),
            SubjectType = subject?.Type,
            SubjectId = subject?.Id,
            IssuedAt = clock.GetUtcNow().UtcDateTime,
            IssuedBy = db.Scope.Actor,
        };
        var ledger = Table.Of<IssuedNumber>(db);
        var values = new (string, object?)[]
        {
            (nameof(IssuedNumber.Id), issued.Id), (nameof(IssuedNumber.RegionCode), issued.RegionCode),
            (nameof(IssuedNumber.Kind), issued.Kind), (nameof(IssuedNumber.Year), issued.Year),
            (nameof(IssuedNumber.Sequence), issued.Sequence), (nameof(IssuedNumber.Text), issued.Text),
            (nameof(IssuedNumber.SubjectType), issued.SubjectType), (nameof(IssuedNumber.SubjectId), issued.SubjectId),
            (nameof(IssuedNumber.IssuedAt), issued.IssuedAt), (nameof(IssuedNumber.IssuedBy), issued.IssuedBy),
        };
        await using (var insert = ledger.Command(transaction, $"INSERT INTO {ledger.Name} ({ledger.Columns(values)}) VALUES ({ledger.Parameters(values)})", values))
        {
            await insert.ExecuteNonQueryAsync(ct);
        }

        return issued;
    }

    private static bool IsTransient(Exception e) => e switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        Npgsql.PostgresException p => p.SqlState is "40001" or "40P01", // serialization failure, deadlock
        _ => false,
    };

    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")]
    private static partial Regex KindShape();

    /// <summary>Table and column names and typed parameters from the EF model, so the SQL follows the mapping on both providers.</summary>
    private sealed class Table(IEntityType entity)
    {
        private readonly StoreObjectIdentifier _store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());

        public string Name => (entity.GetSchema() is { } schema ? Quote(schema) + "." : "") + Quote(entity.GetTableName()!);

        public static Table Of<T>(DbContext db) => new(db.Model.FindEntityType(typeof(T))!);

        public string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName(_store)!);

        public string Columns((string Property, object? Value)[] values) => string.Join(", ", values.Select(v => Column(v.Property)));

        public string Parameters((string Property, object? Value)[] values) => string.Join(", ", values.Select(v => "@" + v.Property));

        public string Conditions((string Property, object? Value)[] values) =>
            string.Join(" AND ", values.Select(v => $"{Column(v.Property)} = @{v.Property}"));

        public DbCommand Command(DbTransaction transaction, string sql, (string Property, object? Value)[] values)
        {
            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (property, value) in values)
            {
                // The provider's type mapping applies EF's value converters (e.g. SQLite's Guid and DateTime as text).
                var mapping = entity.FindProperty(property)!.GetRelationalTypeMapping();
                command.Parameters.Add(mapping.CreateParameter(command, "@" + property, value, nullable: value is null));
            }

            return command;
        }

        private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
