using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.PowerList.Domain;

/// <summary>权力类型 (the kind of power an item of the 权责清单 exercises).</summary>
public enum PowerType
{
    [Display(Name = "行政许可")] Licensing,
    [Display(Name = "行政处罚")] Penalty,
    [Display(Name = "行政强制")] Coercion,
    [Display(Name = "行政征收")] Levy,
    [Display(Name = "行政给付")] Benefit,
    [Display(Name = "行政检查")] Inspection,
    [Display(Name = "行政确认")] Confirmation,
    [Display(Name = "行政奖励")] Reward,
    [Display(Name = "行政裁决")] Adjudication,
    [Display(Name = "其他")] Other,
}

/// <summary>履职事项类别 of 《关于全面建立乡镇（街道）履行职责事项清单的意见》.</summary>
public enum DutyCategory
{
    [Display(Name = "基本履职事项")] Basic,
    [Display(Name = "配合履职事项")] Cooperation,
    [Display(Name = "上级部门收回事项")] Withdrawn,
}

/// <summary>事项状态.</summary>
public enum PowerItemStatus
{
    [Display(Name = "有效")] InForce,
    [Display(Name = "已取消")] Cancelled,
}

/// <summary>
/// The fields of an item as one value: what a version snapshots and what an adjustment proposes. Compared field by field
/// for the diff of each version and each adjustment.
/// </summary>
public sealed record PowerItemFields(string Name, string? SubItem, PowerType Type, string Basis, string Responsibilities, string Accountability,
    string Authority, string Handler, DutyCategory? Category)
{
    /// <summary>Each field's Chinese label and shown value, in the list's column order.</summary>
    public IReadOnlyList<(string Label, string Value)> Shown() =>
    [
        ("事项名称", Name), ("子项", SubItem ?? ""), ("权力类型", DisplayNames.Of(Type)), ("实施依据", Basis), ("责任事项", Responsibilities),
        ("追责情形", Accountability), ("实施主体", Authority), ("承办机构", Handler), ("履职类别", Category is { } c ? DisplayNames.Of(c) : ""),
    ];

    /// <summary>The fields that differ from <paramref name="before"/> (old → new); every field when there was nothing before.</summary>
    public IReadOnlyList<FieldDiff> DiffFrom(PowerItemFields? before)
    {
        var now = Shown();
        var was = before?.Shown();
        return now.Select((f, i) => new FieldDiff(f.Label, was?[i].Value, f.Value)).Where(d => d.Old != d.New).ToList();
    }
}

/// <summary>One changed field: its label, the old value (null when the item is new) and the new one.</summary>
public sealed record FieldDiff(string Field, string? Old, string New);

/// <summary>
/// 权责清单事项 (an item of a town's power and responsibility list): 事项编码 (unique in the town), its fields, 有效 or 已取消,
/// and the number of its current version. The item changes only by writing a new <see cref="PowerItemVersion"/>: the
/// initial load (version 1) or the publication of an adjustment (《关于推行地方各级政府工作部门权力清单制度的指导意见》:
/// the list is adjusted dynamically and every adjustment published).
/// </summary>
public sealed class PowerItem : IRegionScoped
{
    public const string Guidance = "《关于推行地方各级政府工作部门权力清单制度的指导意见》";

    private PowerItem()
    {
    }

