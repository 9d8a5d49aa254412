using Fazhi.Modules.Governance.Domain;
using Fazhi.Modules.Supervision.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Governance.Committees;

/// <summary>
/// 全面依法治镇委员会、办公室和协调小组: setting up a body, appointing its members, recording its meetings with agenda and
/// decisions. Each decision is handed to 督查督办 in the same unit of work, so a meeting and its tasks are stored together
/// or not at all.
/// </summary>
public sealed class CommitteeUseCases(AppDbContext db, TimeProvider time, ISupervisedTasks tasks)
{
    public const int MaxAgendaItems = 30;
    public const int MaxDecisions = 30;

    public async Task<CommitteeBody> CreateBodyAsync(BodyInput input, CancellationToken ct, string? systemRegion = null)
    {
        var f = new Fields(time);
        var region = Region(systemRegion);
        var kind = f.Choice<BodyKind>(input.Kind, "kind", $"请选择议事机构类别（{Fields.Names<BodyKind>()}）");
        var name = f.Required(input.Name, 100, "name", "议事机构名称");
        DateOnly? established = input.EstablishedOn is null ? null : f.PastDate(input.EstablishedOn, "establishedOn", "成立日期");
        if (input.MeetingsBeforeFazhi is < 0 or > 500)
        {
            f.Add("meetingsBeforeFazhi", "启用本系统前已召开的会议次数应为0至500之间的整数");
        }

        if (name is not null && await db.Set<CommitteeBody>().AnyAsync(b => b.RegionCode == region && b.Name == name, ct))
        {
            f.Add("name", $"已有名为“{name}”的议事机构");
        }

        f.ThrowIfAny();
        var body = new CommitteeBody(region, kind!.Value, name!, established, input.MeetingsBeforeFazhi ?? 0);
        db.Add(body);
        await db.SaveChangesAsync(ct);
        return body;
    }

    public async Task<BodyMember> AppointAsync(Guid bodyId, MemberInput input, CancellationToken ct)
    {
        var body = await db.Set<CommitteeBody>().FirstOrDefaultAsync(b => b.Id == bodyId, ct) ?? throw new RecordNotFoundException("议事机构不存在");
        var f = new Fields(time);
        var name = f.Required(input.Name, 50, "name", "成员姓名");
        var post = f.Required(input.Post, 100, "post", "本职职务");
        var role = f.Choice<MemberRole>(input.Role, "role", $"请选择在议事机构中的职务（{Fields.Names<MemberRole>()}）");
        var from = f.PastDate(input.From, "from", "任职起始日期");
        if (input.To is { } to && from != default && to < from)
        {
            f.Add("to", "任职终止日期不能早于起始日期");
        }

        f.ThrowIfAny();
        var member = body.Appoint(name!, post!, role!.Value, from, input.To);
        db.Add(member);
        await db.SaveChangesAsync(ct);
        return member;
    }

    /// <summary>Validates and adds a meeting (agenda, decisions and their supervised tasks) to the unit of work; the caller saves.</summary>
    public async Task<Meeting> AddMeetingAsync(MeetingInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var f = new Fields(time);
        Region(systemRegion);
        CommitteeBody? body = null;
        if (input.BodyId is { } bodyId)
        {
            body = await db.Set<CommitteeBody>().FirstOrDefaultAsync(b => b.Id == bodyId, ct);
        }
        else if (!string.IsNullOrWhiteSpace(input.BodyName))
        {
            var name = input.BodyName.Trim();
            body = await db.Set<CommitteeBody>().FirstOrDefaultAsync(b => b.Name == name, ct);
        }

        if (body is null)
        {
            f.Add("bodyId", string.IsNullOrWhiteSpace(input.BodyName) ? "请选择召开会议的议事机构" : $"没有名为“{input.BodyName.Trim()}”的议事机构，请先设立");
        }

        var heldOn = f.PastDate(input.HeldOn, "heldOn", "会议日期");
        if (body?.EstablishedOn is { } established && heldOn != default && heldOn < established)
        {
            f.Add("heldOn", $"会议日期不能早于{body.Name}的成立日期（{established:yyyy-MM-dd}）");
        }

        var place = f.Optional(input.Place, 100, "place", "会议地点");
        var chair = f.Required(input.Chair, 50, "chair", "主持人");
        var minutes = f.Optional(input.Minutes, 4000, "minutes", "会议纪要");
        if (input.Attendees is not (>= 1 and <= 500))
        {
            f.Add("attendees", "出席人数应为1至500之间的整数");
        }

        var agenda = (input.Agenda ?? []).Select(a => a?.Trim() ?? "").Where(a => a.Length > 0).ToList();
        if (agenda.Count == 0)
        {
            f.Add("agenda", "请填写会议议题（至少一项）");
        }
        else if (agenda.Count > MaxAgendaItems || agenda.Any(a => a.Length > 300))
        {
            f.Add("agenda", $"会议议题不超过{MaxAgendaItems}项，每项不超过300个字符");
        }

        var decisions = (input.Decisions ?? []).Where(d => d is not null && !(string.IsNullOrWhiteSpace(d.Text) && string.IsNullOrWhiteSpace(d.LeadUnit) && d.Deadline is null)).ToList();
        if (decisions.Count > MaxDecisions)
        {
            f.Add("decisions", $"一次会议登记的议定事项不超过{MaxDecisions}项");
        }

        for (var n = 0; n < decisions.Count && n < MaxDecisions; n++)
        {
            CheckDecision(f, decisions[n], heldOn, $"decisions[{n}].", $"第{n + 1}项议定事项：");
        }

        f.ThrowIfAny();
        var meeting = new Meeting(body!, heldOn, place, chair!, input.Attendees!.Value, minutes, actor);
        db.Add(meeting);
        foreach (var title in agenda)
        {
            db.Add(meeting.Discuss(title));
        }

        var ordinal = await OrdinalOnRecordAsync(body!, heldOn, ct);
        for (var n = 0; n < decisions.Count; n++)
        {
            await DecideAsync(meeting, body!, ordinal, decisions[n], n + 1, actor, $"decisions[{n}].", ct);
        }

        return meeting;
    }

