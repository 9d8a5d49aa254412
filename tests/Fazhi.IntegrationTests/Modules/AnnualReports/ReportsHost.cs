using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.AnnualReports;

/// <summary>
/// Test-only figures whose values a test sets per region and year (the report reads figures by key only, so these stand
/// in for the other modules' metrics), registered the way a module registers its own.
/// </summary>
public static class ReportTestMetrics
{
    public const string Cases = "test_reports.cases";
    public const string Succeeded = "test_reports.succeeded";
    public const string Amount = "test_reports.amount";
    public const string SuccessRate = "test_reports.success_rate";
    public const string Monthly = "test_reports.monthly";

    private static readonly ConcurrentDictionary<(string Key, string Region, int Year), decimal> Values = new();

    private static readonly ConcurrentDictionary<(string Region, int Year, int Month), decimal> MonthValues = new();

    /// <summary>A value of <see cref="Monthly"/> for one month (the figure honours the scope's month, as module queries do).</summary>
    public static void SetMonth(string region, int year, int month, decimal value) => MonthValues[(region, year, month)] = value;

    public static void Set(string key, string region, int year, decimal value) => Values[(key, region, year)] = value;

    public static IEnumerable<MetricDefinition> All =>
    [
        Quantity(Cases, "受理调解案件数", "宗"),
        Quantity(Succeeded, "成功调解案件数", "宗"),
        Quantity(Amount, "调解涉及金额", "元"),
        new(SuccessRate, "调解成功率", "%", "分子：成功调解数；分母：受理数", "测试", async (db, scope, ct) =>
            MetricResult.Rate(await SumAsync(Succeeded, scope, db, ct), await SumAsync(Cases, scope, db, ct), []),
            MetricKind.Rate),
        new(Monthly, "按月登记事项数", "宗", "测试用：按月设定", "测试", (_, scope, _) =>
            Task.FromResult(MetricResult.Quantity(
                MonthValues.Where(v => v.Key.Year == scope.Year && (scope.Month is null || v.Key.Month == scope.Month)
                    && v.Key.Region.StartsWith(scope.SubtreePrefix, StringComparison.Ordinal)).Sum(v => v.Value), []))),
    ];

    private static MetricDefinition Quantity(string key, string name, string unit) =>
        new(key, name, unit, "测试用：由测试设定", "测试", async (db, scope, ct) =>
            MetricResult.Quantity(await SumAsync(key, scope, db, ct), [new MetricRecord("TestFigure", $"{key}/{scope.RegionCode}/{scope.Year}", "测试记录")]));

    /// <summary>The values set for the towns of this host's database (other hosts of the process set values for their own towns).</summary>
    private static async Task<decimal> SumAsync(string key, MetricScope scope, AppDbContext db, CancellationToken ct)
    {
        var towns = (await db.Set<Region>().AsNoTracking().Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return Values.Where(v => v.Key.Key == key && v.Key.Year == scope.Year && towns.Contains(v.Key.Region)
            && v.Key.Region.StartsWith(scope.SubtreePrefix, StringComparison.Ordinal)).Sum(v => v.Value);
    }
}

/// <summary>The app with the test figures, fresh towns per test, and clients by role.</summary>
public sealed class ReportsHost : IDisposable
{
    // Shared by every host of the process: the test figures are keyed by town code, so two hosts must not both make 441900501.
    private static int _towns = 500;

    public ReportsHost()
    {
        App = Base.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            foreach (var metric in ReportTestMetrics.All)
            {
                s.AddMetric(metric);
            }

            s.AddProcedureDefinition(TestProcedure);
        }));
    }

    /// <summary>A test-only procedure with a 1-working-day clock (warned 3 working days ahead), for the dashboard's clocks.</summary>
    public static readonly ProcedureDefinition TestProcedure = new("itest_reports.task", 1, "驾驶舱测试事项")
    {
        States = [new("open", "办理中"), new("done", "已办结")],
        InitialState = "open",
        Clocks = [new ClockRule("task", "办理期限", 1, ClockUnit.WorkingDays, new("测试依据"))],
        Actions = [new("start", "开始计时", ["open"], "open") { Roles = [Roles.LegalOffice], Clocks = [ClockEffect.Start("task")] }],
    };

    public FazhiFactory Base { get; } = new();

    public WebApplicationFactory<Program> App { get; }

    public async Task<string> NewTownAsync()
    {
        var town = "441900" + Interlocked.Increment(ref _towns);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(new Region(town, $"测试镇{town[6..]}", RegionLevel.Town, "441900"));
        await db.SaveChangesAsync();
        return town;
    }

    public async Task<string> CreateUserAsync(string region, params string[] roles)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "r" + Guid.NewGuid().ToString("N")[..16], RegionCode = region, DisplayName = "报告测试" };
        DatabaseStartup.Check(await users.CreateAsync(user, FazhiFactory.Password));
        foreach (var role in roles)
        {
            DatabaseStartup.Check(await users.AddToRoleAsync(user, role));
        }

        return user.UserName!;
    }

    /// <summary>A signed-in cookie client (pages and API alike).</summary>
    public async Task<HttpClient> ClientAsync(string region, params string[] roles)
    {
        var login = await CreateUserAsync(region, roles);
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await FazhiFactory.PostFormAsync(client, "/login", new() { ["Login"] = login, ["Password"] = FazhiFactory.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Creates a report over the API and returns it.</summary>
    public static async Task<JsonElement> CreateReportAsync(HttpClient client, int year)
    {
        var response = await client.PostAsJsonAsync("/api/annual-reports", new { year });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        return await client.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{id}");
    }

    public static string SectionId(JsonElement report, string key) =>
        report.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("key").GetString() == key).GetProperty("id").GetString()!;

    public static async Task<HttpResponseMessage> EditAsync(HttpClient client, JsonElement report, string key, string text) =>
        await client.PutAsJsonAsync($"/api/annual-reports/{report.GetProperty("id").GetString()}/sections/{SectionId(report, key)}", new { text });

    /// <summary>Rewrites every section that uses other modules' figures (not registered in these tests) and fills the required ones.</summary>
    public static async Task<JsonElement> MakeCleanAsync(HttpClient client, JsonElement report)
    {
        foreach (var section in report.GetProperty("sections").EnumerateArray())
        {
            var key = section.GetProperty("key").GetString()!;
            var text = key switch
            {
                "functions" => $"优化法治化营商环境。受理调解案件{{{{{ReportTestMetrics.Cases}}}}}，成功调解{{{{{ReportTestMetrics.Succeeded}}}}}，调解成功率为{{{{{ReportTestMetrics.SuccessRate}}}}}。",
                "legality" => "严格落实合法性审查制度。",
                "normative" => "规范性文件均经合法性审查。",
                "major_decisions" => "依法制定并公开重大行政决策事项目录。",
                "enforcement_system" => "深化综合行政执法体制改革。",
                "enforcement_key_areas" => "加强重点领域监管执法。",
                "shortcomings" => "综合行政执法运行机制仍需优化。",
                "plan" => "继续深化法治政府建设。",
                "leadership" => "党政主要负责人积极履行推进法治建设第一责任人职责。",
                "disputes" => "依法预防化解社会矛盾。",
                "petitions" => "对重复信访事项落实包案领导。",
                "emergency" => "完善突发事件应对制度。",
                _ => null,
            };
            if (text is not null)
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, (await EditAsync(client, report, key, text)).StatusCode);
            }
        }

        return await client.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{report.GetProperty("id").GetString()}");
    }

    public void Dispose() => Base.Dispose();
}
