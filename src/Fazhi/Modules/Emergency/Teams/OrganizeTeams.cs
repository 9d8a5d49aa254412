using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Emergency.Teams;

public sealed record TeamInput
{
    public string? Name { get; init; }

    /// <summary>类别: an enum name or its Chinese name.</summary>
    public string? Kind { get; init; }

    public string? Head { get; init; }

    public int? Members { get; init; }

    public string? Duties { get; init; }

    public DateOnly? EstablishedOn { get; init; }
}

/// <summary>应急组织和队伍: set up (dated, not in the future), listed, dissolved.</summary>
public sealed class OrganizeTeams(AppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<EmergencyTeam>> ListAsync(CancellationToken ct) =>
        await db.Set<EmergencyTeam>().AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.EstablishedOn).ThenBy(t => t.Id).ToListAsync(ct);

    public async Task<EmergencyTeam> EstablishAsync(TeamInput input, CancellationToken ct, string? systemRegion = null)
    {
        var errors = new Dictionary<string, string[]>();
        var name = Inputs.Text(input.Name, 100, "name", "名称", errors);
        var head = Inputs.Text(input.Head, 100, "head", "负责人（职务）", errors);
        var duties = Inputs.Optional(input.Duties, 1000, "duties", "职责", errors);
        var on = Inputs.Date(input.EstablishedOn, LegalDate.Today(time), "establishedOn", "成立日期", errors);
        var kind = Inputs.Parse<TeamKind>(input.Kind);
        if (kind is null)
        {
            errors["kind"] = [$"请选择类别（{Inputs.Choices<TeamKind>()}）"];
        }

        if (input.Members is null)
        {
            errors["members"] = ["请填写人数"];
        }

        var region = Inputs.Region(db, systemRegion, "设立应急组织", errors);
        if (await db.Set<EmergencyTeam>().AnyAsync(t => t.RegionCode == region && t.Name == name, ct))
        {
            errors["name"] = [$"“{name}”已设立"];
        }

        Inputs.ThrowIfAny(errors);
        var team = new EmergencyTeam(region, name, kind!.Value, head, input.Members!.Value, duties, on);
        db.Add(team);
        await db.SaveChangesAsync(ct);
        return team;
    }

    public async Task DissolveAsync(Guid id, DateOnly? on, CancellationToken ct)
    {
        var team = await db.Set<EmergencyTeam>().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new RecordNotFoundException("应急组织不存在");
        var errors = new Dictionary<string, string[]>();
        var day = Inputs.Date(on, LegalDate.Today(time), "on", "撤销日期", errors);
        Inputs.ThrowIfAny(errors);
        team.Dissolve(day);
        await db.SaveChangesAsync(ct);
    }
}
