using System.Globalization;

using Fazhi.Modules.MajorDecisions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.MajorDecisions.Catalog;

/// <summary>Request bodies of the catalog endpoints.</summary>
public sealed record NewCatalogInput(int? Year);

public sealed record ApproveCatalogInput(DateOnly? On, string? Approval);

public sealed record PublishCatalogInput(DateOnly? On, string? Url);

public sealed record AdjustCatalogInput(string? Reason);

/// <summary>A catalog version as pages and the API show it.</summary>
public sealed record CatalogView(
    Guid Id, string RegionCode, int Year, int Version, string Status, string StatusName, DateOnly? PartyApprovedOn, string? PartyApproval,
    DateOnly? PublishedOn, string? PublicationUrl, string? AdjustmentReason, Guid? PreviousVersionId, IReadOnlyList<CatalogItemView> Items,
    IReadOnlyList<CatalogVersionLine> Versions)
{
    public bool Editable => Status == nameof(CatalogStatus.Draft);
}

public sealed record CatalogItemView(
    Guid Id, Guid ItemKey, int Number, string Title, string LeadUnit, DateOnly? PlannedStart, DateOnly? PlannedEnd,
    bool RequiresPublicParticipation, bool RequiresExpertReview, bool RequiresRiskAssessment, bool RequiresHearing, bool AffectsBusiness,
    string RequiredProcedures, string? Note)
{
    public static CatalogItemView Of(CatalogItem i) => new(i.Id, i.ItemKey, i.Number, i.Title, i.LeadUnit, i.PlannedStart, i.PlannedEnd,
        i.RequiresPublicParticipation, i.RequiresExpertReview, i.RequiresRiskAssessment, i.RequiresHearing, i.AffectsBusiness, i.RequiredProcedures(), i.Note);
}

/// <summary>版本记录: one version of the same year's catalog and what changed against the one before it.</summary>
public sealed record CatalogVersionLine(Guid Id, int Version, string StatusName, DateOnly? PartyApprovedOn, DateOnly? PublishedOn, string? AdjustmentReason, int ItemCount, IReadOnlyList<string> Changes);

/// <summary>
/// 目录编制与调整: create the year's catalog, edit its items while 编制中, record the Party committee's approval, publish,
/// and adjust during the year (a new version copied from the published one; every version kept).
/// </summary>
public sealed class CatalogUseCases(AppDbContext db, TimeProvider time)
{
    public async Task<DecisionCatalog> CreateAsync(NewCatalogInput input, string region, string actor, CancellationToken ct)
    {
        if (input.Year is not (>= 2019 and <= 2100))
        {
            throw new FieldValidationException("year", "请填写目录年度（2019年及以后的四位年份）");
        }

        if (await db.Set<DecisionCatalog>().AnyAsync(c => c.Year == input.Year && c.RegionCode == region, ct))
        {
            throw new DomainRuleException($"{input.Year}年的目录已经编制；年度中需要变更的，请对已公布的目录“调整目录”");
        }

        var catalog = new DecisionCatalog(region, input.Year.Value, 1, null, null, actor, Now);
        db.Add(catalog);
        await db.SaveChangesAsync(ct);
        return catalog;
    }

