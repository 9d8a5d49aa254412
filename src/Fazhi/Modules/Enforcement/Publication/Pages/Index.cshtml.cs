using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Enforcement.Publication.Pages;

/// <summary>执法决定公示台账: each record's publication and withdrawal clocks with their explanation.</summary>
[Authorize(Policy = EnforcementPermissions.Read)]
public sealed class PublicationsModel(ReadPublications read, WithdrawPublication withdraw) : PageModel
{
    public Paged<PublicationView> Result { get; private set; } = new([], 1, 50, 0);

    public string? Q { get; private set; }

    public string? State { get; private set; }

    public int? Year { get; private set; }

    public string? Sort { get; private set; }

    public string? Refusal { get; private set; }

    public async Task OnGetAsync(string? q, string? state, int? year, string? sort, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        (Q, State, Year, Sort) = (q, state, year, sort);
        Result = await read.ListAsync(new ReadPublications.Filter(state, q, year, sort, pageNumber, 50), ct);
    }

    public Task<IActionResult> OnPostChangeAsync(Guid id, DateOnly? on, string? reason, CancellationToken ct) =>
        TryAsync(() => withdraw.ChangeAsync(id, new PublicationChangeInput(on, reason), User, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, DateOnly? on, CancellationToken ct) =>
        TryAsync(() => withdraw.WithdrawAsync(id, new PublicationStepInput(on), User, ct), ct);

    private async Task<IActionResult> TryAsync(Func<Task> action, CancellationToken ct)
    {
        try
        {
            await action();
            return Redirect("/enforcement/publications");
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

        Result = await read.ListAsync(new ReadPublications.Filter(null, null, null, null, 1, 50), ct);
        return Page();
    }
}
