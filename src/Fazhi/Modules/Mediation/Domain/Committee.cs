using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.Mediation.Domain;

/// <summary>调解组织类型.</summary>
public enum CommitteeKind
{
    [Display(Name = "村（居）民委员会人民调解委员会")] Village,
    [Display(Name = "乡镇（街道）人民调解委员会")] Town,
    [Display(Name = "企业事业单位人民调解委员会")] Enterprise,
    [Display(Name = "行业性专业性人民调解委员会")] Industry,
    [Display(Name = "驻所（派出所）调解室")] PoliceStation,
}

/// <summary>
/// 人民调解委员会: 3–9 members with a 主任, at least one woman (人民调解法第八条), elected or chosen for a three-year term
/// (第九条). A committee whose term has run out is still counted until it is dissolved; its term is shown as expired.
/// </summary>
public sealed class Committee : IRegionScoped
{
    public const int MinMembers = 3;
    public const int MaxMembers = 9;
    public const int TermYears = 3;

    private Committee()
    {
    }

    public Committee(string regionCode, string name, CommitteeKind kind, DateOnly establishedOn, DateOnly termStartsOn, string createdBy)
    {
        RegionCode = regionCode;
        Name = name;
        Kind = kind;
        EstablishedOn = establishedOn;
        TermStartsOn = termStartsOn;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public CommitteeKind Kind { get; private set; }

    public DateOnly EstablishedOn { get; private set; }

    /// <summary>本届任期开始; the term ends three years later (第九条).</summary>
    public DateOnly TermStartsOn { get; private set; }

    public DateOnly TermEndsOn => TermStartsOn.AddYears(TermYears).AddDays(-1);

    public DateOnly? DissolvedOn { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public List<CommitteeMember> Members { get; private set; } = [];

    /// <summary>
    /// The composition rules of 第八条, checked whenever the members change: the reason it is refused, or null.
    /// </summary>
    public static string? CompositionRefusal(IReadOnlyCollection<(string Name, string Position, bool Female)> members)
    {
        if (members.Count is < MinMembers or > MaxMembers)
        {
            return $"人民调解委员会由委员三至九人组成，现为{members.Count}人";
        }

        if (members.Count(m => m.Position == "主任") != 1)
        {
            return "人民调解委员会应当设主任一人";
        }

        return members.Any(m => m.Female) ? null : "人民调解委员会应当有妇女成员";
    }

    public void ReplaceMembers(IEnumerable<(string Name, string Position, bool Female)> members, DateOnly termStartsOn)
    {
        Members.Clear();
        var order = 0;
        foreach (var (name, position, female) in members)
        {
            Members.Add(new CommitteeMember(this, ++order, name, position, female));
        }

        TermStartsOn = termStartsOn;
    }
}

/// <summary>人民调解委员会委员 (主任、副主任、委员).</summary>
public sealed class CommitteeMember : IRegionScoped
{
    public static readonly string[] Positions = ["主任", "副主任", "委员"];

    private CommitteeMember()
    {
    }

    public CommitteeMember(Committee committee, int order, string name, string position, bool female)
    {
        CommitteeId = committee.Id;
        RegionCode = committee.RegionCode;
        Order = order;
        Name = name;
        Position = position;
        Female = female;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CommitteeId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    public string Position { get; private set; } = "";

    public bool Female { get; private set; }
}

/// <summary>人民调解员 (委员 and persons the committee appoints, 第十三条), with the training they received.</summary>
public sealed class Mediator : IRegionScoped
{
    private Mediator()
    {
    }

    public Mediator(Committee committee, string name, bool female, DateOnly appointedOn, bool fullTime)
    {
        CommitteeId = committee.Id;
        RegionCode = committee.RegionCode;
        Name = name;
        Female = female;
        AppointedOn = appointedOn;
        FullTime = fullTime;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CommitteeId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public bool Female { get; private set; }

    public DateOnly AppointedOn { get; private set; }

    /// <summary>专职 (true) or 兼职.</summary>
    public bool FullTime { get; private set; }

    public DateOnly? LeftOn { get; private set; }
}

/// <summary>调解员培训记录 (one mediator at one training, 人民调解法第十四条).</summary>
public sealed class MediatorTraining : IRegionScoped
{
    private MediatorTraining()
    {
    }

    public MediatorTraining(Mediator mediator, string topic, DateOnly heldOn, decimal hours, string organizer)
    {
        MediatorId = mediator.Id;
        RegionCode = mediator.RegionCode;
        Topic = topic;
        HeldOn = heldOn;
        Hours = hours;
        Organizer = organizer;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MediatorId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Topic { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public decimal Hours { get; private set; }

    public string Organizer { get; private set; } = "";
}
