using System.Security.Claims;

using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement.Lenience;

public sealed record LenientItemInput(string? Violation, string? Circumstance, LenientTreatment? Treatment, string? LegalBasis);

public sealed record LenientListInput(string? Title, DateOnly? EffectiveOn, IReadOnlyList<LenientItemInput>? Items);

public sealed record LenientItemView(Guid Id, int Number, string Violation, string Circumstance, string Treatment, string LegalBasis);

public sealed record LenientListView(Guid Id, int Version, string Title, DateOnly EffectiveOn, bool InForce, IReadOnlyList<LenientItemView> Items);

public sealed record FlexibleMeasureInput(FlexibleMeasureKind? Kind, PartyKind? PartyKind, string? PartyName, DateOnly? On, string? Summary, Guid? CaseId);

public sealed record FlexibleMeasureView(Guid Id, string Kind, string PartyKind, string PartyName, DateOnly On, string Summary, Guid? CaseId);

/// <summary>
/// 减免责清单 versions: a new version gets the next number and must take effect after the previous one; a version in
/// force (effective on or before today) is never edited — a change is a new version (广东省优化营商环境条例第五十条 动态管理).
/// </summary>
public sealed class LenientLists(AppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<LenientListView>> ListAsync(CancellationToken ct)
    {
        var lists = await db.Set<LenientList>().AsNoTracking().Include(l => l.Items).OrderByDescending(l => l.Version).ToListAsync(ct);
        var inForce = LenientList.InForce(lists, LegalDate.Today(time));
        return lists.Select(l => View(l, l.Id == inForce?.Id)).ToList();
    }

    public async Task<LenientListView> GetAsync(Guid id, CancellationToken ct)
    {
        var lists = await db.Set<LenientList>().AsNoTracking().Include(l => l.Items).ToListAsync(ct);
        var list = lists.FirstOrDefault(l => l.Id == id) ?? throw new RecordNotFoundException("减免责清单不存在");
        return View(list, LenientList.InForce(lists, LegalDate.Today(time))?.Id == id);
    }

    public async Task<LenientList> CreateAsync(LenientListInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var region = user.FindFirstValue(FazhiClaims.Region) ?? throw new DomainRuleException("账户未设置所属区划", statusCode: 403);
        var effective = input.EffectiveOn ?? throw new FieldValidationException("effectiveOn", "请填写施行日期");
        var previous = await db.Set<LenientList>().Where(l => l.RegionCode == region).OrderByDescending(l => l.Version).FirstOrDefaultAsync(ct);
        if (previous is not null && effective <= previous.EffectiveOn)
        {
            throw new FieldValidationException("effectiveOn", $"新版本的施行日期应晚于第{previous.Version}版的施行日期{previous.EffectiveOn:yyyy-MM-dd}");
        }

        var list = new LenientList(region, (previous?.Version ?? 0) + 1, input.Title ?? "", effective);
        foreach (var item in input.Items ?? [])
        {
            list.AddItem(item.Violation ?? "", item.Circumstance ?? "", item.Treatment ?? 0, item.LegalBasis ?? "");
        }

        db.Add(list);
        db.AddRange(list.Items);
        await db.SaveChangesAsync(ct);
        return list;
    }

    public async Task AddItemAsync(Guid listId, LenientItemInput input, CancellationToken ct)
    {
        var list = await db.Set<LenientList>().Include(l => l.Items).FirstOrDefaultAsync(l => l.Id == listId, ct)
            ?? throw new RecordNotFoundException("减免责清单不存在");
        if (list.EffectiveOn <= LegalDate.Today(time))
        {
            throw new DomainRuleException("已施行的减免责清单版本不得修改，请发布新版本", Articles.LenientList);
        }

        db.Add(list.AddItem(input.Violation ?? "", input.Circumstance ?? "", input.Treatment ?? 0, input.LegalBasis ?? ""));
        await db.SaveChangesAsync(ct);
    }

    public static LenientListView View(LenientList l, bool inForce) => new(l.Id, l.Version, l.Title, l.EffectiveOn, inForce,
        l.Items.OrderBy(i => i.Number).Select(i => new LenientItemView(i.Id, i.Number, i.Violation, i.Circumstance, ReadCases.Name(i.Treatment), i.LegalBasis)).ToList());
}

