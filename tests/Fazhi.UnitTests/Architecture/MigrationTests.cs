using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.UnitTests.Architecture;

/// <summary>Each provider's migration set must match the model: a schema change without both migrations fails here.</summary>
public sealed class MigrationTests
{
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
}
