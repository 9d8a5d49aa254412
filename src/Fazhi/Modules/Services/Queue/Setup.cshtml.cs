using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Modules.Services.Queue;

/// <summary>大厅设置: the region's settings (等候超时阈值, 差评整改期限, 好评口径), its windows and its queue categories.</summary>
[Authorize(Policy = ServicesPermissions.Read)]
public sealed class SetupModel(HallSetup hall, QueueUseCases queue, Fazhi.Platform.Data.AppDbContext db, TimeProvider clock) : PageModel
{
    public ServiceSettings Settings { get; private set; } = null!;

    /// <summary>Every dated version, newest first.</summary>
    public IReadOnlyList<ServiceSettings> History { get; private set; } = [];

    public DateOnly Today => Fazhi.Platform.Procedures.LegalDate.Today(clock);

    public IReadOnlyList<ServiceWindow> Windows { get; private set; } = [];

    public IReadOnlyList<QueueCategory> Categories { get; private set; } = [];

    public PageRefusal? Refusal { get; private set; }

    /// <summary>Which form the refusal belongs to, so its fields keep what the clerk typed.</summary>
    public string? Failed { get; private set; }

    public bool CanManage => User.HasClaim(FazhiClaims.Permission, ServicesPermissions.ManageCatalog);

    private string Region => User.FindFirst(FazhiClaims.Region)?.Value ?? "";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostSettingsAsync(int waitOvertimeMinutes, int rectifyWorkingDays, bool basicCountsAsGood, string? effectiveFrom, CancellationToken ct) =>
        ManageAsync("settings", () =>
        {
            DateOnly? from = null;
            if (!string.IsNullOrWhiteSpace(effectiveFrom))
            {
                from = Fazhi.Platform.Spreadsheets.Cells.Date(effectiveFrom, out var d) is null ? d : throw new FieldValidationException("effectiveFrom", "施行日期格式应为 yyyy-MM-dd");
            }

            return hall.ChangeSettingsAsync(Region, new SettingsInput(waitOvertimeMinutes, rectifyWorkingDays, basicCountsAsGood, from), ct);
        }, ct);

    public Task<IActionResult> OnPostWindowAsync(int number, string? name, string? categories, bool comprehensive, CancellationToken ct) =>
        ManageAsync("window", () => hall.SaveWindowAsync(Region, new WindowInput(number, name ?? "", categories ?? "", comprehensive), ct), ct);

    public Task<IActionResult> OnPostCategoryAsync(string? letter, string? name, CancellationToken ct) =>
        ManageAsync("category", () => hall.AddCategoryAsync(Region, new CategoryInput(letter ?? "", name ?? ""), ct), ct);

    private async Task<IActionResult> ManageAsync(string form, Func<Task> change, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            await change();
            TempData["Saved"] = form switch { "settings" => "设置已保存", "window" => "窗口已保存", _ => "业务类别已新增" };
            return Redirect("/services/setup");
        }
        catch (Exception e) when (PageErrors.From(e, ModelState) is { } refusal)
        {
            Refusal = refusal;
            Failed = form;
            db.ChangeTracker.Clear();
            Response.StatusCode = refusal.Status;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Settings = await hall.SettingsAsync(Region, ct);
        History = await hall.HistoryAsync(Region, ct);
        Windows = (await hall.WindowsAsync(ct)).Where(w => w.RegionCode == Region).ToList();
        Categories = await queue.CategoriesAsync(ct);
    }
}