    private PowerItem(string regionCode, string code, PowerItemFields fields)
    {
        RegionCode = regionCode;
        Code = code;
        Apply(fields);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>事项编码, unique in the town.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? SubItem { get; private set; }

    public PowerType Type { get; private set; }

    /// <summary>实施依据 (law and article).</summary>
    public string Basis { get; private set; } = "";

    public string Responsibilities { get; private set; } = "";

    public string Accountability { get; private set; } = "";

    /// <summary>实施主体.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>承办机构.</summary>
    public string Handler { get; private set; } = "";

    public DutyCategory? Category { get; private set; }

    public PowerItemStatus Status { get; private set; }

    /// <summary>The number of the newest version (1 = as first loaded).</summary>
    public int Version { get; private set; }

    /// <summary>施行日期 of the newest version.</summary>
    public DateOnly EffectiveOn { get; private set; }

    public PowerItemFields Fields => new(Name, SubItem, Type, Basis, Responsibilities, Accountability, Authority, Handler, Category);

    /// <summary>An item as first listed (initial load or a 新增 of an adjustment): the item and its version 1.</summary>
    public static (PowerItem Item, PowerItemVersion Version) Create(string regionCode, string code, PowerItemFields fields, DateOnly effectiveOn,
        Guid? adjustmentId, string note)
    {
        var item = new PowerItem(regionCode, code, fields);
        return (item, item.Record(effectiveOn, adjustmentId, note));
    }

    /// <summary>变更: the fields as the adjustment sets them, as a new version from its 施行日期.</summary>
    public PowerItemVersion Change(PowerItemFields fields, DateOnly effectiveOn, Guid adjustmentId, string note)
    {
        EnsureInForce(effectiveOn, "变更");
        Apply(fields);
        return Record(effectiveOn, adjustmentId, note);
    }

    /// <summary>取消: a last version marked 已取消, from the adjustment's 施行日期, with the reason.</summary>
    public PowerItemVersion Cancel(DateOnly effectiveOn, Guid adjustmentId, string reason)
    {
        EnsureInForce(effectiveOn, "取消");
        Status = PowerItemStatus.Cancelled;
        return Record(effectiveOn, adjustmentId, reason);
    }

    private void EnsureInForce(DateOnly effectiveOn, string act)
    {
        if (Status == PowerItemStatus.Cancelled)
        {
            throw new DomainRuleException($"事项{Code}“{Name}”已取消，不能再{act}", Guidance);
        }

        if (effectiveOn < EffectiveOn)
        {
            throw new DomainRuleException($"事项{Code}的{act}施行日期不能早于其现行版本的施行日期（{EffectiveOn:yyyy-MM-dd}）", Guidance);
        }
    }

    private void Apply(PowerItemFields f)
    {
        (Name, SubItem, Type, Basis, Responsibilities, Accountability, Authority, Handler, Category) =
            (f.Name, f.SubItem, f.Type, f.Basis, f.Responsibilities, f.Accountability, f.Authority, f.Handler, f.Category);
    }

    private PowerItemVersion Record(DateOnly effectiveOn, Guid? adjustmentId, string note)
    {
        Version++;
        EffectiveOn = effectiveOn;
        return new PowerItemVersion(this, effectiveOn, adjustmentId, note);
    }
}

/// <summary>
/// 事项版本 (an immutable snapshot of every field of an item as one version made it, from its 施行日期), with the
/// adjustment that made it (none for the initial load). The figures read these: an item is in force on a day when its
/// newest version effective by then is 有效.
/// </summary>
public sealed class PowerItemVersion : IRegionScoped
{
    private PowerItemVersion()
    {
    }

    internal PowerItemVersion(PowerItem item, DateOnly effectiveOn, Guid? adjustmentId, string note)
    {
        RegionCode = item.RegionCode;
        ItemId = item.Id;
        Number = item.Version;
        Code = item.Code;
        var f = item.Fields;
        (Name, SubItem, Type, Basis, Responsibilities, Accountability, Authority, Handler, Category) =
            (f.Name, f.SubItem, f.Type, f.Basis, f.Responsibilities, f.Accountability, f.Authority, f.Handler, f.Category);
        Status = item.Status;
        EffectiveOn = effectiveOn;
        AdjustmentId = adjustmentId;
        Note = note;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid ItemId { get; private set; }

    /// <summary>版本号 (1, 2, …).</summary>
    public int Number { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? SubItem { get; private set; }

    public PowerType Type { get; private set; }

    public string Basis { get; private set; } = "";

    public string Responsibilities { get; private set; } = "";

    public string Accountability { get; private set; } = "";

    public string Authority { get; private set; } = "";

    public string Handler { get; private set; } = "";

    public DutyCategory? Category { get; private set; }

    public PowerItemStatus Status { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    /// <summary>The published adjustment that made this version; null for the initial load.</summary>
    public Guid? AdjustmentId { get; private set; }

    /// <summary>说明: 初始清单, the adjustment's change, or the reason of a cancellation.</summary>
    public string Note { get; private set; } = "";

    public PowerItemFields Fields => new(Name, SubItem, Type, Basis, Responsibilities, Accountability, Authority, Handler, Category);
}
