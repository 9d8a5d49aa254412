using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Services.Domain;

/// <summary>排队号状态.</summary>
public enum TicketStatus
{
    [Display(Name = "等候中")] Waiting,
    [Display(Name = "已叫号")] Called,
    [Display(Name = "过号")] Skipped,
    [Display(Name = "已转窗")] Transferred,
}

/// <summary>号的来源.</summary>
public enum TicketSource
{
    [Display(Name = "取号机")] Kiosk,
    [Display(Name = "导入")] Imported,
}

/// <summary>
/// 排队号 (a queue ticket). Waiting time = first call − issue (law.md §13 GS-8/GS-9), stored in seconds at the call so
/// the figures are database aggregates. A 转窗 ticket waits again for one window without losing its first call.
/// </summary>
public sealed class ServiceTicket : IRegionScoped
{
    private ServiceTicket()
    {
    }

    public ServiceTicket(string regionCode, DateOnly serviceDay, string category, int sequence, DateTime issuedAt, TicketSource source, Guid? importId = null)
    {
        RegionCode = regionCode;
        ServiceDay = serviceDay;
        Category = category;
        Sequence = sequence;
        Number = $"{category}{sequence:000}";
        IssuedAt = issuedAt;
        Source = source;
        ImportId = importId;
        ChangedAt = issuedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>营业日 (China date of issue).</summary>
    public DateOnly ServiceDay { get; private set; }

    /// <summary>业务类别 letter.</summary>
    public string Category { get; private set; } = "";

    public int Sequence { get; private set; }

    /// <summary>号码 as printed, e.g. A023.</summary>
    public string Number { get; private set; } = "";

    public DateTime IssuedAt { get; private set; }

    public DateTime? CalledAt { get; private set; }

    /// <summary>等候时长 (seconds, first call − issue).</summary>
    public int? WaitSeconds { get; private set; }

    public int? WindowNumber { get; private set; }

    /// <summary>转窗: the window it now waits for.</summary>
    public int? TargetWindow { get; private set; }

    public int Recalls { get; private set; }

    public TicketStatus Status { get; private set; } = TicketStatus.Waiting;

    public TicketSource Source { get; private set; }

    public Guid? ImportId { get; private set; }

    /// <summary>Last change, for the hall display's "since" poll.</summary>
    public DateTime ChangedAt { get; private set; }

    public void Call(int window, DateTime at)
    {
        if (Status is not (TicketStatus.Waiting or TicketStatus.Transferred))
        {
            throw new DomainRuleException($"{Number}号不在等候中，不能叫号");
        }

        if (CalledAt is null)
        {
            CalledAt = at < IssuedAt ? IssuedAt : at;
            WaitSeconds = (int)(CalledAt.Value - IssuedAt).TotalSeconds;
        }

        WindowNumber = window;
        TargetWindow = null;
        Status = TicketStatus.Called;
        ChangedAt = at;
    }

    public void Recall(int window, DateTime at)
    {
        if (Status != TicketStatus.Called || WindowNumber != window)
        {
            throw new DomainRuleException($"{Number}号不是本窗口正在办理的号，不能重呼");
        }

        Recalls++;
        ChangedAt = at;
    }

    public void Skip(int window, DateTime at)
    {
        if (Status != TicketStatus.Called || WindowNumber != window)
        {
            throw new DomainRuleException($"{Number}号不是本窗口正在办理的号，不能过号");
        }

        Status = TicketStatus.Skipped;
        ChangedAt = at;
    }

    public void Transfer(int fromWindow, int toWindow, DateTime at)
    {
        if (Status != TicketStatus.Called || WindowNumber != fromWindow)
        {
            throw new DomainRuleException($"{Number}号不是本窗口正在办理的号，不能转窗");
        }

        if (toWindow == fromWindow)
        {
            throw new FieldValidationException("toWindow", "请选择其他窗口");
        }

        Status = TicketStatus.Transferred;
        TargetWindow = toWindow;
        ChangedAt = at;
    }

    /// <summary>An imported row: the old system's call time and window.</summary>
    internal void Imported(DateTime? calledAt, int? window)
    {
        if (calledAt is { } c)
        {
            CalledAt = c;
            WaitSeconds = (int)(c - IssuedAt).TotalSeconds;
            WindowNumber = window;
            Status = TicketStatus.Called;
        }

        ChangedAt = calledAt ?? IssuedAt;
    }
}

/// <summary>排队记录导入批次 (one audited row per imported file; the ticket rows point to it).</summary>
public sealed class TicketImport : IRegionScoped
{
    private TicketImport()
    {
    }

    public TicketImport(string regionCode, string fileName, int rows, string importedBy, DateTime at)
    {
        RegionCode = regionCode;
        FileName = fileName;
        Rows = rows;
        ImportedBy = importedBy;
        ImportedAt = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public int Rows { get; private set; }

    public string ImportedBy { get; private set; } = "";

    public DateTime ImportedAt { get; private set; }
}

/// <summary>大厅窗口.</summary>
public sealed class ServiceWindow : IRegionScoped
{
    private ServiceWindow()
    {
    }

