using System.Linq.Expressions;

using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Emergency.Plans;

/// <summary>Filter, sort and page of the plan list as query-string text (bad values are Chinese 400s).</summary>
public sealed record PlanFilter
{
    /// <summary>检索词: 预案名称, 编制单位 or 文号 contains it.</summary>
    public string? Q { get; init; }

    public string? Class { get; init; }

    public string? Status { get; init; }

    /// <summary>"1": only plans whose drill, evaluation or revision is past due today.</summary>
    public string? Overdue { get; init; }

    /// <summary>title | planned | published | class | status (default: planned), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>One plan as the list, the API and the ledger show it, with its next clock.</summary>
public sealed record PlanListItem(Guid Id, string Title, string Class, string ClassName, string OwnerUnit, string Status, string StatusName, int Version,
    DateOnly PlannedOn, DateOnly? PublishedOn, string? DocumentNumber, DateOnly? LastDrilledOn, DateOnly? DrillDueOn, DateOnly? EvaluationDueOn,
    DateOnly? RevisionDueOn, bool Overdue)
{
    public static PlanListItem Of(EmergencyPlan p, EmergencyOptions options, DateOnly today)
    {
        var clocks = PlanClocks.All(p, options);
        return new(p.Id, p.Title, p.Class.ToString(), Names.Of(p.Class), p.OwnerUnit, p.Status.ToString(), Names.Of(p.Status), p.Version,
            p.PlannedOn, p.PublishedOn, p.DocumentNumber, p.LastDrilledOn, PlanClocks.Drill(p, options)?.DueOn, PlanClocks.Evaluation(p, options)?.DueOn,
            PlanClocks.Revision(p, options)?.DueOn, clocks.Any(c => c.OverdueOn(today)));
    }
}

/// <summary>A plan ledger row: what is exported, and (columns with a parser) what an import replays as 立项 and lifecycle steps.</summary>
public sealed class PlanLedgerRow
{
    public int Number { get; set; }

    public PlanListItem? Item { get; set; }

    public EmergencyPlan? Plan { get; set; }

    public string? Title { get; set; }

    public string? Class { get; set; }

    public string? OwnerUnit { get; set; }

    public DateOnly? PlannedOn { get; set; }

    public DateOnly? DraftingOn { get; set; }

    public string? RiskAssessment { get; set; }

    public string? ResourceSurvey { get; set; }

    public DateOnly? ConsultedOn { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public string? ApprovedBy { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? DocumentNumber { get; set; }

    public DateOnly? FiledOn { get; set; }

    public string? FiledWith { get; set; }

    public DateOnly? TrainedOn { get; set; }

    public PlanInput Input() => new() { Title = Title, Class = Class, OwnerUnit = OwnerUnit, PlannedOn = PlannedOn };

    /// <summary>The lifecycle steps the row dates, in order, with the column each came from.</summary>
    public IEnumerable<(PlanStep Step, DateOnly On, string? Text, string? Second, string Header)> Steps()
    {
        if (DraftingOn is { } drafting)
        {
            yield return (PlanStep.StartDrafting, drafting, RiskAssessment, ResourceSurvey, "开始编制日期");
        }

        if (ConsultedOn is { } consulted)
        {
            yield return (PlanStep.Consult, consulted, null, null, "征求意见日期");
        }

        if (ApprovedOn is { } approved)
        {
            yield return (PlanStep.Approve, approved, ApprovedBy, null, "审批日期");
        }

        if (PublishedOn is { } published)
        {
            yield return (PlanStep.Publish, published, DocumentNumber, null, "公布日期");
        }

        if (FiledOn is { } filed)
        {
            yield return (PlanStep.File, filed, FiledWith, null, "备案日期");
        }

        if (TrainedOn is { } trained)
        {
            yield return (PlanStep.Train, trained, null, null, "培训宣传日期");
        }
    }
}

/// <summary>Everything the plan page shows.</summary>
public sealed record PlanDetails(EmergencyPlan Plan, PlanListItem Item, IReadOnlyList<PlanClock> Clocks, IReadOnlyList<Drill> Drills, IReadOnlyList<RevisionTrigger> Triggers,
    IReadOnlyList<PlanEvaluation> Evaluations, IReadOnlyList<PlanRevision> Revisions, DateOnly Today);

public sealed class ListPlans(AppDbContext db, TimeProvider time, IOptions<EmergencyOptions> options)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "预案名称",
        ["class"] = "预案类别",
        ["ownerUnit"] = "编制单位",
        ["plannedOn"] = "立项日期",
        ["approvedBy"] = "审批机关",
        ["documentNumber"] = "印发文号",
        ["filedWith"] = "备案机关",
    };

