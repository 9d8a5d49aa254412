using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.NormativeDocuments.Documents;

/// <summary>规范性文件办理页: facts, timeline, clocks with their explanation, validity, evaluations and the actions.</summary>
[Authorize(Policy = NormativeDocumentsPermissions.Read)]
public sealed class DocumentDetailModel(DocumentDetails details, AdvanceDocument advance) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    [BindProperty]
    public string? ActionKey { get; set; }

    [BindProperty]
    public DocumentActionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        try
        {
            await advance.ExecuteAsync(id, ActionKey ?? "", Input, ProcedureActor.From(User), ct);
            return Redirect($"/normative-documents/{id}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            View = await details.ExecuteAsync(id, ProcedureActor.From(User), ct);
            return true;
        }
        catch (RecordNotFoundException)
        {
            return false;
        }
    }
}
