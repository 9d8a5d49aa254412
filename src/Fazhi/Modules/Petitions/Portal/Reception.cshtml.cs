using Fazhi.Modules.Petitions.Reception;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Petitions.Portal;

/// <summary>领导接访日安排 on the public portal (anonymous): leader, post, date, time, place — no visitor and no case.</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalReceptionModel(PublicReceptionSchedule schedule) : PageModel
{
    public IReadOnlyList<PublicReceptionDay> Days { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? region, CancellationToken ct)
    {
        try
        {
            Days = await schedule.ListAsync(region ?? Fazhi.Platform.Data.DatabaseStartup.DemoTown, ct);
        }
        catch (FieldValidationException e)
        {
            Error = e.Errors.Values.SelectMany(v => v).FirstOrDefault();
            Response.StatusCode = 400;
        }
    }
}