    public static readonly LedgerLayout<PlanLedgerRow> Layout = new("应急预案台账",
    [
        new("序号", r => r.Number),
        new("预案名称", r => r.Plan?.Title, (r, v) => Inputs.Set(v, 200, s => r.Title = s), Required: true),
        new("预案类别", r => r.Item?.ClassName, (r, v) => Inputs.Parse<PlanClass>(v) is null ? $"类别“{v}”不正确，应为{Inputs.Choices<PlanClass>()}" : Inputs.Set(v, 30, s => r.Class = s), Required: true),
        new("编制单位", r => r.Plan?.OwnerUnit, (r, v) => Inputs.Set(v, 100, s => r.OwnerUnit = s), Required: true),
        new("立项日期", r => r.Plan?.PlannedOn, (r, v) => Inputs.SetDate(v, d => r.PlannedOn = d), Required: true),
        new("开始编制日期", r => r.Plan?.DraftingOn, (r, v) => Inputs.SetDate(v, d => r.DraftingOn = d)),
        new("风险评估", r => r.Plan?.RiskAssessment, (r, v) => Inputs.Set(v, 2000, s => r.RiskAssessment = s)),
        new("应急资源调查", r => r.Plan?.ResourceSurvey, (r, v) => Inputs.Set(v, 2000, s => r.ResourceSurvey = s)),
        new("征求意见日期", r => r.Plan?.ConsultedOn, (r, v) => Inputs.SetDate(v, d => r.ConsultedOn = d)),
        new("审批日期", r => r.Plan?.ApprovedOn, (r, v) => Inputs.SetDate(v, d => r.ApprovedOn = d)),
        new("审批机关", r => r.Plan?.ApprovedBy, (r, v) => Inputs.Set(v, 200, s => r.ApprovedBy = s)),
        new("公布日期", r => r.Plan?.PublishedOn, (r, v) => Inputs.SetDate(v, d => r.PublishedOn = d)),
        new("印发文号", r => r.Plan?.DocumentNumber, (r, v) => Inputs.Set(v, 200, s => r.DocumentNumber = s)),
        new("备案日期", r => r.Plan?.FiledOn, (r, v) => Inputs.SetDate(v, d => r.FiledOn = d)),
        new("备案机关", r => r.Plan?.FiledWith, (r, v) => Inputs.Set(v, 200, s => r.FiledWith = s)),
        new("培训宣传日期", r => r.Plan?.TrainedOn, (r, v) => Inputs.SetDate(v, d => r.TrainedOn = d)),
        new("状态", r => r.Item?.StatusName),
        new("版本", r => r.Item?.Version),
        new("最近演练日期", r => r.Item?.LastDrilledOn),
        new("演练期限", r => r.Item?.DrillDueOn),
        new("评估期限", r => r.Item?.EvaluationDueOn),
        new("修订期限", r => r.Item?.RevisionDueOn),
        new("是否超期", r => r.Item is null ? null : r.Item.Overdue ? "是" : "否"),
    ]);

    public static string HeaderOf(string field, string fallback) => Headers.GetValueOrDefault(field, fallback);

    public async Task<Paged<PlanListItem>> PageAsync(PlanFilter filter, CancellationToken ct)
    {
        var today = LegalDate.Today(time);
        var (query, page, size) = Build(filter, today);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<PlanListItem>(items.Select(p => PlanListItem.Of(p, options.Value, today)).ToList(), page, size, total);
    }

    public async Task<byte[]> ExportAsync(PlanFilter filter, CancellationToken ct)
    {
        var today = LegalDate.Today(time);
        var plans = await Build(filter, today).Query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, plans.Select((p, i) => new PlanLedgerRow
        {
            Number = i + 1,
            Plan = p,
            Item = PlanListItem.Of(p, options.Value, today),
        }), ct);
    }

