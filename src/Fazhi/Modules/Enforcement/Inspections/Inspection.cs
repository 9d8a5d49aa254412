using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Enforcement.Inspections;

/// <summary>检查类别 (what kind of entity is inspected); 药店 and 医疗机构 are the seed report's figures.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InspectionCategory>))]
public enum InspectionCategory
{
    [Display(Name = "药店")] Pharmacy = 1,
    [Display(Name = "医疗机构")] Medical = 2,
    [Display(Name = "食品经营")] Food = 3,
    [Display(Name = "生态环境")] Environment = 4,
    [Display(Name = "安全生产")] Safety = 5,
    [Display(Name = "市场经营")] Market = 6,
    [Display(Name = "其他")] Other = 9,
}

/// <summary>检查计划类型.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InspectionPlanKind>))]
public enum InspectionPlanKind
{
    [Display(Name = "日常检查")] Routine = 1,
    [Display(Name = "专项整治")] Special = 2,
}

/// <summary>检查结果.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InspectionResult>))]
public enum InspectionResult
{
    [Display(Name = "待检查")] Pending = 0,
    [Display(Name = "未发现问题")] Compliant = 1,
    [Display(Name = "责令整改")] Rectification = 2,
    [Display(Name = "发现违法线索")] Violation = 3,
}

/// <summary>检查计划 (annual inspection plan of one category, routine or a special campaign).</summary>
public sealed class InspectionPlan : IRegionScoped
{
    private InspectionPlan()
    {
    }

    public InspectionPlan(string regionCode, int year, string name, InspectionCategory category, InspectionPlanKind kind, string? description)
    {
        RegionCode = regionCode;
        Year = year is >= 2000 and <= 2100 ? year : throw new FieldValidationException("year", "年度不正确");
        Name = EnforcementAgency.Required(name, "name", "请填写计划名称", 200);
        Category = Enum.IsDefined(category) ? category : throw new FieldValidationException("category", "请选择检查类别");
        Kind = Enum.IsDefined(kind) ? kind : throw new FieldValidationException("kind", "请选择计划类型");
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public int Year { get; private set; }

    public string Name { get; private set; } = "";

    public InspectionCategory Category { get; private set; }

    public InspectionPlanKind Kind { get; private set; }

    public string? Description { get; private set; }
}

/// <summary>
/// 双随机抽查 (random draw): from a list of entities and the roster of certified officers, the seeded generator picks the
/// entities to inspect and two certified officers for each. The seed, the candidate list and the roster order are
/// stored, so anyone can redraw and get the same result (<see cref="DoubleRandom.Draw"/>).
/// </summary>
public sealed class InspectionDraw : IRegionScoped
{
    private InspectionDraw()
    {
    }

    public InspectionDraw(InspectionPlan plan, DateOnly drawnOn, int seed, IReadOnlyList<string> candidates, IReadOnlyList<Guid> roster, int count, string drawnBy)
    {
        RegionCode = plan.RegionCode;
        PlanId = plan.Id;
        DrawnOn = drawnOn;
        Seed = seed;
        Candidates = [.. candidates];
        Roster = [.. roster];
        Count = count;
        DrawnBy = drawnBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid PlanId { get; private set; }

    public DateOnly DrawnOn { get; private set; }

    /// <summary>随机种子: with <see cref="Candidates"/> and <see cref="Roster"/>, reproduces the draw.</summary>
    public int Seed { get; private set; }

    /// <summary>检查对象名录 (in the order given).</summary>
    public List<string> Candidates { get; private set; } = [];

    /// <summary>执法人员名录: the ids of the officers certified on the draw day, in certificate-number order.</summary>
    public List<Guid> Roster { get; private set; } = [];

    public int Count { get; private set; }

    public string DrawnBy { get; private set; } = "";
}

/// <summary>双随机: the pure draw, the same for the same seed, candidates and roster.</summary>
public static class DoubleRandom
{
    public sealed record Pick(string Entity, Guid FirstOfficer, Guid SecondOfficer);

    public static IReadOnlyList<Pick> Draw(int seed, IReadOnlyList<string> candidates, IReadOnlyList<Guid> roster, int count)
    {
        if (roster.Count < 2)
        {
            throw new DomainRuleException("持有效执法证的执法人员不足两名，无法抽取检查人员", Articles.Officers);
        }

        if (count < 1 || count > candidates.Count)
        {
            throw new FieldValidationException("count", $"抽取数量应在1至{candidates.Count}之间");
        }

        var random = new Random(seed);
        var pool = candidates.ToList();
        var picks = new List<Pick>(count);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(pool.Count);
            var entity = pool[at];
            pool.RemoveAt(at);
            var first = random.Next(roster.Count);
            var second = random.Next(roster.Count - 1);
            if (second >= first)
            {
                second++;
            }

            picks.Add(new Pick(entity, roster[first], roster[second]));
        }

