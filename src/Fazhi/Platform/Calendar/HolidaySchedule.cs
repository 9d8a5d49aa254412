namespace Fazhi.Platform.Calendar;

/// <summary>节假日安排 (one year's State Council holiday notice): holiday ranges and 调休上班 days.</summary>
public sealed record HolidaySchedule(int Year, string Source, IReadOnlyList<HolidayRange> Holidays, IReadOnlyList<DateOnly> MakeUpWorkdays);

/// <summary>放假 range of one festival (inclusive), e.g. 国庆节 10-01..10-07.</summary>
public sealed record HolidayRange(string Name, DateOnly From, DateOnly To);

/// <summary>One day as the calendar sees it.</summary>
public sealed record DayInfo(DateOnly Date, bool WorkingDay, string Reason);

/// <summary>A day the deadline arithmetic passed over or rolled over, with why.</summary>
public sealed record SkippedDay(DateOnly Date, string Reason);

/// <summary>届满日 with the explanation of how it was reached.</summary>
public sealed record DeadlineResult(DateOnly From, int Days, DateOnly Due, IReadOnlyList<SkippedDay> Skipped);

/// <summary>Raised for a date whose year's notice is not loaded: a deadline is never guessed.</summary>
public sealed class CalendarYearMissingException(int year) : InvalidOperationException($"尚未载入{year}年节假日安排")
{
    public int Year { get; } = year;
}
