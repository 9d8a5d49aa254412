using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Queue;

/// <summary>取号机: one button per business category.</summary>
[Authorize(Policy = ServicesPermissions.Queue)]
public sealed class KioskModel(QueueUseCases queue) : PageModel
{
    public IReadOnlyList<QueueCategory> Categories { get; private set; } = [];

    public TicketView? Taken { get; private set; }

    public PageRefusal? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Categories = await queue.CategoriesAsync(ct);

    public async Task OnPostAsync(string? category, CancellationToken ct)
    {
        try
        {
            Taken = await queue.TakeAsync(User.FindFirst(FazhiClaims.Region)?.Value ?? "", category ?? "", ct);
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
        }

        Categories = await queue.CategoriesAsync(ct);
    }
}
