using System.Globalization;

using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Catalog;

/// <summary>事项 form: new or change (办事指南 fields).</summary>
[Authorize(Policy = ServicesPermissions.Read)]
public sealed class MatterEditModel(MatterCatalog catalog) : PageModel
{
    public ServiceMatter? Matter { get; private set; }

    [BindProperty]
    public MatterInput Input { get; set; } = new();

    [BindProperty]
    public List<ServiceChannels> ChannelList { get; set; } = [];

    [BindProperty]
    public string? FeeYuan { get; set; }

    public PageRefusal? Refusal { get; private set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, ServicesPermissions.ManageCatalog);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } key)
        {
            try
            {
                Matter = await catalog.GetAsync(key, ct);
            }
            catch (RecordNotFoundException)
            {
                return NotFound();
            }

            Input = MatterCatalog.ToRow(Matter).Input;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            if (id is { } key)
            {
                Matter = await catalog.GetAsync(key, ct);
                Input.Code = Matter.Code;
            }

            Input.Channels = ChannelList.Aggregate(ServiceChannels.None, (a, c) => a | c);
            if (Fazhi.Platform.Spreadsheets.Cells.AmountInFen(string.IsNullOrWhiteSpace(FeeYuan) ? "0" : FeeYuan, out var fen) is { } feeError)
            {
                throw new FieldValidationException(nameof(MatterInput.FeeFen), feeError);
            }

            Input.FeeFen = fen;
            var saved = id is { } existing ? await catalog.ChangeAsync(existing, Input, ct) : await catalog.AddAsync(User.FindFirst(FazhiClaims.Region)?.Value ?? "", Input, ct);
            return Redirect($"/services/matters/{saved.Id.ToString("D", CultureInfo.InvariantCulture)}");
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            return Page();
        }
    }
}
