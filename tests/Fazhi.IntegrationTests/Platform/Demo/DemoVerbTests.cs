using System.Diagnostics;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Regions;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Demo;

/// <summary>`demo --reset` rebuilds a demo database and refuses one that holds real regions. Each test owns its database.</summary>
public sealed class DemoVerbTests : IDisposable
{
    private readonly FazhiFactory _factory = new();

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        _ = _factory.Services;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Fazhi.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Database__Provider"] = FazhiFactory.IsPostgres ? "Postgres" : "Sqlite";
        start.Environment["ConnectionStrings__Default"] = _factory.ConnectionString;
        start.Environment["Fazhi__DataDirectory"] = _factory.DataDirectory;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task DemoReset_RebuildsTheDemoDatabase_WithFreshAccounts()
    {
        var login = await _factory.CreateUserAsync(FazhiFactory.TownA, "clerk");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // as an operator would stop the server first
        var (code, output, error) = await RunAsync("demo", "--reset");
        Assert.True(code == 0, error + output);
        Assert.Contains("demo.legal-office", output, StringComparison.Ordinal);
        Assert.Contains("演示数据生成完毕", output, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _factory.SignedInClientAsync(login));
    }

    [Fact]
    public async Task DemoReset_RefusesADatabaseWithRealRegions()
    {
        await using (var scope = _factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new Region("440100", "广州市", RegionLevel.City, "440000"));
            await db.SaveChangesAsync();
        }

        var (code, _, error) = await RunAsync("demo", "--reset");
        Assert.Equal(1, code);
        Assert.Contains("拒绝重建", error, StringComparison.Ordinal);
        await using var check = _factory.SystemScope();
        Assert.NotNull(await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<Region>().FindAsync("440100"));
    }

    public void Dispose() => _factory.Dispose();
}