    public async Task<CatalogItem> AddItemAsync(Guid catalogId, CatalogItemInput input, CancellationToken ct)
    {
        var catalog = await LoadAsync(catalogId, ct);
        catalog.EnsureEditable();
        input.Validate(catalog.Year);
        var item = new CatalogItem(catalog, Guid.CreateVersion7(), catalog.Items.Count == 0 ? 1 : catalog.Items.Max(i => i.Number) + 1, input);
        catalog.Items.Add(item);
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task RemoveItemAsync(Guid catalogId, Guid itemId, CancellationToken ct)
    {
        var catalog = await LoadAsync(catalogId, ct);
        catalog.EnsureEditable();
        var item = catalog.Items.FirstOrDefault(i => i.Id == itemId) ?? throw new RecordNotFoundException("目录中没有该事项");
        if (await db.Set<MajorDecision>().AnyAsync(d => d.CatalogItemKey == item.ItemKey, ct))
        {
            throw new DomainRuleException("该事项已启动决策程序，不能从目录中删除；确需调整的，请在决策中办理“决策调整”或“停止执行”", Basis.Adjustment);
        }

        catalog.Items.Remove(item);
        db.Remove(item);
        await db.SaveChangesAsync(ct);
    }

    public async Task ApproveAsync(Guid catalogId, ApproveCatalogInput input, CancellationToken ct)
    {
        var catalog = await LoadAsync(catalogId, ct);
        if (string.IsNullOrWhiteSpace(input.Approval) || input.Approval.Trim().Length > 200)
        {
            throw new FieldValidationException("approval", "请填写党委同意的依据（如 镇党委会议纪要文号，不超过200个字符）");
        }

        catalog.Approve(Day(input.On), input.Approval);
        await db.SaveChangesAsync(ct);
    }

    public async Task PublishAsync(Guid catalogId, PublishCatalogInput input, CancellationToken ct)
    {
        var catalog = await LoadAsync(catalogId, ct);
        if (input.Url is { Length: > 0 } url && (url.Length > DecisionCatalog.MaxText || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new FieldValidationException("url", "公布网址应为 http:// 或 https:// 开头的网址");
        }

        catalog.Publish(Day(input.On), input.Url);
        var earlier = await db.Set<DecisionCatalog>()
            .Where(c => c.RegionCode == catalog.RegionCode && c.Year == catalog.Year && c.Id != catalog.Id && c.Status == CatalogStatus.Published)
            .ToListAsync(ct);
        earlier.ForEach(c => c.Supersede());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>调整目录: a new version (编制中) with the published version's items; the published version stays in force until the new one is published.</summary>
    public async Task<DecisionCatalog> AdjustAsync(Guid catalogId, AdjustCatalogInput input, string actor, CancellationToken ct)
    {
        var catalog = await LoadAsync(catalogId, ct);
        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > DecisionCatalog.MaxText)
        {
            throw new FieldValidationException("reason", $"请填写调整理由（不超过{DecisionCatalog.MaxText}个字符）");
        }

        if (catalog.Status != CatalogStatus.Published)
        {
            throw new DomainRuleException("只能对现行公布的目录进行调整", Basis.Catalog);
        }

        var versions = await db.Set<DecisionCatalog>().Where(c => c.RegionCode == catalog.RegionCode && c.Year == catalog.Year).ToListAsync(ct);
        if (versions.Any(v => v.Status is CatalogStatus.Draft or CatalogStatus.Approved))
        {
            throw new DomainRuleException("本年度已有正在调整（尚未公布）的目录版本，请在该版本上修改");
        }

        var next = new DecisionCatalog(catalog.RegionCode, catalog.Year, versions.Max(v => v.Version) + 1, catalog.Id, input.Reason, actor, Now);
        db.Add(next);
        foreach (var item in catalog.Items.OrderBy(i => i.Number))
        {
            var copy = new CatalogItem(next, item.ItemKey, item.Number, item.ToInput());
            next.Items.Add(copy);
            db.Add(copy);
        }

        await db.SaveChangesAsync(ct);
        return next;
    }

    public async Task<CatalogView> ViewAsync(Guid catalogId, CancellationToken ct)
    {
        var catalog = await db.Set<DecisionCatalog>().AsNoTracking().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == catalogId, ct)
            ?? throw new RecordNotFoundException("没有该目录");
        var versions = await db.Set<DecisionCatalog>().AsNoTracking().Include(c => c.Items)
            .Where(c => c.RegionCode == catalog.RegionCode && c.Year == catalog.Year).OrderBy(c => c.Version).ToListAsync(ct);
        return View(catalog, versions);
    }

    public static CatalogView View(DecisionCatalog catalog, IReadOnlyList<DecisionCatalog> versions) => new(
        catalog.Id, catalog.RegionCode, catalog.Year, catalog.Version, catalog.Status.ToString(), Names.Of(catalog.Status), catalog.PartyApprovedOn,
        catalog.PartyApproval, catalog.PublishedOn, catalog.PublicationUrl, catalog.AdjustmentReason, catalog.PreviousVersionId,
        catalog.Items.OrderBy(i => i.Number).Select(CatalogItemView.Of).ToList(),
        versions.Select((v, i) => new CatalogVersionLine(v.Id, v.Version, Names.Of(v.Status), v.PartyApprovedOn, v.PublishedOn, v.AdjustmentReason,
            v.Items.Count, i == 0 ? ["首次编制"] : Changes(versions[i - 1], v))).ToList());

    /// <summary>What an adjustment changed: items added, removed or altered (matched by their stable key).</summary>
    public static IReadOnlyList<string> Changes(DecisionCatalog before, DecisionCatalog after)
    {
        var changes = new List<string>();
        var old = before.Items.ToDictionary(i => i.ItemKey);
        foreach (var item in after.Items.OrderBy(i => i.Number))
        {
            if (!old.TryGetValue(item.ItemKey, out var was))
            {
                changes.Add($"新增：{item.Title}");
            }
            else if (was.ToInput() != item.ToInput())
            {
                changes.Add($"调整：{item.Title}");
            }
        }

        var now = after.Items.Select(i => i.ItemKey).ToHashSet();
        changes.AddRange(before.Items.Where(i => !now.Contains(i.ItemKey)).OrderBy(i => i.Number).Select(i => $"删除：{i.Title}"));
        return changes.Count == 0 ? ["事项未变"] : changes;
    }

    /// <summary>The region's catalog versions (newest year first), optionally of one year.</summary>
    public async Task<Paged<DecisionCatalog>> ListAsync(string? year, string? page, CancellationToken ct)
    {
        var query = db.Set<DecisionCatalog>().AsNoTracking().Include(c => c.Items).AsQueryable();
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                throw new FieldValidationException("year", "年度应为四位数字");
            }

            query = query.Where(c => c.Year == y);
        }

