namespace Fazhi.Platform.Calendar;

/// <summary>
/// 工作日历 (official working-day calendar). A date is a working day iff it is a 调休上班 day, or a Monday–Friday
/// outside every 放假 range (law.md §17). Dates in a year without a loaded notice are refused, never guessed.
/// </summary>
// DEBT: a notice can reach back into the previous year (the 2019 notice made 2018-12-29 调休上班 and 12-31 a holiday);
// until the next year's notice is loaded, the last days of the last loaded year are answered from weekends alone.
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, string> _holidays = [];
    private readonly HashSet<DateOnly> _makeUpDays = [];
    private readonly SortedSet<int> _years = [];
    private readonly bool _assumeWeekends;
    private readonly SortedSet<int> _assumed = [];

    // A view over the loaded notices that answers a missing year from weekends alone (see AssumingWeekendsForMissingYears).
    private WorkingDayCalendar(WorkingDayCalendar loaded)
    {
        _holidays = loaded._holidays;
        _makeUpDays = loaded._makeUpDays;
        _years = loaded._years;
        _assumeWeekends = true;
    }

    public WorkingDayCalendar(IEnumerable<HolidaySchedule> schedules)
    {
        foreach (var schedule in schedules)
        {
            _years.Add(schedule.Year);
            foreach (var range in schedule.Holidays)
            {
                for (var d = range.From; d <= range.To; d = d.AddDays(1))
                {
                    _holidays[d] = range.Name;
                }
            }

            foreach (var day in schedule.MakeUpWorkdays)
            {
                _makeUpDays.Add(day);
            }
        }
    }

    public IReadOnlyCollection<int> LoadedYears => _years;

    public bool HasYear(int year) => _years.Contains(year);

    /// <summary>
    /// A view of this calendar that answers a year without a loaded notice from weekends alone instead of refusing, and
    /// notes each such year in <see cref="AssumedYears"/>. Only for a 暂定 (provisional) deadline that says so: an act is
    /// recorded at once, and its deadline is recomputed when the notice is loaded. Not thread-safe; one per computation.
    /// </summary>
    public WorkingDayCalendar AssumingWeekendsForMissingYears() => new(this);

    /// <summary>The years answered from weekends alone by this view (empty for the loaded calendar).</summary>
    public IReadOnlyCollection<int> AssumedYears => _assumed;

    public DayInfo Describe(DateOnly date)
    {
        if (!_years.Contains(date.Year))
        {
            if (!_assumeWeekends)
            {
                throw new CalendarYearMissingException(date.Year);
            }

            _assumed.Add(date.Year);
            return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
                ? new DayInfo(date, false, "周末")
                : new DayInfo(date, true, "工作日");
        }

        if (_makeUpDays.Contains(date))
        {
            return new DayInfo(date, true, "调休上班");
        }

        if (_holidays.TryGetValue(date, out var name))
        {
            return new DayInfo(date, false, name);
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
            ? new DayInfo(date, false, "周末")
            : new DayInfo(date, true, "工作日");
    }

    public bool IsWorkingDay(DateOnly date) => Describe(date).WorkingDay;

    /// <summary>Number of working days in a loaded year (the figure law.md §17 gives per notice).</summary>
    public int WorkingDaysIn(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var count = 0;
        for (var d = first; d.Year == year; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>N working days after <paramref name="from"/>: the start day is not counted, day 1 is the first working day after it.</summary>
    public DeadlineResult AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var skipped = new List<SkippedDay>();
        var date = from;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            var info = Describe(date);
            if (info.WorkingDay)
            {
                counted++;
            }
            else
            {
                skipped.Add(new SkippedDay(date, info.Reason));
            }
        }

        return new DeadlineResult(from, days, date, skipped);
    }

    /// <summary>
    /// N calendar days after <paramref name="from"/> (start day not counted); when the last day is not a working day the
    /// period ends on the next working day (民事诉讼法 art. 85, applied to administrative procedure), each rolled-over day listed.
    /// </summary>
    public DeadlineResult AddCalendarDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return RollForward(from, days, from.AddDays(days));
    }

    /// <summary>N months after <paramref name="from"/>: same-numbered day (or month end), rolled forward like a calendar-day period.</summary>
    public DeadlineResult AddMonths(DateOnly from, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return RollForward(from, months, from.AddMonths(months));
    }

    /// <summary>Moves a nominal end date past non-working days, listing each.</summary>
    public DeadlineResult RollForward(DateOnly from, int length, DateOnly nominalEnd)
    {
        var skipped = new List<SkippedDay>();
        var date = nominalEnd;
        var info = Describe(date);
        while (!info.WorkingDay)
        {
            skipped.Add(new SkippedDay(date, info.Reason));
            date = date.AddDays(1);
            info = Describe(date);
        }

        return new DeadlineResult(from, length, date, skipped);
    }
}