    public ServiceWindow(string regionCode, int number, string name, string categories, bool comprehensive)
    {
        RegionCode = regionCode;
        Number = number;
        Change(name, categories, comprehensive);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public int Number { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>业务类别 letters the window serves, e.g. "AB".</summary>
    public string Categories { get; private set; } = "";

    /// <summary>综合窗口 (一窗通办) rather than a department's own window.</summary>
    public bool Comprehensive { get; private set; }

    public void Change(string name, string categories, bool comprehensive)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new FieldValidationException("name", "窗口名称不能为空，且不超过100个字符");
        }

        var letters = new string(categories.ToUpperInvariant().Where(char.IsAsciiLetterUpper).Distinct().ToArray());
        if (letters.Length == 0)
        {
            throw new FieldValidationException("categories", "请填写窗口办理的业务类别（如 AB）");
        }

        Name = name.Trim();
        Categories = letters;
        Comprehensive = comprehensive;
    }
}

/// <summary>
/// 政务服务设置 of a region ([U] items of law.md §13 as settings), in force from a date: a change is a new row, so a
/// figure judges each ticket and rating by the setting in force on its own day, and a changed threshold does not
/// re-judge the months before it.
/// </summary>
public sealed class ServiceSettings : IRegionScoped
{
    public const int DefaultWaitMinutes = 30;
    public const int DefaultRectifyDays = 5;

    /// <summary>The start of the defaults' (and of the settings saved before they were dated) time in force.</summary>
    public static readonly DateOnly Always = new(2000, 1, 1);

    private ServiceSettings()
    {
    }

    public ServiceSettings(string regionCode, DateOnly? effectiveFrom = null)
    {
        RegionCode = regionCode;
        EffectiveFrom = effectiveFrom ?? Always;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>施行日期: in force from this day until the next row's.</summary>
    public DateOnly EffectiveFrom { get; private set; } = Always;

    /// <summary>等候超时阈值 (minutes).</summary>
    public int WaitOvertimeMinutes { get; private set; } = DefaultWaitMinutes;

    /// <summary>差评整改期限 (working days).</summary>
    public int RectifyWorkingDays { get; private set; } = DefaultRectifyDays;

    /// <summary>基本满意 counts as a good rating.</summary>
    public bool BasicCountsAsGood { get; private set; }

    public void Change(int waitMinutes, int rectifyDays, bool basicCountsAsGood)
    {
        var errors = new Dictionary<string, string[]>();
        if (waitMinutes is < 1 or > 240)
        {
            errors["waitOvertimeMinutes"] = ["等候超时阈值应为1至240分钟"];
        }

        if (rectifyDays is < 1 or > 60)
        {
            errors["rectifyWorkingDays"] = ["差评整改期限应为1至60个工作日"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        WaitOvertimeMinutes = waitMinutes;
        RectifyWorkingDays = rectifyDays;
        BasicCountsAsGood = basicCountsAsGood;
    }

    /// <summary>The row in force on <paramref name="day"/> among one region's rows (the defaults when none is).</summary>
    public static ServiceSettings InForce(IEnumerable<ServiceSettings> rows, string region, DateOnly day) =>
        rows.Where(s => s.RegionCode == region && s.EffectiveFrom <= day).MaxBy(s => s.EffectiveFrom) ?? new ServiceSettings(region);

    /// <summary>
    /// The periods of [from, to) and the row in force in each, for a figure that counts by day: one query per period
    /// instead of one per day.
    /// </summary>
    public static IEnumerable<(DateOnly From, DateOnly To, ServiceSettings Settings)> Periods(IEnumerable<ServiceSettings> rows, string region, DateOnly from, DateOnly to)
    {
        var starts = rows.Where(s => s.RegionCode == region && s.EffectiveFrom > from && s.EffectiveFrom < to).Select(s => s.EffectiveFrom)
            .Distinct().Order().Prepend(from).Append(to).ToList();
        for (var i = 0; i + 1 < starts.Count; i++)
        {
            yield return (starts[i], starts[i + 1], InForce(rows, region, starts[i]));
        }
    }
}

/// <summary>排队业务类别 (the kiosk's buttons): a letter and its name.</summary>
public sealed class QueueCategory : IRegionScoped
{
    private QueueCategory()
    {
    }

    public QueueCategory(string regionCode, string letter, string name)
    {
        if (letter.Length != 1 || !char.IsAsciiLetterUpper(letter[0]))
        {
            throw new FieldValidationException("letter", "业务类别应为一个大写英文字母");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 50)
        {
            throw new FieldValidationException("name", "类别名称不能为空，且不超过50个字符");
        }

        RegionCode = regionCode;
        Letter = letter;
        Name = name.Trim();
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Letter { get; private set; } = "";

    public string Name { get; private set; } = "";
}
