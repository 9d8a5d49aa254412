using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.LawStudy.Domain;

/// <summary>学法形式: how leading cadres studied law on one occasion.</summary>
public enum StudyKind
{
    /// <summary>党委理论学习中心组学法 (a theory-group session with law as its topic).</summary>
    [Display(Name = "理论学习中心组学法")] TheoryGroup,

    /// <summary>领导干部专题学法 (a dedicated law-study meeting of the leading cadres).</summary>
    [Display(Name = "领导干部专题学法")] Thematic,

    /// <summary>政府常务会议会前学法.</summary>
    [Display(Name = "常务会议会前学法")] PreMeeting,

    /// <summary>旁听庭审 (attending a court hearing, often of a case against the town).</summary>
    [Display(Name = "旁听庭审")] CourtObservation,

    /// <summary>法治讲座、专题培训.</summary>
    [Display(Name = "法治讲座")] Lecture,
}

/// <summary>
/// 学法活动 (one occasion of law study by the town's leading cadres): its form, date, topic, who taught, who attended, and
/// the laws and policies studied (each a <see cref="StudiedRegulation"/>, so the year's 学习法规政策项数 is counted, not
/// typed). A court observation names the court and the case heard.
/// </summary>
public sealed class StudySession : IRegionScoped
{
    private StudySession()
    {
    }

    public StudySession(string regionCode, StudyKind kind, DateOnly heldOn, string topic, string? presenter, int expected, int attended,
        string? absentees, string? court, string? caseNumber, Guid? planItemId, string recordedBy)
    {
        RegionCode = regionCode;
        Kind = kind;
        HeldOn = heldOn;
        Topic = topic;
        Presenter = presenter;
        Expected = expected;
        Attended = attended;
        Absentees = absentees;
        Court = court;
        CaseNumber = caseNumber;
        PlanItemId = planItemId;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public StudyKind Kind { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>学习主题, e.g. 专题学习《广东省重大行政决策程序规定》.</summary>
    public string Topic { get; private set; } = "";

    /// <summary>主讲人 (a legal adviser, a judge, the secretary…).</summary>
    public string? Presenter { get; private set; }

    /// <summary>应参加人数.</summary>
    public int Expected { get; private set; }

    /// <summary>实际参加人数.</summary>
    public int Attended { get; private set; }

    /// <summary>缺席人员及原因.</summary>
    public string? Absentees { get; private set; }

    /// <summary>旁听庭审: 审理法院.</summary>
    public string? Court { get; private set; }

    /// <summary>旁听庭审: 案号, e.g. （2022）粤1971行初123号.</summary>
    public string? CaseNumber { get; private set; }

    /// <summary>The item of the year's 专题学习安排 this session carries out, if any.</summary>
    public Guid? PlanItemId { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public List<StudiedRegulation> Regulations { get; private set; } = [];

    /// <summary>Leaders' law study proper (中心组、专题、会前学法): the forms the report counts as 领导干部专题学法.</summary>
    public static readonly StudyKind[] LeadersKinds = [StudyKind.TheoryGroup, StudyKind.Thematic, StudyKind.PreMeeting];

    public bool IsLeadersLawStudy => LeadersKinds.Contains(Kind);

    public StudiedRegulation Study(string title)
    {
        var regulation = new StudiedRegulation(this, Regulations.Count + 1, title);
        Regulations.Add(regulation);
        return regulation;
    }
}

/// <summary>学习的法规政策: one law, regulation or policy document studied in a session (title as printed, with 《》).</summary>
public sealed class StudiedRegulation : IRegionScoped
{
    private StudiedRegulation()
    {
    }

    internal StudiedRegulation(StudySession session, int number, string title)
    {
        SessionId = session.Id;
        RegionCode = session.RegionCode;
        Number = number;
        Title = title;
        NormalizedTitle = Normalize(title);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid SessionId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The title without 《》, quotes and spaces: the same law studied twice is one item of the year.</summary>
    public string NormalizedTitle { get; private set; } = "";

    public static string Normalize(string title) =>
        new(title.Where(c => !char.IsWhiteSpace(c) && c is not ('《' or '》' or '“' or '”' or '"' or '〈' or '〉')).ToArray());
}

/// <summary>
/// 专题学习安排 (the year's study plan, e.g. 《2022年常平镇党委理论学习中心组专题学习安排》): a document adopted on a date and
/// its items (month and topic); a session carries out an item, and the plan's completion is counted from the sessions.
/// </summary>
public sealed class StudyPlan : IRegionScoped
{
    private StudyPlan()
    {
    }

    public StudyPlan(string regionCode, int year, string title, DateOnly adoptedOn)
    {
        RegionCode = regionCode;
        Year = year;
        Title = title;
        AdoptedOn = adoptedOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly AdoptedOn { get; private set; }

    public List<StudyPlanItem> Items { get; private set; } = [];

    public StudyPlanItem Plan(int month, string topic)
    {
        var item = new StudyPlanItem(this, Items.Count + 1, month, topic);
        Items.Add(item);
        return item;
    }
}

/// <summary>An item of a study plan: the month it is due in and its topic.</summary>
public sealed class StudyPlanItem : IRegionScoped
{
    private StudyPlanItem()
    {
    }

    internal StudyPlanItem(StudyPlan plan, int number, int month, string topic)
    {
        PlanId = plan.Id;
        RegionCode = plan.RegionCode;
        Number = number;
        Month = month;
        Topic = topic;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PlanId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public int Month { get; private set; }

    public string Topic { get; private set; } = "";
}

/// <summary>学法考试 (a law exam of cadres): date, title, how many sat it and how many passed.</summary>
public sealed class LawExam : IRegionScoped
{
    private LawExam()
    {
    }

    public LawExam(string regionCode, DateOnly heldOn, string title, int candidates, int passed, string recordedBy)
    {
        RegionCode = regionCode;
        HeldOn = heldOn;
        Title = title;
        Candidates = candidates;
        Passed = passed;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>参考人数.</summary>
    public int Candidates { get; private set; }

    /// <summary>合格人数.</summary>
    public int Passed { get; private set; }

    public string RecordedBy { get; private set; } = "";
}
