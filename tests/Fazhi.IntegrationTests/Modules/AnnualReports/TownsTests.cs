using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.Platform.Identity;

using MiniExcelLibs;

namespace Fazhi.IntegrationTests.Modules.AnnualReports;

/// <summary>下级单位对比: a city supervisor sees all its towns; a town sees only itself (the test clock is 2026-03-02).</summary>
public sealed class TownsTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    private const int Year = 2025;
    private const string City = "441900";

    private static JsonElement Town(JsonElement view, string code) =>
        view.GetProperty("towns").EnumerateArray().Single(t => t.GetProperty("regionCode").GetString() == code);

    private static JsonElement Figure(JsonElement view, string key) =>
        view.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    private static JsonElement Value(JsonElement figure, string code) =>
        figure.GetProperty("towns").EnumerateArray().Single(t => t.GetProperty("regionCode").GetString() == code);

    private async Task<(string A, string B)> TwoTownsAsync()
    {
        var a = await host.NewTownAsync();
        var b = await host.NewTownAsync();
        ReportTestMetrics.Set(ReportTestMetrics.Cases, a, Year, 30);
        ReportTestMetrics.Set(ReportTestMetrics.Cases, b, Year, 50);
        await ReportsHost.CreateReportAsync(await host.ClientAsync(a, Roles.LegalOffice), Year);
        return (a, b);
    }

    [Fact]
    public async Task CitySupervisor_SeesEveryTownsStatus_LateSubmissionAfterMarch1_NotYetLatePublication()
    {
        var (a, b) = await TwoTownsAsync();
        var supervisor = await host.ClientAsync(City, Roles.Supervisor);
        var view = await supervisor.GetFromJsonAsync<JsonElement>($"/api/annual-reports/towns?year={Year}");
        Assert.False(view.GetProperty("ownOnly").GetBoolean());

        var townA = Town(view, a);
        Assert.Equal("起草中", townA.GetProperty("stage").GetString());
        Assert.Equal("2026-03-01", townA.GetProperty("submitBy").GetString());
        Assert.True(townA.GetProperty("submitLate").GetBoolean()); // today 2026-03-02, not submitted
        Assert.Equal("2026-04-01", townA.GetProperty("publishBy").GetString());
        Assert.False(townA.GetProperty("publishLate").GetBoolean());
        Assert.Equal("未建立", Town(view, b).GetProperty("stage").GetString());

        var page = await supervisor.GetStringAsync($"/annual-reports/towns?year={Year}");
        var row = page[page.IndexOf($"<tr data-region=\"{a}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("text-danger fw-bold late", row, StringComparison.Ordinal);
        Assert.Contains("2026-03-01（逾期）", row, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-04-01（逾期）", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitySupervisor_ComparesTownsFigures_RanksThem_AndSeesTheCitysRollUp()
    {
        var (a, b) = await TwoTownsAsync();
        var supervisor = await host.ClientAsync(City, Roles.Supervisor);
        var view = await supervisor.GetFromJsonAsync<JsonElement>($"/api/annual-reports/towns?year={Year}");
        var cases = Figure(view, ReportTestMetrics.Cases);
        Assert.Equal("30宗", Value(cases, a).GetProperty("printed").GetString());
        Assert.Equal("50宗", Value(cases, b).GetProperty("printed").GetString());
        Assert.True(Value(cases, a).GetProperty("rank").GetInt32() > Value(cases, b).GetProperty("rank").GetInt32());
        // The roll-up is the registry's value for the whole city subtree: the towns' values add up to it.
        var sum = cases.GetProperty("towns").EnumerateArray().Sum(t => t.GetProperty("value").GetDecimal());
        Assert.Equal(sum, cases.GetProperty("rollUp").GetDecimal());
        Assert.True(sum >= 80);

        var page = await supervisor.GetStringAsync($"/annual-reports/towns?year={Year}");
        Assert.Contains("id=\"towns-rollup\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"towns-rankings\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TownUser_SeesOnlyItsOwnTown()
    {
        var (a, b) = await TwoTownsAsync();
        var office = await host.ClientAsync(a, Roles.LegalOffice);
        var view = await office.GetFromJsonAsync<JsonElement>($"/api/annual-reports/towns?year={Year}");
        Assert.True(view.GetProperty("ownOnly").GetBoolean());
        Assert.Equal(a, Assert.Single(view.GetProperty("towns").EnumerateArray()).GetProperty("regionCode").GetString());
        Assert.Equal("30宗", Assert.Single(Figure(view, ReportTestMetrics.Cases).GetProperty("towns").EnumerateArray()).GetProperty("printed").GetString());

        var page = await office.GetStringAsync($"/annual-reports/towns?year={Year}");
        Assert.Contains(a, page, StringComparison.Ordinal);
        Assert.DoesNotContain(b, page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"towns-rollup\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparisonTable_ExportsToExcel_WithTownsFiguresRanksAndTheRollUp()
    {
        var (a, b) = await TwoTownsAsync();
        var supervisor = await host.ClientAsync(City, Roles.Supervisor);
        var response = await supervisor.GetAsync($"/api/annual-reports/towns/export.xlsx?year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("xlsx", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var rowA = rows.Single(r => (string?)r["区划代码"] == a);
        Assert.Equal(30m, Convert.ToDecimal(rowA["受理调解案件数（宗）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("是", rowA["报送是否逾期"]);
        var rowB = rows.Single(r => (string?)r["区划代码"] == b);
        Assert.True(Convert.ToInt32(rowA["受理调解案件数（宗）排名"], System.Globalization.CultureInfo.InvariantCulture)
            > Convert.ToInt32(rowB["受理调解案件数（宗）排名"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("（合计）", (string)rows[^1]["单位"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Towns_BadYear_IsAChinese400()
    {
        var supervisor = await host.ClientAsync(City, Roles.Supervisor);
        var response = await supervisor.GetAsync("/api/annual-reports/towns?year=1999");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("年度应为", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
