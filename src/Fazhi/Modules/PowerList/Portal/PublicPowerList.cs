using Fazhi.Modules.PowerList.Domain;
using Fazhi.Modules.PowerList.Items;
using Fazhi.Platform.Data;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PowerList.Portal;

public sealed record PublicTown(string Code, string Name, int Items);

public sealed record PublicAdjustment(Guid Id, string Title, string TriggerName, DateOnly PublishedOn, DateOnly EffectiveOn);

public sealed record PublicList(PublicTown Town, Paged<ItemView> Items, IReadOnlyList<PublicAdjustment> Adjustments);

/// <summary>
/// 权责清单 on the anonymous portal: each town's items in force and its published adjustments (公布 is what makes an
/// adjustment public; a drafted or approved one does not exist here). Items hold no personal data, nothing to mask.
/// </summary>
public sealed class PublicPowerList(AppDbContext db)
{
    public async Task<IReadOnlyList<PublicTown>> TownsAsync(CancellationToken ct)
    {
        var counts = await db.Set<PowerItem>().IgnoreQueryFilters().AsNoTracking().Where(i => i.Status == PowerItemStatus.InForce)
            .GroupBy(i => i.RegionCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(ct);
        var codes = counts.Select(c => c.Code).ToList();
        var names = await db.Set<Region>().AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return counts.OrderBy(c => c.Code).Select(c => new PublicTown(c.Code, names.GetValueOrDefault(c.Code, c.Code), c.Count)).ToList();
    }

    public async Task<PublicList> ListAsync(string region, string? q, string? type, string? page, CancellationToken ct)
    {
        var town = await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == region, ct) ?? throw new RecordNotFoundException("地区不存在");
        var errors = new Dictionary<string, string[]>();
        var (number, size) = Paging.Parse(page, null, errors, 50);
        var query = db.Set<PowerItem>().IgnoreQueryFilters().AsNoTracking().Where(i => i.RegionCode == region && i.Status == PowerItemStatus.InForce);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(i => i.Code.Contains(text) || i.Name.Contains(text) || i.Basis.Contains(text));
        }

        if (!string.IsNullOrWhiteSpace(type))
        {
            if (DisplayNames.Parse<PowerType>(type) is { } t)
            {
                query = query.Where(i => i.Type == t);
            }
            else
            {
                errors["type"] = ["权力类型不正确"];
            }
        }

        FieldChecks.ThrowIfAny(errors);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(i => i.Code).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var adjustments = await db.Set<PowerListAdjustment>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.RegionCode == region && a.Status == AdjustmentStatus.Published)
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id).ToListAsync(ct);
        return new PublicList(new PublicTown(town.Code, town.Name, total), new Paged<ItemView>(items.Select(ItemView.Of).ToList(), number, size, total),
            adjustments.Select(a => new PublicAdjustment(a.Id, a.Title, DisplayNames.Of(a.Trigger), a.PublishedOn!.Value, a.EffectiveOn!.Value)).ToList());
    }

    public async Task<string> TownNameAsync(string region, CancellationToken ct) =>
        await db.Set<Region>().AsNoTracking().Where(r => r.Code == region).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? throw new RecordNotFoundException("地区不存在");
}
