using System.Security.Cryptography;

using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.UnitTests.Architecture;

/// <summary>
/// Each provider's migration set must match the model, and the migrations are append-only from the frozen baseline
/// (ADR 0008): a landed migration is never edited, regenerated or removed, since real databases were created by it.
/// </summary>
public sealed class MigrationTests
{
    private static readonly string Migrations = Path.Combine(LayoutTests.RepositoryRoot(), "src", "Fazhi", "Migrations");

    [Fact]
    public void Sqlite_Migrations_HaveNoPendingModelChanges()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "run scripts/migrations.sh add NAME");
    }

    [Fact]
    public void Postgres_Migrations_HaveNoPendingModelChanges()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "run scripts/migrations.sh add NAME");
    }

    [Fact]
    public void FrozenMigrations_AreNeverEditedOrRemoved()
    {
        var changed = Frozen()
            .Where(f => !File.Exists(Path.Combine(Migrations, f.Path)) || Sha256(f.Path) != f.Hash)
            .Select(f => f.Path)
            .ToList();
        Assert.True(changed.Count == 0,
            "a landed migration was edited or removed (add a new migration instead, scripts/migrations.sh add NAME): " + string.Join(", ", changed));
    }

    [Fact]
    public void NewMigrations_OnlyFollowTheFrozenOnes()
    {
        var frozen = Frozen().Select(f => f.Path).ToHashSet();
        foreach (var provider in new[] { "Sqlite", "Postgres" })
        {
            var newestFrozen = frozen.Where(p => p.StartsWith(provider + "/", StringComparison.Ordinal)).Select(Id).Max(StringComparer.Ordinal);
            Assert.NotNull(newestFrozen);
            var inserted = MigrationFiles(provider)
                .Where(p => !frozen.Contains(p) && string.CompareOrdinal(Id(p), newestFrozen) <= 0)
                .ToList();
            Assert.True(inserted.Count == 0, "a migration dated before the newest frozen one would never run on an upgraded database: " + string.Join(", ", inserted));
        }
    }

    /// <summary>On main (CI) every migration is frozen: what lands is recorded, so the next change cannot rewrite it.</summary>
    [Fact]
    public void OnMain_EveryMigrationIsFrozen()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return; // a branch may re-add its own migration until it lands
        }

        var frozen = Frozen().Select(f => f.Path).ToHashSet();
        var unfrozen = new[] { "Sqlite", "Postgres" }.SelectMany(MigrationFiles).Where(p => !frozen.Contains(p)).ToList();
        Assert.True(unfrozen.Count == 0, "run scripts/migrations.sh freeze: " + string.Join(", ", unfrozen));
    }

    private static IEnumerable<string> MigrationFiles(string provider) =>
        Directory.EnumerateFiles(Path.Combine(Migrations, provider), "2*.cs")
            .Select(f => provider + "/" + Path.GetFileName(f));

    private static string Id(string path) => Path.GetFileName(path).Split('.')[0];

    private static IEnumerable<(string Hash, string Path)> Frozen() =>
        File.ReadAllLines(Path.Combine(Migrations, "frozen.sha256"))
            .Where(l => l.Length > 66)
            .Select(l => (l[..64], l[66..]));

    private static string Sha256(string path) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Migrations, path))));
}
