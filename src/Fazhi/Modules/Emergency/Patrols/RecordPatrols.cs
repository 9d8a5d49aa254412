using System.Globalization;

using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Emergency.Patrols;

public sealed record PatrolInput
{
    public string? Site { get; init; }

    /// <summary>部位类别: an enum name or its Chinese name.</summary>
    public string? SiteKind { get; init; }

    public DateOnly? PatrolledOn { get; init; }

    public string? Inspectors { get; init; }

    public string? Findings { get; init; }

    /// <summary>整改期限 of a hazard found (empty when none).</summary>
    public DateOnly? RectifyBy { get; init; }
}

public sealed record RectificationInput(DateOnly? On, string? Note);

/// <summary>Filter, sort and page of the patrol list.</summary>
public sealed record PatrolFilter
{
    public string? Q { get; init; }

    public string? SiteKind { get; init; }

    public string? Year { get; init; }

    /// <summary>"open": hazards not yet rectified; "overdue": rectification past its deadline.</summary>
    public string? Hazard { get; init; }

    /// <summary>patrolled | site | deadline (default: -patrolled).</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>A patrol ledger row, both ways: an import records the patrol and, when dated, its rectification.</summary>
public sealed class PatrolLedgerRow
{
    public int Number { get; set; }

    public SafetyPatrol? Patrol { get; set; }

    public string? Site { get; set; }

    public string? SiteKind { get; set; }

    public DateOnly? PatrolledOn { get; set; }

    public string? Inspectors { get; set; }

    public string? Findings { get; set; }

    public DateOnly? RectifyBy { get; set; }

    public DateOnly? RectifiedOn { get; set; }

    public string? RectificationNote { get; set; }

