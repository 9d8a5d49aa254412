using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Enforcement.Domain;

/// <summary>证据保全或行政强制措施的种类.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CoerciveMeasureKind>))]
public enum CoerciveMeasureKind
{
    /// <summary>先行登记保存 (行政处罚法第五十六条): decide within 7 working days.</summary>
    [Display(Name = "先行登记保存")] Preservation = 1,

    /// <summary>查封 (行政强制法第二十四条、第二十五条): 30 days, extendable by 30 with approval.</summary>
    [Display(Name = "查封")] Sealing = 2,

    [Display(Name = "扣押")] Seizure = 3,
}

/// <summary>
/// 先行登记保存 / 查封 / 扣押 recorded on a case, with the items it covers and its own procedure instance
/// (<see cref="MeasureProcedure"/>), so each measure has its own clock (a case may hold several at once).
/// </summary>
public sealed class CoerciveMeasure : IRegionScoped
{
    public const string SubjectType = "enforcement.measure";

    private CoerciveMeasure()
    {
    }

    public CoerciveMeasure(EnforcementCase @case, CoerciveMeasureKind kind, DateOnly on, IReadOnlyList<string> items, string approvedBy)
    {
        CaseId = @case.Id;
        RegionCode = @case.RegionCode;
        Kind = Enum.IsDefined(kind) ? kind : throw new FieldValidationException("kind", "请选择措施种类");
        On = on;
        var cleaned = items.Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        Items = cleaned.Count > 0 ? cleaned : throw new FieldValidationException("items", "请逐项填写保存、查封或扣押的物品（名称、数量）");
        if (Items.Any(i => i.Length > 200) || Items.Count > 100)
        {
            throw new FieldValidationException("items", "物品清单每项不超过200字，最多100项");
        }

        ApprovedBy = EnforcementAgency.Required(approvedBy, "approvedBy", "请填写批准的行政机关负责人", 50);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CaseId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public Guid ProcedureInstanceId { get; private set; }

    public string State { get; private set; } = MeasureProcedure.Recorded;

    public CoerciveMeasureKind Kind { get; private set; }

    public DateOnly On { get; private set; }

    /// <summary>物品清单: one line per item (name, quantity, condition).</summary>
    public List<string> Items { get; private set; } = [];

    /// <summary>批准的负责人 (prior approval, 行政强制法第十八条; 先行登记保存 经负责人批准, 行政处罚法第五十六条).</summary>
    public string ApprovedBy { get; private set; } = "";

    public DateOnly? EndedOn { get; private set; }

    /// <summary>处理决定 / 解除 (what happened to the items).</summary>
    public string? Outcome { get; private set; }

    internal void Attach(Guid instanceId) => ProcedureInstanceId = instanceId;

    internal void Moved(string state) => State = state;

    public void End(DateOnly on, string outcome)
    {
        EndedOn = on;
        Outcome = EnforcementAgency.Required(outcome, "outcome", "请填写处理决定（退还、解除、没收、移送等）", 1000);
    }
}

/// <summary>The context the measure gates read: the measure and its case's certified officers on the day.</summary>
public sealed record MeasureGateContext(CoerciveMeasure Measure, int CertifiedOfficers);

/// <summary>
/// 先行登记保存与查封、扣押 (law.md §6.1 row 3, §6.2 ENF‑T6/T7) as a procedure: starting the measure starts its clock
/// (7 WD for 先行登记保存, 30 CAL for 查封/扣押); 延长 up to 30 more days with the approver recorded; 检测、检验、检疫、
/// 技术鉴定 periods excluded (不计入); ending the measure stops the clock.
/// </summary>
public static class MeasureProcedure
{
    public const string Key = "enforcement.measure";

    public const string Recorded = "recorded";
    public const string Preserved = "preserved";
    public const string Seized = "seized";
    public const string Ended = "ended";

    public const string PreservationClock = "preservation";
    public const string SeizureClock = "seizure";

    public const string PreservationBasis = "《中华人民共和国行政处罚法》第五十六条";
    public const string SeizureBasis = "《中华人民共和国行政强制法》第二十五条";
    public const string MeasureOfficersBasis = "《中华人民共和国行政处罚法》第四十二条；《中华人民共和国行政强制法》第十八条";

    private static readonly string[] Handle = [EnforcementPermissions.Handle];
    private static readonly string[] Decide = [EnforcementPermissions.Decide];

    private static readonly Gate TwoOfficers = Gate.For<MeasureGateContext>(
        c => c.CertifiedOfficers >= 2, "先行登记保存或查封、扣押须由两名以上持有效行政执法证的执法人员实施", new LegalBasis(MeasureOfficersBasis));

    public static readonly ProcedureDefinition V1 = new(Key, 1, "先行登记保存与查封、扣押")
    {
        States = [new(Recorded, "已登记"), new(Preserved, "先行登记保存中"), new(Seized, "查封、扣押中"), new(Ended, "已处理／已解除")],
        InitialState = Recorded,
        Clocks =
        [
            new ClockRule(PreservationClock, "先行登记保存处理期限（七个工作日内作出处理决定）", 7, ClockUnit.WorkingDays, new(PreservationBasis)) { WarningWorkingDays = 2 },
            new ClockRule(SeizureClock, "查封、扣押期限（不得超过三十日，经批准可延长不超过三十日；检测、检验、检疫、技术鉴定期间不计入）", 30, ClockUnit.CalendarDays, new(SeizureBasis))
            {
                MaxExtension = 30,
                WarningWorkingDays = 5,
            },
        ],
        Actions =
        [
            new("preserve", "先行登记保存", [Recorded], Preserved) { Permissions = Handle, Gates = [TwoOfficers], Clocks = [ClockEffect.Start(PreservationClock)] },
            new("seize", "查封、扣押", [Recorded], Seized) { Permissions = Handle, Gates = [TwoOfficers], Clocks = [ClockEffect.Start(SeizureClock)] },
            new("decide_preservation", "先行登记保存处理决定", [Preserved], Ended) { Permissions = Handle, Clocks = [ClockEffect.Stop(PreservationClock)] },
            new("extend", "延长查封、扣押期限（经负责人批准）", [Seized], Seized) { Permissions = Decide, Clocks = [ClockEffect.Extend(SeizureClock)] },
            new("exclude_testing", "检测、检验、检疫或技术鉴定期间不计入", [Seized], Seized) { Permissions = Handle, Clocks = [ClockEffect.Exclude(SeizureClock)] },
            new("release", "解除查封、扣押或作出处理决定", [Seized], Ended) { Permissions = Handle, Clocks = [ClockEffect.Stop(SeizureClock)] },
        ],
    };
}
