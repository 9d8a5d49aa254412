using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Applications;

/// <summary>办件台账: filters, search, sort, pages; overdue rows in red.</summary>
[Authorize(Policy = ServicesPermissions.Read)]
public sealed class ApplicationsIndexModel(ApplicationUseCases applications) : PageModel
{
    public ApplicationFilter Filter { get; private set; } = new();

    public Paged<ServiceApplication> Result { get; private set; } = new([], 1, 20, 0);

    public PageRefusal? Refusal { get; private set; }

    public DateOnly Today => applications.Today;

    public bool CanAccept => User.HasClaim(FazhiClaims.Permission, ServicesPermissions.Accept);

    public async Task OnGetAsync(string? q, string? status, string? channel, string? year, string? overdue, string? sort, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Filter = new ApplicationFilter { Q = q, Status = status, Channel = channel, Year = year, Overdue = overdue, Sort = sort, Page = pageNumber };
        try
        {
            Result = await applications.ListAsync(Filter, ct);
        }
        catch (FieldValidationException e)
        {
            Refusal = PageErrors.From(e, ModelState);
            Response.StatusCode = 400;
        }
    }

    public string Link(string? sort = null, int? page = null) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Filter.Q,
            ["status"] = Filter.Status,
            ["channel"] = Filter.Channel,
            ["year"] = Filter.Year,
            ["overdue"] = Filter.Overdue,
            ["sort"] = sort ?? Filter.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
}
