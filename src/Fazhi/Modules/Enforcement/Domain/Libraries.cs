using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Enforcement.Domain;

/// <summary>执法领域 (enforcement domain), the breakdown of <c>enforcement.cases_by_domain</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EnforcementDomain>))]
public enum EnforcementDomain
{
    [Display(Name = "生态环境")] Environment = 1,
    [Display(Name = "医疗卫生")] Medical = 2,
    [Display(Name = "食品药品")] FoodAndDrugs = 3,
    [Display(Name = "市场监管")] Market = 4,
    [Display(Name = "城乡建设与规划")] Planning = 5,
    [Display(Name = "安全生产")] Safety = 6,
    [Display(Name = "城市管理")] CityManagement = 7,
    [Display(Name = "其他")] Other = 9,
}

/// <summary>执法主体 (enforcement agency): the body in whose own name the town exercises devolved powers (行政处罚法第二十四条).</summary>
public sealed class EnforcementAgency : IRegionScoped
{
    private EnforcementAgency()
    {
    }

    public EnforcementAgency(string regionCode, string name, string legalBasis)
    {
        RegionCode = regionCode;
        Name = Required(name, "name", "请填写执法主体名称", 100);
        LegalBasis = Required(legalBasis, "legalBasis", "请填写执法主体资格的依据", 500);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>主体资格依据, e.g. the provincial 公告 devolving the powers.</summary>
    public string LegalBasis { get; private set; } = "";

    public void Update(string name, string legalBasis)
    {
        Name = Required(name, "name", "请填写执法主体名称", 100);
        LegalBasis = Required(legalBasis, "legalBasis", "请填写执法主体资格的依据", 500);
    }

    internal static string Required(string? value, string field, string message, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new FieldValidationException(field, message);
        }

        return text.Length > max ? throw new FieldValidationException(field, $"不能超过{max}个字") : text;
    }
}

/// <summary>执法事项 (devolved enforcement power): one item of the town's list, with its legal basis and domain.</summary>
public sealed class EnforcementMatter : IRegionScoped
{
    private EnforcementMatter()
    {
    }

    public EnforcementMatter(string regionCode, Guid agencyId, string code, string name, EnforcementDomain domain, string legalBasis)
    {
        RegionCode = regionCode;
        AgencyId = agencyId;
        Code = EnforcementAgency.Required(code, "code", "请填写事项编码", 50);
        Name = EnforcementAgency.Required(name, "name", "请填写事项名称", 200);
        Domain = Enum.IsDefined(domain) ? domain : throw new FieldValidationException("domain", "执法领域不正确");
        LegalBasis = EnforcementAgency.Required(legalBasis, "legalBasis", "请填写实施依据", 1000);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid AgencyId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public EnforcementDomain Domain { get; private set; }

    /// <summary>实施依据 (the law and article the power rests on).</summary>
    public string LegalBasis { get; private set; } = "";

    public bool Active { get; private set; } = true;

    public void Update(string name, EnforcementDomain domain, string legalBasis, bool active)
    {
        Name = EnforcementAgency.Required(name, "name", "请填写事项名称", 200);
        Domain = Enum.IsDefined(domain) ? domain : throw new FieldValidationException("domain", "执法领域不正确");
        LegalBasis = EnforcementAgency.Required(legalBasis, "legalBasis", "请填写实施依据", 1000);
        Active = active;
    }
}

/// <summary>
/// 执法人员 (enforcement officer) with the 行政执法证 (number, category, validity). Only an officer whose certificate is
/// valid on a given day may investigate on that day (行政处罚法第四十二条). A 法制审核人员 is an officer record flagged
/// as reviewer, with the 法律职业资格 that first appointment needs (第五十八条第二款).
/// </summary>
public sealed class Officer : IRegionScoped
{
    private Officer()
    {
    }

    public Officer(string regionCode, string name, string certificateNumber, string category, DateOnly validFrom, DateOnly validTo,
        bool isLegalReviewer = false, bool hasLegalQualification = false)
    {
        RegionCode = regionCode;
        Name = EnforcementAgency.Required(name, "name", "请填写姓名", 50);
        CertificateNumber = EnforcementAgency.Required(certificateNumber, "certificateNumber", "请填写执法证号", 50);
        Category = EnforcementAgency.Required(category, "category", "请填写执法类别", 100);
        if (validTo < validFrom)
        {
            throw new FieldValidationException("validTo", "执法证有效期截止日不能早于起始日");
        }

        ValidFrom = validFrom;
        ValidTo = validTo;
        IsLegalReviewer = isLegalReviewer;
        HasLegalQualification = hasLegalQualification;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>行政执法证号.</summary>
    public string CertificateNumber { get; private set; } = "";

    /// <summary>执法类别 printed on the certificate.</summary>
    public string Category { get; private set; } = "";

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidTo { get; private set; }

    /// <summary>法制审核人员.</summary>
    public bool IsLegalReviewer { get; private set; }

    /// <summary>法律职业资格 (needed by a reviewer on first appointment).</summary>
    public bool HasLegalQualification { get; private set; }

    public bool Active { get; private set; } = true;

    public bool HasValidCertificateOn(DateOnly day) => Active && ValidFrom <= day && day <= ValidTo;

    /// <summary>The certificate ends within <paramref name="days"/> days after <paramref name="today"/> (still valid today).</summary>
    public bool CertificateExpiresWithin(DateOnly today, int days) => HasValidCertificateOn(today) && ValidTo <= today.AddDays(days);

    public void Renew(DateOnly validFrom, DateOnly validTo, string certificateNumber)
    {
        if (validTo < validFrom)
        {
            throw new FieldValidationException("validTo", "执法证有效期截止日不能早于起始日");
        }

        ValidFrom = validFrom;
        ValidTo = validTo;
        CertificateNumber = EnforcementAgency.Required(certificateNumber, "certificateNumber", "请填写执法证号", 50);
    }

    public void Deactivate() => Active = false;
}

/// <summary>
/// 裁量基准 (discretion standard): for one violation and one circumstance (情节), the fine range the agency has bound
/// itself to (行政处罚法第三十四条; 国办发〔2022〕27号).
/// </summary>
public sealed class DiscretionStandard : IRegionScoped
{
    private DiscretionStandard()
    {
    }

