using System.Globalization;

using Fazhi.Modules.Indicators.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Indicators.Submissions;

/// <summary>数据报送: a year's catalogue with each figure's accepted value, what waits for review and what is missing or late.</summary>
[Authorize(Policy = IndicatorsPermissions.Read)]
public sealed class IndicatorsIndexModel(SubmissionUseCases uses, AppDbContext db, TimeProvider time) : PageModel
{
    public int Year { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<IndicatorRow> Rows { get; private set; } = [];

    /// <summary>The supporting files of each shown submission (accepted or pending), by submission id.</summary>
    public ILookup<string, Attachment> Files { get; private set; } = Array.Empty<Attachment>().ToLookup(a => a.OwnerId);

    public AttachmentsView FilesOf(Guid submission, bool canUpload) =>
        new(IndicatorSubmission.AttachmentOwner, submission.ToString(), Files[submission.ToString()].ToList(), canUpload, "上传佐证材料");

    public PageRefusal? Refusal { get; private set; }

    public int? Imported { get; private set; }

    public bool CanSubmit => User.HasClaim(FazhiClaims.Permission, IndicatorsPermissions.Submit);

    public bool CanReview => User.HasClaim(FazhiClaims.Permission, IndicatorsPermissions.Review);

    [BindProperty] public string? Key { get; set; }

    [BindProperty] public string? Value { get; set; }

    [BindProperty] public string? Department { get; set; }

    [BindProperty] public string? Source { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync(string? year, CancellationToken ct) => await LoadAsync(year, ct);

    public Task<IActionResult> OnPostSubmitAsync(string? year, CancellationToken ct) => ActAsync(year, CanSubmit, async () =>
    {
        decimal? value = decimal.TryParse(Value?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (value is null && !string.IsNullOrWhiteSpace(Value))
        {
            throw new FieldValidationException("value", "数值应为数字");
        }

        await uses.SubmitAsync(new SubmitInput(Key, YearOf(year), value, Department, Source), IndicatorsModule.Actor(User), ct);
    }, ct);

    public Task<IActionResult> OnPostAcceptAsync(string? year, Guid id, CancellationToken ct) =>
        ActAsync(year, CanReview, () => uses.AcceptAsync(id, IndicatorsModule.Actor(User), ct), ct);

    public Task<IActionResult> OnPostReturnAsync(string? year, Guid id, CancellationToken ct) =>
        ActAsync(year, CanReview, () => uses.ReturnAsync(id, new ReviewInput(Reason), IndicatorsModule.Actor(User), ct), ct);

    public async Task<IActionResult> OnPostImportAsync(string? year, IFormFile? file, CancellationToken ct)
    {
        if (!CanSubmit)
        {
            return Forbid();
        }

        try
        {
            if (file is null || file.Length == 0)
            {
                throw new FieldValidationException("file", "请选择要导入的 Excel（.xlsx）或 CSV 文件");
            }

            await using var stream = file.OpenReadStream();
            Imported = await uses.ImportAsync(stream, file.FileName, IndicatorsModule.Actor(User), ct);
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
        }

        await LoadAsync(year, ct);
        return Page();
    }

    private async Task<IActionResult> ActAsync(string? year, bool allowed, Func<Task> act, CancellationToken ct)
    {
        ModelState.Clear();
        if (!allowed)
        {
            return Forbid();
        }

        try
        {
            await act();
            return Redirect($"/indicators?year={YearOf(year)}");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
            db.ChangeTracker.Clear();
            await LoadAsync(year, ct);
            return Page();
        }
    }

    private int YearOf(string? year) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : LegalDate.Today(time).Year - 1;

    private async Task LoadAsync(string? year, CancellationToken ct)
    {
        Today = LegalDate.Today(time);
        Year = YearOf(year);
        Rows = await uses.YearAsync(Year, ct);
        var shown = Rows.SelectMany(r => new[] { r.Accepted, r.Pending }).OfType<SubmissionItem>().Select(s => s.Id.ToString());
        Files = await AttachmentsView.OfAsync(db, IndicatorSubmission.AttachmentOwner, shown, ct);
    }
}
