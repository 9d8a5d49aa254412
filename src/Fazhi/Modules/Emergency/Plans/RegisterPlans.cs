using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Emergency.Plans;

/// <summary>立项 input (form and API alike).</summary>
public sealed record PlanInput
{
    public string? Title { get; init; }

    /// <summary>预案类别: an enum name (Overall …) or its Chinese name (总体应急预案 …).</summary>
    public string? Class { get; init; }

    public string? OwnerUnit { get; init; }

    public DateOnly? PlannedOn { get; init; }
}

/// <summary>立项 of contingency plans: one from a form or the API, many from the plan ledger (with the lifecycle dates a town migrates).</summary>
public sealed class RegisterPlans(AppDbContext db, TimeProvider time)
{
    public async Task<EmergencyPlan> ExecuteAsync(PlanInput input, string actor, CancellationToken ct, string? systemRegion = null)
    {
        var plan = Build(input, actor, systemRegion);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>
    /// Imports the plan ledger: each row is 立项 and then every lifecycle step whose date it fills, in order, through the same
    /// gates as the detail page. Every bad row is reported (row and column, in Chinese) and nothing of the file is stored.
    /// </summary>
    public async Task<int> ImportAsync(Stream file, string fileName, string actor, CancellationToken ct)
    {
        var import = await Ledgers.ImportAsync(ListPlans.Layout, file, fileName, ct);
        var errors = new List<LedgerRowError>();
        var today = LegalDate.Today(time);
        foreach (var (row, value) in import.Rows)
        {
            var column = "预案名称";
            try
            {
                var plan = Build(value.Input(), actor, null);
                foreach (var (step, on, text, second, header) in value.Steps())
                {
                    column = header;
                    if (on > today)
                    {
                        throw new FieldValidationException("on", "日期不能晚于今天");
                    }

                    plan.Take(step, on, text, second);
                }
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.SelectMany(kv => kv.Value.Select(m => new LedgerRowError(row, ListPlans.HeaderOf(kv.Key, column), m))));
            }
            catch (DomainRuleException e)
            {
                errors.Add(new LedgerRowError(row, column, e.LegalBasis is null ? e.Message : $"{e.Message}（{e.LegalBasis}）"));
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

    private EmergencyPlan Build(PlanInput input, string actor, string? systemRegion)
    {
        var errors = new Dictionary<string, string[]>();
        var title = Inputs.Text(input.Title, 200, "title", "预案名称", errors);
        var owner = Inputs.Text(input.OwnerUnit, 100, "ownerUnit", "编制单位", errors);
        var planClass = Inputs.Parse<PlanClass>(input.Class);
        if (planClass is null)
        {
            errors["class"] = [$"请选择预案类别（{Inputs.Choices<PlanClass>()}）"];
        }

        var planned = Inputs.Date(input.PlannedOn, LegalDate.Today(time), "plannedOn", "立项日期", errors);
        var region = Inputs.Region(db, systemRegion, "登记预案", errors);

        Inputs.ThrowIfAny(errors);
        var plan = new EmergencyPlan(region, title, planClass!.Value, owner, planned, actor, time.GetUtcNow().UtcDateTime);
        db.Add(plan);
        return plan;
    }
}
