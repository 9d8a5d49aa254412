using Fazhi.Modules.MajorDecisions.Catalog;
using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.MajorDecisions.Portal;

/// <summary>One region's catalog of one year as the portal shows it: the version in force and every published version before it.</summary>
public sealed record PublicCatalogYear(string RegionCode, string RegionName, int Year, CatalogView Current, IReadOnlyList<CatalogView> Versions);

/// <summary>
/// 目录公开 (the anonymous portal): only versions published after the Party committee's approval leave; an adjusted
/// catalog shows its current version and every earlier published version. Reads across regions on purpose (the endpoint
/// and page carry [PublicAcrossRegions]).
/// </summary>
public sealed class PublicCatalogs(AppDbContext db)
{
    public async Task<IReadOnlyList<PublicCatalogYear>> ListAsync(string? region, CancellationToken ct)
    {
        var query = db.Set<DecisionCatalog>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.PublishedOn != null && (c.Status == CatalogStatus.Published || c.Status == CatalogStatus.Superseded));
        if (!string.IsNullOrWhiteSpace(region))
        {
            var code = region.Trim();
            query = query.Where(c => c.RegionCode == code);
        }

        var catalogs = await query.OrderByDescending(c => c.Year).ThenBy(c => c.RegionCode).ThenBy(c => c.Version).Take(500).ToListAsync(ct);
        var ids = catalogs.Select(c => c.Id).ToList();
        var items = await db.Set<CatalogItem>().IgnoreQueryFilters().AsNoTracking().Where(i => ids.Contains(i.CatalogId)).ToListAsync(ct);
        foreach (var catalog in catalogs)
        {
            catalog.Items.AddRange(items.Where(i => i.CatalogId == catalog.Id));
        }

        var codes = catalogs.Select(c => c.RegionCode).Distinct().ToList();
        var names = await db.Set<Region>().AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return catalogs.GroupBy(c => (c.RegionCode, c.Year))
            .Select(g =>
            {
                var versions = g.OrderBy(c => c.Version).ToList();
                var views = versions.Select(v => CatalogUseCases.View(v, versions)).ToList();
                var current = views.LastOrDefault(v => v.Status == nameof(CatalogStatus.Published)) ?? views[^1];
                return new PublicCatalogYear(g.Key.RegionCode, names.GetValueOrDefault(g.Key.RegionCode, g.Key.RegionCode), g.Key.Year, current, views);
            })
            .OrderByDescending(y => y.Year).ThenBy(y => y.RegionCode)
            .ToList();
    }
}
