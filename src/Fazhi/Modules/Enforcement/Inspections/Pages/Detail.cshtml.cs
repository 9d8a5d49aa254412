using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Enforcement.Inspections.Pages;

/// <summary>检查记录详情: the result, and one click from a finding to a case clue.</summary>
[Authorize(Policy = EnforcementPermissions.Read)]
public sealed class InspectionDetailModel(Inspections use, Platform.Data.AppDbContext db) : PageModel
{
    public InspectionView Record { get; private set; } = null!;

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var recordId))
        {
            return BadRequest();
        }

        Record = await use.DetailAsync(recordId, ct);
        return Page();
    }

    /// <summary>A post without a step names no action: the record is looked up first so another town's id stays unknown.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var recordId))
        {
            return BadRequest();
        }

        await use.DetailAsync(recordId, ct);
        return BadRequest();
    }

    public Task<IActionResult> OnPostResultAsync(string id, DateOnly? inspectedOn, InspectionResult? result, string? findings, CancellationToken ct) =>
        TryAsync(id, async recordId =>
        {
            await use.RecordResultAsync(recordId, new ResultInput(inspectedOn, result, findings), ct);
            return $"/enforcement/inspections/{recordId}";
        }, ct);

    public Task<IActionResult> OnPostClueAsync(string id, CancellationToken ct) =>
        TryAsync(id, async recordId => $"/enforcement/cases/{(await use.OpenClueAsync(recordId, User, ct)).Id}", ct);

    private async Task<IActionResult> TryAsync(string id, Func<Guid, Task<string>> action, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var recordId))
        {
            return BadRequest();
        }

        await use.DetailAsync(recordId, ct);
        try
        {
            return Redirect(await action(recordId));
        }
        catch (DomainRuleException e) when (e.StatusCode == StatusCodes.Status409Conflict)
        {
            Refusal = e.LegalBasis is null ? e.Message : $"{e.Message}（依据：{e.LegalBasis}）";
            Response.StatusCode = 409;
        }
        catch (FieldValidationException e)
        {
            Refusal = string.Join("；", e.Errors.Values.SelectMany(v => v));
            Response.StatusCode = 400;
        }

        db.ChangeTracker.Clear();
        Record = await use.DetailAsync(recordId, ct);
        return Page();
    }
}