    public async Task<PlanDetails> DetailsAsync(Guid id, CancellationToken ct)
    {
        var plan = await db.Set<EmergencyPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new RecordNotFoundException("预案不存在");
        var drills = await db.Set<Drill>().AsNoTracking().Where(d => d.PlanId == id).OrderByDescending(d => d.HeldOn).ThenBy(d => d.Id).ToListAsync(ct);
        var triggers = await db.Set<RevisionTrigger>().AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.On).ThenBy(t => t.Id).ToListAsync(ct);
        var evaluations = await db.Set<PlanEvaluation>().AsNoTracking().Where(e => e.PlanId == id).OrderBy(e => e.On).ThenBy(e => e.Id).ToListAsync(ct);
        var revisions = await db.Set<PlanRevision>().AsNoTracking().Where(r => r.PlanId == id).OrderBy(r => r.Version).ToListAsync(ct);
        var today = LegalDate.Today(time);
        return new PlanDetails(plan, PlanListItem.Of(plan, options.Value, today), PlanClocks.All(plan, options.Value), drills, triggers, evaluations, revisions, today);
    }

    /// <summary>Plans in force today, for the drill form's choice.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> InForceAsync(CancellationToken ct) =>
        (await db.Set<EmergencyPlan>().AsNoTracking().Where(p => p.PublishedOn != null && p.Status != PlanStatus.Withdrawn)
            .OrderBy(p => p.Class).ThenBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(ct))
        .Select(p => (p.Id, p.Title)).ToList();

    private (IQueryable<EmergencyPlan> Query, int Page, int Size) Build(PlanFilter filter, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<EmergencyPlan>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            query = query.Where(p => p.Title.Contains(q) || p.OwnerUnit.Contains(q) || (p.DocumentNumber != null && p.DocumentNumber.Contains(q)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Class))
        {
            if (Inputs.Parse<PlanClass>(filter.Class) is { } planClass)
            {
                query = query.Where(p => p.Class == planClass);
            }
            else
            {
                errors["class"] = ["预案类别不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (Inputs.Parse<PlanStatus>(filter.Status) is { } status)
            {
                query = query.Where(p => p.Status == status);
            }
            else
            {
                errors["status"] = ["预案状态不正确"];
            }
        }

        if (filter.Overdue == "1")
        {
            query = query.Where(OverdueOn(today, options.Value));
        }
        else if (!string.IsNullOrEmpty(filter.Overdue) && filter.Overdue != "0")
        {
            errors["overdue"] = ["超期筛选应为1或0"];
        }

        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var sort = filter.Sort?.Trim() ?? "";
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "" or "planned" => descending ? query.OrderByDescending(p => p.PlannedOn).ThenBy(p => p.Id) : query.OrderBy(p => p.PlannedOn).ThenBy(p => p.Id),
            "published" => descending ? query.OrderByDescending(p => p.PublishedOn).ThenBy(p => p.Id) : query.OrderBy(p => p.PublishedOn).ThenBy(p => p.Id),
            "title" => descending ? query.OrderByDescending(p => p.Title).ThenBy(p => p.Id) : query.OrderBy(p => p.Title).ThenBy(p => p.Id),
            "class" => descending ? query.OrderByDescending(p => p.Class).ThenBy(p => p.Id) : query.OrderBy(p => p.Class).ThenBy(p => p.Id),
            "status" => descending ? query.OrderByDescending(p => p.Status).ThenBy(p => p.Id) : query.OrderBy(p => p.Status).ThenBy(p => p.Id),
            _ => Invalid(query, errors),
        };

        Inputs.ThrowIfAny(errors);
        return (query, page, size);
    }

    /// <summary>
    /// The clocks of <see cref="PlanClocks"/> as a query: a due date "base + N years" is past today exactly when the base is
    /// before "today − N years".
    /// </summary>
    private static Expression<Func<EmergencyPlan, bool>> OverdueOn(DateOnly today, EmergencyOptions options)
    {
        var drillCut = today.AddYears(-options.DrillCycleYears);
        var evaluationCut = today.AddYears(-options.EvaluationCycleYears);
        var overall = options.DrillOverallPlans;
        var grassroots = options.DrillGrassrootsPlans;
        return p => p.PublishedOn != null && p.Status != PlanStatus.Withdrawn
            && (((p.Class == PlanClass.Specialised || p.Class == PlanClass.Departmental || (overall && p.Class == PlanClass.Overall)
                        || (grassroots && p.Class == PlanClass.Grassroots))
                    && (p.LastDrilledOn ?? p.PublishedOn) < drillCut)
                || p.RevisionDueOn < today
                || (p.PublishedOn < evaluationCut && (p.LastEvaluatedOn == null || p.LastEvaluatedOn < evaluationCut)
                    && (p.LastRevisedOn == null || p.LastRevisedOn < evaluationCut)));
    }

    private static IQueryable<EmergencyPlan> Invalid(IQueryable<EmergencyPlan> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 planned、published、title、class 或 status（前加 - 为倒序）"];
        return query;
    }
}
