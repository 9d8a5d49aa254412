using System.Security.Claims;

using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Reports;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.AnnualReports.Pages;

/// <summary>年度报告列表: the region's reports by year, a new report for a year, the reporting settings, and the towns' status.</summary>
[Authorize(Policy = AnnualReportsPermissions.Read)]
public sealed class AnnualReportsIndexModel(ListReports list, CreateReport create, ReportSettings settings, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ReportSummary> Reports { get; private set; } = [];

    public IReadOnlyList<OverviewRow> Overview { get; private set; } = [];

    public AnnualReportSetting Setting { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public int? OverviewYear { get; set; }

    [BindProperty]
    public int? Year { get; set; }

    public string? Error { get; private set; }

    public bool CanEdit => User.HasClaim(FazhiClaims.Permission, AnnualReportsPermissions.Edit);

    public bool CanChangeSettings => User.HasClaim(FazhiClaims.Permission, AnnualReportsPermissions.Settings);

    public int DefaultYear => LegalDate.Today(clock).Year - 1;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        try
        {
            var report = await create.ExecuteAsync(User, Year, ct);
            return Redirect($"/annual-reports/{report.Id}");
        }
        catch (Exception e) when (e is DomainRuleException or FieldValidationException)
        {
            Error = Message(e);
            await LoadAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostSettingsAsync(string? addressee, string? copyTo, int? submitMonth, int? submitDay, int? publishMonth, int? publishDay, CancellationToken ct)
    {
        if (!CanChangeSettings)
        {
            return Forbid();
        }

        try
        {
            await settings.ChangeAsync(Region, addressee, copyTo, submitMonth, submitDay, publishMonth, publishDay, ct);
            return Redirect("/annual-reports");
        }
        catch (FieldValidationException e)
        {
            Error = Message(e);
            await LoadAsync(ct);
            return Page();
        }
    }

    public static string Message(Exception e) => e is FieldValidationException v ? string.Join("；", v.Errors.SelectMany(x => x.Value)) : e.Message;

    private string Region => User.FindFirstValue(FazhiClaims.Region) ?? "";

    private async Task LoadAsync(CancellationToken ct)
    {
        Reports = await list.ExecuteAsync(null, ct);
        Overview = await list.OverviewAsync(Region, OverviewYear ?? DefaultYear, ct);
        Setting = await settings.GetAsync(Region, ct);
    }
}
