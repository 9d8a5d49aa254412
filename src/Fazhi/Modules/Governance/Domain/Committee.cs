using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.Governance.Domain;

/// <summary>议事机构类别: the 全面依法治镇委员会, its office, and its coordination groups.</summary>
public enum BodyKind
{
    /// <summary>全面依法治镇委员会 (the committee itself; its meetings are 全体会议).</summary>
    [Display(Name = "委员会")] Committee,

    /// <summary>委员会办公室 (依法治镇办, the committee's standing office).</summary>
    [Display(Name = "委员会办公室")] Office,

    /// <summary>协调小组 (立法/执法/司法/守法普法协调小组).</summary>
    [Display(Name = "协调小组")] CoordinationGroup,
}

/// <summary>成员职务: the member's role in the body.</summary>
public enum MemberRole
{
    [Display(Name = "主任")] Director,
    [Display(Name = "副主任")] DeputyDirector,
    [Display(Name = "委员")] Member,
    [Display(Name = "成员")] Participant,
}

/// <summary>
/// 议事机构 (a 全面依法治镇委员会, its office or a coordination group of one town): its kind, name and members. A town that
/// starts using Fazhi part-way records how many meetings the body held before, so the first meeting entered here is
/// numbered after them (e.g. 3 earlier meetings: the first one recorded is the 第四次会议).
/// </summary>
public sealed class CommitteeBody : IRegionScoped
{
    private CommitteeBody()
    {
    }

    public CommitteeBody(string regionCode, BodyKind kind, string name, DateOnly? establishedOn, int meetingsBeforeFazhi)
    {
        RegionCode = regionCode;
        Kind = kind;
        Name = name;
        EstablishedOn = establishedOn;
        MeetingsBeforeFazhi = meetingsBeforeFazhi;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public BodyKind Kind { get; private set; }

    /// <summary>名称, e.g. 常平镇全面依法治镇委员会, 执法协调小组.</summary>
    public string Name { get; private set; } = "";

    /// <summary>成立日期.</summary>
    public DateOnly? EstablishedOn { get; private set; }

    /// <summary>启用本系统前已召开的会议次数 (the ordinal offset of the first meeting recorded here).</summary>
    public int MeetingsBeforeFazhi { get; private set; }

    public List<BodyMember> Members { get; private set; } = [];

    public BodyMember Appoint(string name, string post, MemberRole role, DateOnly from, DateOnly? to)
    {
        var member = new BodyMember(this, name, post, role, from, to);
        Members.Add(member);
        return member;
    }
}

/// <summary>议事机构成员: who sits on the body, in which post and role, from when to when.</summary>
public sealed class BodyMember : IRegionScoped
{
    private BodyMember()
    {
    }

    internal BodyMember(CommitteeBody body, string name, string post, MemberRole role, DateOnly from, DateOnly? to)
    {
        BodyId = body.Id;
        RegionCode = body.RegionCode;
        Name = name;
        Post = post;
        Role = role;
        From = from;
        To = to;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid BodyId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>本职职务, e.g. 镇党委书记.</summary>
    public string Post { get; private set; } = "";

    public MemberRole Role { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }
}

/// <summary>
/// 会议 (a meeting of a body): date, place, chair, attendance, agenda and minutes, and the decisions taken. Its ordinal
/// (第N次会议) is not stored: it is the body's earlier-meetings offset plus the meeting's rank by date, so a past meeting
/// entered late takes its right place.
/// </summary>
public sealed class Meeting : IRegionScoped
{
    private Meeting()
    {
    }

    public Meeting(CommitteeBody body, DateOnly heldOn, string? place, string chair, int attendees, string? minutes, string recordedBy)
    {
        BodyId = body.Id;
        RegionCode = body.RegionCode;
        HeldOn = heldOn;
        Place = place;
        Chair = chair;
        Attendees = attendees;
        Minutes = minutes;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid BodyId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public string? Place { get; private set; }

    /// <summary>主持人.</summary>
    public string Chair { get; private set; } = "";

    /// <summary>出席人数.</summary>
    public int Attendees { get; private set; }

    /// <summary>会议纪要 (summary of the minutes).</summary>
    public string? Minutes { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public List<AgendaItem> Agenda { get; private set; } = [];

    public List<Decision> Decisions { get; private set; } = [];

    public AgendaItem Discuss(string title)
    {
        var item = new AgendaItem(this, Agenda.Count + 1, title);
        Agenda.Add(item);
        return item;
    }

    /// <summary>议定事项: the deadline falls after the meeting (the task is assigned on the meeting day and must have time to run).</summary>
    public Decision Decide(string text, string leadUnit, string? coUnits, DateOnly deadline, int number)
    {
        if (deadline <= HeldOn)
        {
            throw new ArgumentException("办结时限应晚于会议日期", nameof(deadline));
        }

        var decision = new Decision(this, number, text, leadUnit, coUnits, deadline);
        Decisions.Add(decision);
        return decision;
    }
}

/// <summary>会议议题: one item of a meeting's agenda.</summary>
public sealed class AgendaItem : IRegionScoped
{
    private AgendaItem()
    {
    }

    internal AgendaItem(Meeting meeting, int number, string title)
    {
        MeetingId = meeting.Id;
        RegionCode = meeting.RegionCode;
        Number = number;
        Title = title;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public string Title { get; private set; } = "";
}

/// <summary>
/// 会议议定事项 (a decision of a meeting): what is to be done, by whom, by when. Recording it assigns a 督办事项 in the same
/// unit of work; <see cref="OriginKey"/> is how 督查督办 knows where the task came from.
/// </summary>
public sealed class Decision : IRegionScoped
{
    private Decision()
    {
    }

    internal Decision(Meeting meeting, int number, string text, string leadUnit, string? coUnits, DateOnly deadline)
    {
        MeetingId = meeting.Id;
        RegionCode = meeting.RegionCode;
        Number = number;
        Text = text;
        LeadUnit = leadUnit;
        CoUnits = coUnits;
        Deadline = deadline;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>牵头单位.</summary>
    public string LeadUnit { get; private set; } = "";

    /// <summary>配合单位.</summary>
    public string? CoUnits { get; private set; }

    /// <summary>办结时限.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>The 督办事项 assigned for it.</summary>
    public Guid? TaskId { get; private set; }

    public string OriginKey => KeyOf(Id);

    public static string KeyOf(Guid decisionId) => $"governance:decision:{decisionId}";

    public void Supervise(Guid taskId) => TaskId = taskId;
}
