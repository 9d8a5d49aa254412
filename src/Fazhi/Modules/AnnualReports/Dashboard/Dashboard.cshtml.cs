using System.Text.Json;

using Fazhi.Platform.Procedures;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.AnnualReports.Dashboard;

/// <summary>领导驾驶舱 page: the year's figures by area with monthly trends (ECharts), clocks to watch, and the user's work.</summary>
[Authorize(Policy = AnnualReportsPermissions.Dashboard)]
public sealed class DashboardModel(LeaderDashboard dashboard, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public LeaderDashboardView View { get; private set; } = null!;

    /// <summary>
    /// The chart data for the script, serialised by System.Text.Json: its default encoder escapes &lt;, &gt;, &amp; and quotes,
    /// so the JSON cannot close the &lt;script&gt; element it is placed in.
    /// </summary>
    public string ChartData { get; private set; } = "{}";

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var thisYear = LegalDate.Today(clock).Year;
        var year = Year ?? thisYear;
        if (year < 2000 || year > thisYear)
        {
            Error = $"年度应为2000至{thisYear}之间的年份，已显示{thisYear}年";
            year = thisYear;
        }

        View = await dashboard.ExecuteAsync(User, year, ct);
        ChartData = JsonSerializer.Serialize(new
        {
            View.Year,
            Months = Enumerable.Range(1, 12).Select(m => $"{m}月"),
            Figures = View.Groups.SelectMany(g => g.Figures).Select(f => new { f.Key, f.Name, f.Unit, f.Months }),
        }, Json);
    }
}