        int? pageNumber = null;
        if (!string.IsNullOrWhiteSpace(page))
        {
            pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : throw new FieldValidationException("page", "页码应为正整数");
        }

        return await query.OrderByDescending(c => c.Year).ThenByDescending(c => c.Version).ThenBy(c => c.Id).ToPagedAsync(pageNumber, 20, ct);
    }

    public static readonly LedgerLayout<CatalogLedgerRow> Layout = new("重大行政决策事项目录",
    [
        new("序号", r => r.Number),
        new("决策事项", r => r.Title, (r, t) => Text(t, CatalogItem.MaxTitle, v => r.Title = v), Required: true),
        new("承办单位", r => r.LeadUnit, (r, t) => Text(t, CatalogItem.MaxUnit, v => r.LeadUnit = v), Required: true),
        new("计划启动时间", r => r.PlannedStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (r, t) => OptionalDate(t, d => r.PlannedStart = d)),
        new("计划完成时间", r => r.PlannedEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (r, t) => OptionalDate(t, d => r.PlannedEnd = d)),
        new("公众参与", r => YesNo(r.PublicParticipation), (r, t) => Flag(t, v => r.PublicParticipation = v)),
        new("专家论证", r => YesNo(r.ExpertReview), (r, t) => Flag(t, v => r.ExpertReview = v)),
        new("风险评估", r => YesNo(r.RiskAssessment), (r, t) => Flag(t, v => r.RiskAssessment = v)),
        new("听证", r => YesNo(r.Hearing), (r, t) => Flag(t, v => r.Hearing = v)),
        new("公平竞争审查", r => YesNo(r.AffectsBusiness), (r, t) => Flag(t, v => r.AffectsBusiness = v)),
        new("备注", r => r.Note, (r, t) => Text(t, DecisionCatalog.MaxText, v => r.Note = v)),
    ]);

    public async Task<(byte[] Bytes, string FileName)> ExportAsync(Guid catalogId, CancellationToken ct)
    {
        var catalog = await db.Set<DecisionCatalog>().AsNoTracking().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == catalogId, ct)
            ?? throw new RecordNotFoundException("没有该目录");
        var bytes = await Ledgers.ExportXlsxAsync(Layout, catalog.Items.OrderBy(i => i.Number).Select(CatalogLedgerRow.Of), ct);
        return (bytes, $"{catalog.Year}年重大行政决策事项目录（第{catalog.Version}版）.xlsx");
    }

    /// <summary>导入目录事项 into a version being drafted: every bad row is reported and nothing is added unless all rows are good.</summary>
    public async Task<int> ImportAsync(Guid catalogId, Stream file, string fileName, CancellationToken ct)
    {
        var catalog = await LoadAsync(catalogId, ct);
        catalog.EnsureEditable();
        var import = await Ledgers.ImportAsync(Layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        var inputs = new List<CatalogItemInput>();
        foreach (var (row, value) in import.Rows)
        {
            var input = value.ToInput();
            try
            {
                input.Validate(catalog.Year);
                inputs.Add(input);
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, kv.Key, m))));
            }
        }

        if (errors.Count > 0)
        {
            throw new LedgerImportException(errors);
        }

        var number = catalog.Items.Count == 0 ? 0 : catalog.Items.Max(i => i.Number);
        foreach (var input in inputs)
        {
            var item = new CatalogItem(catalog, Guid.CreateVersion7(), ++number, input);
            catalog.Items.Add(item);
            db.Add(item);
        }

        await db.SaveChangesAsync(ct);
        return inputs.Count;
    }

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string? Text(string text, int max, Action<string> set)
    {
        var value = text.Trim();
        if (value.Length > max)
        {
            return $"不能超过{max}个字符";
        }

        set(value);
        return null;
    }

    private static string? OptionalDate(string text, Action<DateOnly?> set)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            set(null);
            return null;
        }

        var error = Cells.Date(text, out var day);
        set(error is null ? day : null);
        return error;
    }

    private static string? Flag(string text, Action<bool> set)
    {
        switch (text.Trim())
        {
            case "是":
                set(true);
                return null;
            case "否" or "":
                set(false);
                return null;
            default:
                return $"“{text}”应为“是”或“否”";
        }
    }

    private async Task<DecisionCatalog> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Set<DecisionCatalog>().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new RecordNotFoundException("没有该目录");

    private DateOnly Day(DateOnly? on)
    {
        var today = LegalDate.Today(time);
        var day = on ?? today;
        return day > today ? throw new FieldValidationException("on", "日期不能晚于今天") : day;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}

