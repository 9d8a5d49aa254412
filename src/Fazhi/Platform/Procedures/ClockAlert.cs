using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Platform.Procedures;

/// <summary>期限提醒的种类.</summary>
public enum ClockAlertKind
{
    [Display(Name = "临期预警")] NearDue,
    [Display(Name = "超期")] Overdue,
}

/// <summary>
/// 期限预警记录 (clock alert): the scan found a clock near-due or overdue. One row per clock, kind and due date (a
/// unique index), inserted through the DbContext so the audit trail records it like any other step.
/// </summary>
public sealed class ClockAlert : IRegionScoped
{
    private ClockAlert()
    {
    }

    internal ClockAlert(Clock clock, ClockAlertKind kind, DateOnly detectedOn, int workingDaysLeft, DateTime at)
    {
        ClockId = clock.Id;
        InstanceId = clock.InstanceId;
        RegionCode = clock.RegionCode;
        Kind = kind;
        DueDate = clock.DueDate;
        DetectedOn = detectedOn;
        At = at;
        Message = kind switch
        {
            ClockAlertKind.NearDue when clock.DueDate == detectedOn => $"{clock.Name}于今日（{ClockSchedule.Day(clock.DueDate)}）届满",
            ClockAlertKind.NearDue => $"{clock.Name}将于{ClockSchedule.Day(clock.DueDate)}届满，剩余{workingDaysLeft}个工作日",
            ClockAlertKind.Overdue => $"{clock.Name}已于{ClockSchedule.Day(clock.DueDate)}届满，已超期{detectedOn.DayNumber - clock.DueDate.DayNumber}日",
        };
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ClockId { get; private set; }

    public Guid InstanceId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public ClockAlertKind Kind { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>The legal date (China) the scan found it.</summary>
    public DateOnly DetectedOn { get; private set; }

    public DateTime At { get; private set; }

    public string Message { get; private set; } = "";
}
