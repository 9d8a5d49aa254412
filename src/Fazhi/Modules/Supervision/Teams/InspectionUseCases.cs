using Fazhi.Modules.Supervision.Domain;
using Fazhi.Modules.Supervision.Tasks;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Supervision.Teams;

public sealed record TeamInput(string? Name, string? Leader, string? Members, string? Scope, DateOnly? EstablishedOn);

public sealed record PlanInspectionInput(Guid? TeamId, string? TargetKind, string? Target, string? Subject, DateOnly? PlannedOn);

/// <summary>A problem found, and the task it becomes: who must fix it and by when.</summary>
public sealed record FindingInput(string? Problem, string? LeadUnit, DateOnly? Deadline);

public sealed record RecordInspectionInput(DateOnly? HeldOn, string? Summary, IReadOnlyList<FindingInput>? Findings);

public sealed record InspectionRow(Inspection Inspection, string TeamName);

/// <summary>督导组与督导检查: standing teams, inspections on a schedule, and findings that become 督办事项.</summary>
public sealed class InspectionUseCases(AppDbContext db, AssignTasks assign, TimeProvider time)
{
    /// <summary>设立督导组 in the user's region (<paramref name="systemRegion"/> only serves the system context, e.g. the demo).</summary>
    public async Task<SupervisionTeam> CreateTeamAsync(TeamInput input, CancellationToken ct, string? systemRegion = null)
    {
        var errors = new Dictionary<string, string[]>();
        FieldChecks.Required(errors, input.Name, 100, "name", "督导组名称");
        FieldChecks.Required(errors, input.Leader, 50, "leader", "组长");
        FieldChecks.Required(errors, input.Members, 500, "members", "成员");
        var on = FieldChecks.PastDate(errors, input.EstablishedOn, LegalDate.Today(time), "establishedOn", "成立日期");
        var region = db.Scope.WriteRegion ?? systemRegion ?? throw new DomainRuleException("请以本单位用户身份设立督导组");
        if (errors.Count == 0 && await db.Set<SupervisionTeam>().AnyAsync(t => t.RegionCode == region && t.Name == input.Name!.Trim(), ct))
        {
            errors["name"] = ["已有同名督导组"];
        }

        FieldChecks.ThrowIfAny(errors);
        var team = new SupervisionTeam(region, input.Name!.Trim(), input.Leader!.Trim(), input.Members!.Trim(), input.Scope?.Trim(), on);
        db.Add(team);
        await db.SaveChangesAsync(ct);
        return team;
    }

    public async Task<Inspection> PlanAsync(PlanInspectionInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var team = input.TeamId is { } id ? await db.Set<SupervisionTeam>().FirstOrDefaultAsync(t => t.Id == id, ct) : null;
        if (team is null)
        {
            errors["teamId"] = ["请选择督导组"];
        }

        InspectionTargetKind? kind = Enum.TryParse<InspectionTargetKind>(input.TargetKind, true, out var k) && Enum.IsDefined(k) ? k : null;
        if (kind is null)
        {
            errors["targetKind"] = ["请选择督导对象类别（村（社区）或部门（单位））"];
        }

        FieldChecks.Required(errors, input.Target, 100, "target", "督导对象");
        FieldChecks.Required(errors, input.Subject, 200, "subject", "督导事项");
        if (input.PlannedOn is null)
        {
            errors["plannedOn"] = ["请填写计划日期"];
        }
        else if (team is not null && input.PlannedOn < team.EstablishedOn)
        {
            errors["plannedOn"] = ["计划日期不能早于督导组成立日期"];
        }

        FieldChecks.ThrowIfAny(errors);
        var inspection = new Inspection(team!, kind!.Value, input.Target!.Trim(), input.Subject!.Trim(), input.PlannedOn!.Value);
        db.Add(inspection);
        await db.SaveChangesAsync(ct);
        return inspection;
    }

    /// <summary>记录督导情况: held date, summary, and each finding assigned as a task to the unit that must fix it.</summary>
    public async Task<Inspection> RecordAsync(Guid id, RecordInspectionInput input, string actor, CancellationToken ct)
    {
        var inspection = await db.Set<Inspection>().Include(i => i.Findings).FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new RecordNotFoundException("督导检查不存在");
        var team = await db.Set<SupervisionTeam>().AsNoTracking().FirstAsync(t => t.Id == inspection.TeamId, ct);
        var errors = new Dictionary<string, string[]>();
        var heldOn = FieldChecks.PastDate(errors, input.HeldOn, LegalDate.Today(time), "heldOn", "督导日期");
        if (heldOn < team.EstablishedOn)
        {
            errors["heldOn"] = ["督导日期不能早于督导组成立日期"];
        }

        FieldChecks.Required(errors, input.Summary, 2000, "summary", "督导情况");
        var findings = (input.Findings ?? []).Where(f => !string.IsNullOrWhiteSpace(f.Problem) || !string.IsNullOrWhiteSpace(f.LeadUnit) || f.Deadline is not null).ToList();
        FieldChecks.ThrowIfAny(errors);
        inspection.Record(heldOn, input.Summary!.Trim());
        var number = 0;
        foreach (var finding in findings)
        {
            number++;
            try
            {
                var problem = finding.Problem?.Trim() ?? "";
                if (problem.Length is 0 or > 1000)
                {
                    throw new FieldValidationException("problem", "请填写发现的问题（1000字以内）");
                }

                var task = await assign.AddAsync(new AssignTaskInput
                {
                    Title = $"整改：{(problem.Length > 280 ? problem[..280] : problem)}",
                    Source = nameof(TaskSource.InspectionFinding),
                    SourceReference = $"{team.Name}{AssignTasks.Day(heldOn)}督导{inspection.Target}",
                    LeadUnit = string.IsNullOrWhiteSpace(finding.LeadUnit) ? inspection.Target : finding.LeadUnit,
                    AssignedOn = heldOn,
                    Deadline = finding.Deadline,
                    Region = inspection.RegionCode,
                }, actor, ct, $"supervision.inspection:{inspection.Id}");
                db.Add(inspection.AddFinding(problem, task.Id));
            }
            catch (FieldValidationException e)
            {
                db.ChangeTracker.Clear();
                throw new FieldValidationException(e.Errors.ToDictionary(kv => $"findings[{number - 1}].{kv.Key}", kv => kv.Value.Select(m => $"第{number}个问题：{m}").ToArray()));
            }
        }

        await db.SaveChangesAsync(ct);
        return inspection;
    }

    public async Task<Paged<InspectionRow>> PageAsync(string? q, string? page, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (number, size) = Paging.Parse(page, null, errors);
        FieldChecks.ThrowIfAny(errors);
        var query = from i in db.Set<Inspection>().AsNoTracking()
                    join t in db.Set<SupervisionTeam>().AsNoTracking() on i.TeamId equals t.Id
                    select new { i, t.Name };
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(r => r.i.Target.Contains(text) || r.i.Subject.Contains(text) || r.Name.Contains(text));
        }

        var sorted = query.OrderByDescending(r => r.i.PlannedOn).ThenBy(r => r.i.Id);
        var total = await sorted.CountAsync(ct);
        var rows = await sorted.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<InspectionRow>(rows.Select(r => new InspectionRow(r.i, r.Name)).ToList(), number, size, total);
    }

    public async Task<IReadOnlyList<SupervisionTeam>> TeamsAsync(CancellationToken ct) =>
        await db.Set<SupervisionTeam>().AsNoTracking().OrderBy(t => t.EstablishedOn).ThenBy(t => t.Name).ToListAsync(ct);
}
