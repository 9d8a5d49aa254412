using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

namespace Fazhi.Platform.Regions;

/// <summary>Registration of the 行政区划 services and endpoints.</summary>
public static class RegionsSetup
{
    public static IServiceCollection AddRegions(this IServiceCollection services) =>
        services.AddScoped<RegionTree>().AddScoped<ImportRegions>();

    public static IEndpointRouteBuilder MapRegionsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/regions").WithTags("行政区划");
        api.MapGet("/tree", async (RegionTree tree, CancellationToken ct) => Results.Ok(await tree.ForestAsync(ct)))
            .RequireAuthorization(PlatformPermissions.RegionsRead);
        api.MapGet("/{code}", async (string code, RegionTree tree, CancellationToken ct) =>
            {
                var region = await tree.FindAsync(code, ct) ?? throw new RecordNotFoundException();
                var children = await tree.ChildrenAsync(code, ct);
                return Results.Ok(new
                {
                    region.Code,
                    region.Name,
                    region.Level,
                    region.ParentCode,
                    Children = children.Select(c => new { c.Code, c.Name, c.Level }),
                });
            })
            .RequireAuthorization(PlatformPermissions.RegionsRead);
        api.MapPost("/import", async (IFormFile file, ImportRegions import, CancellationToken ct) =>
            {
                using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
                var outcome = await import.ExecuteAsync(reader, ct);
                return Results.Ok(new { outcome.Added, outcome.Renamed, outcome.Unchanged, message = ImportRegions.Describe(outcome) });
            })
            // Integrations post with a bearer token; the auth cookie is SameSite=Strict, so a cross-site post carries no session.
            .DisableAntiforgery()
            .RequireAuthorization(PlatformPermissions.RegionsManage);
        return endpoints;
    }
}
