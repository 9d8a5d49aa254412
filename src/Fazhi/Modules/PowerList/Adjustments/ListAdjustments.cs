using System.Globalization;

using Fazhi.Modules.PowerList.Domain;
using Fazhi.Modules.PowerList.Items;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.PowerList.Adjustments;

/// <summary>登记清单调整. Trigger is a Chinese name or identifier.</summary>
public sealed record AdjustmentInput
{
    public string? Title { get; init; }

    public string? Trigger { get; init; }

    public string? TriggerDescription { get; init; }

    public DateOnly? TriggeredOn { get; init; }
}

/// <summary>One change of the proposal: Kind 新增/变更/取消; the item's fields (for 变更 the ones that change); the reason (required to cancel).</summary>
public sealed record ChangeInput
{
    public string? Kind { get; init; }

    public ItemInput Item { get; init; } = new();

    public string? Reason { get; init; }
}

/// <summary>
/// A step: Step is 提出/审核/审定/公布 (or Proposal/Review/Approval/Publication); By is the proposer, the reviewer, the
/// approving meeting or the publisher; Passed answers a review; EffectiveOn is the publication's 施行日期.
/// </summary>
public sealed record StepInput
{
    public string? Step { get; init; }

    public DateOnly? On { get; init; }

    public string? By { get; init; }

    public string? Opinion { get; init; }

    public bool? Passed { get; init; }

    public DateOnly? EffectiveOn { get; init; }
}

public sealed record AdjustmentFilter
{
    public string? Q { get; init; }

    public string? Status { get; init; }

    public string? Year { get; init; }

    public string? Page { get; init; }
}

public sealed record AdjustmentView(Guid Id, string Title, string TriggerName, string TriggerDescription, DateOnly TriggeredOn, DateOnly DueOn,
    bool Overdue, string Status, string StatusName, DateOnly? PublishedOn, DateOnly? EffectiveOn, int Added, int Changed, int Cancelled);

public sealed record StepView(int Sequence, string Kind, string KindName, DateOnly On, string By, string? Opinion, bool? Passed);

/// <summary>One change with its diff: old → new per field (old is the item's version it replaces, or the current item before publication).</summary>
public sealed record ChangeView(int Number, string Kind, string KindName, string Code, string Name, Guid? ItemId, string? Reason, IReadOnlyList<FieldDiff> Diff);

public sealed record AdjustmentDetails(AdjustmentView Adjustment, IReadOnlyList<StepView> Steps, IReadOnlyList<ChangeView> Changes, string? NextStep);

/// <summary>
/// 权责清单动态调整: registered with its trigger (its due date counted in working days), its changes drafted, then
/// proposed, reviewed, approved and published in order; publication writes the items' new versions.
/// </summary>
public sealed class ListAdjustments(AppDbContext db, TimeProvider time, ICalendarSource calendars, IOptions<PowerListOptions> options)
{
    public async Task<PowerListAdjustment> RegisterAsync(AdjustmentInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var f = new Fields(time);
        var region = db.Scope.WriteRegion ?? systemRegion ?? throw new DomainRuleException("请以本单位用户身份登记清单调整");
        var title = f.Required(input.Title, 200, "title", "调整事项");
        var trigger = f.Choice<TriggerKind>(input.Trigger, "trigger", $"请选择启动情形（{Fields.Names<TriggerKind>()}）");
        var description = f.Required(input.TriggerDescription, 2000, "triggerDescription", "启动情形说明");
        var on = f.PastDate(input.TriggeredOn, "triggeredOn", "启动日期");
        f.ThrowIfAny();
        var calendar = await calendars.GetAsync(ct);
        var due = calendar.AddWorkingDays(on, options.Value.AdjustWithinWorkingDays).Due;
        var adjustment = new PowerListAdjustment(region, title!, trigger!.Value, description!, on, due, actor);
        db.Add(adjustment);
        await db.SaveChangesAsync(ct);
        return adjustment;
    }

