using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Services.Queue;

public sealed record WindowInput(int Number, string Name, string Categories, bool Comprehensive);

public sealed record CategoryInput(string Letter, string Name);

/// <summary>A change of the settings, in force from <paramref name="EffectiveFrom"/> (today when not given).</summary>
public sealed record SettingsInput(int WaitOvertimeMinutes, int RectifyWorkingDays, bool BasicCountsAsGood, DateOnly? EffectiveFrom = null);

/// <summary>大厅设置: windows, queue categories and the region's service settings (等候超时阈值, 差评整改期限, 好评口径).</summary>
public sealed class HallSetup(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ServiceWindow>> WindowsAsync(CancellationToken ct) =>
        await db.Set<ServiceWindow>().AsNoTracking().OrderBy(w => w.RegionCode).ThenBy(w => w.Number).ToListAsync(ct);

    public async Task<ServiceWindow> SaveWindowAsync(string region, WindowInput input, CancellationToken ct)
    {
        if (input.Number is < 1 or > 999)
        {
            throw new FieldValidationException("number", "窗口号应为1至999");
        }

        var window = await db.Set<ServiceWindow>().FirstOrDefaultAsync(w => w.RegionCode == region && w.Number == input.Number, ct);
        if (window is null)
        {
            window = new ServiceWindow(region, input.Number, input.Name, input.Categories, input.Comprehensive);
            db.Add(window);
        }
        else
        {
            window.Change(input.Name, input.Categories, input.Comprehensive);
        }

        await db.SaveChangesAsync(ct);
        return window;
    }

    public async Task<QueueCategory> AddCategoryAsync(string region, CategoryInput input, CancellationToken ct)
    {
        var letter = (input.Letter ?? "").Trim().ToUpperInvariant();
        if (await db.Set<QueueCategory>().AnyAsync(c => c.RegionCode == region && c.Letter == letter, ct))
        {
            throw new FieldValidationException("letter", $"业务类别{letter}已存在");
        }

        var category = new QueueCategory(region, letter, input.Name ?? "");
        db.Add(category);
        await db.SaveChangesAsync(ct);
        return category;
    }

    /// <summary>The region's settings in force on <paramref name="day"/> (today when not given; the defaults when none were saved).</summary>
    public async Task<ServiceSettings> SettingsAsync(string region, CancellationToken ct, DateOnly? day = null)
    {
        var on = day ?? LegalDate.Today(clock);
        return await db.Set<ServiceSettings>().AsNoTracking().Where(s => s.RegionCode == region && s.EffectiveFrom <= on)
            .OrderByDescending(s => s.EffectiveFrom).FirstOrDefaultAsync(ct) ?? new ServiceSettings(region);
    }

    /// <summary>Every dated version of the region's settings, newest first.</summary>
    public async Task<IReadOnlyList<ServiceSettings>> HistoryAsync(string region, CancellationToken ct) =>
        await db.Set<ServiceSettings>().AsNoTracking().Where(s => s.RegionCode == region).OrderByDescending(s => s.EffectiveFrom).ToListAsync(ct);

    /// <summary>
    /// Records the settings in force from a date: a new version, or the correction of the version of that same date. The
    /// months before it keep the settings they were judged by.
    /// </summary>
    public async Task<ServiceSettings> ChangeSettingsAsync(string region, SettingsInput input, CancellationToken ct)
    {
        var from = input.EffectiveFrom ?? LegalDate.Today(clock);
        if (from < ServiceSettings.Always)
        {
            throw new FieldValidationException("effectiveFrom", "施行日期不正确");
        }

        var settings = await db.Set<ServiceSettings>().FirstOrDefaultAsync(s => s.RegionCode == region && s.EffectiveFrom == from, ct);
        if (settings is null)
        {
            settings = new ServiceSettings(region, from);
            db.Add(settings);
        }

        settings.Change(input.WaitOvertimeMinutes, input.RectifyWorkingDays, input.BasicCountsAsGood);
        await db.SaveChangesAsync(ct);
        return settings;
    }
}