/// <summary>A catalog ledger row: what is exported and what an import reads back (序号 is export only).</summary>
public sealed class CatalogLedgerRow
{
    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string LeadUnit { get; set; } = "";

    public DateOnly? PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public bool PublicParticipation { get; set; }

    public bool ExpertReview { get; set; }

    public bool RiskAssessment { get; set; }

    public bool Hearing { get; set; }

    public bool AffectsBusiness { get; set; }

    public string? Note { get; set; }

    public static CatalogLedgerRow Of(CatalogItem i) => new()
    {
        Number = i.Number,
        Title = i.Title,
        LeadUnit = i.LeadUnit,
        PlannedStart = i.PlannedStart,
        PlannedEnd = i.PlannedEnd,
        PublicParticipation = i.RequiresPublicParticipation,
        ExpertReview = i.RequiresExpertReview,
        RiskAssessment = i.RequiresRiskAssessment,
        Hearing = i.RequiresHearing,
        AffectsBusiness = i.AffectsBusiness,
        Note = i.Note,
    };

    public CatalogItemInput ToInput() => new()
    {
        Title = Title,
        LeadUnit = LeadUnit,
        PlannedStart = PlannedStart,
        PlannedEnd = PlannedEnd,
        RequiresPublicParticipation = PublicParticipation,
        RequiresExpertReview = ExpertReview,
        RequiresRiskAssessment = RiskAssessment,
        RequiresHearing = Hearing,
        AffectsBusiness = AffectsBusiness,
        Note = string.IsNullOrWhiteSpace(Note) ? null : Note,
    };
}