    public async Task AddChangeAsync(Guid id, ChangeInput input, CancellationToken ct)
    {
        var adjustment = await LoadAsync(id, ct);
        var f = new Fields(time);
        var kind = f.Choice<ChangeKind>(input.Kind, "kind", $"请选择调整方式（{Fields.Names<ChangeKind>()}）");
        var code = PowerItems.ReadCode(f, input.Item.Code);
        var reason = f.Optional(input.Reason, 1000, "reason", "调整理由");
        PowerItem? item = code is null ? null : await db.Set<PowerItem>().FirstOrDefaultAsync(i => i.Code == code && i.RegionCode == adjustment.RegionCode, ct);
        PowerItemFields? fields = null;
        switch (kind)
        {
            case ChangeKind.Add:
                if (item is not null)
                {
                    f.Add("code", $"事项编码{code}已在本镇权责清单中，新增事项应使用新编码");
                }

                fields = PowerItems.ReadFields(f, input.Item);
                break;
            case ChangeKind.Change or ChangeKind.Cancel when code is not null && item is null:
                f.Add("code", $"本镇权责清单中没有编码为{code}的事项");
                break;
            case ChangeKind.Change or ChangeKind.Cancel when item is { Status: PowerItemStatus.Cancelled }:
                f.Add("code", $"事项{code}“{item.Name}”已取消");
                break;
            case ChangeKind.Change when item is not null:
                fields = PowerItems.ReadFields(f, input.Item, item.Fields);
                if (fields == item.Fields)
                {
                    f.Add("name", "变更后的事项与现行版本相同，请填写要变更的内容");
                }

                break;
            case ChangeKind.Cancel when item is not null:
                fields = item.Fields;
                if (reason is null)
                {
                    f.Add("reason", "请填写取消理由");
                }

                break;
        }

        f.ThrowIfAny();
        db.Add(adjustment.AddChange(kind!.Value, code!, item?.Id, fields!, reason));
        await db.SaveChangesAsync(ct);
    }

