using System.Globalization;

using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Services.Catalog;

/// <summary>事项清单的查询条件.</summary>
public sealed class MatterFilter
{
    public string? Q { get; set; }

    public string? Department { get; set; }

    public string? Type { get; set; }

    public string? Village { get; set; }

    public string? Sort { get; set; }

    public string? Page { get; set; }

    public string? PageSize { get; set; }
}

/// <summary>One row of the matter ledger (import and export share it).</summary>
public sealed class MatterRow
{
    public MatterInput Input { get; } = new();
}

/// <summary>事项清单: list, add, change, cancel, import and export the catalog, and the hall's windows and settings.</summary>
public sealed class MatterCatalog(AppDbContext db, TimeProvider clock)
{
    private static readonly Dictionary<string, MatterType> TypeNames = new()
    {
        ["行政许可"] = MatterType.Licensing,
        ["许可"] = MatterType.Licensing,
        ["行政确认"] = MatterType.Confirmation,
        ["确认"] = MatterType.Confirmation,
        ["行政给付"] = MatterType.Benefit,
        ["给付"] = MatterType.Benefit,
        ["其他"] = MatterType.Other,
    };

    public static readonly LedgerLayout<MatterRow> Layout = new("政务服务事项清单",
    [
        new("事项编码", r => r.Input.Code, (r, t) => Set(() => r.Input.Code = t), Required: true),
        new("事项名称", r => r.Input.Name, (r, t) => Set(() => r.Input.Name = t), Required: true),
        new("实施部门", r => r.Input.Department, (r, t) => Set(() => r.Input.Department = t), Required: true),
        new("事项类型", r => TypeName(r.Input.Type), (r, t) => TypeNames.TryGetValue(t, out var type) ? Set(() => r.Input.Type = type) : "事项类型应为行政许可、行政确认、行政给付或其他", Required: true),
        new("设定依据", r => r.Input.LegalBasis, (r, t) => Set(() => r.Input.LegalBasis = t), Required: true),
        new("法定时限（工作日）", r => r.Input.StatutoryDays, (r, t) => Cells.WholeNumber(t, out var v) ?? Set(() => r.Input.StatutoryDays = v), Required: true),
        new("承诺时限（工作日）", r => r.Input.CommittedDays, (r, t) => Cells.WholeNumber(t, out var v)
            ?? (v > r.Input.StatutoryDays ? "承诺时限不得超过法定时限" : Set(() => r.Input.CommittedDays = v)), Required: true),
        new("申请材料", r => r.Input.Materials, (r, t) => Set(() => r.Input.Materials = t)),
        new("收费（元）", r => Cells.Yuan(r.Input.FeeFen), (r, t) => Cells.AmountInFen(t, out var fen) ?? Set(() => r.Input.FeeFen = fen)),
        new("办理渠道", r => ServiceMatter.ChannelNames(r.Input.Channels), (r, t) => ParseChannels(t, out var c) ?? Set(() => r.Input.Channels = c), Required: true),
        new("村级无差别受理", r => r.Input.VillageAccepted ? "是" : "否", (r, t) => t is "是" or "否" ? Set(() => r.Input.VillageAccepted = t == "是") : "应填“是”或“否”"),
        new("业务类别", r => r.Input.Category, (r, t) => Set(() => r.Input.Category = t), Required: true),
    ]);

    public async Task<Paged<ServiceMatter>> ListAsync(MatterFilter filter, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var query = Filtered(filter, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var total = await query.CountAsync(ct);
        var items = await Sorted(query, filter.Sort).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<ServiceMatter>(items, page, size, total);
    }

    public async Task<ServiceMatter> GetAsync(Guid id, CancellationToken ct) =>
        await db.Set<ServiceMatter>().FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new RecordNotFoundException("事项不存在");

    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken ct) =>
        await db.Set<ServiceMatter>().Where(m => m.RemovedOn == null).Select(m => m.Department).Distinct().OrderBy(d => d).ToListAsync(ct);

    public async Task<ServiceMatter> AddAsync(string region, MatterInput input, CancellationToken ct)
    {
        input.Check();
        var code = input.Code.Trim();
        if (await db.Set<ServiceMatter>().AnyAsync(m => m.RegionCode == region && m.Code == code, ct))
        {
            throw new FieldValidationException(nameof(MatterInput.Code), $"事项编码“{code}”已在清单中");
        }

        var matter = new ServiceMatter(region, input, LegalDate.Today(clock));
        db.Add(matter);
        await db.SaveChangesAsync(ct);
        return matter;
    }

    public async Task<ServiceMatter> ChangeAsync(Guid id, MatterInput input, CancellationToken ct)
    {
        var matter = await GetAsync(id, ct);
        matter.Change(input);
        await db.SaveChangesAsync(ct);
        return matter;
    }

    public async Task RemoveAsync(Guid id, CancellationToken ct)
    {
        var matter = await GetAsync(id, ct);
        matter.Remove(LegalDate.Today(clock));
        await db.SaveChangesAsync(ct);
    }

    public async Task<byte[]> ExportAsync(MatterFilter filter, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Filtered(filter, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var rows = await Sorted(query, filter.Sort).AsNoTracking().ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select(ToRow), ct);
    }

