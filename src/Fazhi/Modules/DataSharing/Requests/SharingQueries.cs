using Fazhi.Modules.DataSharing.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.DataSharing.Requests;

/// <summary>A catalogue entry as the page, the API and the 一网共享 export show it.</summary>
public sealed record ResourceItem(Guid Id, string Code, string Name, string Summary, string Provider, string ShareTypeName, string? ShareCondition,
    string OpenTypeName, string UpdateCycleName, IReadOnlyList<string> Items, IReadOnlyList<string> ItemNames, DateOnly RegisteredOn);

/// <summary>A sharing request with its clock.</summary>
public sealed record RequestItem(Guid Id, Guid ResourceId, string ResourceCode, string ResourceName, string Applicant, string Contact, string Purpose, string Basis,
    DateOnly UsableFrom, DateOnly UsableTo, DateOnly ReceivedOn, DateOnly ReplyDue, string Status, string StatusName, DateOnly? DecidedOn, string? Opinion,
    string? TokenHint, DateOnly? RevokedOn, bool Overdue, bool RepliedLate, int Reads);

/// <summary>A row of the catalogue ledger (the 一网共享 挂接 columns).</summary>
public sealed class ResourceLedgerRow
{
    public ResourceItem? Item { get; set; }

    public string? Name { get; set; }

    public string? Summary { get; set; }

    public string? Provider { get; set; }

    public string? ShareType { get; set; }

    public string? ShareCondition { get; set; }

    public string? OpenType { get; set; }

    public string? UpdateCycle { get; set; }

    public List<string> Items { get; set; } = [];

    public DateOnly? RegisteredOn { get; set; }

    public ResourceInput Input() => new()
    {
        Name = Name,
        Summary = Summary,
        Provider = Provider,
        ShareType = ShareType,
        ShareCondition = ShareCondition,
        OpenType = OpenType,
        UpdateCycle = UpdateCycle,
        Items = Items,
        RegisteredOn = RegisteredOn,
    };
}

