using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Platform.Cli;

/// <summary>The operator verbs, run as the real executable (`dotnet Fazhi.dll …`) against the fixture's database.</summary>
public sealed partial class VerbsTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        _ = factory.Services; // the host has started, so the database exists and is migrated
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Fazhi.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Database__Provider"] = FazhiFactory.IsPostgres ? "Postgres" : "Sqlite";
        start.Environment["ConnectionStrings__Default"] = factory.ConnectionString;
        start.Environment["Fazhi__DataDirectory"] = factory.DataDirectory;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task UserAdd_PrintsAGeneratedPassword_ThatSignsIn()
    {
        var login = "cli." + Guid.NewGuid().ToString("N")[..8];
        var (code, output, error) = await RunAsync("user", "add", "--region", FazhiFactory.TownA, "--role", "clerk", "--login", login, "--name", "张三");
        Assert.True(code == 0, error);
        var password = Password().Match(output).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password), output);
        await factory.SignedInClientAsync(login, password);
    }

    [Fact]
    public async Task TokenCreate_PrintsATokenOnce_ThatAuthenticates()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, "legal_office");
        var (code, output, error) = await RunAsync("token", "create", "--login", login, "--scope", "platform.regions.read");
        Assert.True(code == 0, error);
        var token = Token().Match(output).Groups[1].Value;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions/tree")).StatusCode);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("user", "add", "--region")]
    [InlineData("user", "add", "--role", "clerk", "--login", "x")]
    public async Task Verb_BadArguments_PrintUsage_AndExitNonZero(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);
        Assert.NotEqual(0, code);
        Assert.Contains("用法", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_UnknownRegion_FailsWithAChineseReason()
    {
        var (code, _, error) = await RunAsync("user", "add", "--region", "441900999", "--role", "clerk", "--login", "nobody.here");
        Assert.Equal(1, code);
        Assert.Contains("区划", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_OnAMigratedDatabase_Succeeds()
    {
        var (code, output, error) = await RunAsync("migrate");
        Assert.True(code == 0, error);
        Assert.Contains("最新", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"初始密码（只显示这一次）：(\S+)")]
    private static partial Regex Password();

    [GeneratedRegex(@"令牌（只显示这一次）：(\S+)")]
    private static partial Regex Token();
}
