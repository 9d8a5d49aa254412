using System.Globalization;

using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Queue;

/// <summary>排队取号记录: filters, sort, pages, export, and the import with a progress bar (server-sent events).</summary>
[Authorize(Policy = ServicesPermissions.Read)]
public sealed class TicketsModel(TicketLedger ledger, HallSetup hall, IAntiforgery antiforgery) : PageModel
{
    public TicketFilter Filter { get; private set; } = new();

    public Paged<TicketView> Result { get; private set; } = new([], 1, 20, 0);

    public PageRefusal? Refusal { get; private set; }

    public int Threshold { get; private set; } = ServiceSettings.DefaultWaitMinutes;

    public string Antiforgery { get; private set; } = "";

    public bool CanImport => User.HasClaim(FazhiClaims.Permission, ServicesPermissions.Queue);

    public async Task OnGetAsync(string? day, string? q, string? category, string? status, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new TicketFilter { Day = day, Q = q, Category = category, Status = status, Sort = sort, Page = pageNumber };
        Antiforgery = antiforgery.GetAndStoreTokens(HttpContext).RequestToken ?? "";
        Threshold = (await hall.SettingsAsync(User.FindFirst(FazhiClaims.Region)?.Value ?? "", ct)).WaitOvertimeMinutes;
        try
        {
            Result = await ledger.ListAsync(Filter, ct);
        }
        catch (FieldValidationException e)
        {
            Refusal = PageErrors.From(e, ModelState);
            Response.StatusCode = 400;
        }
    }

    public string Local(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(LegalDate.ChinaOffset).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public string Link(string? sort = null, int? page = null) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["day"] = Filter.Day,
            ["q"] = Filter.Q,
            ["category"] = Filter.Category,
            ["status"] = Filter.Status,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
