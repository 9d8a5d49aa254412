namespace Fazhi.Platform.Procedures;

/// <summary>法定日期: periods are counted in China's civil date (UTC+8, no daylight saving), whatever the server's zone.</summary>
public static class LegalDate
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);
}
