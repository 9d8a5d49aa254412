using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Platform.Publishing.Pages;

/// <summary>政务公开首页: anonymous; lists the sections the modules publish.</summary>
[AllowAnonymous]
public sealed class PortalModel(IEnumerable<PortalSection> sections) : PageModel
{
    public IReadOnlyList<PortalSection> Sections { get; } = sections.OrderBy(s => s.Order).ThenBy(s => s.Title, StringComparer.Ordinal).ToList();

    public void OnGet()
    {
    }
}
