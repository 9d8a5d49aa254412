using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.AnnualReports;

/// <summary>领导驾驶舱: figures from the registry by area with monthly trends, clocks to watch, and what waits for the user.</summary>
public sealed partial class DashboardTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    private const int Year = 2025;

    private static JsonElement ChartData(string html)
    {
        var json = ChartDataPattern().Match(html);
        Assert.True(json.Success, "页面应含 <script type=\"application/json\" id=\"dashboard-data\">");
        return JsonDocument.Parse(json.Groups[1].Value).RootElement;
    }

    [Fact]
    public async Task Dashboard_ShowsEveryRegisteredFigureByArea_WithItsMonthlyTrend()
    {
        var town = await host.NewTownAsync();
        ReportTestMetrics.SetMonth(town, Year, 3, 3);
        ReportTestMetrics.SetMonth(town, Year, 7, 5);
        ReportTestMetrics.SetMonth(town, Year - 1, 7, 100); // another year: not in this year's trend
        var leader = await host.ClientAsync(town, Roles.Leader);

        var response = await leader.GetAsync($"/dashboard?year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();

        // Every figure of the registry is on the page, in a group named by its key's first segment (nothing hard-coded).
        var catalog = host.App.Services.GetRequiredService<MetricCatalog>();
        foreach (var definition in catalog.All)
        {
            Assert.Contains($"data-key=\"{definition.Key}\"", html, StringComparison.Ordinal);
            Assert.Contains($"data-prefix=\"{definition.Key.Split('.')[0]}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("/lib/echarts/echarts.min.js", html, StringComparison.Ordinal);
        var data = ChartData(html);
        Assert.Equal(Year, data.GetProperty("year").GetInt32());
        Assert.Equal(catalog.All.Count, data.GetProperty("figures").GetArrayLength());
        var monthly = data.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == ReportTestMetrics.Monthly);
        var months = monthly.GetProperty("months").EnumerateArray().Select(m => m.GetDecimal()).ToList();
        Assert.Equal([0, 0, 3, 0, 0, 0, 5, 0, 0, 0, 0, 0], months);
        // The year's value, printed as the report prints it.
        Assert.Matches(@"data-key=""test_reports.monthly"">\s*<div class=""small text-muted"">按月登记事项数</div>\s*<div class=""fs-5""><a [^>]*>8宗</a>", html);
    }

    [Fact]
    public async Task Dashboard_ChartData_IsJsonThatCannotCloseTheScriptElement()
    {
        var town = await host.NewTownAsync();
        var leader = await host.ClientAsync(town, Roles.Leader);
        var html = await leader.GetStringAsync($"/dashboard?year={Year}");
        var script = ChartDataPattern().Match(html).Groups[1].Value;
        Assert.DoesNotContain("<", script, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(script).RootElement.ValueKind);
    }

    [Fact]
    public async Task Dashboard_ListsOverdueAndNearDueClocks_AndWhatWaitsForThisUser_OnlyInTheUsersTown()
    {
        var town = await host.NewTownAsync();
        var office = await host.ClientAsync(town, Roles.LegalOffice);
        var report = await ReportsHost.CreateReportAsync(office, Year);

        var clock = host.Base.Clock;
        var today = LegalDate.Today(clock);
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var engine = scope.ServiceProvider.GetRequiredService<ProcedureEngine>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var late = engine.Start(ReportsHost.TestProcedure.Key, "itest.subject", Guid.CreateVersion7(), town, ProcedureActor.System, today.AddDays(-30));
            await engine.ApplyAsync(late, "start", ProcedureActor.System, null, new StepInput { On = today.AddDays(-30) });
            var soon = engine.Start(ReportsHost.TestProcedure.Key, "itest.subject", Guid.CreateVersion7(), town, ProcedureActor.System);
            await engine.ApplyAsync(soon, "start", ProcedureActor.System, null);
            await db.SaveChangesAsync();
        }

        var html = await office.GetStringAsync($"/dashboard?year={Year}");
        var clocks = Regex.Match(html, "<table[^>]*id=\"dashboard-clocks\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Matches(@"<tr class=""table-danger""><td>驾驶舱测试事项</td><td>测试镇\d+</td><td class=""text-end"">1</td><td class=""text-end"">1</td></tr>", clocks);
        var waiting = Regex.Match(html, "<table[^>]*id=\"dashboard-waiting\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains($"href=\"/annual-reports/{report.GetProperty("id").GetString()}\"", waiting, StringComparison.Ordinal);
        Assert.Contains("审核", waiting, StringComparison.Ordinal);
        Assert.Contains("开始计时", waiting, StringComparison.Ordinal);

        // Another town's office sees neither the clocks nor the report.
        var other = await host.ClientAsync(await host.NewTownAsync(), Roles.LegalOffice);
        var theirs = await other.GetStringAsync($"/dashboard?year={Year}");
        Assert.DoesNotContain(report.GetProperty("id").GetString()!, theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("驾驶舱测试事项", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_NeedsTheDashboardPermission_AndRefusesABadYearInChinese()
    {
        var town = await host.NewTownAsync();
        var clerk = await host.ClientAsync(town, Roles.Clerk);
        var refused = await clerk.GetAsync("/dashboard");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        var leader = await host.ClientAsync(town, Roles.Leader);
        var html = await leader.GetStringAsync("/dashboard?year=1800");
        Assert.Contains("年度应为2000至", html, StringComparison.Ordinal);
        Assert.Contains("/dashboard", await (await leader.GetAsync("/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"dashboard-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ChartDataPattern();
}
