using Fazhi.Platform.Calendar;

namespace Fazhi.UnitTests.Platform.Calendar;

/// <summary>The shipped 2022–2026 schedules against the test vectors and tables of law.md §17.</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Shipped = new(ShippedCalendarSource.ShippedSchedules());

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2022-01-29")] // Sat, 春节 调休上班
    [InlineData("2024-02-09")] // Fri, 除夕 2024 is not a statutory holiday
    [InlineData("2023-06-25")] // Sun, 端午 调休上班
    [InlineData("2026-02-28")] // Sat, 春节 调休上班
    [InlineData("2024-02-18")] // Sun, 春节 调休上班
    [InlineData("2025-02-08")] // Sat, 春节 调休上班
    [InlineData("2026-01-04")] // Sun, 元旦 调休上班
    [InlineData("2022-10-09")] // Sun, 国庆 调休上班
    public void MakeUpOrWeekday_IsWorkingDay_LawVectors(string date)
    {
        Assert.True(Shipped.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2025-01-28", "春节")] // Tue, 除夕 is a statutory holiday from 2025
    [InlineData("2025-05-02", "劳动节")] // 5月2日 added by the 2024 revision
    [InlineData("2023-09-29", "中秋节、国庆节")]
    [InlineData("2024-10-07", "国庆节")] // Mon inside the range
    [InlineData("2026-02-23", "春节")] // Mon, 正月初七
    [InlineData("2022-12-31", "元旦")] // the 2023 notice's range starts in 2022
    [InlineData("2024-06-10", "端午节")]
    public void DateInsideHolidayRange_IsNotWorkingDay_WhateverTheWeekday(string date, string holiday)
    {
        var info = Shipped.Describe(D(date));
        Assert.False(info.WorkingDay);
        Assert.Equal(holiday, info.Reason);
    }

    [Fact]
    public void MakeUpDay_IsDescribedAs调休上班()
    {
        var info = Shipped.Describe(D("2024-02-18"));
        Assert.Equal(new DayInfo(D("2024-02-18"), true, "调休上班"), info);
    }

    [Fact]
    public void WeekendOutsideRanges_IsNotWorkingDay()
    {
        var info = Shipped.Describe(D("2024-03-02"));
        Assert.False(info.WorkingDay);
        Assert.Equal("周末", info.Reason);
        Assert.Equal("工作日", Shipped.Describe(D("2024-03-04")).Reason);
    }

    [Theory]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void WorkingDaysPerYear_MatchLawTables(int year, int expected)
    {
        Assert.Equal(expected, Shipped.WorkingDaysIn(year));
    }

    [Theory]
    [InlineData(2022, 18)]
    [InlineData(2023, 18)]
    [InlineData(2024, 19)]
    [InlineData(2025, 18)]
    [InlineData(2026, 19)]
    public void WeekdayNonWorkingDaysPerYear_MatchLawTables(int year, int expected)
    {
        var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(i => new DateOnly(year, 1, 1).AddDays(i));
        var weekdayHolidays = days.Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Shipped.IsWorkingDay(d));
        Assert.Equal(expected, weekdayHolidays);
    }

    [Fact]
    public void WorkingDays_SevenFrom20220930_End20221014()
    {
        var result = Shipped.AddWorkingDays(D("2022-09-30"), 7);
        Assert.Equal(D("2022-10-14"), result.Due);
        Assert.Equal(
            Enumerable.Range(1, 7).Select(i => new SkippedDay(new DateOnly(2022, 10, i), "国庆节")),
            result.Skipped);
    }

    [Fact]
    public void WorkingDays_StartDayIsNotCounted()
    {
        // Mon 2024-03-04 + 1 WD is Tue, not the Monday itself.
        Assert.Equal(D("2024-03-05"), Shipped.AddWorkingDays(D("2024-03-04"), 1).Due);
        Assert.Equal(D("2024-03-04"), Shipped.AddWorkingDays(D("2024-03-04"), 0).Due);
    }

    [Fact]
    public void WorkingDays_Day1IsMakeUpSaturday_WhenHolidayPrecedesIt()
    {
        // law.md §17: "day 1 = 10-08 (Sat, 调休上班)".
        Assert.Equal(D("2022-10-08"), Shipped.AddWorkingDays(D("2022-09-30"), 1).Due);
    }

    [Fact]
    public void WorkingDays_SpringFestival2025_SkipsHolidayAndWeekends()
    {
        // Mon 2025-01-27: 01-28..02-04 春节, 02-08 Sat is 调休上班.
        var result = Shipped.AddWorkingDays(D("2025-01-27"), 4);
        Assert.Equal(D("2025-02-08"), result.Due);
        Assert.Equal(8, result.Skipped.Count(s => s.Reason == "春节"));
    }

    [Fact]
    public void WorkingDays_ReachIntoNextLoadedYear()
    {
        // Wed 2025-12-31 + 1 WD: 2026-01-01..03 元旦, 01-04 Sun 调休上班.
        Assert.Equal(D("2026-01-04"), Shipped.AddWorkingDays(D("2025-12-31"), 1).Due);
    }

    [Fact]
    public void CalendarDays_LastDayOnHoliday_RollsForwardToNextWorkingDay()
    {
        // 2022-09-24 + 7 CAL = 10-01 (国庆节): rolls over 10-01..10-07 to Sat 10-08 (调休上班).
        var result = Shipped.AddCalendarDays(D("2022-09-24"), 7);
        Assert.Equal(D("2022-10-08"), result.Due);
        Assert.Equal(7, result.Skipped.Count);
        Assert.All(result.Skipped, s => Assert.Equal("国庆节", s.Reason));
    }

    [Fact]
    public void CalendarDays_LastDayOnWeekend_RollsForwardToMonday()
    {
        var result = Shipped.AddCalendarDays(D("2024-03-01"), 1);
        Assert.Equal(D("2024-03-04"), result.Due);
        Assert.Equal([new SkippedDay(D("2024-03-02"), "周末"), new SkippedDay(D("2024-03-03"), "周末")], result.Skipped);
    }

    [Fact]
    public void CalendarDays_StartDayIsNotCounted_AndWorkingLastDayStands()
    {
        var result = Shipped.AddCalendarDays(D("2024-03-01"), 10);
        Assert.Equal(D("2024-03-11"), result.Due);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void CalendarDays_HolidayDaysInsidePeriod_AreCounted()
    {
        // 2024-09-30 + 15 CAL = 10-15 (Tue): the 国庆 days inside the period are counted, not skipped.
        var result = Shipped.AddCalendarDays(D("2024-09-30"), 15);
        Assert.Equal(D("2024-10-15"), result.Due);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Months_EndOnMonthEnd_WhenNoSameNumberedDay()
    {
        // 2024-01-31 + 1 month = 02-29 (Thu, a working day).
        Assert.Equal(D("2024-02-29"), Shipped.AddMonths(D("2024-01-31"), 1).Due);
    }

    [Fact]
    public void Year2027_IsRefused_NotGuessed()
    {
        var ex = Assert.Throws<CalendarYearMissingException>(() => Shipped.Describe(D("2027-01-04")));
        Assert.Equal(2027, ex.Year);
        Assert.Equal("尚未载入2027年节假日安排", ex.Message);
    }

    [Fact]
    public void WorkingDays_ReachingUnloadedYear_AreRefused()
    {
        var ex = Assert.Throws<CalendarYearMissingException>(() => Shipped.AddWorkingDays(D("2026-12-28"), 10));
        Assert.Equal(2027, ex.Year);
    }

    [Fact]
    public void CalendarDays_RollForwardIntoUnloadedYear_IsRefused()
    {
        // Thu 2026-12-31 + 2 CAL = 2027-01-02: beyond the loaded years.
        var ex = Assert.Throws<CalendarYearMissingException>(() => Shipped.AddCalendarDays(D("2026-12-31"), 2));
        Assert.Equal(2027, ex.Year);
    }

    [Fact]
    public void AddedYear_IsUsed_OnceLoaded()
    {
        var schedules = ShippedCalendarSource.ShippedSchedules().Append(new HolidaySchedule(
            2027, "测试", [new HolidayRange("元旦", D("2027-01-01"), D("2027-01-03"))], [D("2027-01-09")])).ToList();
        var calendar = new WorkingDayCalendar(schedules);
        Assert.Equal(D("2027-01-04"), calendar.AddWorkingDays(D("2026-12-31"), 1).Due);
        Assert.True(calendar.IsWorkingDay(D("2027-01-09")));
    }
}
