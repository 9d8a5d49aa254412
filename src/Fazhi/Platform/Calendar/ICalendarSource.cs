namespace Fazhi.Platform.Calendar;

/// <summary>Where the current <see cref="WorkingDayCalendar"/> comes from (the loaded holiday schedules).</summary>
public interface ICalendarSource
{
    ValueTask<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default);
}

/// <summary>The schedules shipped with the app (Platform/Calendar/holidays-cn.json).</summary>
public sealed class ShippedCalendarSource : ICalendarSource
{
    private static readonly Lazy<WorkingDayCalendar> Calendar = new(() => new WorkingDayCalendar(ShippedSchedules()));

    public static IReadOnlyList<HolidaySchedule> ShippedSchedules()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Platform", "Calendar", "holidays-cn.json");
        return HolidayScheduleJson.Parse(File.ReadAllText(path));
    }

    public ValueTask<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Calendar.Value);
}
