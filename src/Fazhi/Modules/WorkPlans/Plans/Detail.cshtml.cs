using Fazhi.Modules.WorkPlans.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.WorkPlans.Plans;

/// <summary>
/// One plan: its breakdown with each task's supervision status; while drafted, a task form, the 施工图 import and the
/// 印发 form.
/// </summary>
[Authorize(Policy = WorkPlansPermissions.Read)]
public sealed class PlanDetailModel(PlanQueries queries, PlanUseCases uses, AppDbContext db) : PageModel
{
    public PlanDetails Details { get; private set; } = null!;

    public PageRefusal? Refusal { get; private set; }

    public int? Imported { get; private set; }

    [BindProperty] public TaskForm Task { get; set; } = new();

    [BindProperty] public DateOnly? IssuedOn { get; set; }

    [BindProperty] public string? DocumentNumber { get; set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, WorkPlansPermissions.Manage);

    public bool Draft => Details.Plan.Status == nameof(PlanStatus.Draft);

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Details = await queries.DetailsAsync(id, ct);

    /// <summary>A post without a handler changes nothing: it shows the plan (or 404 for one outside the user's region).</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await queries.DetailsAsync(id, ct);
        return Redirect($"/plans/{id}");
    }

    public Task<IActionResult> OnPostTaskAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async () => await uses.AddTaskAsync(id, Task.Input(), ct), ct);

    public Task<IActionResult> OnPostIssueAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async () => await uses.IssueAsync(id, new IssueInput(IssuedOn, DocumentNumber), WorkPlansModule.Actor(User), ct), ct);

    public Task<IActionResult> OnPostImportAsync(Guid id, IFormFile? file, CancellationToken ct) =>
        ActAsync(id, async () =>
        {
            if (file is null || file.Length == 0)
            {
                throw new FieldValidationException("file", "请选择要导入的 Excel（.xlsx）或 CSV 文件");
            }

            await using var stream = file.OpenReadStream();
            Imported = await uses.ImportTasksAsync(id, stream, file.FileName, ct);
        }, ct, stay: true);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> act, CancellationToken ct, bool stay = false)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        ModelState.Clear();
        try
        {
            await act();
            if (!stay)
            {
                return Redirect($"/plans/{id}");
            }
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
        }

        Details = await queries.DetailsAsync(id, ct);
        return Page();
    }
}

/// <summary>The task form as posted.</summary>
public sealed class TaskForm
{
    public string? Area { get; set; }

    public string? Content { get; set; }

    public string? LeadUnit { get; set; }

    public string? CoUnits { get; set; }

    public string? Milestones { get; set; }

    public DateOnly? Deadline { get; set; }

    public PlanTaskInput Input() => new()
    {
        Area = Area,
        Content = Content,
        LeadUnit = LeadUnit,
        CoUnits = CoUnits,
        Milestones = Milestones,
        Deadline = Deadline,
    };
}
