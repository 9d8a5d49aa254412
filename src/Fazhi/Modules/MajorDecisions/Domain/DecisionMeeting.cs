using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.MajorDecisions.Domain;

/// <summary>与会人员的意见: 同意 / 不同意 / 弃权.</summary>
public enum AttendeeView
{
    [Display(Name = "同意")] Agree = 1,
    [Display(Name = "不同意")] Disagree = 2,
    [Display(Name = "弃权")] Abstain = 3,
}

/// <summary>集体讨论的决定: 通过 / 不通过 / 修改后再次提请讨论.</summary>
public enum MeetingOutcome
{
    [Display(Name = "通过")] Approved = 1,
    [Display(Name = "不通过")] Rejected = 2,
    [Display(Name = "暂缓，修改后再次提请讨论")] Deferred = 3,
}

/// <summary>One attendee's view as entered (in speaking order).</summary>
public sealed record AttendeeInput(string? Name, string? Position, AttendeeView View, string? Remarks, bool IsChief = false);

/// <summary>
/// 集体讨论会议纪要 (条例第三十条): meeting type and date, every attendee's view in speaking order, the 行政首长 speaking
/// last with the decision, dissent recorded, and the chief's reasons when deciding against the majority.
/// </summary>
public sealed class DecisionMeeting : IRegionScoped
{
    public static readonly string[] MeetingTypes = ["镇政府常务会议", "镇长办公会议", "镇政府全体会议"];

    private DecisionMeeting()
    {
    }

    public DecisionMeeting(MajorDecision decision, string meetingType, DateOnly heldOn, MeetingOutcome outcome, string? chiefReasons, string recordedBy)
    {
        DecisionId = decision.Id;
        RegionCode = decision.RegionCode;
        MeetingType = meetingType;
        HeldOn = heldOn;
        Outcome = outcome;
        ChiefReasons = string.IsNullOrWhiteSpace(chiefReasons) ? null : chiefReasons.Trim();
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid DecisionId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string MeetingType { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public MeetingOutcome Outcome { get; private set; }

    /// <summary>行政首长与多数人意见不一致时说明的理由.</summary>
    public string? ChiefReasons { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public List<MeetingView> Views { get; private set; } = [];

    /// <summary>不同意见 as the minutes state them.</summary>
    public IEnumerable<MeetingView> Dissent => Views.Where(v => v.View == AttendeeView.Disagree);

    /// <summary>
    /// Checks the minutes against 条例第三十条 and returns the views to store. Field errors (a name missing) are 400s; the
    /// chief not last, or deciding against the majority without reasons, are refusals citing 第三十条.
    /// </summary>
    public static IReadOnlyList<AttendeeInput> Check(string? meetingType, IReadOnlyList<AttendeeInput>? attendees, MeetingOutcome? outcome, string? chiefReasons)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(meetingType) || !MeetingTypes.Contains(meetingType.Trim()))
        {
            errors["meetingType"] = [$"请选择会议类型：{string.Join("、", MeetingTypes)}"];
        }

        if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            errors["outcome"] = ["请选择讨论决定：通过、不通过或暂缓"];
        }

        var list = attendees ?? [];
        if (list.Count < 2)
        {
            errors["attendees"] = ["请按发言顺序填写与会人员（至少两人，含行政首长）"];
        }

        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (string.IsNullOrWhiteSpace(a.Name) || a.Name.Trim().Length > 50 || string.IsNullOrWhiteSpace(a.Position) || a.Position.Trim().Length > 50)
            {
                errors[$"attendees[{i}]"] = [$"第{i + 1}位与会人员的姓名和职务须填写（各不超过50个字符）"];
            }
            else if (!Enum.IsDefined(a.View))
            {
                errors[$"attendees[{i}]"] = [$"第{i + 1}位与会人员的意见应为同意、不同意或弃权"];
            }
            else if (a.View == AttendeeView.Disagree && string.IsNullOrWhiteSpace(a.Remarks))
            {
                // 不同意见应当载明: the dissent is recorded with its content, not only as a vote.
                errors[$"attendees[{i}]"] = [$"第{i + 1}位与会人员（{a.Name!.Trim()}）不同意，须记录其不同意见"];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var chiefs = list.Count(a => a.IsChief);
        if (chiefs != 1)
        {
            throw new DomainRuleException("会议纪要须载明一名行政首长的意见和决定", Basis.Meeting);
        }

        if (!list[^1].IsChief)
        {
            throw new DomainRuleException("行政首长应当在集体讨论的最后发表意见（纪要须按发言顺序记载，行政首长列在最后）", Basis.Meeting);
        }

        var others = list.Take(list.Count - 1).ToList();
        var agree = others.Count(a => a.View == AttendeeView.Agree);
        var disagree = others.Count(a => a.View == AttendeeView.Disagree);
        var againstMajority = outcome == MeetingOutcome.Approved ? disagree > agree : agree > disagree;
        if (againstMajority && string.IsNullOrWhiteSpace(chiefReasons))
        {
            throw new DomainRuleException(
                $"行政首长拟作出的决定与多数人意见不一致（同意{agree}人、不同意{disagree}人），应当说明理由", Basis.Meeting);
        }

        if (chiefReasons is { Length: > 2000 })
        {
            throw new FieldValidationException("chiefReasons", "理由不能超过2000个字符");
        }

        return list;
    }

    public void Record(IReadOnlyList<AttendeeInput> attendees)
    {
        for (var i = 0; i < attendees.Count; i++)
        {
            Views.Add(new MeetingView(this, i + 1, attendees[i]));
        }
    }
}

/// <summary>与会人员发言: order, name, position, view and what was said.</summary>
public sealed class MeetingView : IRegionScoped
{
    private MeetingView()
    {
    }

    public MeetingView(DecisionMeeting meeting, int order, AttendeeInput input)
    {
        MeetingId = meeting.Id;
        RegionCode = meeting.RegionCode;
        Order = order;
        Name = input.Name!.Trim();
        Position = input.Position!.Trim();
        View = input.View;
        Remarks = string.IsNullOrWhiteSpace(input.Remarks) ? null : input.Remarks.Trim();
        IsChief = input.IsChief;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    public string Position { get; private set; } = "";

    public AttendeeView View { get; private set; }

    public string? Remarks { get; private set; }

    public bool IsChief { get; private set; }
}
