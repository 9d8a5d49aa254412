using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.Emergency.Domain;

/// <summary>演练方式.</summary>
public enum DrillKind
{
    [Display(Name = "桌面推演")] Tabletop,
    [Display(Name = "实战演练")] Field,
}

/// <summary>应急演练 (drill) of a plan in force: date, kind, organiser, participants and the problems it found.</summary>
public sealed class Drill : IRegionScoped
{
    private Drill()
    {
    }

    public Drill(EmergencyPlan plan, DateOnly heldOn, DrillKind kind, string title, string organizer, int participants, string? location,
        string? findings, string createdBy, DateTime createdAt)
    {
        plan.Drilled(heldOn);
        PlanId = plan.Id;
        RegionCode = plan.RegionCode;
        HeldOn = heldOn;
        Kind = kind;
        Title = title;
        Organizer = organizer;
        Participants = participants;
        Location = location;
        Findings = findings;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PlanId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public DrillKind Kind { get; private set; }

    /// <summary>演练名称, e.g. 2022年防汛抢险实战演练.</summary>
    public string Title { get; private set; } = "";

    /// <summary>组织单位.</summary>
    public string Organizer { get; private set; } = "";

    /// <summary>参演人数.</summary>
    public int Participants { get; private set; }

    public string? Location { get; private set; }

    /// <summary>演练发现的问题 (and the 评估 of the drill).</summary>
    public string? Findings { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
}