    public async Task<Meeting> RecordMeetingAsync(MeetingInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var meeting = await AddMeetingAsync(input, actor, ct, systemRegion);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    /// <summary>补录议定事项 of a recorded meeting (e.g. from the minutes issued later): it is supervised like the others.</summary>
    public async Task<Decision> AddDecisionAsync(Guid meetingId, DecisionInput input, string actor, CancellationToken ct)
    {
        var meeting = await db.Set<Meeting>().Include(m => m.Decisions).FirstOrDefaultAsync(m => m.Id == meetingId, ct)
            ?? throw new RecordNotFoundException("会议不存在");
        var body = await db.Set<CommitteeBody>().FirstAsync(b => b.Id == meeting.BodyId, ct);
        var f = new Fields(time);
        CheckDecision(f, input, meeting.HeldOn, "", "");
        if (meeting.Decisions.Count >= MaxDecisions)
        {
            f.Add("text", $"一次会议的议定事项不超过{MaxDecisions}项");
        }

        f.ThrowIfAny();
        var ordinal = await OrdinalOnRecordAsync(body, meeting.HeldOn, ct, meeting.Id);
        var decision = await DecideAsync(meeting, body, ordinal, input, meeting.Decisions.Count + 1, actor, "", ct);
        await db.SaveChangesAsync(ct);
        return decision;
    }

    private static void CheckDecision(Fields f, DecisionInput d, DateOnly heldOn, string prefix, string label)
    {
        if (string.IsNullOrWhiteSpace(d.Text) || d.Text.Trim().Length > 300)
        {
            f.Add(prefix + "text", $"{label}请填写议定事项内容（300字以内）");
        }

        if (string.IsNullOrWhiteSpace(d.LeadUnit) || d.LeadUnit.Trim().Length > 100)
        {
            f.Add(prefix + "leadUnit", $"{label}请填写牵头单位（100字以内）");
        }

        if (d.CoUnits?.Trim().Length > 300)
        {
            f.Add(prefix + "coUnits", $"{label}配合单位不能超过300个字符");
        }

        if (d.Deadline is not { } deadline)
        {
            f.Add(prefix + "deadline", $"{label}请填写办结时限");
        }
        else if (heldOn != default && deadline <= heldOn)
        {
            f.Add(prefix + "deadline", $"{label}办结时限应晚于会议日期（{heldOn:yyyy-MM-dd}）");
        }
    }

    private async Task<Decision> DecideAsync(Meeting meeting, CommitteeBody body, int ordinal, DecisionInput input, int number, string actor, string prefix,
        CancellationToken ct)
    {
        var decision = meeting.Decide(input.Text!.Trim(), input.LeadUnit!.Trim(), string.IsNullOrWhiteSpace(input.CoUnits) ? null : input.CoUnits.Trim(),
            input.Deadline!.Value, number);
        db.Add(decision);
        try
        {
            var taskId = await tasks.AssignAsync(new SupervisedTaskRequest(decision.Text, "会议决定", $"{body.Name}{ChineseNumerals.MeetingOrdinal(ordinal)}议定事项第{number}项",
                decision.LeadUnit, decision.CoUnits, meeting.HeldOn, decision.Deadline, decision.OriginKey, Region: meeting.RegionCode), actor, ct);
            decision.Supervise(taskId);
        }
        catch (FieldValidationException e)
        {
            throw new FieldValidationException(e.Errors.ToDictionary(kv => prefix + (kv.Key is "title" ? "text" : kv.Key),
                kv => kv.Value.Select(m => $"第{number}项议定事项交办督办时：{m}").ToArray()));
        }

        return decision;
    }

    /// <summary>The ordinal the meeting takes among the body's meetings stored so far (for the task's source reference).</summary>
    private async Task<int> OrdinalOnRecordAsync(CommitteeBody body, DateOnly heldOn, CancellationToken ct, Guid? self = null)
    {
        var earlier = await db.Set<Meeting>().AsNoTracking().CountAsync(m => m.BodyId == body.Id && m.HeldOn <= heldOn && m.Id != self, ct);
        return body.MeetingsBeforeFazhi + earlier + 1;
    }

    private string Region(string? systemRegion) =>
        db.Scope.WriteRegion ?? systemRegion ?? throw new DomainRuleException("请以本单位用户身份登记依法治镇工作");
}