/// <summary>The catalogue (list, export and import in one layout), the requests with their clocks, and the read log.</summary>
public sealed class SharingQueries(AppDbContext db, SharingUseCases uses, MetricCatalog catalog, TimeProvider time)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "资源名称",
        ["summary"] = "资源摘要",
        ["provider"] = "资源提供方",
        ["shareType"] = "共享类型",
        ["shareCondition"] = "共享条件",
        ["openType"] = "开放类型",
        ["updateCycle"] = "更新周期",
        ["items"] = "数据项",
        ["registeredOn"] = "挂接日期",
    };

    public static readonly LedgerLayout<ResourceLedgerRow> Layout = new("政务数据资源目录",
    [
        new("资源代码", r => r.Item?.Code),
        new("资源名称", r => r.Item?.Name, (r, v) => Cells.Accept(() => r.Name = v), Required: true),
        new("资源摘要", r => r.Item?.Summary, (r, v) => Cells.Accept(() => r.Summary = v), Required: true),
        new("资源提供方", r => r.Item?.Provider, (r, v) => Cells.Accept(() => r.Provider = v), Required: true),
        new("共享类型", r => r.Item?.ShareTypeName, (r, v) => Cells.Accept(() => r.ShareType = v), Required: true),
        new("共享条件", r => r.Item?.ShareCondition, (r, v) => Cells.Accept(() => r.ShareCondition = v)),
        new("开放类型", r => r.Item?.OpenTypeName, (r, v) => Cells.Accept(() => r.OpenType = v), Required: true),
        new("更新周期", r => r.Item?.UpdateCycleName, (r, v) => Cells.Accept(() => r.UpdateCycle = v), Required: true),
        new("数据项", r => r.Item is null ? null : string.Join("；", r.Item.ItemNames),
            (r, v) => Cells.Accept(() => r.Items = v.Split(['；', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()), Required: true),
        new("挂接日期", r => r.Item?.RegisteredOn, (r, v) => Cells.Date(v, out var d) ?? Cells.Accept(() => r.RegisteredOn = d), Required: true),
    ]);

    public async Task<IReadOnlyList<ResourceItem>> ResourcesAsync(string? q, CancellationToken ct)
    {
        var query = db.Set<DataResource>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(r => r.Name.Contains(text) || r.Summary.Contains(text) || r.Provider.Contains(text) || r.Code.Contains(text));
        }

        return (await query.OrderBy(r => r.Code).Take(Ledgers.MaxRows).ToListAsync(ct)).Select(Item).ToList();
    }

    public async Task<byte[]> ExportAsync(string? q, CancellationToken ct) =>
        await Ledgers.ExportXlsxAsync(Layout, (await ResourcesAsync(q, ct)).Select(i => new ResourceLedgerRow { Item = i }), ct);

    /// <summary>Imports a catalogue: every bad row is reported (row, column, reason in Chinese) and nothing of the file is stored.</summary>
    public async Task<int> ImportAsync(Stream file, string fileName, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(Layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (row, value) in import.Rows)
        {
            try
            {
                await uses.RegisterAsync(value.Input(), ct);
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, Headers.GetValueOrDefault(kv.Key, kv.Key), m))));
                db.ChangeTracker.Clear();
            }
        }

        if (errors.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            throw new LedgerImportException(errors);
        }

        await transaction.CommitAsync(ct);
        return import.Rows.Count;
    }

    public async Task<Paged<RequestItem>> RequestsAsync(string? status, string? page, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (number, size) = Paging.Parse(page, null, errors);
        var query = db.Set<SharingRequest>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (DisplayNames.Parse<SharingStatus>(status) is { } s)
            {
                query = query.Where(r => r.Status == s);
            }
            else
            {
                errors["status"] = ["申请状态不正确"];
            }
        }

        FieldChecks.ThrowIfAny(errors);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.ReceivedOn).ThenBy(r => r.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<RequestItem>(await ItemsAsync(rows, ct), number, size, total);
    }

    public async Task<RequestItem> RequestAsync(Guid id, CancellationToken ct)
    {
        var request = await db.Set<SharingRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new RecordNotFoundException("共享申请不存在");
        return (await ItemsAsync([request], ct))[0];
    }

    public async Task<IReadOnlyList<SharingAccess>> ReadsAsync(Guid id, CancellationToken ct) =>
        await db.Set<SharingAccess>().AsNoTracking().Where(a => a.RequestId == id).OrderByDescending(a => a.At).Take(200).ToListAsync(ct);

    private async Task<List<RequestItem>> ItemsAsync(IReadOnlyList<SharingRequest> rows, CancellationToken ct)
    {
        var today = LegalDate.Today(time);
        var ids = rows.Select(r => r.ResourceId).Distinct().ToList();
        var resources = await db.Set<DataResource>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var requestIds = rows.Select(r => r.Id).ToList();
        var reads = await db.Set<SharingAccess>().AsNoTracking().Where(a => requestIds.Contains(a.RequestId)).GroupBy(a => a.RequestId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return rows.Select(r => new RequestItem(r.Id, r.ResourceId, resources.GetValueOrDefault(r.ResourceId)?.Code ?? "", resources.GetValueOrDefault(r.ResourceId)?.Name ?? "",
            r.Applicant, r.Contact, r.Purpose, r.Basis, r.UsableFrom, r.UsableTo, r.ReceivedOn, r.ReplyDue, r.Status.ToString(), DisplayNames.Of(r.Status), r.DecidedOn,
            r.Opinion, r.TokenHint, r.RevokedOn, r.Status == SharingStatus.Pending && today > r.ReplyDue, r.RepliedLate, reads.GetValueOrDefault(r.Id))).ToList();
    }

    private ResourceItem Item(DataResource r) => new(r.Id, r.Code, r.Name, r.Summary, r.Provider, DisplayNames.Of(r.ShareType), r.ShareCondition,
        DisplayNames.Of(r.OpenType), DisplayNames.Of(r.UpdateCycle), r.Items, r.Items.Select(k => catalog.Find(k)?.Name ?? k).ToList(), r.RegisteredOn);
}