        return picks;
    }
}

/// <summary>
/// 检查记录 (inspection record): date, entity, the two officers, category and result. A 违法线索 finding opens an
/// enforcement case in the 线索 state (<see cref="CaseId"/>), linked both ways.
/// </summary>
public sealed class InspectionRecord : IRegionScoped
{
    private InspectionRecord()
    {
    }

    public InspectionRecord(string regionCode, Guid? planId, Guid? drawId, DateOnly plannedOn, string entityName, string? entityCode, InspectionCategory category,
        Officer first, Officer second)
    {
        RegionCode = regionCode;
        PlanId = planId;
        DrawId = drawId;
        PlannedOn = plannedOn;
        EntityName = EnforcementAgency.Required(entityName, "entityName", "请填写被检查对象", 200);
        EntityCode = string.IsNullOrWhiteSpace(entityCode) ? null : entityCode.Trim();
        Category = Enum.IsDefined(category) ? category : throw new FieldValidationException("category", "请选择检查类别");
        if (first.Id == second.Id)
        {
            throw new FieldValidationException("officerIds", "请选择两名不同的执法人员");
        }

        FirstOfficerId = first.Id;
        SecondOfficerId = second.Id;
        OfficerNames = $"{first.Name}（{first.CertificateNumber}）、{second.Name}（{second.CertificateNumber}）";
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid? PlanId { get; private set; }

    public Guid? DrawId { get; private set; }

    public DateOnly PlannedOn { get; private set; }

    public DateOnly? InspectedOn { get; private set; }

    public string EntityName { get; private set; } = "";

    /// <summary>统一社会信用代码 of the entity, when known.</summary>
    public string? EntityCode { get; private set; }

    public InspectionCategory Category { get; private set; }

    public Guid FirstOfficerId { get; private set; }

    public Guid SecondOfficerId { get; private set; }

    /// <summary>The officers as shown on the record (name and certificate number on the day).</summary>
    public string OfficerNames { get; private set; } = "";

    public InspectionResult Result { get; private set; }

    public string? Findings { get; private set; }

    /// <summary>The enforcement case opened from this inspection's finding.</summary>
    public Guid? CaseId { get; private set; }

    public void RecordResult(DateOnly on, InspectionResult result, string? findings)
    {
        if (result == InspectionResult.Pending || !Enum.IsDefined(result))
        {
            throw new FieldValidationException("result", "请选择检查结果");
        }

        if (on < PlannedOn && DrawId is not null)
        {
            throw new FieldValidationException("inspectedOn", "检查日期不能早于抽查日期");
        }

        if (result != InspectionResult.Compliant && string.IsNullOrWhiteSpace(findings))
        {
            throw new FieldValidationException("findings", "请填写发现的问题");
        }

        if (CaseId is not null)
        {
            throw new DomainRuleException("已据此检查登记案件线索，检查结果不能再修改");
        }

        InspectedOn = on;
        Result = result;
        Findings = string.IsNullOrWhiteSpace(findings) ? null : findings.Trim().Length > 2000 ? throw new FieldValidationException("findings", "不能超过2000个字") : findings.Trim();
    }

    public void Opened(Guid caseId)
    {
        CheckOpenable();
        CaseId = caseId;
    }

    public void CheckOpenable()
    {
        if (Result != InspectionResult.Violation)
        {
            throw new DomainRuleException("只有发现违法线索的检查才能登记为案件线索");
        }

        if (CaseId is not null)
        {
            throw new DomainRuleException("已据此检查登记案件线索");
        }
    }

    public static EnforcementDomain DomainOf(InspectionCategory category) => category switch
    {
        InspectionCategory.Pharmacy or InspectionCategory.Food => EnforcementDomain.FoodAndDrugs,
        InspectionCategory.Medical => EnforcementDomain.Medical,
        InspectionCategory.Environment => EnforcementDomain.Environment,
        InspectionCategory.Safety => EnforcementDomain.Safety,
        InspectionCategory.Market => EnforcementDomain.Market,
        _ => EnforcementDomain.Other,
    };
}