    /// <summary>Imports new matters (codes not yet listed) and changes listed ones; a file with any bad row stores nothing.</summary>
    public async Task<(int Added, int Changed)> ImportAsync(string region, Stream file, string fileName, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(Layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, value) in import.Rows)
        {
            try
            {
                value.Input.Check();
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, ColumnOf(kv.Key), m))));
            }

            if (!seen.Add(value.Input.Code.Trim()))
            {
                errors.Add(new LedgerRowError(row, "事项编码", "文件中事项编码重复"));
            }
        }

        if (errors.Count > 0)
        {
            throw new LedgerImportException(errors);
        }

        var existing = await db.Set<ServiceMatter>().Where(m => m.RegionCode == region).ToDictionaryAsync(m => m.Code, ct);
        var today = LegalDate.Today(clock);
        int added = 0, changed = 0;
        foreach (var (_, value) in import.Rows)
        {
            if (existing.TryGetValue(value.Input.Code.Trim(), out var matter))
            {
                matter.Change(value.Input);
                changed++;
            }
            else
            {
                db.Add(new ServiceMatter(region, value.Input, today));
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return (added, changed);
    }

    public static MatterRow ToRow(ServiceMatter m)
    {
        var row = new MatterRow();
        var i = row.Input;
        i.Code = m.Code;
        i.Name = m.Name;
        i.Department = m.Department;
        i.Type = m.Type;
        i.LegalBasis = m.LegalBasis;
        i.StatutoryDays = m.StatutoryDays;
        i.CommittedDays = m.CommittedDays;
        i.Materials = m.Materials;
        i.FeeFen = m.FeeFen;
        i.Channels = m.Channels;
        i.VillageAccepted = m.VillageAccepted;
        i.Category = m.Category;
        return row;
    }

    public static string TypeName(MatterType type) => type switch
    {
        MatterType.Licensing => "行政许可",
        MatterType.Confirmation => "行政确认",
        MatterType.Benefit => "行政给付",
        MatterType.Other => "其他",
    };

    private IQueryable<ServiceMatter> Filtered(MatterFilter filter, Dictionary<string, string[]> errors)
    {
        var query = db.Set<ServiceMatter>().Where(m => m.RemovedOn == null);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(m => m.Name.Contains(q) || m.Code.Contains(q) || m.LegalBasis.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.Department))
        {
            var d = filter.Department.Trim();
            query = query.Where(m => m.Department == d);
        }

        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            if (Enum.TryParse<MatterType>(filter.Type, out var type) && Enum.IsDefined(type))
            {
                query = query.Where(m => m.Type == type);
            }
            else
            {
                errors["type"] = ["事项类型不正确"];
            }
        }

        if (filter.Village is "1" or "true")
        {
            query = query.Where(m => m.VillageAccepted);
        }

        return query;
    }

    private static IQueryable<ServiceMatter> Sorted(IQueryable<ServiceMatter> query, string? sort) => sort switch
    {
        "name" => query.OrderBy(m => m.Name).ThenBy(m => m.Id),
        "-name" => query.OrderByDescending(m => m.Name).ThenBy(m => m.Id),
        "department" => query.OrderBy(m => m.Department).ThenBy(m => m.Code),
        "-department" => query.OrderByDescending(m => m.Department).ThenBy(m => m.Code),
        "committed" => query.OrderBy(m => m.CommittedDays).ThenBy(m => m.Code),
        "-committed" => query.OrderByDescending(m => m.CommittedDays).ThenBy(m => m.Code),
        "-code" => query.OrderByDescending(m => m.Code),
        _ => query.OrderBy(m => m.Code),
    };

    private static string? Set(Action assign)
    {
        assign();
        return null;
    }

    private static string? ParseChannels(string text, out ServiceChannels channels)
    {
        channels = ServiceChannels.None;
        foreach (var part in text.Split(['、', ',', '，', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            channels |= part switch
            {
                "综合窗口" or "窗口" => ServiceChannels.Window,
                "网上办理" or "网办" => ServiceChannels.Online,
                "自助终端" or "自助" => ServiceChannels.SelfService,
                _ => ServiceChannels.None,
            };
            if (part is not ("综合窗口" or "窗口" or "网上办理" or "网办" or "自助终端" or "自助"))
            {
                return $"办理渠道“{part}”不正确，应为综合窗口、网上办理、自助终端（以顿号分隔）";
            }
        }

        return channels == ServiceChannels.None ? "请填写办理渠道" : null;
    }

    private static string ColumnOf(string field) => field switch
    {
        nameof(MatterInput.Code) => "事项编码",
        nameof(MatterInput.Name) => "事项名称",
        nameof(MatterInput.Department) => "实施部门",
        nameof(MatterInput.LegalBasis) => "设定依据",
        nameof(MatterInput.StatutoryDays) => "法定时限（工作日）",
        nameof(MatterInput.CommittedDays) => "承诺时限（工作日）",
        nameof(MatterInput.FeeFen) => "收费（元）",
        nameof(MatterInput.Channels) => "办理渠道",
        nameof(MatterInput.Category) => "业务类别",
        nameof(MatterInput.Materials) => "申请材料",
        _ => field,
    };

    internal static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
