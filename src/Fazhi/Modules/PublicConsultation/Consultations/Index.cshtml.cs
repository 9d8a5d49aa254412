using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.PublicConsultation.Consultations;

/// <summary>征求意见台账: filter by words and phase, sort, page, export.</summary>
[Authorize(Policy = PublicConsultationPermissions.Read)]
public sealed class ConsultationsIndexModel(ConsultationQueries queries) : PageModel
{
    public Paged<ConsultationLine> Result { get; private set; } = new([], 1, 50, 0);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Result = await queries.PageAsync(new ConsultationFilter(Q, Phase, Sort, PageNumber), ct);
        }
        catch (FieldValidationException e)
        {
            Error = string.Join("；", e.Errors.Values.SelectMany(v => v));
            Response.StatusCode = 400;
        }
    }

    public string Query(int? page = null) =>
        QueryString.Create(new Dictionary<string, string?> { ["q"] = Q, ["phase"] = Phase, ["sort"] = Sort, ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
