using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Supervision.Domain;

/// <summary>督导组 (standing supervision team), e.g. the town's 2 专职重点工作督导组.</summary>
public sealed class SupervisionTeam : IRegionScoped
{
    private SupervisionTeam()
    {
    }

    public SupervisionTeam(string regionCode, string name, string leader, string members, string? scope, DateOnly establishedOn)
    {
        RegionCode = regionCode;
        Name = name;
        Leader = leader;
        Members = members;
        Scope = scope;
        EstablishedOn = establishedOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>组长.</summary>
    public string Leader { get; private set; } = "";

    /// <summary>成员 (names, separated by 、).</summary>
    public string Members { get; private set; } = "";

    /// <summary>督导范围, e.g. 各村（社区）.</summary>
    public string? Scope { get; private set; }

    public DateOnly EstablishedOn { get; private set; }

    public DateOnly? DissolvedOn { get; private set; }

    /// <summary>A team counts from its founding until it is dissolved.</summary>
    public bool StandingOn(DateOnly day) => EstablishedOn <= day && (DissolvedOn is null || DissolvedOn >= day);
}

/// <summary>督导对象的类别.</summary>
public enum InspectionTargetKind
{
    [Display(Name = "村（社区）")] Village,
    [Display(Name = "部门（单位）")] Department,
}

/// <summary>督导检查 (inspection) of a team: planned on a date, held and its findings recorded; each finding becomes a task.</summary>
public sealed class Inspection : IRegionScoped
{
    private Inspection()
    {
    }

    public Inspection(SupervisionTeam team, InspectionTargetKind targetKind, string target, string subject, DateOnly plannedOn)
    {
        TeamId = team.Id;
        RegionCode = team.RegionCode;
        TargetKind = targetKind;
        Target = target;
        Subject = subject;
        PlannedOn = plannedOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TeamId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public InspectionTargetKind TargetKind { get; private set; }

    /// <summary>督导对象: the village or department inspected.</summary>
    public string Target { get; private set; } = "";

    /// <summary>督导事项, e.g. 安全生产重点部位巡查.</summary>
    public string Subject { get; private set; } = "";

    public DateOnly PlannedOn { get; private set; }

    public DateOnly? HeldOn { get; private set; }

    public string? Summary { get; private set; }

    public List<InspectionFinding> Findings { get; private set; } = [];

    public void Record(DateOnly heldOn, string summary)
    {
        if (HeldOn is not null)
        {
            throw new DomainRuleException("该次督导检查已记录", SupervisionTask.Basis);
        }

        HeldOn = heldOn;
        Summary = summary;
    }

    public InspectionFinding AddFinding(string problem, Guid taskId)
    {
        var finding = new InspectionFinding(this, Findings.Count + 1, problem, taskId);
        Findings.Add(finding);
        return finding;
    }
}

/// <summary>督导发现的问题: each becomes a 督办事项 for the inspected unit.</summary>
public sealed class InspectionFinding : IRegionScoped
{
    private InspectionFinding()
    {
    }

    internal InspectionFinding(Inspection inspection, int number, string problem, Guid taskId)
    {
        InspectionId = inspection.Id;
        RegionCode = inspection.RegionCode;
        Number = number;
        Problem = problem;
        TaskId = taskId;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public string Problem { get; private set; } = "";

    public Guid TaskId { get; private set; }
}
