namespace Fazhi.Modules.PowerList;

/// <summary>权责清单设置 (configuration section "PowerList").</summary>
public sealed class PowerListOptions
{
    /// <summary>
    /// 调整时限: an adjustment is to be published within this many working days after its trigger date. Adjustments are
    /// "typically required within a set period after the law changes" but no national text fixing the period was found
    /// (law.md §14 [U]), so it is a setting; 30 working days by default.
    /// </summary>
    public int AdjustWithinWorkingDays { get; set; } = 30;
}
