using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Enforcement.Cases.Pages;

/// <summary>行政执法案件列表: filter by state, domain, year and text; sort; page; export.</summary>
[Authorize(Policy = EnforcementPermissions.Read)]
public sealed class IndexModel(ReadCases read) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public EnforcementDomain? Domain { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<CaseListItem> Cases { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(CancellationToken ct) =>
        Cases = await read.ListAsync(new ReadCases.Filter(State, Domain, Q, Year, Sort, PageNumber, 50), ct);

    public string Query(int page) =>
        $"?state={Uri.EscapeDataString(State ?? "")}&domain={Domain}&q={Uri.EscapeDataString(Q ?? "")}&year={Year}&sort={Sort}&page={page}";
}