    public PatrolInput Input() => new()
    {
        Site = Site,
        SiteKind = SiteKind,
        PatrolledOn = PatrolledOn,
        Inspectors = Inspectors,
        Findings = Findings,
        RectifyBy = RectifyBy,
    };
}

/// <summary>安全巡查: key sites patrolled with findings; a hazard gets a rectification deadline and is closed when rectified.</summary>
public sealed class RecordPatrols(AppDbContext db, TimeProvider time)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["site"] = "巡查部位",
        ["siteKind"] = "部位类别",
        ["patrolledOn"] = "巡查日期",
        ["inspectors"] = "巡查人员",
        ["findings"] = "发现的问题",
        ["rectifyBy"] = "整改期限",
        ["on"] = "整改完成日期",
        ["note"] = "整改情况",
    };

    public static readonly LedgerLayout<PatrolLedgerRow> Layout = new("安全巡查台账",
    [
        new("序号", r => r.Number),
        new("巡查部位", r => r.Patrol?.Site, (r, v) => Inputs.Set(v, 200, s => r.Site = s), Required: true),
        new("部位类别", r => r.Patrol is null ? null : Names.Of(r.Patrol.SiteKind), (r, v) => Inputs.Parse<SiteKind>(v) is null ? $"部位类别“{v}”不正确，应为{Inputs.Choices<SiteKind>()}" : Inputs.Set(v, 30, s => r.SiteKind = s), Required: true),
        new("巡查日期", r => r.Patrol?.PatrolledOn, (r, v) => Inputs.SetDate(v, d => r.PatrolledOn = d), Required: true),
        new("巡查人员", r => r.Patrol?.Inspectors, (r, v) => Inputs.Set(v, 200, s => r.Inspectors = s), Required: true),
        new("发现的问题", r => r.Patrol?.Findings, (r, v) => Inputs.Set(v, 2000, s => r.Findings = s)),
        new("整改期限", r => r.Patrol?.RectifyBy, (r, v) => Inputs.SetDate(v, d => r.RectifyBy = d)),
        new("整改完成日期", r => r.Patrol?.RectifiedOn, (r, v) => Inputs.SetDate(v, d => r.RectifiedOn = d)),
        new("整改情况", r => r.Patrol?.RectificationNote, (r, v) => Inputs.Set(v, 1000, s => r.RectificationNote = s)),
    ]);

    public async Task<SafetyPatrol> ExecuteAsync(PatrolInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var patrol = Build(input, actor, systemRegion);
        await db.SaveChangesAsync(ct);
        return patrol;
    }

    /// <summary>Imports the patrol ledger: every bad row is reported and nothing of the file is stored.</summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string actor, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(Layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        foreach (var (row, value) in import.Rows)
        {
            try
            {
                var patrol = Build(value.Input(), actor, null);
                if (value.RectifiedOn is not null || !string.IsNullOrWhiteSpace(value.RectificationNote))
                {
                    Rectify(patrol, new RectificationInput(value.RectifiedOn, value.RectificationNote));
                }
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, Headers.GetValueOrDefault(kv.Key, kv.Key), m))));
            }
            catch (DomainRuleException e)
            {
                errors.Add(new LedgerRowError(row, "整改完成日期", e.Message));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new LedgerImportException(errors);
        }

        await db.SaveChangesAsync(ct);
        return import.Rows.Count;
    }

    public async Task<byte[]> ExportAsync(PatrolFilter filter, CancellationToken ct)
    {
        var (query, _, _) = Query(filter);
        var patrols = await query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, patrols.Select((p, i) => new PatrolLedgerRow { Number = i + 1, Patrol = p }), ct);
    }

    private SafetyPatrol Build(PatrolInput input, string actor, string? systemRegion)
    {
        var errors = new Dictionary<string, string[]>();
        var site = Inputs.Text(input.Site, 200, "site", "巡查部位", errors);
        var inspectors = Inputs.Text(input.Inspectors, 200, "inspectors", "巡查人员", errors);
        var findings = Inputs.Optional(input.Findings, 2000, "findings", "发现的问题", errors);
        var on = Inputs.Date(input.PatrolledOn, LegalDate.Today(time), "patrolledOn", "巡查日期", errors);
        var kind = Inputs.Parse<SiteKind>(input.SiteKind);
        if (kind is null)
        {
            errors["siteKind"] = [$"请选择部位类别（{Inputs.Choices<SiteKind>()}）"];
        }

        var region = Inputs.Region(db, systemRegion, "登记巡查", errors);

        Inputs.ThrowIfAny(errors);
        var patrol = new SafetyPatrol(region, site, kind!.Value, on, inspectors, findings, input.RectifyBy, actor, time.GetUtcNow().UtcDateTime);
        db.Add(patrol);
        return patrol;
    }

    public async Task RectifyAsync(Guid id, RectificationInput input, CancellationToken ct)
    {
        var patrol = await db.Set<SafetyPatrol>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new RecordNotFoundException("巡查记录不存在");
        Rectify(patrol, input);
        await db.SaveChangesAsync(ct);
    }

    private void Rectify(SafetyPatrol patrol, RectificationInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var on = Inputs.Date(input.On, LegalDate.Today(time), "on", "整改完成日期", errors);
        var note = Inputs.Text(input.Note, 1000, "note", "整改情况", errors);
        Inputs.ThrowIfAny(errors);
        patrol.Rectify(on, note);
    }

    public async Task<SafetyPatrol> DetailsAsync(Guid id, CancellationToken ct) =>
        await db.Set<SafetyPatrol>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new RecordNotFoundException("巡查记录不存在");

    public async Task<Paged<SafetyPatrol>> PageAsync(PatrolFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Query(filter);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<SafetyPatrol>(items, page, size, total);
    }

    private (IQueryable<SafetyPatrol> Query, int Page, int Size) Query(PatrolFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var today = LegalDate.Today(time);
        var query = db.Set<SafetyPatrol>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            query = query.Where(p => p.Site.Contains(q) || p.Inspectors.Contains(q) || (p.Findings != null && p.Findings.Contains(q)));
        }

        if (!string.IsNullOrWhiteSpace(filter.SiteKind))
        {
            if (Inputs.Parse<SiteKind>(filter.SiteKind) is { } kind)
            {
                query = query.Where(p => p.SiteKind == kind);
            }
            else
            {
                errors["siteKind"] = ["部位类别不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                var first = new DateOnly(year, 1, 1);
                var end = first.AddYears(1);
                query = query.Where(p => p.PatrolledOn >= first && p.PatrolledOn < end);
            }
            else
            {
                errors["year"] = ["年度应为四位数字"];
            }
        }

        query = filter.Hazard switch
        {
            null or "" => query,
            "open" => query.Where(p => p.RectifyBy != null && p.RectifiedOn == null),
            "overdue" => query.Where(p => p.RectifyBy != null && ((p.RectifiedOn == null && p.RectifyBy < today) || p.RectifiedOn > p.RectifyBy)),
            _ => Invalid(query, errors, "hazard", "隐患筛选应为 open 或 overdue"),
        };

        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var sort = filter.Sort?.Trim() ?? "";
        var descending = sort.StartsWith('-') || sort == "";
        query = sort.TrimStart('-') switch
        {
            "" or "patrolled" => descending ? query.OrderByDescending(p => p.PatrolledOn).ThenBy(p => p.Id) : query.OrderBy(p => p.PatrolledOn).ThenBy(p => p.Id),
            "site" => descending ? query.OrderByDescending(p => p.Site).ThenBy(p => p.Id) : query.OrderBy(p => p.Site).ThenBy(p => p.Id),
            "deadline" => descending ? query.OrderByDescending(p => p.RectifyBy).ThenBy(p => p.Id) : query.OrderBy(p => p.RectifyBy).ThenBy(p => p.Id),
            _ => Invalid(query, errors, "sort", "排序方式应为 patrolled、site 或 deadline（前加 - 为倒序）"),
        };

        Inputs.ThrowIfAny(errors);
        return (query, page, size);
    }

    private static IQueryable<SafetyPatrol> Invalid(IQueryable<SafetyPatrol> query, Dictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return query;
    }
}
