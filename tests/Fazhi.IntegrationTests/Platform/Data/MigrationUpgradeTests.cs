using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

using Npgsql;

using NpgsqlTypes;

namespace Fazhi.IntegrationTests.Platform.Data;

/// <summary>
/// 数据库升级: a town's database created at the frozen baseline (ADR 0008) and filled with the demo is upgraded by the
/// current migrations on start, on SQLite and PostgreSQL, with every row still there, the audit chain still verifying
/// and the seed's figures still computed from the same records. The baseline is a real database file made by
/// <c>scripts/migrations.sh fixture</c> at the baseline commit (Fixtures/Baseline); on PostgreSQL its rows are copied into
/// a database migrated to the baseline migration, as a deployment on the last release would hold them.
/// </summary>
public sealed class MigrationUpgradeTests
{
    private const string Town = FazhiFactory.TownA;
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Baseline");

    [Fact]
    public async Task BaselineDatabase_WithTheDemo_UpgradesToTheCurrentModel_WithItsDataIntact()
    {
        using var factory = FazhiFactory.WithEmptyDatabase();
        var baseline = Path.Combine(factory.DataDirectory, "baseline.db");
        await using (var gz = new GZipStream(File.OpenRead(Path.Combine(Fixture, "fazhi.db.gz")), CompressionMode.Decompress))
        await using (var file = File.Create(baseline))
        {
            await gz.CopyToAsync(file);
        }

        File.Copy(Path.Combine(Fixture, "field-encryption.key"), Path.Combine(factory.DataDirectory, "field-encryption.key"));
        var before = CountRows(baseline);
        Assert.True(before["enforcement_cases"] > 700, "the baseline holds the demo");

        if (FazhiFactory.IsPostgres)
        {
            await CopyIntoPostgresAtBaselineAsync(baseline, factory.ConnectionString);
        }
        else
        {
            File.Copy(baseline, Path.Combine(factory.DataDirectory, "fazhi.db"));
        }

        // The first request starts the host, which migrates the baseline database to the current model.
        var client = await factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead, PlatformPermissions.AuditRead);

        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Contains(BaselineMigration(), applied);
            Assert.Equal(db.Database.GetMigrations(), applied);
            foreach (var (table, count) in before.Where(t => !t.Key.StartsWith("__", StringComparison.Ordinal)))
            {
                var now = await CountAsync(db, table);
                // Starting adds a sign-in and the test's user; nothing that was there may be missing.
                if (table is "audit_entries" or "AspNetUsers" or "AspNetUserRoles" or "AspNetRoles" or "role_permissions" or "known_permissions")
                {
                    Assert.True(now >= count, $"{table}: {count} before, {now} after");
                }
                else
                {
                    Assert.True(count == now, $"{table}: {count} rows before the upgrade, {now} after");
                }
            }
        }

        var chain = await client.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.True(chain.GetProperty("ok").GetBoolean(), chain.ToString());

        // The seed's figures, computed from the upgraded records (as DemoFiguresTests read them on a fresh demo).
        Assert.Equal(89m, await FigureAsync(client, "legality_review.contracts"));
        Assert.Equal(92m, await FigureAsync(client, "enforcement.environment_cases"));
        Assert.Equal(2811m, await FigureAsync(client, "inspections.pharmacy"));
        Assert.Equal(1_290_000m, await FigureAsync(client, "enforcement.illegal_medical_practice_fines"));
    }

    private static async Task<decimal?> FigureAsync(HttpClient client, string key) =>
        (await client.GetFromJsonAsync<MetricFigure>($"/api/metrics/{key}?region={Town}&year=2022"))!.Value;

    private static string BaselineMigration() =>
        File.ReadAllText(Path.Combine(Fixture, (FazhiFactory.IsPostgres ? "Postgres" : "Sqlite") + ".migration")).Trim();

    private static Dictionary<string, long> CountRows(string sqliteFile)
    {
        using var connection = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.ToDictionary(t => t, t =>
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{t}\"";
            return (long)count.ExecuteScalar()!;
        });
    }

    private static async Task<long> CountAsync(AppDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return System.Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Migrates an empty PostgreSQL database to the baseline migration, then copies every row of the baseline SQLite file
    /// into it, each value converted to the column's PostgreSQL type (SQLite keeps uuids, instants and arrays as text).
    /// </summary>
    private static async Task CopyIntoPostgresAtBaselineAsync(string sqliteFile, string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>();
        DatabaseSetup.ConfigurePostgres(options, connectionString);
        await using (var db = new PostgresAppDbContext(options.Options, SystemRegionScope.Instance))
        {
            await db.GetService<IMigrator>().MigrateAsync(BaselineMigration());
        }

        await using var pg = new NpgsqlConnection(connectionString);
        await pg.OpenAsync();
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", pg))
        {
            await replica.ExecuteNonQueryAsync(); // rows arrive in table order, not foreign-key order
        }

        var tables = CountRows(sqliteFile).Keys.Where(t => !t.StartsWith("__", StringComparison.Ordinal)).ToList();

        // The migrations seed reference rows (HasData); the baseline file holds them too.
        await using (var truncate = new NpgsqlCommand("TRUNCATE " + string.Join(", ", tables.Select(t => $"\"{t}\"")), pg))
        {
            await truncate.ExecuteNonQueryAsync();
        }

        await using var lite = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly;Pooling=False");
        await lite.OpenAsync();
        foreach (var table in tables)
        {
            var columns = await PostgresColumnsAsync(pg, table);
            var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
            await using (var importer = await pg.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)"))
            {
                await using var select = lite.CreateCommand();
                select.CommandText = $"SELECT {names} FROM \"{table}\"";
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    await importer.StartRowAsync();
                    for (var i = 0; i < columns.Count; i++)
                    {
                        if (reader.IsDBNull(i))
                        {
                            await importer.WriteNullAsync();
                        }
                        else
                        {
                            var (value, type) = ToPostgres(reader.GetValue(i), columns[i].Type);
                            await importer.WriteAsync(value, type);
                        }
                    }
                }

                await importer.CompleteAsync();
            }

            // Identity columns continue after the copied ids.
            foreach (var identity in columns.Where(c => c.Identity))
            {
                await using var setval = new NpgsqlCommand(
                    $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{identity.Name}'), COALESCE((SELECT MAX(\"{identity.Name}\") FROM \"{table}\"), 0) + 1, false)", pg);
                await setval.ExecuteScalarAsync();
            }
        }
    }

    private sealed record PgColumn(string Name, string Type, bool Identity);

    private static async Task<List<PgColumn>> PostgresColumnsAsync(NpgsqlConnection pg, string table)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name, udt_name, is_identity FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @t ORDER BY ordinal_position", pg);
        command.Parameters.AddWithValue("t", table);
        var columns = new List<PgColumn>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(new PgColumn(reader.GetString(0), reader.GetString(1), reader.GetString(2) == "YES"));
        }

        return columns;
    }

    private static (object Value, NpgsqlDbType Type) ToPostgres(object value, string udt)
    {
        var text = value as string;
        var inv = CultureInfo.InvariantCulture;
        return udt switch
        {
            "uuid" => (Guid.Parse(text!), NpgsqlDbType.Uuid),
            "bool" => (System.Convert.ToInt64(value, inv) != 0, NpgsqlDbType.Boolean),
            "int2" => (System.Convert.ToInt16(value, inv), NpgsqlDbType.Smallint),
            "int4" => (System.Convert.ToInt32(value, inv), NpgsqlDbType.Integer),
            "int8" => (System.Convert.ToInt64(value, inv), NpgsqlDbType.Bigint),
            "float4" => (System.Convert.ToSingle(value, inv), NpgsqlDbType.Real),
            "float8" => (System.Convert.ToDouble(value, inv), NpgsqlDbType.Double),
            "numeric" => (System.Convert.ToDecimal(value, inv), NpgsqlDbType.Numeric),
            "date" => (DateOnly.Parse(text!, inv), NpgsqlDbType.Date),
            "timestamptz" => (DateTime.Parse(text!, inv, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), NpgsqlDbType.TimestampTz),
            "timestamp" => (DateTime.Parse(text!, inv), NpgsqlDbType.Timestamp),
            "interval" => (TimeSpan.Parse(text!, inv), NpgsqlDbType.Interval),
            "bytea" => ((byte[])value, NpgsqlDbType.Bytea),
            "_text" => (JsonSerializer.Deserialize<string[]>(text!)!, NpgsqlDbType.Array | NpgsqlDbType.Text),
            "_uuid" => (JsonSerializer.Deserialize<Guid[]>(text!)!, NpgsqlDbType.Array | NpgsqlDbType.Uuid),
            "jsonb" => (text!, NpgsqlDbType.Jsonb),
            "varchar" => (System.Convert.ToString(value, inv)!, NpgsqlDbType.Varchar),
            _ => (System.Convert.ToString(value, inv)!, NpgsqlDbType.Text),
        };
    }
}
