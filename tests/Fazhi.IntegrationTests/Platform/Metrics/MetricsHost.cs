using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Regions;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Metrics;

/// <summary>Test-only figures over real kernel rows (sign-in audit entries), registered the way a module registers its own.</summary>
public static class TestMetrics
{
    public const string SignIns = "test.sign_ins";
    public const string FailureRate = "test.sign_in_failure_rate";

    public static readonly MetricDefinition SignInsDefinition = new(
        SignIns, "登录人次", "人次", "本区域（含下级）在年度内成功登录的次数", "测试", async (db, scope, ct) =>
            MetricResult.CountOf((await Attempts(db, scope).Where(a => a.Action == "SignIn").ToListAsync(ct))
                .Select(a => new MetricRecord(nameof(AuditEntry), a.Id.ToString(), a.Actor))));

    public static readonly MetricDefinition FailureRateDefinition = new(
        FailureRate, "登录失败率", "%", "分子：登录失败次数；分母：登录尝试次数（成功＋失败）", "测试", async (db, scope, ct) =>
        {
            var attempts = await Attempts(db, scope).Where(a => a.Action == "SignIn" || a.Action == "SignInFailed").ToListAsync(ct);
            return MetricResult.Rate(
                attempts.Count(a => a.Action == "SignInFailed"),
                attempts.Count,
                attempts.Select(a => new MetricRecord(nameof(AuditEntry), a.Id.ToString(), a.Action)));
        },
        MetricKind.Rate);

    private static IQueryable<AuditEntry> Attempts(AppDbContext db, MetricScope scope) =>
        db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.RegionCode.StartsWith(scope.SubtreePrefix) && a.At >= scope.StartsAtUtc && a.At < scope.EndsAtUtc)
            .OrderBy(a => a.Sequence);
}

/// <summary>The app with the test figures registered (WithWebHostBuilder over a <see cref="FazhiFactory"/>), and helpers that use that one host.</summary>
public sealed class MetricsHost : IDisposable
{
    private int _towns = 300;

    public MetricsHost()
    {
        App = Base.WithWebHostBuilder(b => b.ConfigureServices(s => s
            .AddMetric(TestMetrics.SignInsDefinition)
            .AddMetric(TestMetrics.FailureRateDefinition)));
    }

    public FazhiFactory Base { get; } = new();

    public WebApplicationFactory<Program> App { get; }

    /// <summary>A new town under 东莞市 with villages 001…, so each test counts only its own rows.</summary>
    public async Task<string> NewTownAsync(int villages = 2)
    {
        var town = "441900" + Interlocked.Increment(ref _towns);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(new Region(town, $"测试镇{town[6..]}", RegionLevel.Town, "441900"));
        for (var v = 1; v <= villages; v++)
        {
            db.Add(new Region($"{town}{v:000}", $"测试镇{town[6..]}第{v}村", RegionLevel.Village, town));
        }

        await db.SaveChangesAsync();
        return town;
    }

    /// <summary>Adds sign-in audit rows (Action SignIn or SignInFailed) for a region at a UTC instant; returns their ids.</summary>
    public async Task<List<string>> AddAttemptsAsync(string region, DateTime atUtc, int count, string action = "SignIn")
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = Enumerable.Range(0, count).Select(i => new AuditEntry
        {
            At = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc),
            Actor = $"user{i}",
            RegionCode = region,
            Action = action,
            Entity = "Security",
            EntityId = $"user{i}",
        }).ToList();
        foreach (var row in rows)
        {
            // One per save: the key (Sequence) is given by the audit interceptor while saving, so new rows share key 0 until then.
            db.Add(row);
            await db.SaveChangesAsync();
        }

        return rows.Select(r => r.Id.ToString()).ToList();
    }

    public async Task<AppUser> CreateUserAsync(string region, params string[] roles)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "m" + Guid.NewGuid().ToString("N")[..16], RegionCode = region, DisplayName = "指标测试" };
        DatabaseStartup.Check(await users.CreateAsync(user, FazhiFactory.Password));
        foreach (var role in roles)
        {
            DatabaseStartup.Check(await users.AddToRoleAsync(user, role));
        }

        return user;
    }

    /// <summary>A client with an API token of a new user with these roles in the region.</summary>
    public async Task<HttpClient> ClientAsync(string region, params string[] roles)
    {
        var user = await CreateUserAsync(region, roles);
        await using var scope = App.Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<IssueApiToken>().ExecuteAsync(user.UserName!, ["*"]);
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        return client;
    }

    /// <summary>A cookie client signed in through the login page.</summary>
    public async Task<HttpClient> CookieClientAsync(string region, params string[] roles)
    {
        var user = await CreateUserAsync(region, roles);
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await FazhiFactory.PostFormAsync(client, "/login", new() { ["Login"] = user.UserName!, ["Password"] = FazhiFactory.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public void Dispose() => Base.Dispose();
}
