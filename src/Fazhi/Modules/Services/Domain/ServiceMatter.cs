using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Services.Domain;

/// <summary>事项类型.</summary>
public enum MatterType
{
    [Display(Name = "行政许可")] Licensing,
    [Display(Name = "行政确认")] Confirmation,
    [Display(Name = "行政给付")] Benefit,
    [Display(Name = "其他")] Other,
}

/// <summary>办理渠道 (may be combined).</summary>
[Flags]
public enum ServiceChannels
{
    None = 0,
    [Display(Name = "综合窗口")] Window = 1,
    [Display(Name = "网上办理")] Online = 2,
    [Display(Name = "自助终端")] SelfService = 4,
}

/// <summary>
/// 政务服务事项 (an item of the 事项清单): what the hall accepts, under which law, within which 法定时限 and 承诺时限
/// (working days, 行政许可法第八十二条; 承诺 ≤ 法定, 即办 = 0), with its materials, fees, channels and whether village
/// halls accept it (村级无差别受理). Its 办事指南 is published on the portal (行政许可法第三十条；优化营商环境条例第三十五条).
/// </summary>
public sealed class ServiceMatter : IRegionScoped
{
    public const int MaxName = 200;
    public const int MaxText = 4000;

    private ServiceMatter()
    {
    }

    public ServiceMatter(string regionCode, MatterInput input, DateOnly listedOn)
    {
        RegionCode = regionCode;
        Code = input.Code.Trim();
        ListedOn = listedOn;
        Change(input);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>事项编码 (unique in a region).</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>实施部门 (the back office that decides).</summary>
    public string Department { get; private set; } = "";

    public MatterType Type { get; private set; }

    public string LegalBasis { get; private set; } = "";

    /// <summary>法定办结时限, working days.</summary>
    public int StatutoryDays { get; private set; }

    /// <summary>承诺办结时限, working days (0 = 即办件).</summary>
    public int CommittedDays { get; private set; }

    public string Materials { get; private set; } = "";

    /// <summary>收费标准 in 分 (0 = 不收费).</summary>
    public long FeeFen { get; private set; }

    public ServiceChannels Channels { get; private set; }

    /// <summary>村级无差别受理: village halls accept it too.</summary>
    public bool VillageAccepted { get; private set; }

    /// <summary>排队业务类别 (the ticket category letter, e.g. A).</summary>
    public string Category { get; private set; } = "A";

    public DateOnly ListedOn { get; private set; }

    public DateOnly? RemovedOn { get; private set; }

    public bool IsInstant => CommittedDays == 0;

    public void Change(MatterInput input)
    {
        input.Check();
        Name = input.Name.Trim();
        Department = input.Department.Trim();
        Type = input.Type;
        LegalBasis = input.LegalBasis.Trim();
        StatutoryDays = input.StatutoryDays;
        CommittedDays = input.CommittedDays;
        Materials = input.Materials?.Trim() ?? "";
        FeeFen = input.FeeFen;
        Channels = input.Channels;
        VillageAccepted = input.VillageAccepted;
        Category = input.Category.Trim().ToUpperInvariant();
    }

    public void Remove(DateOnly on)
    {
        if (RemovedOn is not null)
        {
            throw new DomainRuleException("该事项已从事项清单中取消");
        }

        RemovedOn = on;
    }

    public static string ChannelNames(ServiceChannels channels) =>
        string.Join("、", new[] { (ServiceChannels.Window, "综合窗口"), (ServiceChannels.Online, "网上办理"), (ServiceChannels.SelfService, "自助终端") }
            .Where(c => channels.HasFlag(c.Item1)).Select(c => c.Item2));
}

/// <summary>事项的填报内容 (form, API and import row alike).</summary>
public sealed class MatterInput
{
    [Display(Name = "事项编码")] public string Code { get; set; } = "";

    [Display(Name = "事项名称")] public string Name { get; set; } = "";

    [Display(Name = "实施部门")] public string Department { get; set; } = "";

    [Display(Name = "事项类型")] public MatterType Type { get; set; } = MatterType.Other;

    [Display(Name = "设定依据")] public string LegalBasis { get; set; } = "";

    [Display(Name = "法定时限（工作日）")] public int StatutoryDays { get; set; } = 20;

    [Display(Name = "承诺时限（工作日）")] public int CommittedDays { get; set; } = 5;

    [Display(Name = "申请材料")] public string? Materials { get; set; }

    [Display(Name = "收费（分）")] public long FeeFen { get; set; }

    [Display(Name = "办理渠道")] public ServiceChannels Channels { get; set; } = ServiceChannels.Window;

    [Display(Name = "村级无差别受理")] public bool VillageAccepted { get; set; }

    [Display(Name = "业务类别")] public string Category { get; set; } = "A";

    public void Check()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Code) || Code.Trim().Length > 40)
        {
            errors[nameof(Code)] = ["事项编码不能为空，且不超过40个字符"];
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > ServiceMatter.MaxName)
        {
            errors[nameof(Name)] = [$"事项名称不能为空，且不超过{ServiceMatter.MaxName}个字符"];
        }

        if (string.IsNullOrWhiteSpace(Department) || Department.Trim().Length > 100)
        {
            errors[nameof(Department)] = ["实施部门不能为空，且不超过100个字符"];
        }

        if (string.IsNullOrWhiteSpace(LegalBasis) || LegalBasis.Length > ServiceMatter.MaxText)
        {
            errors[nameof(LegalBasis)] = ["设定依据不能为空（行政许可法第三十条要求公示事项依据）"];
        }

        if (StatutoryDays is < 0 or > 365)
        {
            errors[nameof(StatutoryDays)] = ["法定时限应为0至365个工作日"];
        }

        if (CommittedDays < 0 || CommittedDays > StatutoryDays)
        {
            errors[nameof(CommittedDays)] = ["承诺时限应为0（即办）至法定时限之间的工作日数：承诺时限不得超过法定时限"];
        }

        if (FeeFen < 0)
        {
            errors[nameof(FeeFen)] = ["收费不能为负数"];
        }

        if (Channels == ServiceChannels.None)
        {
            errors[nameof(Channels)] = ["至少选择一种办理渠道"];
        }

        if (string.IsNullOrWhiteSpace(Category) || Category.Trim().Length != 1 || !char.IsAsciiLetter(Category.Trim()[0]))
        {
            errors[nameof(Category)] = ["业务类别应为一个英文字母（取号前缀，如 A）"];
        }

        if ((Materials?.Length ?? 0) > ServiceMatter.MaxText)
        {
            errors[nameof(Materials)] = [$"申请材料不超过{ServiceMatter.MaxText}个字符"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }
}
