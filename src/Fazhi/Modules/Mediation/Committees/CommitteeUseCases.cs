using Fazhi.Modules.Mediation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Mediation.Committees;

public sealed record MemberInput(string? Name, string? Position, bool Female);

/// <summary>Body of <c>POST /api/mediation/committees</c>.</summary>
public sealed record CommitteeInput(string? Name, string? Kind, DateOnly? EstablishedOn, DateOnly? TermStartsOn, IReadOnlyList<MemberInput>? Members);

public sealed record MediatorInput(Guid? CommitteeId, string? Name, bool Female, DateOnly? AppointedOn, bool FullTime);

public sealed record TrainingInput(string? Topic, DateOnly? HeldOn, decimal? Hours, string? Organizer);

/// <summary>人民调解委员会、调解员和培训记录; the composition of 第八条 is a gate with the article cited.</summary>
public sealed class CommitteeUseCases(AppDbContext db, TimeProvider time)
{
    public async Task<Committee> CreateAsync(CommitteeInput input, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var today = LegalDate.Today(time);
        var errors = new Dictionary<string, string[]>();
        var name = Cases.OpenCase.Text(input.Name, "name", "请填写调解委员会名称（不超过200个字符）", MediationCase.MaxShort, errors);
        var kind = Names.Parse<CommitteeKind>(input.Kind);
        if (kind is null)
        {
            errors["kind"] = ["请选择调解组织类型"];
        }

        if (input.EstablishedOn is not { } established || established > today)
        {
            errors["establishedOn"] = ["请填写设立日期（不能晚于今天）"];
        }
        else if (input.TermStartsOn is { } term && (term < established || term > today))
        {
            errors["termStartsOn"] = ["本届任期开始日期应在设立日期与今天之间"];
        }

        var members = Members(input.Members, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        if (Committee.CompositionRefusal(members) is { } refusal)
        {
            throw new DomainRuleException(refusal, Basis.Composition);
        }

        if (await db.Set<Committee>().AnyAsync(c => c.Name == name, ct))
        {
            throw new FieldValidationException("name", "已有同名的人民调解委员会");
        }

        var committee = new Committee(regionCode, name!, kind!.Value, input.EstablishedOn!.Value, input.TermStartsOn ?? input.EstablishedOn!.Value, actor.Login);
        committee.ReplaceMembers(members, committee.TermStartsOn);
        db.Add(committee);
        db.AddRange(committee.Members);
        await db.SaveChangesAsync(ct);
        return committee;
    }

    /// <summary>换届或调整委员: the same 3–9 rule; a new term starts a new three-year period (第九条).</summary>
    public async Task<Committee> ChangeMembersAsync(Guid id, IReadOnlyList<MemberInput>? input, DateOnly? termStartsOn, CancellationToken ct)
    {
        var committee = await db.Set<Committee>().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new RecordNotFoundException("没有该调解委员会");
        var errors = new Dictionary<string, string[]>();
        var members = Members(input, errors);
        var term = termStartsOn ?? committee.TermStartsOn;
        if (term < committee.TermStartsOn || term > LegalDate.Today(time))
        {
            errors["termStartsOn"] = ["新一届任期开始日期不能早于本届开始日期，也不能晚于今天"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        if (Committee.CompositionRefusal(members) is { } refusal)
        {
            throw new DomainRuleException(refusal, Basis.Composition);
        }

        db.RemoveRange(committee.Members);
        committee.ReplaceMembers(members, term);
        db.AddRange(committee.Members);
        await db.SaveChangesAsync(ct);
        return committee;
    }

    public async Task<Mediator> AddMediatorAsync(MediatorInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        var name = Cases.OpenCase.Text(input.Name, "name", "请填写调解员姓名（不超过50个字符）", 50, errors);
        var committee = input.CommitteeId is { } cid ? await db.Set<Committee>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (committee is null)
        {
            errors["committeeId"] = ["请选择所在的人民调解委员会"];
        }

        if (input.AppointedOn is not { } on || on > LegalDate.Today(time) || (committee is not null && on < committee.EstablishedOn))
        {
            errors["appointedOn"] = ["请填写聘任日期（在委员会设立之后、不晚于今天）"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var mediator = new Mediator(committee!, name!, input.Female, input.AppointedOn!.Value, input.FullTime);
        db.Add(mediator);
        await db.SaveChangesAsync(ct);
        return mediator;
    }

    public async Task<MediatorTraining> AddTrainingAsync(Guid mediatorId, TrainingInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mediator = await db.Set<Mediator>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == mediatorId, ct) ?? throw new RecordNotFoundException("没有该调解员");
        var errors = new Dictionary<string, string[]>();
        var topic = Cases.OpenCase.Text(input.Topic, "topic", "请填写培训主题（不超过200个字符）", MediationCase.MaxShort, errors);
        var organizer = Cases.OpenCase.Text(input.Organizer, "organizer", "请填写培训组织单位（不超过200个字符）", MediationCase.MaxShort, errors);
        if (input.HeldOn is not { } on || on > LegalDate.Today(time) || on < mediator.AppointedOn)
        {
            errors["heldOn"] = ["请填写培训日期（在聘任之后、不晚于今天）"];
        }

        if (input.Hours is not { } hours || hours <= 0 || hours > 200)
        {
            errors["hours"] = ["学时应为大于0且不超过200的数"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var training = new MediatorTraining(mediator, topic!, input.HeldOn!.Value, input.Hours!.Value, organizer!);
        db.Add(training);
        await db.SaveChangesAsync(ct);
        return training;
    }

    private static List<(string Name, string Position, bool Female)> Members(IReadOnlyList<MemberInput>? input, Dictionary<string, string[]> errors)
    {
        var result = new List<(string, string, bool)>();
        foreach (var (m, i) in (input ?? []).Select((m, i) => (m, i)))
        {
            var name = m.Name?.Trim() ?? "";
            if (name.Length is 0 or > 50)
            {
                errors[$"members[{i}].name"] = [$"第{i + 1}位委员：请填写姓名（不超过50个字符）"];
            }

            var position = string.IsNullOrWhiteSpace(m.Position) ? "委员" : m.Position.Trim();
            if (!CommitteeMember.Positions.Contains(position))
            {
                errors[$"members[{i}].position"] = [$"第{i + 1}位委员：职务应为主任、副主任或委员"];
            }

            result.Add((name, position, m.Female));
        }

        return result;
    }
}
