using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.AnnualReports;

/// <summary>
/// The checks around the figures (#12): a number typed by hand is confirmed by a person with a reason before 审定, a
/// contradiction cannot be confirmed away, and a submitted report keeps the figures it was sent with.
/// </summary>
public sealed class ReportChecksTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    private const int Year = 2025;

    private static string Id(JsonElement report) => report.GetProperty("id").GetString()!;

    private static string Rendered(JsonElement report, string key) =>
        report.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("key").GetString() == key).GetProperty("rendered").GetString()!;

    private static JsonElement Issue(JsonElement report, string rule) =>
        report.GetProperty("issues").EnumerateArray().First(i => i.GetProperty("rule").GetString() == rule);

    [Fact]
    public async Task UnconfirmedNumber_RefusesApproval_UntilAReviewerConfirmsItWithAReason_Audited()
    {
        var town = await host.NewTownAsync();
        ReportTestMetrics.Set(ReportTestMetrics.Cases, town, Year, 89);
        ReportTestMetrics.Set(ReportTestMetrics.Succeeded, town, Year, 80);
        var office = await host.ClientAsync(town, Roles.LegalOffice);
        var report = await ReportsHost.MakeCleanAsync(office, await ReportsHost.CreateReportAsync(office, Year));
        Assert.DoesNotContain(report.GetProperty("issues").EnumerateArray(), i => i.GetProperty("holdsApproval").GetBoolean());

        // The issue's case: a figure typed over its placeholder, 99 where the records give 89.
        await ReportsHost.EditAsync(office, report, "other_work", "全年共受理调解案件99宗。");
        report = await office.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{Id(report)}");
        var issue = Issue(report, "unconfirmed_number");
        Assert.False(issue.GetProperty("blocking").GetBoolean());
        Assert.True(issue.GetProperty("needsConfirmation").GetBoolean());
        Assert.Contains("“99宗”为手工填写", issue.GetProperty("message").GetString());
        Assert.Contains("疑似指标“受理调解案件数”，其计算值为89宗", issue.GetProperty("message").GetString());

        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{Id(report)}/actions/review", new { })).StatusCode);
        var leader = await host.ClientAsync(town, Roles.Leader);
        var refused = await leader.PostAsJsonAsync($"/api/annual-reports/{Id(report)}/actions/approve", new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("手工填写的数字须核实并写明理由确认", problem.GetProperty("detail").GetString());
        Assert.Contains("厅字〔2019〕28号", problem.GetProperty("legalBasis").GetString());

        var fingerprint = issue.GetProperty("fingerprint").GetString();
        var noReason = await office.PostAsJsonAsync($"/api/annual-reports/{Id(report)}/issues/{fingerprint}/accept", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("请写明确认理由", (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());

        var accepted = await office.PostAsJsonAsync($"/api/annual-reports/{Id(report)}/issues/{fingerprint}/accept", new { reason = "含上年结转10宗，已核对台账" });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var after = Issue(await accepted.Content.ReadFromJsonAsync<JsonElement>(), "unconfirmed_number");
        Assert.Equal("含上年结转10宗，已核对台账", after.GetProperty("acceptedReason").GetString());
        Assert.False(after.GetProperty("holdsApproval").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/annual-reports/{Id(report)}/issues/{fingerprint}/accept", new { reason = "再次确认一下" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/annual-reports/{Id(report)}/actions/approve", new { })).StatusCode);

        using var scope = host.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Set<ReportIssueAcceptance>().SingleAsync(a => a.RegionCode == town);
        Assert.Equal(fingerprint, row.Fingerprint);
        Assert.Contains(await db.Set<AuditEntry>().Where(a => a.RegionCode == town && a.EntityId == row.Id.ToString()).Select(a => a.After).ToListAsync(),
            a => a != null && a.Contains("已核对台账", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RateMismatch_IsAContradiction_ThatCannotBeConfirmedAway()
    {
        var town = await host.NewTownAsync();
        var office = await host.ClientAsync(town, Roles.LegalOffice);
        var report = await ReportsHost.MakeCleanAsync(office, await ReportsHost.CreateReportAsync(office, Year));
        await ReportsHost.EditAsync(office, report, "other_work", "各调解组织共受理调解案件5911宗，成功调解5693宗，调解成功率为93.6%。");
        report = await office.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{Id(report)}");
        var issue = Issue(report, "rate_mismatch");
        Assert.True(issue.GetProperty("blocking").GetBoolean());

        var refused = await office.PostAsJsonAsync($"/api/annual-reports/{Id(report)}/issues/{issue.GetProperty("fingerprint").GetString()}/accept", new { reason = "领导同意按此口径" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("实质性矛盾，不能确认通过", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SubmittedReport_KeepsItsFigures_ABackDatedRecordChangesOnlyTheLiveFigures()
    {
        var town = await host.NewTownAsync();
        ReportTestMetrics.Set(ReportTestMetrics.Cases, town, Year, 100);
        ReportTestMetrics.Set(ReportTestMetrics.Succeeded, town, Year, 90);
        var office = await host.ClientAsync(town, Roles.LegalOffice);
        var leader = await host.ClientAsync(town, Roles.Leader);
        var report = await ReportsHost.MakeCleanAsync(office, await ReportsHost.CreateReportAsync(office, Year));
        var id = Id(report);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/review", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/annual-reports/{id}/actions/approve", new { })).StatusCode);
        var submitted = await (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/submit", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, submitted.GetProperty("snapshotTakenAt").ValueKind);
        Assert.Contains("100宗", Rendered(submitted, "functions"));

        // A record entered afterwards for the reported year (back-dated): 100 → 120 cases.
        ReportTestMetrics.Set(ReportTestMetrics.Cases, town, Year, 120);

        var now = await office.GetFromJsonAsync<JsonElement>($"/api/annual-reports/{id}");
        Assert.Contains("受理调解案件100宗", Rendered(now, "functions"));
        Assert.Contains("调解成功率为90%", Rendered(now, "functions"));
        var change = Assert.Single(now.GetProperty("changedSinceSubmission").EnumerateArray(), c => c.GetProperty("key").GetString() == ReportTestMetrics.Cases);
        Assert.Equal("100宗", change.GetProperty("submitted").GetString());
        Assert.Equal("120宗", change.GetProperty("live").GetString());
        var html = await office.GetStringAsync($"/api/annual-reports/{id}/export.html");
        Assert.Contains(">100宗</a>", html);
        Assert.DoesNotContain("120宗", html);
        var page = await office.GetStringAsync($"/annual-reports/{id}");
        Assert.Contains("以下指标按现有记录计算已与报送时不同", page);
        Assert.Contains("报送时 100宗，现为 120宗", page);

        // Publishing prints what was submitted too; the snapshot keeps the records behind each figure.
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/clear", new { })).StatusCode);
        var published = await (await office.PostAsJsonAsync($"/api/annual-reports/{id}/actions/publish", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("受理调解案件100宗", Rendered(published, "functions"));
        using var scope = host.App.Services.CreateScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AnnualReportSnapshot>().SingleAsync(s => s.RegionCode == town);
        Assert.Contains($"TestFigure:{ReportTestMetrics.Cases}/{town}/{Year}", snapshot.Content, StringComparison.Ordinal);
    }
}
