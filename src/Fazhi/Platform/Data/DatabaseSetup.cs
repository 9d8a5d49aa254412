using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Fazhi.Platform.Data;

/// <summary>数据库提供程序 (which database this deployment uses).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Reads Database:Provider, ConnectionStrings:Default and Fazhi:DataDirectory, and registers the matching context.</summary>
public static class DatabaseSetup
{
    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value) || value.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (value.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || value.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Postgres;
        }

        throw new InvalidOperationException($"Database:Provider 只能是 Sqlite 或 Postgres，当前为“{value}”");
    }

    public static string DataDirectory(IConfiguration configuration)
    {
        var dir = Path.GetFullPath(configuration["Fazhi:DataDirectory"] ?? "data");
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string ConnectionString(IConfiguration configuration, DatabaseProvider provider)
    {
        var configured = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        return provider switch
        {
            DatabaseProvider.Sqlite => $"Data Source={Path.Combine(DataDirectory(configuration), "fazhi.db")}",
            DatabaseProvider.Postgres => throw new InvalidOperationException("使用 PostgreSQL 时必须设置 ConnectionStrings__Default"),
        };
    }

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = Provider(configuration);
        var connection = ConnectionString(configuration, provider);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteAppDbContext>((sp, o) => ConfigureSqlite(o, connection).AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<PostgresAppDbContext>((sp, o) => ConfigurePostgres(o, connection).AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
                break;
        }

        return services;
    }

    internal static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connection) =>
        options.UseSqlite(connection, o => o.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName)
            .MigrationsHistoryTable("__ef_migrations"));

    internal static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connection) =>
        options.UseNpgsql(connection, o => o.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName)
            .MigrationsHistoryTable("__ef_migrations"));
}

/// <summary>Lets `dotnet ef` build the SQLite context without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseSetup.ConfigureSqlite(options, "Data Source=design.db");
        return new SqliteAppDbContext(options.Options, SystemRegionScope.Instance);
    }
}

/// <summary>Lets `dotnet ef` build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>();
        DatabaseSetup.ConfigurePostgres(options, "Host=localhost;Database=fazhi_design");
        return new PostgresAppDbContext(options.Options, SystemRegionScope.Instance);
    }
}
