namespace Fazhi.Platform.Calendar;

/// <summary>
/// 节假日安排载入提醒 for administrators: from 1 November a missing next-year notice is announced (deadlines reaching it
/// are 暂定), and a missing current-year notice at once. The State Council usually publishes the notice in late October
/// or November; it is loaded on the 工作日历 page (/admin/calendar).
/// </summary>
public static class HolidayNoticeWarning
{
    public static string? For(WorkingDayCalendar calendar, DateOnly today)
    {
        if (!calendar.HasYear(today.Year))
        {
            return $"尚未载入{today.Year}年节假日安排：本年的期限均为暂定届满日，请立即在“工作日历”中载入国务院办公厅关于{today.Year}年部分节假日安排的通知。";
        }

        var next = today.Year + 1;
        return today.Month >= 11 && !calendar.HasYear(next)
            ? $"尚未载入{next}年节假日安排：跨入{next}年的期限为暂定届满日（按周六、周日休息暂算），国务院办公厅通知公布后请在“工作日历”中载入，载入后期限自动重新计算。"
            : null;
    }
}