    public async Task TakeStepAsync(Guid id, StepInput input, string actor, CancellationToken ct)
    {
        var adjustment = await LoadAsync(id, ct);
        var f = new Fields(time);
        var kind = f.Choice<StepKind>(input.Step, "step", "请选择步骤（提出、审核、审定、公布）");
        if (kind == StepKind.Trigger)
        {
            f.Add("step", "登记在建立调整时完成，请选择提出、审核、审定或公布");
        }

        var by = kind == StepKind.Publication ? f.Optional(input.By, 200, "by", "公布单位") ?? actor : f.Required(input.By, 200, "by", ByLabel(kind));
        var opinion = f.Optional(input.Opinion, 2000, "opinion", kind == StepKind.Review ? "审核意见" : "意见");
        var on = f.PastDate(input.On, "on", kind is { } k ? $"{DisplayNames.Of(k)}日期" : "日期");
        if (kind == StepKind.Review)
        {
            if (input.Passed is null)
            {
                f.Add("passed", "请注明审核是否通过");
            }

            if (opinion is null)
            {
                f.Add("opinion", "请填写审核意见");
            }
        }

        if (kind == StepKind.Publication && input.EffectiveOn is null)
        {
            f.Add("effectiveOn", "请填写施行日期");
        }

        f.ThrowIfAny();
        var today = f.Today;
        switch (kind!.Value)
        {
            case StepKind.Proposal:
                db.Add(adjustment.Propose(on, today, by!, opinion));
                break;
            case StepKind.Review:
                db.Add(adjustment.Review(on, today, by!, opinion!, input.Passed!.Value));
                break;
            case StepKind.Approval:
                db.Add(adjustment.Approve(on, today, by!, opinion));
                break;
            case StepKind.Publication:
                var ids = adjustment.Changes.Select(c => c.ItemId).OfType<Guid>().ToList();
                var items = await db.Set<PowerItem>().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
                var codes = adjustment.Changes.Where(c => c.Kind == ChangeKind.Add).Select(c => c.Code).ToList();
                var taken = await db.Set<PowerItem>().Where(i => i.RegionCode == adjustment.RegionCode && codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
                if (taken.Count > 0)
                {
                    throw new DomainRuleException($"事项编码{string.Join("、", taken)}已在清单中（另一调整已新增），请退回修改后再公布", PowerItem.Guidance);
                }

                db.AddRange(adjustment.Publish(on, input.EffectiveOn!.Value, today, by!, items));
                break;
            case StepKind.Trigger:
                break;
        }

        await db.SaveChangesAsync(ct);
    }

    private static string ByLabel(StepKind? kind) => kind switch
    {
        StepKind.Proposal => "提出单位",
        StepKind.Review => "审核单位及审核人",
        StepKind.Approval => "审定会议",
        _ => "办理单位",
    };

    public async Task<Paged<AdjustmentView>> PageAsync(AdjustmentFilter filter, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, null, errors);
        var query = db.Set<PowerListAdjustment>().AsNoTracking().Include(a => a.Changes).AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(a => a.Title.Contains(q) || a.TriggerDescription.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (DisplayNames.Parse<AdjustmentStatus>(filter.Status) is { } status)
            {
                query = query.Where(a => a.Status == status);
            }
            else
            {
                errors["status"] = [$"状态应为{Fields.Names<AdjustmentStatus>()}之一"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            {
                var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
                query = query.Where(a => a.TriggeredOn >= from && a.TriggeredOn < to);
            }
            else
            {
                errors["year"] = ["年度应为2000至2100之间的年份"];
            }
        }

        FieldChecks.ThrowIfAny(errors);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.TriggeredOn).ThenByDescending(a => a.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var today = LegalDate(time);
        return new Paged<AdjustmentView>(rows.Select(a => View(a, today)).ToList(), page, size, total);
    }

    public async Task<AdjustmentDetails> DetailsAsync(Guid id, CancellationToken ct) =>
        await DetailsOfAsync(await db.Set<PowerListAdjustment>().AsNoTracking().Include(a => a.Steps).Include(a => a.Changes).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new RecordNotFoundException("清单调整不存在"), ct);

    /// <summary>A published adjustment of the region for the portal (an unpublished one does not exist there).</summary>
    public async Task<AdjustmentDetails> PublishedAsync(string region, Guid id, CancellationToken ct) =>
        await DetailsOfAsync(await db.Set<PowerListAdjustment>().IgnoreQueryFilters().AsNoTracking().Include(a => a.Steps).Include(a => a.Changes).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id && a.RegionCode == region && a.Status == AdjustmentStatus.Published, ct) ?? throw new RecordNotFoundException("清单调整不存在"), ct);

    private async Task<AdjustmentDetails> DetailsOfAsync(PowerListAdjustment a, CancellationToken ct)
    {
        var ids = a.Changes.Select(c => c.ItemId).OfType<Guid>().ToList();
        var items = await db.Set<PowerItem>().IgnoreQueryFilters().AsNoTracking().Where(i => ids.Contains(i.Id) && i.RegionCode == a.RegionCode).ToDictionaryAsync(i => i.Id, ct);
        var versions = await db.Set<PowerItemVersion>().IgnoreQueryFilters().AsNoTracking().Where(v => ids.Contains(v.ItemId) && v.RegionCode == a.RegionCode)
            .ToListAsync(ct);
        var changes = a.Changes.OrderBy(c => c.Number).Select(c =>
        {
            PowerItemFields? before = c.Kind == ChangeKind.Add
                ? null
                : c.PreviousVersion is { } n
                    ? versions.FirstOrDefault(v => v.ItemId == c.ItemId && v.Number == n)?.Fields
                    : c.ItemId is { } itemId && items.TryGetValue(itemId, out var item) ? item.Fields : c.Fields;
            IReadOnlyList<FieldDiff> diff = c.Kind == ChangeKind.Cancel
                ? [new FieldDiff("状态", DisplayNames.Of(PowerItemStatus.InForce), DisplayNames.Of(PowerItemStatus.Cancelled))]
                : c.Fields.DiffFrom(before);
            return new ChangeView(c.Number, c.Kind.ToString(), DisplayNames.Of(c.Kind), c.Code, before?.Name ?? c.Name, c.ItemId, c.Reason, diff);
        }).ToList();
        var steps = a.Steps.OrderBy(s => s.Sequence)
            .Select(s => new StepView(s.Sequence, s.Kind.ToString(), DisplayNames.Of(s.Kind), s.On, s.Actor, s.Opinion, s.Passed)).ToList();
        return new AdjustmentDetails(View(a, LegalDate(time)), steps, changes, NextStep(a.Status));
    }

    /// <summary>The step the adjustment waits for (null once published).</summary>
    public static string? NextStep(AdjustmentStatus status) => status switch
    {
        AdjustmentStatus.Registered => DisplayNames.Of(StepKind.Proposal),
        AdjustmentStatus.Proposed => DisplayNames.Of(StepKind.Review),
        AdjustmentStatus.Reviewed => DisplayNames.Of(StepKind.Approval),
        AdjustmentStatus.Approved => DisplayNames.Of(StepKind.Publication),
        AdjustmentStatus.Published => null,
    };

    private static AdjustmentView View(PowerListAdjustment a, DateOnly today) => new(a.Id, a.Title, DisplayNames.Of(a.Trigger), a.TriggerDescription, a.TriggeredOn,
        a.DueOn, a.IsOverdue(today), a.Status.ToString(), DisplayNames.Of(a.Status), a.PublishedOn, a.EffectiveOn,
        a.Changes.Count(c => c.Kind == ChangeKind.Add), a.Changes.Count(c => c.Kind == ChangeKind.Change), a.Changes.Count(c => c.Kind == ChangeKind.Cancel));

    private static DateOnly LegalDate(TimeProvider clock) => Fazhi.Platform.Procedures.LegalDate.Today(clock);

    private async Task<PowerListAdjustment> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Set<PowerListAdjustment>().Include(a => a.Steps).Include(a => a.Changes).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new RecordNotFoundException("清单调整不存在");
}
