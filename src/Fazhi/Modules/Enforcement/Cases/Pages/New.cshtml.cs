using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Cases.Pages;

/// <summary>线索登记 form.</summary>
[Authorize(Policy = EnforcementPermissions.Handle)]
public sealed class NewModel(RegisterClue register, Platform.Data.AppDbContext db) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public Guid? MatterId { get; set; }

    [BindProperty]
    public EnforcementDomain? Domain { get; set; }

    [BindProperty]
    public PartyKind? PartyKind { get; set; }

    [BindProperty]
    public string? PartyName { get; set; }

    [BindProperty]
    public string? PartyIdNumber { get; set; }

    [BindProperty]
    public ClueSource? Source { get; set; }

    [BindProperty]
    public string? ClueSummary { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    public IReadOnlyList<EnforcementMatter> Matters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Matters = await db.Set<EnforcementMatter>().AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var c = await register.ExecuteAsync(new ClueInput(Title, MatterId, Domain, PartyKind, PartyName, PartyIdNumber, Source, ClueSummary, ReceivedOn), User, ct);
            return Redirect($"/enforcement/cases/{c.Id}");
        }
        catch (FieldValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }
        }

        await OnGetAsync(ct);
        return Page();
    }

    public IEnumerable<string> ErrorsFor(string field) =>
        ModelState.Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage);
}
