using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Emergency.Domain;

/// <summary>应急组织的类别.</summary>
public enum TeamKind
{
    [Display(Name = "突发事件应急委员会")] Committee,
    [Display(Name = "专项应急指挥部")] Headquarters,
    [Display(Name = "综合性应急救援队伍")] RescueTeam,
    [Display(Name = "专业应急救援队伍")] SpecialistTeam,
    [Display(Name = "基层应急队伍（村居、企业）")] GrassrootsTeam,
    [Display(Name = "应急志愿者队伍")] Volunteers,
}

/// <summary>
/// 应急组织和队伍: the town's 突发事件应急委员会 (the seed: 镇党委书记任第一主任), its 指挥部, and the rescue forces it
/// marshals (统筹应急救援力量), each with its head (by post), size and dates (EMG-6 应急队伍).
/// </summary>
public sealed class EmergencyTeam : IRegionScoped
{
    private EmergencyTeam()
    {
    }

    public EmergencyTeam(string regionCode, string name, TeamKind kind, string head, int members, string? duties, DateOnly establishedOn)
    {
        if (members is < 1 or > 1_000_000)
        {
            throw new FieldValidationException("members", "人数应为正整数");
        }

        RegionCode = regionCode;
        Name = name;
        Kind = kind;
        Head = head;
        Members = members;
        Duties = duties;
        EstablishedOn = establishedOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public TeamKind Kind { get; private set; }

    /// <summary>负责人 by post, e.g. 镇党委书记（第一主任）.</summary>
    public string Head { get; private set; } = "";

    /// <summary>人数.</summary>
    public int Members { get; private set; }

    /// <summary>职责或任务.</summary>
    public string? Duties { get; private set; }

    public DateOnly EstablishedOn { get; private set; }

    public DateOnly? DissolvedOn { get; private set; }

    public bool StandingOn(DateOnly day) => EstablishedOn <= day && (DissolvedOn is null || DissolvedOn > day);

    public void Dissolve(DateOnly on)
    {
        if (DissolvedOn is not null)
        {
            throw new DomainRuleException("该应急组织已撤销");
        }

        if (on < EstablishedOn)
        {
            throw new FieldValidationException("on", $"撤销日期不能早于成立日期{EstablishedOn:yyyy-MM-dd}");
        }

        DissolvedOn = on;
    }
}
