using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Emergency.Drills;

/// <summary>演练 input (form, API and one ledger row alike). The plan is its id, or in a ledger its exact name.</summary>
public sealed record DrillInput
{
    public Guid? PlanId { get; init; }

    public string? PlanTitle { get; init; }

    public string? Title { get; init; }

    /// <summary>演练方式: Tabletop/Field or 桌面推演/实战演练.</summary>
    public string? Kind { get; init; }

    public DateOnly? HeldOn { get; init; }

    public string? Organizer { get; init; }

    public int? Participants { get; init; }

    public string? Location { get; init; }

    public string? Findings { get; init; }

    /// <summary>The drill's findings call for revising the plan (办法第二十五条: lessons from drills).</summary>
    public bool? TriggersRevision { get; init; }
}

/// <summary>记录应急演练: a drill of a plan in force, dated on or after the plan's publication and not in the future.</summary>
public sealed class RecordDrills(AppDbContext db, TimeProvider time, IOptions<EmergencyOptions> options)
{
    public async Task<Drill> ExecuteAsync(DrillInput input, string actor, CancellationToken ct)
    {
        var drill = await BuildAsync(input, actor, ct);
        await db.SaveChangesAsync(ct);
        return drill;
    }

    /// <summary>Imports the drill ledger: every bad row is reported and nothing of the file is stored.</summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string actor, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(ListDrills.Layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        foreach (var (row, value) in import.Rows)
        {
            try
            {
                await BuildAsync(value.Input(), actor, ct);
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, ListDrills.HeaderOf(kv.Key), m))));
            }
            catch (DomainRuleException e)
            {
                errors.Add(new LedgerRowError(row, "演练日期", e.LegalBasis is null ? e.Message : $"{e.Message}（{e.LegalBasis}）"));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new LedgerImportException(errors);
        }

        await db.SaveChangesAsync(ct);
        return import.Rows.Count;
    }

    private async Task<Drill> BuildAsync(DrillInput input, string actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var today = LegalDate.Today(time);
        var title = Inputs.Text(input.Title, 200, "title", "演练名称", errors);
        var organizer = Inputs.Text(input.Organizer, 100, "organizer", "组织单位", errors);
        var location = Inputs.Optional(input.Location, 200, "location", "演练地点", errors);
        var findings = Inputs.Optional(input.Findings, 2000, "findings", "发现的问题", errors);
        var held = Inputs.Date(input.HeldOn, today, "heldOn", "演练日期", errors);
        var kind = Inputs.Parse<DrillKind>(input.Kind);
        if (kind is null)
        {
            errors["kind"] = [$"请选择演练方式（{Inputs.Choices<DrillKind>()}）"];
        }

        if (input.Participants is not ({ } participants and >= 1 and <= 1_000_000))
        {
            errors["participants"] = ["参演人数应为正整数"];
            participants = 0;
        }

        if (input.TriggersRevision == true && findings is null)
        {
            errors["findings"] = ["演练发现需修订预案的，请填写发现的问题"];
        }

        var plan = await PlanAsync(input, errors, ct);
        Inputs.ThrowIfAny(errors);
        var drill = new Drill(plan!, held, kind!.Value, title, organizer, participants, location, findings, actor, time.GetUtcNow().UtcDateTime);
        db.Add(drill);
        if (input.TriggersRevision == true)
        {
            db.Add(plan!.RecordTrigger(held >= plan.LastActOn ? held : plan.LastActOn, TriggerKind.LessonsLearned, $"{title}：{findings}",
                options.Value.RevisionAfterTriggerMonths));
        }

        return drill;
    }

    private async Task<EmergencyPlan?> PlanAsync(DrillInput input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (input.PlanId is { } id)
        {
            return await db.Set<EmergencyPlan>().FirstOrDefaultAsync(p => p.Id == id, ct)
                ?? throw new RecordNotFoundException("预案不存在");
        }

        var name = input.PlanTitle?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["planId"] = ["请选择演练的预案"];
            return null;
        }

        // A plan added earlier in the same import is found too (tracked, not yet saved).
        var plans = await db.Set<EmergencyPlan>().Where(p => p.Title == name && p.Status != PlanStatus.Withdrawn).ToListAsync(ct);
        switch (plans.Count)
        {
            case 1:
                return plans[0];
            case 0:
                errors["planId"] = [$"未找到名为“{name}”的预案"];
                return null;
            default:
                errors["planId"] = [$"名为“{name}”的预案有{plans.Count}个，请在页面上选择"];
                return null;
        }
    }
}
