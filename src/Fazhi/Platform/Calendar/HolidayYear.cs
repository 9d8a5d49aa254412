using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fazhi.Platform.Calendar;

/// <summary>
/// 年度节假日安排 (one year's State Council holiday notice as this deployment holds it): national reference data, so
/// not region-owned. The schedule is kept in the holidays-cn.json per-year shape, validated when it was loaded.
/// </summary>
public sealed class HolidayYear
{
    private HolidayYear()
    {
    }

    public HolidayYear(HolidaySchedule schedule, DateTime loadedAt, string loadedBy)
    {
        Year = schedule.Year;
        Replace(schedule, loadedAt, loadedBy);
    }

    public int Year { get; private set; }

    /// <summary>通知来源: the notice's title and 文号.</summary>
    public string Source { get; private set; } = "";

    /// <summary>{"holidays":[{"name","from","to"}],"makeUpWorkdays":[…]} for this year.</summary>
    public string ScheduleJson { get; private set; } = "";

    public DateTime LoadedAt { get; private set; }

    public string LoadedBy { get; private set; } = "";

    /// <summary>A corrected or re-issued notice replaces the year's whole schedule (the audit trail keeps the old one).</summary>
    public void Replace(HolidaySchedule schedule, DateTime loadedAt, string loadedBy)
    {
        if (schedule.Year != Year)
        {
            throw new ArgumentException($"schedule of {schedule.Year} cannot replace {Year}", nameof(schedule));
        }

        Source = schedule.Source;
        ScheduleJson = HolidayScheduleJson.ToYearJson(schedule);
        LoadedAt = loadedAt;
        LoadedBy = loadedBy;
    }

    public HolidaySchedule ToSchedule() => HolidayScheduleJson.ParseYearJson(Year, Source, ScheduleJson);
}

internal sealed class HolidayYearConfiguration : IEntityTypeConfiguration<HolidayYear>
{
    public void Configure(EntityTypeBuilder<HolidayYear> b)
    {
        b.ToTable("holiday_years");
        b.HasKey(y => y.Year);
        b.Property(y => y.Year).ValueGeneratedNever();
        b.Property(y => y.Source).HasMaxLength(HolidayScheduleInput.MaxSourceLength).IsRequired();
        b.Property(y => y.ScheduleJson).IsRequired();
        b.Property(y => y.LoadedBy).HasMaxLength(256).IsRequired();
    }
}
