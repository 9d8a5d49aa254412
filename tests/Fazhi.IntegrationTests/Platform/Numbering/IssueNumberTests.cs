using System.Collections.Concurrent;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Numbering;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Numbering;

/// <summary>取号 directly through the service: concurrency, transactions and schemes (on SQLite and PostgreSQL).</summary>
public sealed class IssueNumberTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private const string Town = FazhiFactory.TownA;

    [Fact]
    public async Task Numbers_AreGapFreeAndUnique_When16ThreadsTake200Concurrently()
    {
        const int total = 200;
        const string kind = "test.concurrent";
        var remaining = total;
        var taken = new ConcurrentBag<IssuedNumber>();
        using var start = new ManualResetEventSlim(false);
        // Start the host once before the threads: WebApplicationFactory.Services is not safe to initialise concurrently.
        await using (factory.SystemScope())
        {
        }


        var workers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                // Each number through its own DI scope, hence its own DbContext and connection.
                await using var scope = factory.SystemScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                taken.Add(await scope.ServiceProvider.GetRequiredService<IssueNumber>().NextAsync(db, Town, kind, 2024));
            }
        })).ToList();
        start.Set();
        await Task.WhenAll(workers);

        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), taken.Select(n => n.Sequence).Order());
        Assert.Equal(total, taken.Select(n => n.Text).Distinct().Count());
        Assert.Contains(taken, n => n.Text == $"{Town}-2024-0200");

        await using var check = factory.SystemScope();
        var stored = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<IssuedNumber>()
            .Where(n => n.RegionCode == Town && n.Kind == kind && n.Year == 2024)
            .Select(n => n.Sequence).OrderBy(s => s).ToListAsync();
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), stored);
    }

    [Fact]
    public async Task RolledBackTransaction_DoesNotConsumeANumber()
    {
        const string kind = "test.rollback";
        Assert.Equal(1, (await TakeAsync(kind, 2024)).Sequence);

        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var inside = await scope.ServiceProvider.GetRequiredService<IssueNumber>()
                .NextAsync(db, Town, kind, 2024, new NumberSubject("TestCase", "abandoned"));
            Assert.Equal(2, inside.Sequence);
            await transaction.RollbackAsync();
        }

        var next = await TakeAsync(kind, 2024);
        Assert.Equal(2, next.Sequence);
        await using var check = factory.SystemScope();
        var db2 = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db2.Set<IssuedNumber>().AnyAsync(n => n.Kind == kind && n.SubjectId == "abandoned"));
    }

    [Fact]
    public async Task CommittedTransaction_KeepsTheNumberWithTheBusinessChange()
    {
        const string kind = "test.commit";
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IssueNumber>().NextAsync(db, Town, kind, 2024, new NumberSubject("TestCase", "kept"));
            db.Add(new NumberingScheme(Town, "test.commit_side", "{prefix}〔{year}〕{n}号", "演测", null));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using var check = factory.SystemScope();
        var db2 = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var kept = await db2.Set<IssuedNumber>().SingleAsync(n => n.Kind == kind);
        Assert.Equal(("TestCase", "kept", 1L), (kept.SubjectType, kept.SubjectId, kept.Sequence));
        Assert.True(await db2.Set<NumberingScheme>().AnyAsync(s => s.Kind == "test.commit_side"));
    }

    [Fact]
    public async Task ConfiguredScheme_FormatsTheNumber()
    {
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new NumberingScheme(Town, "test.document", "{prefix}〔{year}〕{n}号", "演府", "镇政府发文"));
            await db.SaveChangesAsync();
        }

        Assert.Equal("演府〔2022〕1号", (await TakeAsync("test.document", 2022)).Text);
        Assert.Equal("演府〔2022〕2号", (await TakeAsync("test.document", 2022)).Text);
    }

    [Fact]
    public async Task Sequences_StartAgainForEachYearAndRegion()
    {
        const string kind = "test.per_year";
        Assert.Equal(1, (await TakeAsync(kind, 2024)).Sequence);
        Assert.Equal(2, (await TakeAsync(kind, 2024)).Sequence);
        Assert.Equal(1, (await TakeAsync(kind, 2025)).Sequence);
        Assert.Equal(1, (await TakeAsync(kind, 2024, FazhiFactory.TownB)).Sequence);
    }

    private async Task<IssuedNumber> TakeAsync(string kind, int year, string region = Town)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await scope.ServiceProvider.GetRequiredService<IssueNumber>().NextAsync(db, region, kind, year);
    }
}