    public DiscretionStandard(string regionCode, Guid? matterId, string violation, string circumstance, long minFineFen, long maxFineFen, string legalBasis)
    {
        RegionCode = regionCode;
        MatterId = matterId;
        Violation = EnforcementAgency.Required(violation, "violation", "请填写违法行为", 200);
        Circumstance = EnforcementAgency.Required(circumstance, "circumstance", "请填写违法情节", 500);
        if (minFineFen < 0 || maxFineFen < minFineFen)
        {
            throw new FieldValidationException("maxFine", "罚款幅度不正确：下限不能为负，上限不能低于下限");
        }

        MinFineFen = minFineFen;
        MaxFineFen = maxFineFen;
        LegalBasis = EnforcementAgency.Required(legalBasis, "legalBasis", "请填写处罚依据", 1000);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid? MatterId { get; private set; }

    public string Violation { get; private set; } = "";

    /// <summary>违法情节 (e.g. 首次违法、危害后果轻微 / 情节严重).</summary>
    public string Circumstance { get; private set; } = "";

    public long MinFineFen { get; private set; }

    public long MaxFineFen { get; private set; }

    public string LegalBasis { get; private set; } = "";

    public bool Contains(long fineFen) => MinFineFen <= fineFen && fineFen <= MaxFineFen;

    public void Update(string circumstance, long minFineFen, long maxFineFen, string legalBasis)
    {
        if (minFineFen < 0 || maxFineFen < minFineFen)
        {
            throw new FieldValidationException("maxFine", "罚款幅度不正确：下限不能为负，上限不能低于下限");
        }

        Circumstance = EnforcementAgency.Required(circumstance, "circumstance", "请填写违法情节", 500);
        MinFineFen = minFineFen;
        MaxFineFen = maxFineFen;
        LegalBasis = EnforcementAgency.Required(legalBasis, "legalBasis", "请填写处罚依据", 1000);
    }
}

/// <summary>What a 法制审核目录 item matches in a case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LegalReviewCriterion>))]
public enum LegalReviewCriterion
{
    /// <summary>较大数额罚款: a proposed fine at or above the threshold.</summary>
    [Display(Name = "较大数额罚款")] FineAtLeast = 1,

    /// <summary>没收较大价值财物: confiscation worth at or above the threshold.</summary>
    [Display(Name = "没收较大数额违法所得或较大价值财物")] ConfiscationAtLeast = 2,

    /// <summary>降低资质等级、吊销许可证件.</summary>
    [Display(Name = "降低资质等级、吊销许可证件")] LicenceMeasure = 3,

    /// <summary>责令停产停业、责令关闭、限制从业.</summary>
    [Display(Name = "责令停产停业、责令关闭、限制从业")] BusinessMeasure = 4,

    /// <summary>本机关认为需要审核的特定执法领域.</summary>
    [Display(Name = "特定执法领域的全部案件")] Domain = 5,
}

/// <summary>
/// 重大执法决定法制审核目录 item (configurable per town). The statutory cases of 行政处罚法第五十八条第一款（一）至（三）项
/// apply whatever the catalog says; items add the town's own criteria (thresholds, measures, domains).
/// </summary>
public sealed class LegalReviewCatalogItem : IRegionScoped
{
    private LegalReviewCatalogItem()
    {
    }

    public LegalReviewCatalogItem(string regionCode, LegalReviewCriterion criterion, string description, long? thresholdFen = null, EnforcementDomain? domain = null)
    {
        RegionCode = regionCode;
        Criterion = Enum.IsDefined(criterion) ? criterion : throw new FieldValidationException("criterion", "目录事项类型不正确");
        Description = EnforcementAgency.Required(description, "description", "请填写目录事项说明", 500);
        if (criterion is LegalReviewCriterion.FineAtLeast or LegalReviewCriterion.ConfiscationAtLeast && thresholdFen is not > 0)
        {
            throw new FieldValidationException("threshold", "请填写金额标准（元，大于0）");
        }

        if (criterion == LegalReviewCriterion.Domain && domain is null)
        {
            throw new FieldValidationException("domain", "请选择执法领域");
        }

        ThresholdFen = thresholdFen;
        Domain = domain;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public LegalReviewCriterion Criterion { get; private set; }

    public string Description { get; private set; } = "";

    public long? ThresholdFen { get; private set; }

    public EnforcementDomain? Domain { get; private set; }

    public bool Active { get; private set; } = true;

    public void Deactivate() => Active = false;
}
