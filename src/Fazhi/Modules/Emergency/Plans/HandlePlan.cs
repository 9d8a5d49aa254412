using Fazhi.Modules.Emergency.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Emergency.Plans;

/// <summary>
/// An act on a plan: its legal date (default today), the step's fact (<see cref="Text"/>: 风险评估, 意见摘要, 审批机关, 文号,
/// 备案机关, 培训内容, 废止理由, 评估结论, 修订说明, 修订情形), <see cref="Second"/> (应急资源调查; the 文号 of a revision),
/// the trigger kind, and for an evaluation whether the plan must be revised.
/// </summary>
public sealed record PlanActInput
{
    public DateOnly? On { get; init; }

    public string? Text { get; init; }

    public string? Second { get; init; }

    public string? Kind { get; init; }

    public bool? RevisionNeeded { get; init; }
}

/// <summary>办理预案: the lifecycle steps, 评估, 修订情形 and 修订 — each dated, gated and citing its basis when refused.</summary>
public sealed class HandlePlan(AppDbContext db, TimeProvider time, IOptions<EmergencyOptions> options)
{
    public static PlanStep? ParseStep(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "draft" or "drafting" or "startdrafting" => PlanStep.StartDrafting,
        "consult" => PlanStep.Consult,
        "approve" => PlanStep.Approve,
        "publish" => PlanStep.Publish,
        "file" => PlanStep.File,
        "train" => PlanStep.Train,
        "withdraw" => PlanStep.Withdraw,
        _ => null,
    };

    public async Task TakeAsync(Guid id, string step, PlanActInput input, CancellationToken ct)
    {
        var plan = await LoadAsync(id, ct);
        var parsed = ParseStep(step) ?? throw new RecordNotFoundException("办理环节不存在");
        plan.Take(parsed, Date(input), input.Text, input.Second);
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordSurveysAsync(Guid id, PlanActInput input, CancellationToken ct)
    {
        var plan = await LoadAsync(id, ct);
        plan.RecordSurveys(Limit(input.Text, "text", "风险评估"), Limit(input.Second, "second", "应急资源调查"));
        await db.SaveChangesAsync(ct);
    }

    public async Task EvaluateAsync(Guid id, PlanActInput input, CancellationToken ct)
    {
        var plan = await LoadAsync(id, ct);
        var on = Date(input);
        var conclusion = Required(input.Text, "text", "评估结论");
        db.Add(plan.Evaluate(on, conclusion, input.RevisionNeeded ?? false, options.Value.RevisionAfterTriggerMonths));
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordTriggerAsync(Guid id, PlanActInput input, CancellationToken ct)
    {
        var plan = await LoadAsync(id, ct);
        var on = Date(input);
        var kind = Inputs.Parse<TriggerKind>(input.Kind)
            ?? throw new FieldValidationException("kind", $"请选择修订情形（{Inputs.Choices<TriggerKind>()}）");
        db.Add(plan.RecordTrigger(on, kind, Required(input.Text, "text", "情况说明"), options.Value.RevisionAfterTriggerMonths));
        await db.SaveChangesAsync(ct);
    }

    public async Task ReviseAsync(Guid id, PlanActInput input, CancellationToken ct)
    {
        var plan = await LoadAsync(id, ct);
        var on = Date(input);
        var summary = Required(input.Text, "text", "修订说明");
        var open = await db.Set<RevisionTrigger>().Where(t => t.PlanId == id && t.AnsweredOn == null).ToListAsync(ct);
        db.Add(plan.Revise(on, summary, Limit(input.Second, "second", "印发文号"), open));
        await db.SaveChangesAsync(ct);
    }

    private async Task<EmergencyPlan> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Set<EmergencyPlan>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new RecordNotFoundException("预案不存在");

    private DateOnly Date(PlanActInput input)
    {
        var today = LegalDate.Today(time);
        var on = input.On ?? today;
        return on > today ? throw new FieldValidationException("on", "办理日期不能晚于今天") : on;
    }

    private static string Required(string? text, string field, string label) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Length > 2000
            ? throw new FieldValidationException(field, $"请填写{label}（2000字以内）")
            : text.Trim();

    private static string? Limit(string? text, string field, string label) =>
        text?.Trim().Length > 2000 ? throw new FieldValidationException(field, $"{label}不能超过2000个字符") : text;
}
