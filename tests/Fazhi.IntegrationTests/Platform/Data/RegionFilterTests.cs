using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Xunit.Abstractions;

namespace Fazhi.IntegrationTests.Platform.Data;

/// <summary>
/// The region filter (a user's query filter, and a metric's explicit subtree) is a RegionCode range the database answers
/// from an index, on the current provider: a LIKE 'prefix%' would scan every town's rows for each request.
/// </summary>
public sealed class RegionFilterTests(FazhiFactory factory, ITestOutputHelper output) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task RegionFilter_OfAUser_UsesRegionCodeIndex()
    {
        await using var scope = factory.SystemScope();
        await using var db = UserContext(scope.ServiceProvider, FazhiFactory.TownA);
        var plan = await PlanAsync(db, db.Set<EnforcementCase>().AsNoTracking().Select(c => c.Id));
        AssertIndexed(plan);
    }

    [Fact]
    public async Task RegionFilter_OfAMetricSubtree_UsesRegionCodeIndex()
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = await PlanAsync(db, db.Set<EnforcementCase>().AsNoTracking().InSubtree("4419").Select(c => c.Id));
        AssertIndexed(plan);
    }

    private static void AssertIndexed(string plan)
    {
        if (FazhiFactory.IsPostgres)
        {
            Assert.Matches("(Index|Index Only|Bitmap Index) Scan", plan);
            Assert.Matches("Index Cond: .*\"RegionCode\"\\S* >= ", plan);
            Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        }
        else
        {
            Assert.Matches(@"SEARCH \S+ USING (COVERING )?INDEX \S+ \(RegionCode>\? AND RegionCode<\?\)", plan);
            Assert.DoesNotContain("SCAN ", plan, StringComparison.Ordinal);
        }
    }

    /// <summary>The query's plan as the database chose it, with the query's own parameters.</summary>
    private async Task<string> PlanAsync<T>(AppDbContext db, IQueryable<T> query)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            if (FazhiFactory.IsPostgres)
            {
                // The test table is nearly empty, where a sequential scan is cheapest; this asks whether an index can serve.
                await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            }

            await using var command = query.CreateDbCommand();
            output.WriteLine(command.CommandText);
            command.CommandText = (FazhiFactory.IsPostgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                // SQLite: id, parent, notused, detail; PostgreSQL: one text column.
                lines.Add(reader.GetString(reader.FieldCount - 1));
            }

            var plan = string.Join('\n', lines);
            output.WriteLine(plan);
            return plan;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A context whose data scope is a user of <paramref name="region"/>, as a web request would have.</summary>
    private static AppDbContext UserContext(IServiceProvider services, string region)
    {
        var scope = new UserScope(region);
        return FazhiFactory.IsPostgres
            ? new PostgresAppDbContext(services.GetRequiredService<DbContextOptions<PostgresAppDbContext>>(), scope)
            : new SqliteAppDbContext(services.GetRequiredService<DbContextOptions<SqliteAppDbContext>>(), scope);
    }

    private sealed record UserScope(string Region) : IRegionScope
    {
        public string? ReadPrefix => Region;

        public string? WriteRegion => Region;

        public string Actor => "test";
    }
}
