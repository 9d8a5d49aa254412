using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Queue;

/// <summary>窗口叫号: 叫号, 重呼, 过号, 转窗 for one window.</summary>
[Authorize(Policy = ServicesPermissions.Queue)]
public sealed class WindowModel(QueueUseCases queue, HallSetup hall) : PageModel
{
    public IReadOnlyList<ServiceWindow> Windows { get; private set; } = [];

    public int? Window { get; private set; }

    public TicketView? Current { get; private set; }

    public PageRefusal? Refusal { get; private set; }

    private string Region => User.FindFirst(FazhiClaims.Region)?.Value ?? "";

    public async Task OnGetAsync(int? window, CancellationToken ct) => await LoadAsync(window, ct);

    public async Task<IActionResult> OnPostAsync(int window, string? command, Guid? ticketId, int? toWindow, CancellationToken ct)
    {
        try
        {
            _ = command switch
            {
                "call" => await queue.CallNextAsync(Region, window, ct),
                "recall" => await queue.RecallAsync(Region, window, ticketId ?? Guid.Empty, ct),
                "skip" => await queue.SkipAsync(Region, window, ticketId ?? Guid.Empty, ct),
                "transfer" => await queue.TransferAsync(Region, window, ticketId ?? Guid.Empty, toWindow ?? 0, ct),
                _ => throw new FieldValidationException("command", "请选择操作"),
            };
            return Redirect($"/services/queue/window?window={window}");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            await LoadAsync(window, ct);
            return Page();
        }
    }

    private async Task LoadAsync(int? window, CancellationToken ct)
    {
        Windows = (await hall.WindowsAsync(ct)).Where(w => w.RegionCode == Region).ToList();
        Window = window ?? (Windows.Count > 0 ? Windows[0].Number : null);
        Current = Window is { } w ? await queue.CurrentAsync(Region, w, ct) : null;
    }
}
