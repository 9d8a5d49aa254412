using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Enforcement.Domain;

/// <summary>减免责清单事项的处理方式 (粤府办〔2022〕7号).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LenientTreatment>))]
public enum LenientTreatment
{
    [Display(Name = "不予处罚")] NoPenalty = 1,
    [Display(Name = "从轻处罚")] Lighter = 2,
    [Display(Name = "减轻处罚")] Mitigated = 3,
    [Display(Name = "免予行政强制")] NoCoercion = 4,
}

/// <summary>不予处罚的理由 (行政处罚法第三十三条, or an item of the 减免责清单).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoPenaltyGround>))]
public enum NoPenaltyGround
{
    [Display(Name = "违法行为轻微并及时改正，没有造成危害后果（第三十三条第一款）")] MinorCorrected = 1,
    [Display(Name = "初次违法且危害后果轻微并及时改正（首违不罚，第三十三条第一款）")] FirstViolation = 2,
    [Display(Name = "有证据足以证明没有主观过错（第三十三条第二款）")] NoFault = 3,
    [Display(Name = "属于减免责清单事项")] ListItem = 4,
}

/// <summary>从轻或者减轻处罚 (行政处罚法第三十二条).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LighterPenalty>))]
public enum LighterPenalty
{
    [Display(Name = "从轻处罚")] Lighter = 1,
    [Display(Name = "减轻处罚")] Mitigated = 2,
}

/// <summary>柔性执法方式 (广东省优化营商环境条例第五十一条).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FlexibleMeasureKind>))]
public enum FlexibleMeasureKind
{
    [Display(Name = "教育提醒")] Reminder = 1,
    [Display(Name = "行政指导")] Guidance = 2,
    [Display(Name = "行政约谈")] Interview = 3,
    [Display(Name = "警示告诫")] Admonition = 4,
}

/// <summary>
/// 减免责清单 (a version of the town's no-penalty / lighter-penalty list, 广东省优化营商环境条例第五十条): numbered
/// versions, each in force from its effective date until the next version's; the version in force on a decision date
/// is the one with the latest effective date not after it.
/// </summary>
public sealed class LenientList : IRegionScoped
{
    private LenientList()
    {
    }

    public LenientList(string regionCode, int version, string title, DateOnly effectiveOn)
    {
        RegionCode = regionCode;
        Version = version > 0 ? version : throw new FieldValidationException("version", "版本号应为正整数");
        Title = EnforcementAgency.Required(title, "title", "请填写清单名称", 200);
        EffectiveOn = effectiveOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public int Version { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly EffectiveOn { get; private set; }

    public List<LenientListItem> Items { get; private set; } = [];

    public LenientListItem AddItem(string violation, string circumstance, LenientTreatment treatment, string legalBasis)
    {
        var item = new LenientListItem(this, Items.Count + 1, violation, circumstance, treatment, legalBasis);
        Items.Add(item);
        return item;
    }

    /// <summary>The version in force on <paramref name="day"/> among <paramref name="versions"/> (null before the first).</summary>
    public static LenientList? InForce(IEnumerable<LenientList> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveOn <= day).OrderByDescending(v => v.EffectiveOn).ThenByDescending(v => v.Version).FirstOrDefault();
}

/// <summary>减免责清单事项: violation, circumstance, treatment and legal basis.</summary>
public sealed class LenientListItem : IRegionScoped
{
    private LenientListItem()
    {
    }

    internal LenientListItem(LenientList list, int number, string violation, string circumstance, LenientTreatment treatment, string legalBasis)
    {
        ListId = list.Id;
        RegionCode = list.RegionCode;
        Number = number;
        Violation = EnforcementAgency.Required(violation, "violation", "请填写违法行为", 500);
        Circumstance = EnforcementAgency.Required(circumstance, "circumstance", "请填写适用情形", 1000);
        Treatment = Enum.IsDefined(treatment) ? treatment : throw new FieldValidationException("treatment", "请选择处理方式");
        LegalBasis = EnforcementAgency.Required(legalBasis, "legalBasis", "请填写法律依据", 1000);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ListId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public string Violation { get; private set; } = "";

    public string Circumstance { get; private set; } = "";

    public LenientTreatment Treatment { get; private set; }

    public string LegalBasis { get; private set; } = "";
}

/// <summary>柔性执法措施 (教育提醒、行政指导、约谈、告诫) taken towards a party, optionally within a case.</summary>
public sealed class FlexibleMeasure : IRegionScoped
{
    private FlexibleMeasure()
    {
    }

    public FlexibleMeasure(string regionCode, FlexibleMeasureKind kind, PartyKind partyKind, string partyName, DateOnly on, string summary, Guid? caseId)
    {
        RegionCode = regionCode;
        Kind = Enum.IsDefined(kind) ? kind : throw new FieldValidationException("kind", "请选择柔性执法方式");
        PartyKind = Enum.IsDefined(partyKind) ? partyKind : throw new FieldValidationException("partyKind", "请选择当事人类型");
        PartyName = EnforcementAgency.Required(partyName, "partyName", "请填写当事人名称", 200);
        On = on;
        Summary = EnforcementAgency.Required(summary, "summary", "请填写措施内容", 2000);
        CaseId = caseId;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public FlexibleMeasureKind Kind { get; private set; }

    public PartyKind PartyKind { get; private set; }

    public string PartyName { get; private set; } = "";

    public DateOnly On { get; private set; }

    public string Summary { get; private set; } = "";

    public Guid? CaseId { get; private set; }
}