/// <summary>柔性执法措施 (教育提醒、行政指导、约谈、告诫): recorded against a party and optionally a case of the same town.</summary>
public sealed class FlexibleMeasures(AppDbContext db, TimeProvider time)
{
    public async Task<Paged<FlexibleMeasureView>> ListAsync(int? year, FlexibleMeasureKind? kind, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Set<FlexibleMeasure>().AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(m => m.On >= new DateOnly(y, 1, 1) && m.On < new DateOnly(y + 1, 1, 1));
        }

        if (kind is { } k)
        {
            query = query.Where(m => m.Kind == k);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(m => m.PartyName.Contains(q.Trim()) || m.Summary.Contains(q.Trim()));
        }

        var rows = await query.OrderByDescending(m => m.On).ThenByDescending(m => m.Id).ToPagedAsync(page, pageSize, ct);
        return rows.With(rows.Items.Select(View).ToList());
    }

    public async Task<FlexibleMeasure> RecordAsync(FlexibleMeasureInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var region = user.FindFirstValue(FazhiClaims.Region) ?? throw new DomainRuleException("账户未设置所属区划", statusCode: 403);
        var today = LegalDate.Today(time);
        var on = input.On ?? today;
        if (on > today)
        {
            throw new FieldValidationException("on", "日期不能晚于今天");
        }

        if (input.CaseId is { } caseId && !await db.Set<EnforcementCase>().AnyAsync(c => c.Id == caseId, ct))
        {
            throw new FieldValidationException("caseId", "案件不存在");
        }

        var measure = new FlexibleMeasure(region, input.Kind ?? 0, input.PartyKind ?? 0, input.PartyName ?? "", on, input.Summary ?? "", input.CaseId);
        db.Add(measure);
        await db.SaveChangesAsync(ct);
        return measure;
    }

    public static FlexibleMeasureView View(FlexibleMeasure m) =>
        new(m.Id, ReadCases.Name(m.Kind), ReadCases.Name(m.PartyKind), m.PartyName, m.On, m.Summary, m.CaseId);
}

/// <summary>
/// 减免责清单公开 (anonymous portal): each town's version in force today, items only — no party or case data. Reads
/// across regions on purpose, like the other portal sections.
/// </summary>
public sealed class PublicLenientLists(AppDbContext db, TimeProvider time)
{
    public sealed record PublicList(string RegionCode, int Version, string Title, DateOnly EffectiveOn, IReadOnlyList<LenientItemView> Items);

    public async Task<IReadOnlyList<PublicList>> InForceAsync(string? region, CancellationToken ct)
    {
        var today = LegalDate.Today(time);
        var query = db.Set<LenientList>().IgnoreQueryFilters().AsNoTracking().Include(l => l.Items).Where(l => l.EffectiveOn <= today);
        if (!string.IsNullOrWhiteSpace(region))
        {
            var code = region.Trim();
            if (!code.All(char.IsAsciiDigit))
            {
                throw new FieldValidationException("region", "区划代码应为数字");
            }

            query = query.InSubtree(code);
        }

        var lists = await query.ToListAsync(ct);
        return lists.GroupBy(l => l.RegionCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => LenientList.InForce(g, today)!)
            .Select(l => new PublicList(l.RegionCode, l.Version, l.Title, l.EffectiveOn, LenientLists.View(l, true).Items))
            .ToList();
    }
}

/// <summary>One exported row (export only): a list item or a flexible measure.</summary>
public sealed class LenienceLedgerRow
{
    public LenientItemView? Item { get; init; }

