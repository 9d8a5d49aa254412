using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.DataSharing.Domain;

/// <summary>共享类型 of a resource in the 政务数据资源目录 (以共享为原则、不共享为例外).</summary>
public enum ShareType
{
    [Display(Name = "无条件共享")] Unconditional,
    [Display(Name = "有条件共享")] Conditional,
    [Display(Name = "不予共享")] NotShared,
}

/// <summary>开放类型 (to the public, through the open-data portal).</summary>
public enum OpenType
{
    [Display(Name = "不予开放")] NotOpen,
    [Display(Name = "有条件开放")] Conditional,
    [Display(Name = "无条件开放")] Open,
}

/// <summary>更新周期.</summary>
public enum UpdateCycle
{
    [Display(Name = "实时")] RealTime,
    [Display(Name = "每日")] Daily,
    [Display(Name = "每月")] Monthly,
    [Display(Name = "每季度")] Quarterly,
    [Display(Name = "每年")] Yearly,
}

/// <summary>
/// 数据资源目录条目: one of Fazhi's own data resources as the 一网共享 platform catalogues it — code, name, summary, the
/// providing unit, 共享类型 (with the condition or the reason not to share), 开放类型, 更新周期 and its 数据项. A Fazhi resource
/// is a set of the registry's figures (e.g. the enforcement figures), so what a consumer reads is computed from records
/// the same way the annual report's figures are.
/// </summary>
public sealed class DataResource : IRegionScoped
{
    private DataResource()
    {
    }

    public DataResource(string regionCode, string code, string name, string summary, string provider, ShareType shareType, string? shareCondition,
        OpenType openType, UpdateCycle updateCycle, IReadOnlyList<string> metricKeys, DateOnly registeredOn)
    {
        RegionCode = regionCode;
        Code = code;
        Name = name;
        Summary = summary;
        Provider = provider;
        ShareType = shareType;
        ShareCondition = shareCondition;
        OpenType = openType;
        UpdateCycle = updateCycle;
        MetricKeys = string.Join(";", metricKeys);
        RegisteredOn = registeredOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>资源代码, unique in the region, e.g. FZ-0001.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>资源摘要.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>资源提供方 (the unit that keeps the records).</summary>
    public string Provider { get; private set; } = "";

    public ShareType ShareType { get; private set; }

    /// <summary>共享条件 (有条件共享) or 不予共享理由 and its basis.</summary>
    public string? ShareCondition { get; private set; }

    public OpenType OpenType { get; private set; }

    public UpdateCycle UpdateCycle { get; private set; }

    /// <summary>数据项: registry figure keys separated by ";".</summary>
    public string MetricKeys { get; private set; } = "";

    /// <summary>挂接日期 (registered in the catalogue).</summary>
    public DateOnly RegisteredOn { get; private set; }

    public IReadOnlyList<string> Items => MetricKeys.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
