using Fazhi.Modules.Services.Catalog;
using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Services.Portal;

public sealed record PublicRegion(string Code, string Name);

/// <summary>
/// 办事指南 on the anonymous portal (行政许可法第三十条；优化营商环境条例第三十五条): every town's matters in force, with
/// basis, time limits, materials and fees. Matter rows hold no personal data, so nothing needs masking.
/// </summary>
public sealed class PublicGuides(AppDbContext db)
{
    public async Task<IReadOnlyList<PublicRegion>> RegionsAsync(CancellationToken ct)
    {
        var codes = await db.Set<ServiceMatter>().IgnoreQueryFilters().AsNoTracking().Where(m => m.RemovedOn == null).Select(m => m.RegionCode).Distinct().ToListAsync(ct);
        return await db.Set<Region>().AsNoTracking().Where(r => codes.Contains(r.Code)).OrderBy(r => r.Code).Select(r => new PublicRegion(r.Code, r.Name)).ToListAsync(ct);
    }

    public async Task<Paged<MatterView>> ListAsync(string? region, string? q, string? page, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (number, size) = Paging.Parse(page, null, errors, 50);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var query = db.Set<ServiceMatter>().IgnoreQueryFilters().AsNoTracking().Where(m => m.RemovedOn == null);
        if (!string.IsNullOrWhiteSpace(region))
        {
            var code = region.Trim();
            query = query.Where(m => m.RegionCode == code);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(m => m.Name.Contains(text) || m.Department.Contains(text) || m.Code.Contains(text));
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(m => m.RegionCode).ThenBy(m => m.Code).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<MatterView>(items.Select(MatterView.Of).ToList(), number, size, total);
    }

    public async Task<MatterView> GuideAsync(string region, string code, CancellationToken ct)
    {
        var matter = await db.Set<ServiceMatter>().IgnoreQueryFilters().AsNoTracking()
                         .FirstOrDefaultAsync(m => m.RegionCode == region && m.Code == code && m.RemovedOn == null, ct)
                     ?? throw new RecordNotFoundException("办事指南不存在");
        return MatterView.Of(matter);
    }
}