    public FlexibleMeasureView? Measure { get; init; }
}

/// <summary>/api/enforcement/lenient-lists and /api/enforcement/flexible-measures.</summary>
internal static class LenienceApi
{
    public static readonly LedgerLayout<LenienceLedgerRow> ListLedger = new("减免责清单",
    [
        new("序号", r => r.Item?.Number),
        new("违法行为", r => r.Item?.Violation),
        new("适用情形", r => r.Item?.Circumstance),
        new("处理方式", r => r.Item?.Treatment),
        new("法律依据", r => r.Item?.LegalBasis),
    ]);

    public static readonly LedgerLayout<LenienceLedgerRow> FlexibleLedger = new("柔性执法台账",
    [
        new("日期", r => r.Measure?.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("方式", r => r.Measure?.Kind),
        new("当事人类型", r => r.Measure?.PartyKind),
        new("当事人", r => r.Measure?.PartyName),
        new("内容", r => r.Measure?.Summary),
    ]);

    public static RouteGroupBuilder MapLenience(this RouteGroupBuilder api)
    {
        var lists = api.MapGroup("/lenient-lists");
        lists.MapGet("", async (LenientLists read, CancellationToken ct) => TypedResults.Ok(await read.ListAsync(ct)));
        lists.MapGet("/{listId}", async (Guid listId, LenientLists read, CancellationToken ct) => TypedResults.Ok(await read.GetAsync(listId, ct)));
        lists.MapGet("/{listId}/export.xlsx", async (Guid listId, LenientLists read, CancellationToken ct) =>
        {
            var list = await read.GetAsync(listId, ct);
            var bytes = await Ledgers.ExportXlsxAsync(ListLedger, list.Items.Select(i => new LenienceLedgerRow { Item = i }), ct);
            return Results.File(bytes, Ledgers.XlsxContentType, $"减免责清单第{list.Version}版.xlsx");
        });
        lists.MapPost("", async (LenientListInput input, LenientLists write, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var list = await write.CreateAsync(input, user, ct);
            return TypedResults.Created($"/api/enforcement/lenient-lists/{list.Id}", await write.GetAsync(list.Id, ct));
        }).RequireAuthorization(EnforcementPermissions.ManageLibraries);
        lists.MapPost("/{listId}/items", async (Guid listId, LenientItemInput input, LenientLists write, CancellationToken ct) =>
        {
            await write.AddItemAsync(listId, input, ct);
            return TypedResults.Ok(await write.GetAsync(listId, ct));
        }).RequireAuthorization(EnforcementPermissions.ManageLibraries);

        var flexible = api.MapGroup("/flexible-measures");
        flexible.MapGet("", async (int? year, FlexibleMeasureKind? kind, string? q, int? page, int? pageSize, FlexibleMeasures read, CancellationToken ct) =>
            TypedResults.Ok(await read.ListAsync(year, kind, q, page, pageSize, ct)));
        flexible.MapGet("/export.xlsx", async (int? year, FlexibleMeasureKind? kind, string? q, FlexibleMeasures read, CancellationToken ct) =>
        {
            var rows = await read.ListAsync(year, kind, q, 1, Ledgers.MaxRows, ct);
            var bytes = await Ledgers.ExportXlsxAsync(FlexibleLedger, rows.Items.Select(m => new LenienceLedgerRow { Measure = m }), ct);
            return Results.File(bytes, Ledgers.XlsxContentType, "柔性执法台账.xlsx");
        });
        flexible.MapPost("", async (FlexibleMeasureInput input, FlexibleMeasures write, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var m = await write.RecordAsync(input, user, ct);
            return TypedResults.Created($"/api/enforcement/flexible-measures/{m.Id}", FlexibleMeasures.View(m));
        }).RequireAuthorization(EnforcementPermissions.Handle);
        return api;
    }
}
