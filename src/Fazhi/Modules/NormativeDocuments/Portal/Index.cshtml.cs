using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.NormativeDocuments.Portal;

/// <summary>规范性文件公开目录 (anonymous): search, the §4 public fields, expired documents marked, never removed.</summary>
[AllowAnonymous]
[PublicAcrossRegions]
public sealed class PortalDocumentsModel(PublicDocuments documents) : PageModel
{
    public Paged<PublicDocumentLine> Result { get; private set; } = new([], 1, PublicDocuments.PageSize, 0);

    public IReadOnlyList<PublicCleanupLink> Cleanups { get; private set; } = [];

    public string? Q { get; private set; }

    public string? Status { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? q, string? status, string? region, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Q = q;
        Status = status;
        try
        {
            Result = await documents.ListAsync(q, status, region, pageNumber, ct);
        }
        catch (FieldValidationException e)
        {
            Error = string.Join("；", e.Errors.Values.SelectMany(v => v));
            Response.StatusCode = 400;
        }

        Cleanups = await documents.CleanupsAsync(ct);
    }

    public string Link(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["q"] = Q, ["status"] = Status, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
