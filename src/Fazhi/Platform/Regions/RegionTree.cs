using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Regions;

/// <summary>区划树节点 as the tree view and the API show it.</summary>
public sealed record RegionNode(string Code, string Name, RegionLevel Level, string? ParentCode, IReadOnlyList<RegionNode> Children);

/// <summary>Reads the region tree within the caller's subtree (regions are reference data, so the scope is applied here).</summary>
public sealed class RegionTree(AppDbContext db)
{
    /// <summary>All regions the caller may see, i.e. whose code starts with the caller's subtree prefix.</summary>
    public IQueryable<Region> Visible()
    {
        var prefix = db.Scope.ReadPrefix;
        var regions = db.Set<Region>().AsNoTracking();
        if (prefix is null)
        {
            return regions;
        }

        // A code range rather than StartsWith, so the primary key serves it (see RegionCodes.SubtreeUpperBound).
        var upper = RegionCodes.SubtreeUpperBound(prefix);
        return regions.Where(r => string.Compare(r.Code, prefix) >= 0 && string.Compare(r.Code, upper) <= 0);
    }

    public async Task<Region?> FindAsync(string code, CancellationToken ct = default) =>
        await Visible().FirstOrDefaultAsync(r => r.Code == code, ct);

    /// <summary>The visible regions as a forest (one root for a user: its own region).</summary>
    public async Task<IReadOnlyList<RegionNode>> ForestAsync(CancellationToken ct = default)
    {
        var all = await Visible().OrderBy(r => r.Code).ToListAsync(ct);
        var codes = all.Select(r => r.Code).ToHashSet();
        var byParent = all.ToLookup(r => r.ParentCode ?? "");
        RegionNode Build(Region r) => new(r.Code, r.Name, r.Level, r.ParentCode, byParent[r.Code].Select(Build).ToList());
        return all.Where(r => r.ParentCode is null || !codes.Contains(r.ParentCode)).Select(Build).ToList();
    }

    /// <summary>The direct children of a region (for roll-ups by supervising levels).</summary>
    public async Task<IReadOnlyList<Region>> ChildrenAsync(string code, CancellationToken ct = default) =>
        await Visible().Where(r => r.ParentCode == code).OrderBy(r => r.Code).ToListAsync(ct);
}
